namespace PySec.Cli.Tests;

/// <summary>"pysec check", "pysec rules" and "pysec rule" run in-process on the repository's rules and manual.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pysec-check-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void A_finding_is_printed_as_path_line_column_rule_and_exits_one()
    {
        var path = WriteFile("app.py", "import yaml\n\ndata = yaml.load(stream)\n");
        var run = CliRun.Of("check", path);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{path}:3:8: PYSEC207 [high] ", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void A_clean_file_exits_zero_with_no_output()
    {
        var run = CliRun.Of("check", WriteFile("clean.py", "import yaml\n\ndata = yaml.safe_load(stream)\n"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Suppressed_findings_are_hidden_unless_asked_for()
    {
        var path = WriteFile("app.py", "import yaml\nyaml.load(stream)  # nosec B506\n");
        Assert.Equal(0, CliRun.Of("check", path).ExitCode);
        var shown = CliRun.Of("check", path, "--show-suppressed");
        Assert.Contains("PYSEC207", shown.Output);
        Assert.Contains("(suppressed by nosec)", shown.Output);
    }

    [Fact]
    public void Directories_are_searched_and_fixes_can_be_shown()
    {
        WriteFile("pkg/a.py", "import yaml\nyaml.load(stream)\n");
        WriteFile("pkg/.hidden/b.py", "import yaml\nyaml.load(stream)\n");
        WriteFile("pkg/notes.txt", "yaml.load(stream)\n");
        var run = CliRun.Of("check", Path.Combine(_directory, "pkg"), "--show-fixes");
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Output.Split('\n'), line => line.Contains("PYSEC207"));
        Assert.Contains("fix (unsafe): Use yaml.safe_load", run.Output);
    }

    [Fact]
    public void An_unreadable_path_is_reported_and_exits_two_after_checking_the_others()
    {
        var good = WriteFile("app.py", "import yaml\nyaml.load(stream)\n");
        var run = CliRun.Of("check", Path.Combine(_directory, "missing.py"), good);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing.py", run.Error);
        Assert.Contains("PYSEC207", run.Output);
    }

    [Fact]
    public void Bad_arguments_exit_two()
    {
        Assert.Equal(2, CliRun.Of("check").ExitCode);
        Assert.Equal(2, CliRun.Of("check", WriteFile("a.py", ""), "--target-version", "three").ExitCode);
        Assert.Equal(2, CliRun.Of("check", WriteFile("b.py", ""), "--rules", Path.Combine(_directory, "no-rules")).ExitCode);
    }

    [Fact]
    public void Profile_lists_rule_times_on_standard_error()
    {
        var run = CliRun.Of("check", WriteFile("app.py", "import yaml\nyaml.load(stream)\n"), "--profile");
        Assert.Matches(@"PYSEC207 +[0-9.]+ ms +1 nodes", run.Error);
    }

    [Fact]
    public void Rules_lists_every_rule_with_its_aliases()
    {
        var run = CliRun.Of("rules");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"PYSEC207  yaml-unsafe-load +high +high +CWE-502,CWE-20  B506,S506", run.Output);
        Assert.True(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= 100);
    }

    [Fact]
    public void Rule_shows_the_rule_and_its_chapter_by_id_or_alias()
    {
        var run = CliRun.Of("rule", "B506");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("PYSEC207 yaml-unsafe-load: ", run.Output);
        Assert.Contains("## Summary", run.Output);
        Assert.Equal(1, CliRun.Of("rule", "PYSEC000").ExitCode);
    }
}
