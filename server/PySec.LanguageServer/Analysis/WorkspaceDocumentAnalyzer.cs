using System.Collections.Concurrent;
using PySec.LanguageServer.Configuration;
using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Server;
using PySec.Rules;
using PySec.Syntax;
using PySec.Text;
using PySec.Workspace;

namespace PySec.LanguageServer.Analysis;

/// <summary>
/// Analyses the editor buffer with the workspace layer's <see cref="FileAnalyzer"/> (the same parser, engine and
/// filters as <c>pysec check</c>), under the document's folder settings. Paths are taken relative to the
/// workspace folder, where its pyproject.toml sits. A document whose path the settings exclude, or with
/// analysis disabled, gets no findings. Cancellation is checked between parsing and analysing.
/// </summary>
public sealed class WorkspaceDocumentAnalyzer(ServerAssets assets, ILspLogger logger) : IDocumentAnalyzer
{
    private readonly ConcurrentDictionary<(string? Folder, int Generation), FileAnalyzer> _analyzers = new();

    public async Task<DocumentAnalysis> AnalyzeAsync(DocumentSnapshot document, EffectiveSettings settings, CancellationToken cancellationToken)
    {
        if (!settings.Enable) return DocumentAnalysis.Empty(document, settings);
        var rules = await assets.RulesAsync.WaitAsync(cancellationToken).ConfigureAwait(false);
        var relative = RelativePath(document.Uri, settings.FolderUri);
        if (IsExcluded(settings.Analysis, relative)) return DocumentAnalysis.Empty(document, settings);
        var source = SourceText.From(document.Text);
        var tree = SyntaxTree.Parse(source);
        cancellationToken.ThrowIfCancellationRequested();
        var result = AnalyzerFor(rules, settings).AnalyzeDocument(relative, source, tree);
        var shown = new List<Finding>(result.File.Findings.Count);
        var suppressed = new List<Finding>();
        foreach (var reported in result.File.Findings)
            (reported.Finding.IsSuppressed ? suppressed : shown).Add(reported.Finding);
        return new DocumentAnalysis(document, settings, result.Model, shown, suppressed, result.File.Diagnostics);
    }

    /// <summary>One analyser per folder and settings generation: building one compiles the selectors.</summary>
    private FileAnalyzer AnalyzerFor(RuleSet rules, EffectiveSettings settings)
    {
        var key = (settings.FolderUri, settings.Generation);
        if (_analyzers.TryGetValue(key, out var existing)) return existing;
        foreach (var stale in _analyzers.Keys.Where(k => k.Folder == settings.FolderUri && k.Generation < settings.Generation))
            _analyzers.TryRemove(stale, out _);
        var analyzer = new FileAnalyzer(rules, settings.Analysis);
        if (_analyzers.TryAdd(key, analyzer))
            foreach (var problem in analyzer.Filter.Problems) logger.Warning($"settings of {settings.FolderUri ?? "the workspace"}: {problem}");
        return _analyzers.GetValueOrDefault(key, analyzer);
    }

    public static bool IsExcluded(PySecSettings settings, string relativePath)
    {
        foreach (var pattern in settings.AllExcludes)
            if (Glob.TryParse(pattern, out _) is { } glob && glob.IsMatchOrInside(relativePath, isDirectory: false)) return true;
        return false;
    }

    /// <summary>The document's path relative to its folder with '/' separators; its file name when outside every folder.</summary>
    public static string RelativePath(string uri, string? folderUri)
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
