using PySec.Rules;
using PySec.Text;

namespace PySec.Workspace.Tests;

public sealed class FileAnalyzerTests
{
    private const string Vulnerable = """
        import subprocess
        import hashlib
        import pickle

        def run(cmd, data):
            subprocess.run(cmd, shell=True)
            hashlib.md5(data)
            return pickle.loads(data)
        """;

    private static IReadOnlyList<string> RuleIds(PySecSettings settings, string source = Vulnerable, string path = "app.py") =>
        new FileAnalyzer(TestRules.Value, settings).Analyze(path, SourceText.From(source)).Findings.Select(f => f.Finding.RuleId).ToList();

    [Fact]
    public void Default_settings_report_every_rule()
    {
        var ids = RuleIds(PySecSettings.Default);
        Assert.Contains("PYSEC301", ids);
        Assert.Contains("PYSEC201", ids);
        Assert.Contains(ids, id => id.StartsWith("PYSEC7", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("PYSEC301", "PYSEC301")]          // id
    [InlineData("subprocess-shell-true", "PYSEC301")] // name
    [InlineData("B602", "PYSEC301")]              // Bandit alias
    [InlineData("S602", "PYSEC301")]              // Ruff alias
    [InlineData("pysec3xx", "PYSEC301")]          // category as id prefix, any case
    [InlineData("processes", "PYSEC301")]         // category name
    [InlineData("02-deserialization", "PYSEC201")] // category folder
    public void Select_accepts_every_selector_form(string selector, string expected)
    {
        var ids = RuleIds(PySecSettings.Default with { Select = [selector] });
        Assert.Contains(expected, ids);
        Assert.All(ids, id => Assert.Equal(expected[..6], id[..6]));
    }

    [Fact]
    public void Ignore_applies_after_select()
    {
        var ids = RuleIds(PySecSettings.Default with { Select = ["ALL"], Ignore = ["PYSEC3", "B301"] });
        Assert.DoesNotContain(ids, id => id.StartsWith("PYSEC3", StringComparison.Ordinal));
        Assert.DoesNotContain("PYSEC201", ids);
        Assert.NotEmpty(ids);
    }

    [Fact]
    public void Unknown_selectors_are_problems_not_silently_ignored()
    {
        var analyzer = new FileAnalyzer(TestRules.Value, PySecSettings.Default with
        {
            Select = ["PYSEC301", "PYSEC999"],
            Ignore = ["no-such-rule"],
            SeverityOverrides = new Dictionary<string, Severity> { ["B999"] = Severity.Low },
            PerPathIgnores = [new PerPathIgnore("tests/[", ["PYSEC006"])],
        });
        Assert.Equal(
            [("select", "PYSEC999"), ("ignore", "no-such-rule"), ("per-path-ignores", "tests/["), ("severity-overrides", "B999")],
            analyzer.Filter.Problems.Select(p => (p.Key, p.Value)));
        Assert.All(analyzer.Filter.Problems, p => Assert.Contains(p.Value, p.Message));
        Assert.Equal(["PYSEC301"], analyzer.Analyze("a.py", SourceText.From(Vulnerable)).Findings.Select(f => f.Finding.RuleId));
    }

    [Fact]
    public void Severity_override_changes_the_reported_severity_and_the_threshold_sees_it()
    {
        var overridden = new FileAnalyzer(TestRules.Value, PySecSettings.Default with
        {
            Select = ["PYSEC301"],
            SeverityOverrides = new Dictionary<string, Severity> { ["processes"] = Severity.Medium, ["B602"] = Severity.Critical },
        }).Analyze("a.py", SourceText.From(Vulnerable));
        Assert.Equal(Severity.Critical, Assert.Single(overridden.Findings).Finding.Severity); // the rule beats its category

        var lowered = PySecSettings.Default with
        {
            Select = ["PYSEC301"],
            SeverityOverrides = new Dictionary<string, Severity> { ["PYSEC301"] = Severity.Low },
            SeverityThreshold = Severity.Medium,
        };
        Assert.Empty(RuleIds(lowered));
    }

    [Fact]
    public void Thresholds_drop_findings_below_them()
    {
        var all = new FileAnalyzer(TestRules.Value, PySecSettings.Default).Analyze("a.py", SourceText.From(Vulnerable)).Findings;
        var high = new FileAnalyzer(TestRules.Value, PySecSettings.Default with { SeverityThreshold = Severity.High, ConfidenceThreshold = Confidence.High })
            .Analyze("a.py", SourceText.From(Vulnerable)).Findings;
        Assert.Contains(all, f => f.Finding.Severity < Severity.High);
        Assert.NotEmpty(high);
        Assert.All(high, f => Assert.True(f.Finding.Severity >= Severity.High && f.Finding.Confidence >= Confidence.High));
        Assert.Equal(all.Count(f => f.Finding.Severity >= Severity.High && f.Finding.Confidence >= Confidence.High), high.Count);
    }

    [Fact]
    public void Per_path_ignores_apply_to_matching_paths_only()
    {
        var settings = PySecSettings.Default with { PerPathIgnores = [new PerPathIgnore("scripts/**", ["PYSEC301"]), new PerPathIgnore("legacy_*.py", ["ALL"])] };
        Assert.DoesNotContain("PYSEC301", RuleIds(settings, path: "scripts/deploy.py"));
        Assert.Contains("PYSEC201", RuleIds(settings, path: "scripts/deploy.py"));
        Assert.Contains("PYSEC301", RuleIds(settings, path: "src/scripts.py"));
        Assert.Empty(RuleIds(settings, path: "pkg/sub/legacy_io.py"));
    }

    [Fact]
    public void A_file_with_every_rule_off_is_still_checked_for_syntax_errors_but_not_analysed()
    {
        var settings = PySecSettings.Default with { PerPathIgnores = [new PerPathIgnore("gen/", ["ALL"])] };
        var document = new FileAnalyzer(TestRules.Value, settings).AnalyzeDocument("gen/x.py", SourceText.From("def (:\n    eval(x)\n"));
        Assert.Null(document.Model);
        Assert.Empty(document.File.Findings);
        Assert.NotEmpty(document.File.SyntaxErrors);
    }

    [Fact]
    public void Syntax_errors_are_diagnostics_of_their_own_and_the_rules_still_run_on_what_parsed()
    {
        const string source = "import pickle\nx = = 1\nclass\npickle.loads(data)\n";
        var file = new FileAnalyzer(TestRules.Value, PySecSettings.Default).Analyze("broken.py", SourceText.From(source));
        var error = file.SyntaxErrors.First();
        Assert.True(file.Findings.Count > 0, string.Join("; ", file.Findings.Select(f => $"{f.Finding.RuleId}@{f.Location}")) + " / " + string.Join("; ", file.Diagnostics));
        Assert.Equal(1, file.Source.Lines.GetLinePosition(error.Span.Start).Line);
        Assert.Contains(file.Findings, f => f.Finding.RuleId == "PYSEC201" && f.Location.Start.Line == 3);
    }

    [Fact]
    public void Suppressed_findings_are_reported_only_when_asked()
    {
        const string source = "import pickle\npickle.loads(data)  # nosec B301 -- trusted cache\n";
        Assert.Empty(RuleIds(PySecSettings.Default, source));
        var shown = new FileAnalyzer(TestRules.Value, PySecSettings.Default with { ShowSuppressed = true }).Analyze("a.py", SourceText.From(source));
        Assert.True(Assert.Single(shown.Findings).Finding.IsSuppressed);
    }

    [Fact]
    public void Locations_are_zero_based_lines_and_utf16_columns()
    {
        const string source = "import pickle\nx = 'é'; pickle.loads(data)\n";
        var finding = Assert.Single(new FileAnalyzer(TestRules.Value, PySecSettings.Default).Analyze("a.py", SourceText.From(source)).Findings);
        Assert.Equal(new LinePosition(1, 9), finding.Location.Start);
    }

    [Fact]
    public void Test_files_are_known_by_their_relative_path()
    {
        // PYSEC006 (assert used as a check) does not apply to test files; the path given decides.
        const string source = "def check(user):\n    assert user.is_admin\n";
        Assert.Contains("PYSEC006", RuleIds(PySecSettings.Default, source, "app/perm.py"));
        Assert.DoesNotContain("PYSEC006", RuleIds(PySecSettings.Default, source, "tests/test_perm.py"));
    }
}
