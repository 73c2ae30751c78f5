using PySec.Testing;

namespace PySec.Workspace.Tests;

/// <summary>The cases of Data/discovery-cases.txt: which files discovery finds under excludes and .gitignore files.</summary>
public sealed class DiscoveryCaseTests
{
    private sealed record Case(string Name, List<(string Path, List<string> Lines)> Files, List<string> Expected, string? Exclude, string? ExtendExclude);

    private static Dictionary<string, Case> Load()
    {
        var cases = new Dictionary<string, Case>();
        Case? current = null;
        List<string>? lines = null;
        var expecting = false;
        foreach (var line in File.ReadAllLines(RepositoryRoot.Combine("tests", "PySec.Workspace.Tests", "Data", "discovery-cases.txt")))
        {
            if (line.StartsWith("=== "))
            {
                current = new Case(line[4..].Trim(), [], [], null, null);
                cases[current.Name] = current;
                expecting = false;
                lines = null;
            }
            else if (current is null) continue;
            else if (line.StartsWith("--- "))
            {
                lines = [];
                current.Files.Add((line[4..].Trim(), lines));
            }
            else if (line.StartsWith("exclude: ")) cases[current.Name] = current = current with { Exclude = line[9..] };
            else if (line.StartsWith("extend-exclude: ")) cases[current.Name] = current = current with { ExtendExclude = line[16..] };
            else if (line == "expect:")
            {
                expecting = true;
                lines = null;
            }
            else if (expecting)
            {
                if (line.Trim().Length > 0) current.Expected.Add(line.Trim());
            }
            else lines?.Add(line);
        }
        return cases;
    }

    public static TheoryData<string> Names() => [.. Load().Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Finds_exactly_the_expected_files(string name)
    {
        var testCase = Load()[name];
        using var tree = new TempTree();
        Directory.CreateDirectory(tree.PathOf(".git"));
        foreach (var (path, lines) in testCase.Files)
            tree.Write(path, lines.Count == 0 ? "x = 1\n" : string.Join('\n', lines) + "\n");
        var settings = PySecSettings.Default;
        if (testCase.Exclude is { } exclude) settings = settings with { Exclude = Split(exclude) };
        if (testCase.ExtendExclude is { } extend) settings = settings with { ExtendExclude = Split(extend) };

        var result = FileDiscovery.Discover(tree.Root, [tree.Root], settings);
        Assert.Empty(result.Skipped);
        Assert.Equal(testCase.Expected.Order(StringComparer.Ordinal), result.Files.Select(f => f.RelativePath));
    }

    private static List<string> Split(string list) => [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
