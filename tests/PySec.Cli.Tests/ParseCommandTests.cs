using System.Text.Json;

namespace PySec.Cli.Tests;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pysec-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Valid_file_prints_the_tree_and_exits_zero()
    {
        var path = WriteFile("ok.py", "import os\nos.system(cmd)\n");

        var run = CliRun.Of("parse", path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Module [0..", run.Output);
        Assert.Contains("CallExpression", run.Output);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Syntax_errors_go_to_stderr_with_one_based_positions_and_exit_one()
    {
        var path = WriteFile("bad.py", "x = 1\ndef f(:\n    pass\n");

        var run = CliRun.Of("parse", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^" + System.Text.RegularExpressions.Regex.Escape(path) + @":2:\d+: error PS\d{4}: ", run.Error);
        Assert.StartsWith("Module", run.Output); // the tree is printed even with errors
    }

    [Fact]
    public void Ast_json_has_cpython_shape()
    {
        var path = WriteFile("call.py", "subprocess.run(cmd, shell=True)\n");

        var run = CliRun.Of("parse", path, "--format", "ast-json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var call = json.RootElement.GetProperty("body")[0].GetProperty("value");
        Assert.Equal("Module", json.RootElement.GetProperty("_type").GetString());
        Assert.Equal("Call", call.GetProperty("_type").GetString());
        var keyword = call.GetProperty("keywords")[0];
        Assert.Equal("shell", keyword.GetProperty("arg").GetString());
        Assert.True(keyword.GetProperty("value").GetProperty("value").GetBoolean());
        Assert.Equal(1, call.GetProperty("lineno").GetInt32());
        Assert.Equal(31, call.GetProperty("end_col_offset").GetInt32());
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var run = CliRun.WithInput("pass\n", "parse", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("PassStatement", run.Output);
    }

    [Theory]
    [InlineData("no such file")]
    [InlineData("a directory")]
    public void Unreadable_input_is_a_usage_error(string what)
    {
        var path = what == "a directory" ? _directory : Path.Combine(_directory, "missing.py");

        var run = CliRun.Of("parse", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot read", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Theory]
    [InlineData("parse")]                                  // FILE missing
    [InlineData("parse", "a.py", "--format", "xml")]       // value not allowed
    [InlineData("frobnicate")]                             // unknown verb
    [InlineData("--frobnicate")]                           // unknown option
    public void Bad_arguments_exit_two_with_a_message(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("pysec: ", run.Error);
    }

    [Fact]
    public void Help_and_version_exit_zero()
    {
        var help = CliRun.Of("--help");
        var version = CliRun.Of("--version");
        var parseHelp = CliRun.Of("parse", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("parse", help.Output);
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^pysec \d+\.\d+", version.Output);
        Assert.Equal(0, parseHelp.ExitCode);
        Assert.Contains("--format", parseHelp.Output);
    }
}
