namespace PySec.Rules.Tests;

/// <summary>A bad rule file is reported with its file, line and field, and the other rules still load.</summary>
public sealed class RuleLoaderTests
{
    private const string Valid = """
        id: PYSEC999
        name: test-eval
        title: Test rule
        message: "{callee} called"
        severity: high
        confidence: high
        cwe: [95]
        owasp: A03:2021 Injection
        manual: eval-exec
        match:
          call:
            names: [builtins.eval]
        """;

    private static RuleSet Load(params (string Path, string Text)[] files) =>
        RuleSet.Load(new InMemoryRuleSource(files.Select(f => new RuleFile(f.Path, f.Text))));

    [Fact]
    public void A_valid_rule_loads_and_matches()
    {
        var rules = Load(("PYSEC999-test-eval.yaml", Valid));
        Assert.Empty(rules.Errors);
        var finding = Assert.Single(RepositoryRules.Analyze("eval(x)\n", rules: rules).Findings);
        Assert.Equal("builtins.eval called", finding.Message);
    }

    [Theory]
    [InlineData("severity: high", "severity: fatal", 5, "/severity")]
    [InlineData("cwe: [95]", "cwe: [ninety-five]", 7, "/cwe/0")]
    [InlineData("    names: [builtins.eval]", "    names: [builtins.eval]\n    colour: red", 13, "/match/call/colour")]
    [InlineData("id: PYSEC999", "id: PYSEC99", 1, "/id")]
    [InlineData("name: test-eval", "name: Test_Eval", 2, "/name")]
    [InlineData("manual: eval-exec\n", "", 1, "")]
    public void Schema_errors_name_the_file_line_and_field(string original, string replacement, int line, string field)
    {
        var rules = Load(("rules/bad.yaml", Valid.Replace(original, replacement)), ("PYSEC998-test-eval.yaml", Valid.Replace("999", "998")));
        var error = Assert.Single(rules.Errors, e => e.File == "rules/bad.yaml");
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains("rules/bad.yaml:", error.ToString());
        Assert.Equal("PYSEC998", Assert.Single(rules.Rules).Id);
    }

    [Fact]
    public void An_invalid_regex_is_reported_at_its_field()
    {
        var text = Valid.Replace("    names: [builtins.eval]", "    names: [builtins.eval]\n    args:\n      - { name: source, matches: \"([a-z\" }");
        var error = Assert.Single(Load(("PYSEC999-test-eval.yaml", text)).Errors);
        Assert.Equal("/match/call/args/0/matches", error.Field);
        Assert.Equal(14, error.Line);
        Assert.Contains("invalid regular expression", error.Message);
    }

    [Fact]
    public void Yaml_syntax_errors_give_the_line()
    {
        var error = Assert.Single(Load(("PYSEC999-test-eval.yaml", Valid.Replace("cwe: [95]", "cwe: [95"))).Errors);
        Assert.True(error.Line >= 7, error.ToString());
    }

    [Fact]
    public void Duplicate_ids_keep_the_first_file()
    {
        var rules = Load(("a/PYSEC999-test-eval.yaml", Valid), ("b/PYSEC999-test-eval.yaml", Valid));
        Assert.Single(rules.Rules);
        Assert.Contains("already defined in a/PYSEC999-test-eval.yaml", Assert.Single(rules.Errors).Message);
    }

    [Fact]
    public void The_file_name_must_match_the_id_and_name()
    {
        var error = Assert.Single(Load(("rules/PYSEC999-other.yaml", Valid)).Errors);
        Assert.Equal("/name", error.Field);
        Assert.Contains("PYSEC999-test-eval.yaml", error.Message);
    }

    [Fact]
    public void A_code_rule_without_a_class_is_an_error()
    {
        var text = Valid[..Valid.IndexOf("match:", StringComparison.Ordinal)] + "code: true\n";
        var error = Assert.Single(Load(("PYSEC999-test-eval.yaml", text)).Errors);
        Assert.Equal("/code", error.Field);
    }

    [Fact]
    public void A_matcher_without_a_node_kind_is_an_error()
    {
        var text = Valid[..Valid.IndexOf("match:", StringComparison.Ordinal)] + "match:\n  not:\n    assert: {}\n";
        Assert.Equal("/match", Assert.Single(Load(("PYSEC999-test-eval.yaml", text)).Errors).Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\n...\n---\n")]
    [InlineData("[1, 2")]
    [InlineData("id: [unclosed")]
    [InlineData("\t- tab")]
    [InlineData("- just\n- a list\n")]
    [InlineData("&a [*a]")]
    [InlineData("a: &x {b: *x}")]
    [InlineData(null)]
    public void Broken_files_are_errors_not_exceptions(string? text)
    {
        text ??= new string('[', 100_000) + new string(']', 100_000);
        var rules = Load(("PYSEC999-test-eval.yaml", text));
        Assert.NotEmpty(rules.Errors);
        Assert.Empty(rules.Rules);
    }

    [Fact]
    public void A_missing_folder_is_an_error()
    {
        var rules = RuleSet.Load(new FileSystemRuleSource(Path.Combine(Path.GetTempPath(), "no-such-pysec-rules-" + Guid.NewGuid())));
        Assert.Contains("does not exist", Assert.Single(rules.Errors).Message);
    }

    [Fact]
    public void A_user_rule_pack_loads_beside_the_repository_rules()
    {
        var directory = Directory.CreateTempSubdirectory("pysec-pack-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "PYSEC999-test-eval.yaml"), Valid);
            var rules = RuleSet.Load(new FileSystemRuleSource(RepositoryRules.Directory), new FileSystemRuleSource(directory));
            Assert.NotNull(rules.Find("PYSEC999"));
            Assert.NotNull(rules.Find("PYSEC207"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Aliases_and_names_resolve_to_rules()
    {
        var rules = RepositoryRules.Value;
        Assert.Contains(rules.Find("PYSEC207"), rules.Resolve("B506"));
        Assert.Contains(rules.Find("PYSEC207"), rules.Resolve("s506"));
        Assert.Contains(rules.Find("PYSEC207"), rules.Resolve("yaml-unsafe-load"));
        Assert.Empty(rules.Resolve("B999"));
    }

    [Fact]
    public void The_embedded_schema_is_the_shipped_file()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRules.Directory, "rule.schema.json")), Loading.RuleSchema.Text);
    }
}
