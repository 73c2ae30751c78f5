using System.Text.Json.Nodes;

namespace PySec.Cli.Tests.Scan;

/// <summary>Bad input through the CLI: each file is skipped with a warning naming it, the scan goes on, the report counts it.</summary>
public sealed class ScanBadInputTests : IDisposable
{
    private const string Vulnerable = "import yaml\nyaml.load(s)\n";
    private readonly ScanProject _project = new();

    public void Dispose() => _project.Dispose();

    private (CliRun Run, JsonNode Report) ScanJson(params string[] extra)
    {
        _project.Write("good.py", Vulnerable);
        var run = _project.Scan(["--format", "json", .. extra]);
        return (run, JsonNode.Parse(run.Output)!);
    }

    private static string Reason(JsonNode report, string path) =>
        (string)report["skipped"]!.AsArray().Single(s => (string)s!["path"]! == path)!["reason"]!;

    [Fact]
    public void A_binary_file_is_skipped_with_a_warning()
    {
        _project.WriteBytes("blob.py", [0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]);
        var (run, report) = ScanJson();
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("binary", Reason(report, "blob.py"));
        Assert.Contains("warning: blob.py:", run.Error);
        Assert.Equal(1, (int)report["summary"]!["findings"]!);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_skipped()
    {
        _project.Write("big.py", "x = 1\n" + new string('#', 4000) + "\n");
        var (run, report) = ScanJson("--max-file-size", "2KB");
        Assert.Equal("too-large", Reason(report, "big.py"));
        Assert.Contains("big.py", run.Error);
        Assert.Equal(1, (int)report["summary"]!["filesSkipped"]!);
    }

    [Fact]
    public void A_broken_symlink_is_skipped()
    {
        File.CreateSymbolicLink(_project.PathOf("gone.py"), _project.PathOf("missing-target.py"));
        var (_, report) = ScanJson();
        Assert.Equal("broken-symlink", Reason(report, "gone.py"));
    }

    [Fact]
    public void A_symlink_loop_is_reported_once_and_not_followed()
    {
        Directory.CreateDirectory(_project.PathOf("pkg"));
        _project.Write("pkg/mod.py", "print(1)\n");
        Directory.CreateSymbolicLink(_project.PathOf("pkg/again"), _project.PathOf("pkg"));
        var (run, report) = ScanJson();
        Assert.Equal("symlink-loop", Reason(report, "pkg/again"));
        Assert.Equal(2, (int)report["summary"]!["filesScanned"]!);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_skipped_with_the_line_and_the_others_are_scanned()
    {
        _project.WriteBytes("latin.py", [.. "import yaml\nname = '"u8, 0xE9, .. "'\nyaml.load(s)\n"u8]);
        var (run, report) = ScanJson();
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("not-utf8", Reason(report, "latin.py"));
        Assert.Contains("latin.py", run.Error);
        Assert.Contains("line 2", run.Error);
        Assert.DoesNotContain(report["findings"]!.AsArray(), f => (string)f!["path"]! == "latin.py");
    }

    [Fact]
    public void A_latin1_file_with_a_coding_cookie_is_analysed()
    {
        _project.WriteBytes("latin.py", [.. "# -*- coding: latin-1 -*-\nimport yaml\nname = '"u8, 0xE9, .. "'\nyaml.load(s)\n"u8]);
        var (_, report) = ScanJson();
        Assert.Contains(report["findings"]!.AsArray(), f => (string)f!["path"]! == "latin.py");
    }

    [Fact]
    public void A_syntax_error_is_reported_and_the_rules_still_run_on_what_parsed()
    {
        _project.Write("broken.py", "import yaml\nyaml.load(s)\ndef f(:\n");
        var (run, report) = ScanJson();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(report["diagnostics"]!.AsArray(), d => (string)d!["path"]! == "broken.py" && (string)d["name"]! == "syntax-error");
        Assert.Contains(report["findings"]!.AsArray(), f => (string)f!["path"]! == "broken.py");
    }

    [Fact]
    public void A_syntax_error_alone_exits_one()
    {
        _project.Write("broken.py", "def f(:\n");
        var run = _project.Scan();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("syntax-error", run.Output);
    }

    [Fact]
    public void An_unreadable_file_is_skipped_when_permissions_apply()
    {
        var path = _project.Write("secret.py", Vulnerable);
        File.SetUnixFileMode(path, UnixFileMode.None);
        if (CanRead(path)) return; // root reads any file: there is no unreadable file to make.
        var (_, report) = ScanJson();
        Assert.Equal("permission-denied", Reason(report, "secret.py"));
    }

    [Fact]
    public void Quiet_keeps_standard_error_free_of_warnings()
    {
        _project.WriteBytes("blob.py", [0, 1, 2]);
        var (run, report) = ScanJson("--quiet");
        Assert.Equal("", run.Error);
        Assert.Equal("binary", Reason(report, "blob.py"));
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
