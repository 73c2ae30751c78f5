using System.Text.RegularExpressions;
using PySec.Testing;
using PySec.Text;

namespace PySec.Rules.Tests;

/// <summary>
/// A rule fixture: a Python file under Fixtures/ whose lines say what they expect. <c># expect: PYSEC207</c>
/// marks a line where the rule must fire; <c># ok: PYSEC207</c> marks a near miss where it must not (every
/// unmarked line must not fire either; the marker documents the intent and proves the fixture has negatives).
/// The file's path inside Fixtures/ is the path the engine sees, so tests/test_x.py fixtures are test files.
/// </summary>
public sealed partial class RuleFixture
{
    private RuleFixture(string relativePath, string text)
    {
        RelativePath = relativePath;
        Text = text;
        var markers = FixtureMarkers.Parse(text);
        Expected = markers.Expected;
        var lines = LineMap.Create(text);
        var ok = new List<ExpectedCode>();
        for (var line = 0; line < lines.LineCount; line++)
        {
            var span = lines.GetLineSpan(line);
            if (OkMarker().Match(text, span.Start, span.Length) is { Success: true } match)
                ok.AddRange(match.Groups["codes"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(code => new ExpectedCode(code, line)));
        }
        NearMisses = ok;
        OwnRuleId = RuleIdInPath().Match(relativePath) is { Success: true } id ? id.Value : null;
    }

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public string RelativePath { get; }
    public string Text { get; }
    public IReadOnlyList<ExpectedCode> Expected { get; }
    public IReadOnlyList<ExpectedCode> NearMisses { get; }

    /// <summary>The rule the fixture is named after (the first PYSECnnn in its path).</summary>
    public string? OwnRuleId { get; }

    /// <summary>The rules whose findings the fixture states completely: its own and every rule its markers name.</summary>
    public IReadOnlySet<string> CheckedRules =>
        Expected.Select(e => e.Code).Concat(NearMisses.Select(e => e.Code)).Append(OwnRuleId).OfType<string>().ToHashSet();

    public static RuleFixture Load(string relativePath) =>
        new(relativePath, File.ReadAllText(Path.Combine(Root, relativePath)));

    public static IEnumerable<string> All() =>
        Directory.Exists(Root)
            ? Directory.EnumerateFiles(Root, "*.py", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
            : [];

    public static TheoryData<string> Paths()
    {
        var data = new TheoryData<string>();
        foreach (var path in All()) data.Add(path);
        return data;
    }

    [GeneratedRegex(@"#\s*ok:\s*(?<codes>[A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*)")]
    private static partial Regex OkMarker();

    [GeneratedRegex(@"PYSEC[0-9]{3}")]
    private static partial Regex RuleIdInPath();
}
