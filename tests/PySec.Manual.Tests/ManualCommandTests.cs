using PySec.Cli;
using PySec.Cli.CommandLine;

namespace PySec.Manual.Tests;

/// <summary>"pysec manual" run in-process against the repository's manual and a broken copy of the sample manual.</summary>
public sealed class ManualCommandTests : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "pysec-manual-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = new CliApplication().Run(args, new CommandContext(output, error, () => Stream.Null));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_passes_on_the_repository_manual()
    {
        var (exit, output, error) = Run("manual", "check", "--manual", RepositoryManual.Directory());
        Assert.Equal("", error);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"^\d+ chapters, \d+ rules: no problems\n$", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Check_prints_each_problem_with_the_manual_folder_and_fails()
    {
        var manual = Path.Combine(_scratch, "manual");
        var files = SampleManual.Files();
        files[SampleManual.SamplePath] = SampleManual.Sample.Replace("related: [other]", "related: [nowhere]");
        PySec.Manual.FileSystemManual.WriteAll(manual, files);

        var (exit, output, error) = Run("manual", "check", "--manual", manual);
        Assert.Equal(ExitCodes.ProblemsFound, exit);
        Assert.Equal("", output);
        Assert.Equal($"{manual}/00-runtime/sample.md:9: error: related chapter 'nowhere' does not exist\n", error.Replace("\r\n", "\n"));

        var build = Run("manual", "build", Path.Combine(_scratch, "site"), "--manual", manual);
        Assert.Equal(ExitCodes.ProblemsFound, build.Exit);
        Assert.False(Directory.Exists(Path.Combine(_scratch, "site")));
    }

    [Fact]
    public void Build_writes_the_site()
    {
        var site = Path.Combine(_scratch, "site");
        var (exit, output, _) = Run("manual", "build", site, "--manual", RepositoryManual.Directory());
        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("wrote ", output);
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "02-deserialization", "pickle.html")));
    }

    [Theory]
    [InlineData("PYSEC201")]
    [InlineData("pickle")]
    public void Show_prints_the_chapter_by_rule_or_id(string key)
    {
        var (exit, output, _) = Run("manual", "show", key, "--manual", RepositoryManual.Directory());
        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("# Deserialising with pickle\n", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Show_of_an_unknown_chapter_fails()
    {
        var (exit, _, error) = Run("manual", "show", "PYSEC999", "--manual", RepositoryManual.Directory());
        Assert.Equal(ExitCodes.ProblemsFound, exit);
        Assert.Contains("no chapter has the id or rule 'PYSEC999'", error);
    }

    [Theory]
    [InlineData("manual")]
    [InlineData("manual", "publish")]
    [InlineData("manual", "show")]
    [InlineData("manual", "check", "extra")]
    [InlineData("manual", "check", "--manual", "/nonexistent/manual/folder")]
    public void Bad_arguments_are_usage_errors(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.StartsWith("pysec: ", error);
    }
}
