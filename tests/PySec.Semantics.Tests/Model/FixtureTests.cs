using System.Text.RegularExpressions;
using PySec.Semantics.Tests.Infrastructure;

namespace PySec.Semantics.Tests.Model;

/// <summary>Runs every marker of every fixture (Fixtures/README.md) as its own test case.</summary>
public sealed partial class FixtureTests
{
    public static TheoryData<string, int, string, string> Markers()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var name in FixtureFile.Names)
            foreach (var marker in FixtureFile.Load(name).Markers)
                data.Add(marker.File, marker.Line, marker.Kind, marker.Value);
        return data;
    }

    [Theory]
    [MemberData(nameof(Markers))]
    public void Marker_holds(string fileName, int line, string kind, string expected)
    {
        var file = FixtureFile.Load(fileName);
        var actual = kind switch
        {
            "qname" => QualifiedName(file, line),
            "instance" => Instance(file, line),
            "binds" => Binds(file, line, expected),
            "uses" => Uses(file, line, expected),
            "arg" => Argument(file, line, expected),
            "const" => Constant(file, line),
            "template" => file.Model.Evaluate(LineSubjects.Subject(file, line)).TemplateText ?? "<not a string template>",
            "holes" => string.Join(", ", file.Model.Evaluate(LineSubjects.Subject(file, line)).NonConstantSpans.Select(file.TextOf)),
            _ => throw new InvalidDataException($"unknown marker kind '{kind}'"),
        };
        Assert.Equal(Normalized(kind, expected), actual);
    }

    [Fact]
    public void Every_fixture_has_markers_and_every_marker_kind_is_used()
    {
        var names = FixtureFile.Names.ToList();
        Assert.NotEmpty(names);
        foreach (var name in names) Assert.True(FixtureFile.Load(name).Markers.Count > 0, $"{name} has no markers");
        var used = names.SelectMany(n => FixtureFile.Load(n).Markers).Select(m => m.Kind).ToHashSet();
        Assert.Equal(Marker.Kinds.Order(), used.Order());
    }

    [Fact]
    public void Fixtures_parse_without_syntax_errors()
    {
        foreach (var name in FixtureFile.Names)
            Assert.True(FixtureFile.Load(name).Tree.Diagnostics.Count == 0,
                $"{name}: {string.Join("; ", FixtureFile.Load(name).Tree.Diagnostics)}");
    }

    /// <summary>Binding markers compare label sets; they are rewritten to the form the actual value is printed in.</summary>
    private static string Normalized(string kind, string expected) => kind switch
    {
        "binds" or "uses" => expected[(expected.IndexOf('@') + 1)..],
        "arg" => expected[(expected.IndexOf('=') + 1)..],
        _ => expected,
    };

    private static string QualifiedName(FixtureFile file, int line) =>
        file.Model.GetQualifiedName(LineSubjects.NamedExpression(file, line)) ?? "none";

    private static string Instance(FixtureFile file, int line) =>
        file.Model.Resolve(LineSubjects.FirstCall(file, line)) is { IsInstance: true } resolved ? resolved.QualifiedName : "<not an instance>";

    private static string Constant(FixtureFile file, int line) =>
        file.Model.Evaluate(LineSubjects.Subject(file, line)).Value?.Repr() ?? "unknown";

    private static string Binds(FixtureFile file, int line, string expected)
    {
        var match = BindsPattern().Match(expected);
        Assert.True(match.Success, $"malformed binds marker '{expected}'");
        var name = match.Groups[1].Value;
        var occurrence = match.Groups[2].Success ? int.Parse(match.Groups[2].Value) : 1;
        var reads = LineSubjects.Reads(file, line, name);
        Assert.True(reads.Count >= occurrence, $"line {line} has {reads.Count} reads of '{name}'");
        var read = reads[occurrence - 1];
        if (read.Bindings.Count == 0) return read.IsBuiltin ? "builtin" : "none";
        return LabelsOf(file, read.Bindings.Select(b => file.LineOf(b.Span.Start)), match.Groups[3].Value);
    }

    private static string Uses(FixtureFile file, int line, string expected)
    {
        var at = expected.IndexOf('@');
        var name = expected[..at];
        var binding = file.Model.Bindings.Single(b => b.Name == name && file.LineOf(b.Span.Start) == line);
        return LabelsOf(file, binding.Uses.Select(u => file.LineOf(u.Span.Start)), expected[(at + 1)..]);
    }

    /// <summary>
    /// Writes the lines as the labels of the expected list, in its order when the sets agree, so a failure shows
    /// both sides in the same vocabulary; lines without a label appear as "line N".
    /// </summary>
    private static string LabelsOf(FixtureFile file, IEnumerable<int> lines, string expectedLabels)
    {
        var actual = lines.Distinct().Order().ToList();
        var expected = expectedLabels.Split(',', StringSplitOptions.TrimEntries).ToList();
        foreach (var label in expected)
            Assert.True(file.Labels.ContainsKey(label), $"{file.Name}: label @{label} is not defined");
        var byLine = file.Labels.GroupBy(l => l.Value).ToDictionary(g => g.Key, g => g.First().Key);
        if (actual.Order().SequenceEqual(expected.Select(l => file.Labels[l]).Distinct().Order())) return expectedLabels;
        return string.Join(",", actual.Select(l => byLine.TryGetValue(l, out var label) ? label : $"line {l}"));
    }

    private static string Argument(FixtureFile file, int line, string expected)
    {
        var parameter = expected[..expected.IndexOf('=')];
        var bound = file.Model.BindCall(LineSubjects.FirstCall(file, line)).Get(parameter);
        return bound.State switch
        {
            ArgumentState.Missing => "missing",
            ArgumentState.Unknown => "unknown",
            _ => string.Join(", ", bound.Arguments.Select(a => file.TextOf(a.Value.Span))),
        };
    }

    [GeneratedRegex(@"^([A-Za-z_]\w*)(?:\[(\d+)\])?@([\w,]+)$")]
    private static partial Regex BindsPattern();
}
