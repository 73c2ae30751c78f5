using PySec.LanguageServer.Configuration;
using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Server;
using PySec.Rules;
using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.LanguageServer.Analysis;

/// <summary>
/// Runs the rule engine on the editor buffer: parse, semantic model, one walk for all rules, then the document's
/// settings (enable, exclude, select/ignore, overrides, threshold). Cancellation is checked between the phases;
/// a phase itself runs to the end (a 5,000-line file takes milliseconds).
/// </summary>
public sealed class EngineDocumentAnalyzer(ServerAssets assets) : IDocumentAnalyzer
{
    public async Task<DocumentAnalysis> AnalyzeAsync(DocumentSnapshot document, EffectiveSettings settings, CancellationToken cancellationToken)
    {
        var rules = await assets.RulesAsync.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Analyze(rules, document, settings, cancellationToken);
    }

    public static DocumentAnalysis Analyze(RuleSet rules, DocumentSnapshot document, EffectiveSettings settings, CancellationToken cancellationToken)
    {
        if (!settings.Enable || IsExcluded(document, settings)) return DocumentAnalysis.Empty(document, settings);
        cancellationToken.ThrowIfCancellationRequested();
        var tree = SyntaxTree.Parse(SourceText.From(document.Text));
        cancellationToken.ThrowIfCancellationRequested();
        var model = SemanticModel.Create(tree, SemanticOptions.Default with { TargetVersion = settings.TargetVersion });
        cancellationToken.ThrowIfCancellationRequested();
        var analysis = RuleEngine.Analyze(rules, model, new FileFacts(document.Path));
        var filter = new RuleFilter(rules, settings);
        var shown = new List<ReportedFinding>();
        var suppressed = new List<Finding>();
        foreach (var finding in analysis.Findings)
        {
            if (finding.IsSuppressed)
            {
                if (filter.IsEnabled(finding.Rule)) suppressed.Add(finding);
                continue;
            }
            if (filter.Apply(finding) is { } reported) shown.Add(reported);
        }
        var diagnostics = new List<Diagnostic>(tree.Diagnostics.Count + analysis.Diagnostics.Count);
        diagnostics.AddRange(tree.Diagnostics);
        diagnostics.AddRange(analysis.Diagnostics);
        return new DocumentAnalysis(document, settings, model, shown, suppressed, diagnostics);
    }

    private static bool IsExcluded(DocumentSnapshot document, EffectiveSettings settings)
    {
        if (settings.Exclude.IsDefaultOrEmpty) return false;
        var relative = RelativePath(document.Uri, settings.FolderUri);
        return settings.Exclude.Any(pattern => PathGlob.IsMatch(pattern, relative));
    }

    private static string RelativePath(string uri, string? folderUri)
    {
        var document = DocumentUri.Normalize(uri);
        if (folderUri is not null)
        {
            var folder = DocumentUri.Normalize(folderUri).TrimEnd('/') + "/";
            if (document.StartsWith(folder, StringComparison.Ordinal)) return document[folder.Length..];
        }
        var slash = document.LastIndexOf('/');
        return slash < 0 ? document : document[(slash + 1)..];
    }
}
