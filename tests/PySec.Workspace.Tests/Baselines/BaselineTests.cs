using PySec.Rules;
using PySec.Text;

namespace PySec.Workspace.Tests;

public sealed class BaselineTests
{
    private static readonly FileAnalyzer Analyzer = new(TestRules.Value, PySecSettings.Default with { Select = ["PYSEC301", "PYSEC201"] });

    private static ScanResult Result(params (string Path, string Source)[] files) =>
        new("/project", files.Select(f => Analyzer.Analyze(f.Path, SourceText.From(f.Source))).ToList(), [], TestRules.Value, TimeSpan.Zero);

    private static IReadOnlyList<string> Remaining(ScanResult result) =>
        result.ActiveFindings.Select(f => $"{f.Location.Start.Line}:{f.Finding.RuleId}").ToList();

    private const string Original = """
        import subprocess

        def deploy(cmd):
            subprocess.run(cmd, shell=True)
        """ + "\n";

    [Fact]
    public void Findings_on_moved_lines_stay_baselined()
    {
        var baseline = Baseline.FromResult(Result(("app.py", Original)));
        const string moved = """
            import subprocess
            import os


            # A new comment block pushes everything down.
            def deploy(cmd):
                    subprocess.run(cmd,   shell=True)
            """;
        var filtered = baseline.Filter(Result(("app.py", moved)));
        Assert.Empty(Remaining(filtered));
        Assert.Equal(1, filtered.BaselinedCount);
    }

    [Fact]
    public void A_second_copy_of_a_baselined_call_is_a_new_finding()
    {
        var baseline = Baseline.FromResult(Result(("app.py", Original)));
        var twice = Original + "    subprocess.run(cmd, shell=True)\n";
        var filtered = baseline.Filter(Result(("app.py", twice)));
        Assert.Equal(["4:PYSEC301"], Remaining(filtered));

        var baselineOfTwo = Baseline.FromResult(Result(("app.py", twice)));
        Assert.Equal(2, Assert.Single(baselineOfTwo.Entries).Count);
        Assert.Empty(Remaining(baselineOfTwo.Filter(Result(("app.py", twice)))));
        Assert.Equal(["5:PYSEC301"], Remaining(baselineOfTwo.Filter(Result(("app.py", twice + "    subprocess.run(cmd, shell=True)\n")))));
    }

    [Theory]
    [InlineData("app.py", "def deploy(cmd):\n    subprocess.run(cmd, shell=True)", "other.py")]           // another file
    [InlineData("app.py", "def release(cmd):\n    subprocess.run(cmd, shell=True)", "app.py")]           // another function
    [InlineData("app.py", "def deploy(cmd):\n    subprocess.run(cmd + x, shell=True)", "app.py")]        // changed code
    public void Changed_identity_gives_a_new_finding(string path, string body, string newPath)
    {
        var baseline = Baseline.FromResult(Result((path, Original)));
        var filtered = baseline.Filter(Result((newPath, "import subprocess\n\n" + body + "\n")));
        Assert.Equal(["3:PYSEC301"], Remaining(filtered));
        Assert.Equal(0, filtered.BaselinedCount);
    }

    [Fact]
    public void The_json_round_trips_and_is_stable()
    {
        var result = Result(("b.py", Original), ("a.py", Original + "import pickle\npickle.loads(x)\n"));
        var baseline = Baseline.FromResult(result);
        var json = baseline.ToJson();
        var read = Baseline.Parse(json, "baseline.json", out var error);
        Assert.Null(error);
        Assert.Equal(json, read!.ToJson());
        Assert.Equal(["a.py", "a.py", "b.py"], read.Entries.Select(e => e.Path));
        Assert.Contains("\"version\": 1", json);
        Assert.Empty(Remaining(read.Filter(result)));
    }

    [Fact]
    public void Suppressed_findings_are_not_written_and_not_consumed()
    {
        var analyzer = new FileAnalyzer(TestRules.Value, PySecSettings.Default with { Select = ["PYSEC301"], ShowSuppressed = true });
        var source = Original + "    subprocess.run(cmd, shell=True)  # nosec\n";
        var result = new ScanResult("/p", [analyzer.Analyze("app.py", SourceText.From(source))], [], TestRules.Value, TimeSpan.Zero);
        var baseline = Baseline.FromResult(result);
        Assert.Equal(1, baseline.TotalCount);
        var filtered = baseline.Filter(result);
        Assert.True(Assert.Single(filtered.Files[0].Findings).Finding.IsSuppressed);
    }

    [Theory]
    [InlineData("{ \"version\": 1, \"findings\": [ \n  { \"fingerprint\": ", 2, "invalid JSON")]
    [InlineData("[1, 2]", 1, "must be a JSON object")]
    [InlineData("{ \"version\": 2, \"findings\": [] }", 1, "unsupported baseline version 2")]
    [InlineData("{ \"findings\": [] }", 1, "(missing)")]
    [InlineData("{ \"version\": 1, \"findings\": {} }", 1, "\"findings\" must be an array")]
    [InlineData("{ \"version\": 1, \"findings\": [ { \"fingerprint\": \"ab\", \"ruleId\": \"PYSEC301\", \"path\": \"a.py\", \"count\": 0 } ] }", 1, "findings[0]")]
    [InlineData("", 1, "invalid JSON")]
    public void Bad_baseline_files_are_errors_with_a_line(string json, int line, string message)
    {
        Assert.Null(Baseline.Parse(json, "base.json", out var error));
        Assert.Equal(("base.json", line), (error!.File, error.Line));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_missing_baseline_file_is_an_error()
    {
        Assert.Null(Baseline.Load(Path.Combine(Path.GetTempPath(), "pysec-missing-" + Guid.NewGuid().ToString("N") + ".json"), out var error));
        Assert.Contains("cannot read the baseline", error!.Message);
    }

    [Fact]
    public void Fingerprints_ignore_whitespace_but_not_the_enclosing_scope()
    {
        const string nested = "import subprocess\nclass Deployer:\n    def run(self, cmd):\n        subprocess.run(cmd, shell=True)\n";
        var finding = Assert.Single(Analyzer.Analyze("d.py", SourceText.From(nested)).Findings);
        var tree = PySec.Syntax.SyntaxTree.Parse(nested);
        Assert.Equal("Deployer.run", Fingerprint.EnclosingScope(tree, finding.Finding.Span.Start));
        Assert.Equal(Fingerprint.Compute("PYSEC301", "d.py", "subprocess.run(cmd, shell=True)", "Deployer.run"), finding.Fingerprint);
        Assert.Equal(finding.Fingerprint, Fingerprint.Compute("PYSEC301", "d.py", "subprocess.run(cmd,\n    shell=True)", "Deployer.run"));
        Assert.Matches("^[0-9a-f]{32}$", finding.Fingerprint);
    }
}
