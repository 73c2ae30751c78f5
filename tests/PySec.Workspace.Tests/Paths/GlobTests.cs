using PySec.Testing;

namespace PySec.Workspace.Tests;

public sealed class GlobTests
{
    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var raw in File.ReadAllLines(RepositoryRoot.Combine("tests", "PySec.Workspace.Tests", "Data", "globs.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = System.Text.RegularExpressions.Regex.Split(line, @"\s{2,}");
            data.Add(fields[0], fields[1], fields[2] switch { "match" => true, "no" => false, var other => throw new FormatException(other) });
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_like_gitignore(string pattern, string path, bool expected)
    {
        var isDirectory = path.EndsWith('/');
        var glob = Glob.Parse(pattern);
        Assert.Equal(expected, glob.IsMatch(path.TrimEnd('/'), isDirectory));
    }

    [Theory]
    [InlineData("tests/[", "unclosed '['")]
    [InlineData("abc\\", "lone '\\'")]
    [InlineData("/", "empty pattern")]
    public void Malformed_patterns_are_errors(string pattern, string message)
    {
        Assert.Null(Glob.TryParse(pattern, out var error));
        Assert.Contains(message, error);
    }

    [Fact]
    public void A_matching_folder_covers_what_it_holds()
    {
        var glob = Glob.Parse("generated/");
        Assert.False(glob.IsMatch("pkg/generated/x.py", isDirectory: false));
        Assert.True(glob.IsMatchOrInside("pkg/generated/x.py", isDirectory: false));
        Assert.False(glob.IsMatchOrInside("pkg/generated.py", isDirectory: false));
    }

    [Fact]
    public void Star_heavy_patterns_match_long_paths_in_linear_time()
    {
        // With a backtracking engine this pair takes exponential time; the test would not finish.
        var glob = Glob.Parse("**/a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
        var path = string.Join('/', Enumerable.Repeat(new string('a', 200), 50));
        Assert.False(glob.IsMatchOrInside(path, isDirectory: false));
    }
}
