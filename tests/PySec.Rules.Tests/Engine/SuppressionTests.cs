namespace PySec.Rules.Tests;

/// <summary>Suppression comments: the three syntaxes, aliases, multi-line statements, and unknown ids.</summary>
public sealed class SuppressionTests
{
    private const string Header = "import subprocess\nimport yaml\n";

    private static FileAnalysis Analyze(string body) => RepositoryRules.Analyze(Header + body);

    private static Finding Only(FileAnalysis analysis, string ruleId) => Assert.Single(analysis.Findings, f => f.RuleId == ruleId);

    [Theory]
    [InlineData("subprocess.run(cmd, shell=True)  # nosec", "nosec")]
    [InlineData("subprocess.run(cmd, shell=True)  # nosec B602", "nosec")]
    [InlineData("subprocess.run(cmd, shell=True)  # nosec: B602, B607", "nosec")]
    [InlineData("subprocess.run(cmd, shell=True)  #nosec b602", "nosec")]
    [InlineData("subprocess.run(cmd, shell=True)  # reviewed # nosec B602", "nosec")]
    [InlineData("subprocess.run(cmd, shell=True)  # pysec: ignore[PYSEC301]", "pysec")]
    [InlineData("subprocess.run(cmd, shell=True)  # pysec: ignore[subprocess-shell-true] -- fixed command table", "pysec")]
    [InlineData("subprocess.run(cmd, shell=True)  # pysec: ignore[B602]", "pysec")]
    [InlineData("subprocess.run(cmd, shell=True)  # pysec: ignore", "pysec")]
    [InlineData("subprocess.run(cmd, shell=True)  # noqa: S602", "noqa")]
    [InlineData("subprocess.run(cmd, shell=True)  # noqa: E501, S602", "noqa")]
    public void A_comment_on_the_line_silences_the_finding(string line, string kind)
    {
        var finding = Only(Analyze(line + "\n"), "PYSEC301");
        Assert.True(finding.IsSuppressed);
        Assert.Equal(kind, finding.Suppression!.Kind);
    }

    [Theory]
    [InlineData("subprocess.run(cmd, shell=True)  # nosec B506")]
    [InlineData("subprocess.run(cmd, shell=True)  # pysec: ignore[PYSEC207]")]
    [InlineData("subprocess.run(cmd, shell=True)  # noqa")]
    [InlineData("subprocess.run(cmd, shell=True)  # noqa: E501")]
    [InlineData("subprocess.run(cmd, shell=True)\n# nosec")]
    [InlineData("subprocess.run(cmd, shell=True)  # NOSEC-ish text in a word: unosecure")]
    [InlineData("subprocess.run(cmd + '# nosec', shell=True)")]
    public void Other_ids_other_lines_and_strings_do_not_silence_it(string line)
    {
        Assert.False(Only(Analyze(line + "\n"), "PYSEC301").IsSuppressed);
    }

    [Fact]
    public void A_reason_after_two_dashes_is_kept()
    {
        var finding = Only(Analyze("subprocess.run(cmd, shell=True)  # pysec: ignore[PYSEC301] -- commands come from a fixed table\n"), "PYSEC301");
        Assert.Equal("commands come from a fixed table", finding.Suppression!.Reason);
    }

    [Theory]
    [InlineData("subprocess.run(  # nosec\n    cmd,\n    shell=True,\n)\n")]
    [InlineData("subprocess.run(\n    cmd,\n    shell=True,  # nosec B602\n)\n")]
    [InlineData("subprocess.run(\n    cmd,\n    shell=True,\n)  # pysec: ignore[PYSEC301]\n")]
    [InlineData("x = \\\n    subprocess.run(cmd, shell=True)  # nosec\n")]
    [InlineData("with subprocess.Popen(  # nosec\n        cmd, shell=True) as p:\n    pass\n")]
    [InlineData("if subprocess.run(\n        cmd, shell=True):  # nosec\n    pass\n")]
    public void A_comment_on_any_line_of_a_multi_line_statement_covers_it(string source)
    {
        Assert.True(Only(Analyze(source), "PYSEC301").IsSuppressed);
    }

    [Fact]
    public void A_comment_in_a_block_body_does_not_cover_the_header()
    {
        var analysis = Analyze("with subprocess.Popen(cmd, shell=True) as p:\n    p.wait()  # nosec\n");
        Assert.False(Only(analysis, "PYSEC301").IsSuppressed);
    }

    [Fact]
    public void Each_statement_needs_its_own_comment()
    {
        var analysis = Analyze("subprocess.run(cmd, shell=True)  # nosec\nsubprocess.run(cmd, shell=True)\n");
        Assert.Equal([true, false], analysis.Findings.Where(f => f.RuleId == "PYSEC301").Select(f => f.IsSuppressed));
    }

    [Theory]
    [InlineData("# pysec: ignore[PYSEC000]", "PYSEC000")]
    [InlineData("# nosec B999", "B999")]
    [InlineData("# pysec: ignore[no-such-rule]", "no-such-rule")]
    public void Unknown_ids_are_reported_and_silence_nothing(string comment, string id)
    {
        var analysis = Analyze($"subprocess.run(cmd, shell=True)  {comment}\n");
        Assert.False(Only(analysis, "PYSEC301").IsSuppressed);
        var diagnostic = Assert.Single(analysis.Diagnostics);
        Assert.Equal("PS0301", diagnostic.Code);
        Assert.Contains(id, diagnostic.Message);
        Assert.Equal(id, (Header + $"subprocess.run(cmd, shell=True)  {comment}\n").Substring(diagnostic.Span.Start, diagnostic.Span.Length));
    }

    [Fact]
    public void Unknown_codes_in_noqa_belong_to_other_linters_and_are_not_reported()
    {
        Assert.Empty(Analyze("x = 1  # noqa: E501, F401\n").Diagnostics);
    }
}
