using System.Text.Json.Nodes;

namespace PySec.Cli.Tests.Scan;

/// <summary>"pysec scan": exit codes, flags, formats and --output, run in-process.</summary>
public sealed class ScanCommandTests : IDisposable
{
    private const string Vulnerable = "import yaml\n\ndata = yaml.load(stream)\n";
    private readonly ScanProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Findings_are_reported_with_excerpt_caret_and_advice_and_exit_one()
    {
        _project.Write("app/views.py", Vulnerable);
        var run = _project.Scan();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("app/views.py\n  3:8 high PYSEC207 ", run.Output);
        Assert.Contains("    3 | data = yaml.load(stream)\n      |        ^^^^^^^^^^^^^^^^^\n", run.Output);
        Assert.Contains("= advice: Use `yaml.safe_load`", run.Output);
        Assert.Contains("Found 1 finding (0 critical, 1 high, 0 medium, 0 low) in 1 of 1 file", run.Output);
        Assert.DoesNotContain("\u001b[", run.Output);
    }

    [Fact]
    public void A_clean_project_exits_zero_and_exit_zero_forces_it()
    {
        _project.Write("clean.py", "import yaml\n\ndata = yaml.safe_load(stream)\n");
        Assert.Equal(0, _project.Scan().ExitCode);
        _project.Write("app.py", Vulnerable);
        Assert.Equal(1, _project.Scan().ExitCode);
        Assert.Equal(0, _project.Scan("--exit-zero").ExitCode);
    }

    [Fact]
    public void The_severity_threshold_and_select_and_ignore_filter_findings()
    {
        _project.Write("app.py", "import hashlib, yaml\nyaml.load(s)\nhashlib.md5(b'x')\n");
        var all = _project.Scan("--format", "json");
        Assert.Equal(["PYSEC207", "PYSEC702"], RuleIds(all.Output));
        Assert.Equal(["PYSEC207"], RuleIds(_project.Scan("--format", "json", "--severity", "high").Output));
        Assert.Equal(["PYSEC702"], RuleIds(_project.Scan("--format", "json", "--select", "weak-hash").Output));
        Assert.Equal(["PYSEC702"], RuleIds(_project.Scan("--format", "json", "--ignore", "B506").Output));
    }

    [Fact]
    public void Bad_flags_and_missing_paths_exit_two()
    {
        Assert.Equal(2, _project.Scan("--format", "xml").ExitCode);
        Assert.Equal(2, _project.Scan("--severity", "extreme").ExitCode);
        Assert.Equal(2, _project.Scan("--max-file-size", "ten").ExitCode);
        var unknownRule = _project.Scan("--select", "PYSEC999");
        Assert.Equal(2, unknownRule.ExitCode);
        Assert.Contains("PYSEC999", unknownRule.Error);
        var missing = CliRun.Of("scan", _project.PathOf("nothing-here"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error);
    }

    [Fact]
    public void Output_writes_the_report_to_a_file_and_an_unwritable_one_exits_two()
    {
        _project.Write("app.py", Vulnerable);
        var report = _project.PathOf("out/report.sarif");
        var run = _project.Scan("--format", "sarif", "--output", report);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        var sarif = JsonNode.Parse(File.ReadAllText(report))!;
        Assert.Equal("2.1.0", (string)sarif["version"]!);
        Assert.Equal("app.py", (string)sarif["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!);

        var unwritable = _project.Scan("--output", _project.Root);
        Assert.Equal(2, unwritable.ExitCode);
        Assert.Contains("cannot write", unwritable.Error);
    }

    [Theory]
    [InlineData("text", "PYSEC207")]
    [InlineData("json", "\"ruleId\": \"PYSEC207\"")]
    [InlineData("sarif", "\"ruleId\": \"PYSEC207\"")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void Every_format_is_written(string format, string expected)
    {
        _project.Write("app.py", Vulnerable);
        var run = _project.Scan("--format", format);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Output);
    }

    [Fact]
    public void Suppressed_findings_pass_and_show_suppressed_lists_them()
    {
        _project.Write("app.py", "import yaml\nyaml.load(s)  # nosec B506 -- trusted file\n");
        var hidden = _project.Scan();
        Assert.Equal(0, hidden.ExitCode);
        Assert.DoesNotContain("PYSEC207", hidden.Output);
        var shown = _project.Scan("--show-suppressed");
        Assert.Contains("(suppressed by nosec: trusted file)", shown.Output);
        Assert.Contains("1 suppressed", shown.Output);
        Assert.Equal(0, shown.ExitCode);
    }

    [Fact]
    public void Statistics_count_findings_per_rule()
    {
        _project.Write("app.py", "import yaml\nyaml.load(a)\nyaml.load(b)\n");
        Assert.Contains("Findings by rule:\n  2  PYSEC207  yaml-unsafe-load\n", _project.Scan("--statistics").Output);
        var json = _project.Scan("--statistics", "--format", "json");
        Assert.Contains("2  PYSEC207  yaml-unsafe-load", json.Error);
    }

    [Fact]
    public void Excluded_globs_are_not_scanned()
    {
        _project.Write("app.py", Vulnerable);
        _project.Write("generated/gen.py", Vulnerable);
        _project.Write("venv/lib.py", Vulnerable);
        var run = _project.Scan("--format", "json", "--exclude", "generated/");
        Assert.Equal(["app.py"], Paths(run.Output));
    }

    [Fact]
    public void List_options_may_be_repeated()
    {
        _project.Write("app.py", Vulnerable);
        _project.Write("generated/gen.py", Vulnerable);
        _project.Write("vendor/lib.py", Vulnerable);
        var run = _project.Scan("--format", "json", "--exclude", "generated/", "--exclude", "vendor/");
        Assert.Equal(["app.py"], Paths(run.Output));
        Assert.Equal(2, _project.Scan("--format", "json", "--baseline", "a.json", "--baseline", "b.json").ExitCode);
    }

    [Fact]
    public void Help_documents_the_exit_codes()
    {
        var help = CliRun.Of("scan", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Exit status:", help.Output);
        Assert.Contains("2  usage or configuration error", help.Output);
        Assert.Contains("--write-baseline FILE", help.Output);
    }

    internal static List<string> RuleIds(string json) =>
        JsonNode.Parse(json)!["findings"]!.AsArray().Select(f => (string)f!["ruleId"]!).ToList();

    internal static List<string> Paths(string json) =>
        JsonNode.Parse(json)!["findings"]!.AsArray().Select(f => (string)f!["path"]!).Distinct().ToList();
}
