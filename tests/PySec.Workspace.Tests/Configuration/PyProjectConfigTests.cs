using PySec.Rules;
using PySec.Semantics;
using PySec.Testing;

namespace PySec.Workspace.Tests;

public sealed class PyProjectConfigTests
{
    private static PyProjectConfig Case(string name) =>
        PyProjectConfig.Load(RepositoryRoot.Combine("tests", "PySec.Workspace.Tests", "Data", "config", name));

    [Fact]
    public void Every_key_reaches_the_settings()
    {
        var config = Case("valid-full.toml");
        Assert.Empty(config.Errors);
        Assert.True(config.HasPySecTable);
        var settings = config.Settings;
        Assert.Equal(new PythonVersion(3, 11), settings.TargetVersion);
        Assert.Equal(["ALL"], settings.Select);
        Assert.Equal(["PYSEC009", "B101"], settings.Ignore);
        Assert.Equal(Severity.Medium, settings.SeverityThreshold);
        Assert.Equal(Confidence.High, settings.ConfidenceThreshold);
        Assert.Equal([".git", "venv"], settings.Exclude);
        Assert.Equal(["migrations/", "**/generated_*.py"], settings.ExtendExclude);
        Assert.True(settings.ForceExclude);
        Assert.False(settings.RespectGitIgnore);
        Assert.Equal([Path.Combine(config.Directory, "security", "rules")], settings.ExtraRules);
        Assert.Equal(2L * 1024 * 1024, settings.MaxFileSize);
        Assert.True(settings.ShowSuppressed);
        Assert.Equal([("tests/**", "PYSEC006"), ("scripts/*.py", "processes,S603")],
            settings.PerPathIgnores.Select(p => (p.Pattern, string.Join(',', p.Selectors))));
        Assert.Equal(Severity.High, settings.SeverityOverrides["PYSEC701"]);
    }

    [Fact]
    public void Dotted_keys_and_inline_tables_mean_the_same_as_tables()
    {
        var config = Case("valid-dotted-and-inline.toml");
        Assert.Empty(config.Errors);
        Assert.Equal(["PYSEC3"], config.Settings.Select);
        Assert.Equal("tests/**", Assert.Single(config.Settings.PerPathIgnores).Pattern);
        Assert.Equal(Severity.Critical, config.Settings.SeverityOverrides["b602"]);
        Assert.Equal(1024, config.Settings.MaxFileSize);
    }

    [Fact]
    public void A_file_without_our_table_gives_the_defaults()
    {
        var config = Case("no-pysec-table.toml");
        Assert.False(config.HasPySecTable);
        Assert.Empty(config.Errors);
        Assert.Equal(PySecSettings.Default.Select, config.Settings.Select);
        Assert.Equal(PySecSettings.DefaultExcludes, config.Settings.Exclude);
    }

    [Fact]
    public void Flags_win_over_the_file_and_lists_that_extend_add()
    {
        var file = Case("valid-full.toml").Settings;
        var merged = file.Merge(new SettingsOverrides
        {
            Select = ["PYSEC301"],
            SeverityThreshold = Severity.Low,
            ExtendExclude = ["extra/"],
            SeverityOverrides = new Dictionary<string, Severity> { ["pysec701"] = Severity.Low },
        });
        Assert.Equal(["PYSEC301"], merged.Select);
        Assert.Equal(Severity.Low, merged.SeverityThreshold);
        Assert.Equal(Confidence.High, merged.ConfidenceThreshold); // not given: the file's value stays
        Assert.Equal(["migrations/", "**/generated_*.py", "extra/"], merged.ExtendExclude);
        Assert.Equal(Severity.Low, Assert.Single(merged.SeverityOverrides).Value);
    }

    [Fact]
    public void Broken_input_never_throws()
    {
        foreach (var text in new[] { "", "\0\0\0", "[tool.pysec", "[tool.pysec]\nselect = [[[[[[", "a = \"\\uD800\"", new string('[', 10_000), "[tool.pysec]\nmax-file-size = -5\n" })
        {
            var config = PyProjectConfig.Parse(text, "p.toml");
            Assert.All(config.Errors, e => Assert.True(e.Line >= 1));
        }
        Assert.Equal(2, Assert.Single(PyProjectConfig.Parse("[tool.pysec]\nmax-file-size = -5\n", "p.toml").Errors).Line);
    }

    [Fact]
    public void An_unreadable_file_is_an_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "pysec-no-such-dir-" + Guid.NewGuid().ToString("N"), "pyproject.toml");
        var error = Assert.Single(PyProjectConfig.Load(missing).Errors);
        Assert.Contains("cannot read", error.Message);
    }

    [Fact]
    public void Find_searches_upward_for_the_nearest_file_with_our_table()
    {
        using var tree = new TempTree();
        tree.Write("pyproject.toml", "[tool.pysec]\nselect = [\"ALL\"]\n");
        tree.Write("sub/pyproject.toml", "[project]\nname = \"inner\"\n");
        tree.Write("sub/pkg/mod.py", "x = 1\n");
        Assert.Equal(tree.PathOf("pyproject.toml"), PyProjectConfig.Find(tree.PathOf("sub/pkg/mod.py")));
        Assert.Equal(tree.PathOf("pyproject.toml"), PyProjectConfig.Find(tree.PathOf("sub/pkg")));

        tree.Write("sub/pyproject.toml", "[tool.pysec]\nselect = [\n");
        Assert.Equal(tree.PathOf("sub/pyproject.toml"), PyProjectConfig.Find(tree.PathOf("sub/pkg"))); // broken, but ours: reported, not skipped
    }
}
