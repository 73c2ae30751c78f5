namespace PySec.Cli.Tests.Scan;

/// <summary>[tool.pysec] in pyproject.toml drives the scan; a bad value exits 2 naming the file, line and key.</summary>
public sealed class ScanConfigurationTests
{
    [Fact]
    public void A_bad_value_exits_two_with_file_line_and_key()
    {
        using var project = new ScanProject("[tool.pysec]\ntarget-version = \"3.12\"\nseverity = \"extreme\"\n");
        project.Write("app.py", "print(1)\n");
        var run = project.Scan();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pyproject.toml:3: severity: ", run.Error);
    }

    [Fact]
    public void Broken_toml_exits_two_with_the_line()
    {
        using var project = new ScanProject("[tool.pysec]\nselect = [\"PYSEC2\"\n");
        project.Write("app.py", "print(1)\n");
        var run = project.Scan();
        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"pyproject\.toml:\d+: ", run.Error);
    }

    [Fact]
    public void An_unknown_rule_in_the_configuration_exits_two()
    {
        using var project = new ScanProject("[tool.pysec]\nignore = [\"PYSEC998\"]\n");
        project.Write("app.py", "print(1)\n");
        var run = project.Scan();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pyproject.toml:2: ignore", run.Error);
    }

    [Fact]
    public void Settings_and_per_path_ignores_apply_and_flags_override_them()
    {
        using var project = new ScanProject("[tool.pysec]\nseverity = \"high\"\n\n[tool.pysec.per-path-ignores]\n\"scripts/**\" = [\"PYSEC207\"]\n");
        project.Write("app.py", "import hashlib, yaml\nyaml.load(s)\nhashlib.md5(b'x')\n");
        project.Write("scripts/tool.py", "import yaml\nyaml.load(s)\n");
        var run = project.Scan("--format", "json");
        Assert.Equal(["PYSEC207"], ScanCommandTests.RuleIds(run.Output));
        Assert.Equal(["app.py"], ScanCommandTests.Paths(run.Output));
        Assert.Equal(["PYSEC207", "PYSEC702"], ScanCommandTests.RuleIds(project.Scan("--format", "json", "--severity", "low").Output));
    }

    [Fact]
    public void Config_names_the_file_to_use()
    {
        using var project = new ScanProject();
        project.Write("app.py", "import hashlib, yaml\nyaml.load(s)\nhashlib.md5(b'x')\n");
        var config = project.Write("ci/pysec.toml", "[tool.pysec]\nselect = [\"crypto\"]\n");
        var run = project.Scan("--format", "json", "--config", config);
        Assert.Equal(["PYSEC702"], ScanCommandTests.RuleIds(run.Output));
        Assert.Equal(2, project.Scan("--config", project.PathOf("missing.toml")).ExitCode);
    }
}
