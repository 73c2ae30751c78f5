using System.Text;
using PySec.Syntax.Tests.Infrastructure;
using PySec.Text;

namespace PySec.Syntax.Tests.Parsing;

/// <summary>
/// Each Fixtures/parsing/*.py file must round-trip, report exactly the diagnostics its "# expect: CODE" markers
/// name (by code and line; none for a marker-free file), and print as its committed .tree.txt snapshot.
/// </summary>
public sealed class ParserFixtureTests
{
    private const string FixtureFolder = "Fixtures/parsing";

    public static TheoryData<string> FixtureNames()
    {
        var data = new TheoryData<string>();
        var folder = Path.Combine(AppContext.BaseDirectory, FixtureFolder);
        foreach (var path in Directory.GetFiles(folder, "*.py").OrderBy(p => p, StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixture_round_trips(string name)
    {
        var text = ReadFixture(name);
        ParserTestHelpers.AssertRoundTrip(text, SyntaxTree.Parse(text));
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixture_reports_exactly_the_diagnostics_its_markers_expect(string name)
    {
        var text = ReadFixture(name);
        var tree = SyntaxTree.Parse(text);
        var lines = LineMap.Create(text);
        var expected = FixtureMarkers.Parse(text).Expected
            .Select(e => $"{e.Code}@{e.Line + 1}").Distinct().Order(StringComparer.Ordinal).ToList();
        var actual = tree.Diagnostics
            .Select(d => $"{d.Code}@{lines.GetLineIndex(d.Span.Start) + 1}").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"expected [{string.Join(", ", expected)}] but got [{string.Join(", ", actual)}]: {ParserTestHelpers.Describe(tree.Diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixture_tree_matches_its_snapshot(string name)
    {
        var tree = SyntaxTree.Parse(ReadFixture(name));
        var dump = new StringBuilder(SyntaxTreePrinter.Print(tree.Root, includeTrivia: false));
        foreach (var diagnostic in tree.Diagnostics) dump.Append(diagnostic).Append('\n');
        Snapshot.Match($"{FixtureFolder}/{name}.tree.txt", dump.ToString());
    }

    private static string ReadFixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, FixtureFolder, name + ".py"));
}
