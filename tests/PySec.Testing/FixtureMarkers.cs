using System.Text.RegularExpressions;
using PySec.Text;

namespace PySec.Testing;

/// <summary>A "# expect: CODE" marker: a diagnostic or finding with that code is expected on <see cref="Line"/>.</summary>
/// <param name="Line">Zero-based line the expectation is about.</param>
public sealed record ExpectedCode(string Code, int Line);

/// <summary>
/// A caret marker: a comment line such as "#   ^ hover" points, with its '^', at a column of the code line
/// above it (caret lines directly below one another all point at the same code line).
/// </summary>
/// <param name="Line">Zero-based line pointed at.</param>
/// <param name="Character">Zero-based UTF-16 column pointed at.</param>
/// <param name="Offset">The same position as a text offset.</param>
/// <param name="Label">The text after the caret(s), trimmed ("hover", "definition: foo").</param>
public sealed record CaretMarker(int Line, int Character, int Offset, string Label);

/// <summary>
/// Reads the expectations written into fixture files as Python comments, so that a fixture states its own
/// expected results next to the code they are about:
/// <code>
/// eval(user_input)  # expect: PYSEC101
/// # expect: PYSEC102, PYSEC103     (own line: about the next non-blank line that is not a marker)
/// subprocess.run(cmd, shell=True)
/// #              ^ hover
/// </code>
/// </summary>
public sealed partial class FixtureMarkers
{
    private FixtureMarkers(IReadOnlyList<ExpectedCode> expected, IReadOnlyList<CaretMarker> carets)
    {
        Expected = expected;
        Carets = carets;
    }

    public IReadOnlyList<ExpectedCode> Expected { get; }
    public IReadOnlyList<CaretMarker> Carets { get; }

    public static FixtureMarkers Parse(string text)
    {
        var lines = LineMap.Create(text);
        var expected = new List<ExpectedCode>();
        var carets = new List<CaretMarker>();
        var pendingCodes = new List<string>();
        var pendingLine = -1;
        var target = -1;

        for (var line = 0; line < lines.LineCount; line++)
        {
            var span = lines.GetLineSpan(line);
            var content = text.Substring(span.Start, span.Length);

            if (CaretLine().Match(content) is { Success: true } caretMatch)
            {
                if (target < 0) continue;
                var label = caretMatch.Groups["label"].Value.Trim();
                for (var column = content.IndexOf('^'); column >= 0; column = content.IndexOf('^', column + 1))
                {
                    if (column >= caretMatch.Groups["label"].Index) break;
                    var position = new LinePosition(target, column);
                    carets.Add(new CaretMarker(target, column, lines.GetOffset(position), label));
                }
                continue;
            }

            if (ExpectComment().Match(content) is { Success: true } expectMatch)
            {
                var codes = expectMatch.Groups["codes"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var ownLine = string.IsNullOrWhiteSpace(content[..expectMatch.Index]);
                if (ownLine)
                {
                    if (pendingCodes.Count == 0) pendingLine = line;
                    pendingCodes.AddRange(codes);
                    continue;
                }
                expected.AddRange(codes.Select(code => new ExpectedCode(code, line)));
            }

            if (string.IsNullOrWhiteSpace(content)) continue;
            expected.AddRange(pendingCodes.Select(code => new ExpectedCode(code, line)));
            pendingCodes.Clear();
            target = line;
        }
        // An own-line expectation at the end of the file has no next line: it is about its own line.
        expected.AddRange(pendingCodes.Select(code => new ExpectedCode(code, pendingLine)));
        return new FixtureMarkers(expected, carets);
    }

    [GeneratedRegex(@"#\s*expect:\s*(?<codes>[A-Za-z0-9_]+(\s*,\s*[A-Za-z0-9_]+)*)\s*$")]
    private static partial Regex ExpectComment();

    [GeneratedRegex(@"^\s*#[\s^]*\^(?<label>.*)$")]
    private static partial Regex CaretLine();
}
