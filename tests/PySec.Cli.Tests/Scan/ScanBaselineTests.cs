namespace PySec.Cli.Tests.Scan;

/// <summary>--write-baseline then --baseline: only new findings are reported; moved lines stay known; copies count.</summary>
public sealed class ScanBaselineTests : IDisposable
{
    private readonly ScanProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void A_baseline_hides_recorded_findings_across_moved_lines_and_counts_new_copies()
    {
        _project.Write("app.py", "import yaml\n\ndef load(s):\n    return yaml.load(s)\n");
        var baseline = _project.PathOf("pysec-baseline.json");
        var written = _project.Scan("--write-baseline", baseline);
        Assert.Equal(0, written.ExitCode);
        Assert.Contains("wrote a baseline of 1 findings", written.Error);

        Assert.Equal(0, _project.Scan("--baseline", baseline).ExitCode);

        // Lines added above: the recorded finding moves but is still known.
        _project.Write("app.py", "import yaml\n\n# a comment\n\n\ndef load(s):\n    return yaml.load(s)\n");
        Assert.Equal(0, _project.Scan("--baseline", baseline).ExitCode);

        // A second copy of the same call in the same function is a new finding.
        _project.Write("app.py", "import yaml\n\ndef load(s):\n    return yaml.load(s)\n    return yaml.load(s)\n");
        var run = _project.Scan("--baseline", baseline, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Single(ScanCommandTests.RuleIds(run.Output));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"version\": 9, \"findings\": []}")]
    [InlineData("{\"version\": 1, \"findings\": [{\"fingerprint\": 3}]}")]
    public void A_bad_baseline_exits_two(string content)
    {
        _project.Write("app.py", "print(1)\n");
        var baseline = _project.Write("baseline.json", content);
        var run = _project.Scan("--baseline", baseline);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("baseline", run.Error);
    }

    [Fact]
    public void A_missing_baseline_exits_two()
    {
        _project.Write("app.py", "print(1)\n");
        Assert.Equal(2, _project.Scan("--baseline", _project.PathOf("none.json")).ExitCode);
    }

    [Fact]
    public void An_unwritable_baseline_path_exits_two()
    {
        _project.Write("app.py", "import yaml\nyaml.load(s)\n");
        var run = _project.Scan("--write-baseline", _project.Root);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write the baseline", run.Error);
    }
}
