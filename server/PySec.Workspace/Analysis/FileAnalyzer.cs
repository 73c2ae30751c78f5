using PySec.Rules;
using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Workspace;

/// <summary>
/// Analyses one file under a rule set and settings: parse, semantic model, <see cref="RuleEngine.Analyze"/>, then
/// the settings' filters (select/ignore, per-path ignores, severity overrides, thresholds, suppressed findings).
/// Pure (no I/O) and thread-safe: one instance serves a whole parallel scan or an editor session, and is rebuilt
/// only when the rules or settings change (construction compiles the selectors once).
/// <para>
/// Diagnostics of the result: decoding and syntax errors (codes <c>PS00xx</c>-<c>PS02xx</c>, severity Error for
/// syntax errors; each one is a problem of its own, and the rules still run on what parsed), problems with
/// suppression comments (<c>PS0301</c>) and rules that failed on the file (<c>PS0302</c>).
/// </para>
/// </summary>
public sealed class FileAnalyzer
{
    private readonly SemanticOptions _semanticOptions;

    public FileAnalyzer(RuleSet rules, PySecSettings settings)
    {
        Filter = new RuleFilter(rules, settings);
        _semanticOptions = SemanticOptions.Default with { TargetVersion = settings.TargetVersion };
    }

    public RuleSet Rules => Filter.Rules;
    public PySecSettings Settings => Filter.Settings;

    /// <summary>The compiled selection; <see cref="RuleFilter.Problems"/> lists unknown selectors and bad globs.</summary>
    public RuleFilter Filter { get; }

    /// <summary>Analyses a file's text. <paramref name="relativePath"/> is relative to the project root, '/' separated.</summary>
    public ScannedFile Analyze(string relativePath, SourceText source) => AnalyzeDocument(relativePath, source).File;

    /// <summary>Like <see cref="Analyze"/>, also returning the tree and model for editor features (hover, code actions).</summary>
    public AnalyzedDocument AnalyzeDocument(string relativePath, SourceText source) =>
        AnalyzeDocument(relativePath, source, SyntaxTree.Parse(source));

    /// <summary>Analyses a tree the caller already parsed from <paramref name="source"/> (an editor reusing its parse).</summary>
    public AnalyzedDocument AnalyzeDocument(string relativePath, SourceText source, SyntaxTree tree)
    {
        var path = relativePath.Replace('\\', '/');
        var disabled = Filter.DisabledFor(path);
        var diagnostics = new List<Diagnostic>(tree.Diagnostics);
        if (!Filter.AnyEnabledFor(disabled))
            return new AnalyzedDocument(new ScannedFile(path, source, [], diagnostics), tree, null);

        var model = SemanticModel.Create(tree, _semanticOptions);
        var analysis = RuleEngine.Analyze(Rules, model, new FileFacts(path));
        diagnostics.AddRange(analysis.Diagnostics);
        var findings = new List<ReportedFinding>(analysis.Findings.Count);
        foreach (var raw in analysis.Findings)
        {
            if (Filter.Apply(raw, disabled) is not { } finding) continue;
            var location = source.Lines.GetLinePositionSpan(finding.Span);
            findings.Add(new ReportedFinding(finding, location, Fingerprint.Compute(finding.RuleId, path, tree, finding.Span)));
        }
        return new AnalyzedDocument(new ScannedFile(path, source, findings, diagnostics), tree, model);
    }
}

/// <summary>
/// One analysed file with what the analysis built: the tree, and the semantic model (null when every rule is off for
/// the file, so none was built).
/// </summary>
public sealed record AnalyzedDocument(ScannedFile File, SyntaxTree Tree, SemanticModel? Model);
