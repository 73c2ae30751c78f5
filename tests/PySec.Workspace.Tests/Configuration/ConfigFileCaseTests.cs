using System.Text.RegularExpressions;
using PySec.Testing;

namespace PySec.Workspace.Tests;

/// <summary>The configuration cases under Data/config (see its README): every marked error, and no other.</summary>
public sealed partial class ConfigFileCaseTests
{
    private static string Folder => RepositoryRoot.Combine("tests", "PySec.Workspace.Tests", "Data", "config");

    public static TheoryData<string> Cases() => [.. Directory.GetFiles(Folder, "*.toml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_exactly_the_marked_errors(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name));
        var config = PyProjectConfig.Parse(text, name);
        var errors = config.Errors.Concat(config.Validate(TestRules.Value)).ToList();

        var expected = new List<(int Line, string Key, string Text)>();
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
            if (Marker().Match(lines[index]) is { Success: true } match)
                expected.Add((index + 1, match.Groups["key"].Value == "-" ? "" : match.Groups["key"].Value, match.Groups["text"].Value.Trim()));

        Assert.Equal(
            expected.Select(e => (e.Line, e.Key)).Order().ToList(),
            errors.Select(e => (e.Line, e.Key)).Order().ToList());
        foreach (var (line, key, fragment) in expected)
        {
            var error = errors.Single(e => e.Line == line && e.Key == key);
            Assert.Equal(name, error.File);
            Assert.Contains(fragment, error.Message);
        }
    }

    [GeneratedRegex(@"#\s*error:\s*(?<key>\S+)\s*\|(?<text>.*)$")]
    private static partial Regex Marker();
}
