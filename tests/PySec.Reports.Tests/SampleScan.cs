using PySec.Manual;
using PySec.Rules;
using PySec.Semantics;
using PySec.Syntax;
using PySec.Testing;
using PySec.Text;
using PySec.Workspace;

namespace PySec.Reports.Tests;

/// <summary>
/// A scan built by hand from the repository's rules and manual, so every format is tested on the same realistic
/// input with stable paths, fingerprints and time: findings with fixes, a suppressed finding, a syntax error, a
/// line with tabs and a bidirectional control, a path that needs URI escaping, and skipped files.
/// </summary>
internal static class SampleScan
{
    public static readonly RuleSet Rules = RuleSet.Load(new FileSystemRuleSource(RepositoryRoot.Combine("rules"), "rules/"));

    public static readonly PySec.Manual.Manual Manual = PySec.Manual.Manual.Load(new FileSystemManual(RepositoryRoot.Combine("manual")));

    public static ReportOptions Options(bool showSuppressed = false, bool color = false, bool statistics = false) => new()
    {
        Manual = Manual,
        ToolVersion = "1.2.3",
        ShowSuppressed = showSuppressed,
        Color = color,
        Statistics = statistics,
    };

    public static ScanResult Create() => new(
        "/project",
        [
            File("app/views.py", """
                import pickle
                import subprocess
                import yaml

                def load(request):
                    config = yaml.load(	request.body)
                    data = pickle.loads(request.data)  # nosec B301 -- signed by the session layer
                    subprocess.run("ls " + request.args["dir"], shell=True)
                    return config, data

                """),
            File("app/broken.py", """
                import yaml

                def handler(
                    yaml.load(stream)
                """),
            File("tools/my script ü.py", "import hashlib\n\ndigest = hashlib.md5(b\"\\u202e\").hexdigest()  # \u202e note\n"),
            File("app/clean.py", "print('hello')\n"),
        ],
        [
            new SkippedFile("data/huge.py", SkipReason.TooLarge, "larger than the 10 MB limit (12.5 MB)"),
            new SkippedFile("bin/blob.py", SkipReason.Binary, "binary file (NUL bytes)"),
        ],
        Rules,
        TimeSpan.FromMilliseconds(1250));

    private static ScannedFile File(string path, string text)
    {
        var source = SourceText.From(text.ReplaceLineEndings("\n"));
        var tree = SyntaxTree.Parse(source);
        var analysis = RuleEngine.Analyze(Rules, SemanticModel.Create(tree), new FileFacts(path));
        var findings = analysis.Findings
            .Select(f => new ReportedFinding(f, source.Lines.GetLinePositionSpan(f.Span), $"{f.RuleId}-{Fingerprint(path, f)}"))
            .ToList();
        return new ScannedFile(path, source, findings, tree.Diagnostics.Concat(analysis.Diagnostics).ToList());
    }

    // Stable and distinct per finding; the real fingerprints are the workspace's business.
    private static string Fingerprint(string path, Finding finding) => $"{path.Length:x2}{finding.Span.Start:x4}";
}
