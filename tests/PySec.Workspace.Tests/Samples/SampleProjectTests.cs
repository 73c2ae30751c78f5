using PySec.Testing;

namespace PySec.Workspace.Tests;

/// <summary>
/// The sample project the README's main command scans: its findings, under its own pyproject.toml, must be exactly the
/// "# expect:" markers written in its files, so that neither the sample nor the rules drift without a failing test.
/// </summary>
public sealed class SampleProjectTests
{
    private static string Samples => RepositoryRoot.Combine("samples");

    private static (PyProjectConfig Config, ScanResult Result) ScanSamples(Func<PySecSettings, PySecSettings>? adjust = null)
    {
        var configPath = PyProjectConfig.Find(Samples);
        Assert.Equal(Path.Combine(Samples, "pyproject.toml"), configPath);
        var config = PyProjectConfig.Load(configPath!);
        var settings = adjust is null ? config.Settings : adjust(config.Settings);
        var result = Scanner.Scan(config.Directory, [Samples], new FileAnalyzer(TestRules.Value, settings));
        return (config, result);
    }

    [Fact]
    public void Findings_are_exactly_the_expect_markers()
    {
        var (config, result) = ScanSamples();
        Assert.Empty(config.Errors);
        Assert.Empty(config.Validate(TestRules.Value));
        Assert.Empty(result.Skipped);
        Assert.True(result.Files.Count >= 10, $"only {result.Files.Count} sample files");

        var expected = new List<string>();
        var actual = new List<string>();
        foreach (var file in result.Files)
        {
            Assert.Empty(file.Diagnostics);
            expected.AddRange(FixtureMarkers.Parse(file.Source.Text).Expected.Select(e => $"{file.Path}:{e.Line + 1}: {e.Code}"));
            actual.AddRange(file.Findings.Select(f => $"{file.Path}:{f.Location.Start.Line + 1}: {f.Finding.RuleId}"));
        }
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_sample_exercises_most_rule_categories()
    {
        var (_, result) = ScanSamples();
        var categories = result.ActiveFindings.Select(f => f.Finding.Rule.Metadata.Category).Distinct().ToList();
        Assert.True(categories.Count >= 9, "categories found: " + string.Join(", ", categories));
    }

    [Fact]
    public void The_per_path_ignore_in_its_pyproject_is_what_keeps_the_test_password_quiet()
    {
        var (_, without) = ScanSamples(settings => settings with { PerPathIgnores = [] });
        Assert.Contains(without.ActiveFindings, f => f.Finding.RuleId == "PYSEC708"
            && without.Files.Single(file => file.Findings.Contains(f)).Path == "flask_app/tests/test_views.py");
    }
}
