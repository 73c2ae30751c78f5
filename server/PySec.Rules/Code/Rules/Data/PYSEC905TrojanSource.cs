using System.Globalization;
using System.Text;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Data;

/// <summary>
/// Bidirectional control characters anywhere in the file text (one finding per line, every line reported, not only
/// the first as Bandit's B613 does), and identifiers that mix Latin, Greek and Cyrillic letters (homoglyphs). This
/// reads characters and tokens, which no declarative matcher sees. The fix escapes the characters in (non-raw)
/// string literals and deletes them from comments; anywhere else the file does not even tokenize, so no fix.
/// </summary>
[CodeRule("PYSEC905")]
internal sealed class TrojanSource : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.Module];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var text = context.Text;
        // Both checks look for characters outside ASCII; most files have none, and this test is vectorised.
        if (System.Text.Ascii.IsValid(text)) return;
        var line = new List<int>();
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] is '\n' or '\r')
            {
                ReportLine(node, context, line);
                line.Clear();
            }
            else if (IsBidiControl(text[index]))
            {
                line.Add(index);
            }
        }
        ReportLine(node, context, line);
        ReportMixedScriptIdentifiers(node, context);
    }

    // The embedding, override and isolate controls, and the right-to-left marks (U+200F, and U+061C, the Arabic
    // letter mark). U+200E, the left-to-right mark, is left out, as pylint does: it is the default direction.
    private static bool IsBidiControl(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200F' or '\u061C';

    private static void ReportLine(SyntaxNode root, RuleContext context, List<int> positions)
    {
        if (positions.Count == 0) return;
        var names = string.Join(", ", positions.Select(p => context.Text[p]).Distinct().Select(c => $"U+{(int)c:X4}"));
        var edits = new List<TextEdit>();
        foreach (var position in positions)
        {
            if (EditFor(root, context.Text, position) is not { } edit)
            {
                edits.Clear();
                break;
            }
            edits.Add(edit);
        }
        var fixes = edits.Count == 0
            ? Array.Empty<Fix>()
            : [new Fix("Escape the bidirectional control characters in strings and remove them from comments", FixSafety.Safe, edits)];
        var span = TextSpan.FromBounds(positions[0], positions[^1] + 1);
        context.Report(span, new Dictionary<string, string> { ["name"] = names }, fixes: fixes);
    }

    private static TextEdit? EditFor(SyntaxNode root, string text, int position)
    {
        var token = root.FindToken(position);
        var character = new TextSpan(position, 1);
        if (!token.Span.Contains(position))
            return IsInComment(token, position) ? new TextEdit(character, "") : null;
        var escape = new TextEdit(character, $"\\u{(int)text[position]:x4}");
        return token.Kind switch
        {
            SyntaxKind.String when !IsRawOrBytes(Prefix(token.Text)) => escape,
            SyntaxKind.FStringMiddle or SyntaxKind.TStringMiddle when FStringStart(token) is { } start && !IsRawOrBytes(Prefix(start)) => escape,
            _ => null,
        };
    }

    private static bool IsInComment(SyntaxToken token, int position)
    {
        foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            if (trivia.Kind == SyntaxKind.CommentTrivia && trivia.Span.Contains(position)) return true;
        return false;
    }

    private static string Prefix(string literal) => literal[..literal.IndexOfAny(['\'', '"'])];

    private static bool IsRawOrBytes(string prefix) => prefix.IndexOfAny(['r', 'R', 'b', 'B']) >= 0;

    /// <summary>The opening token (<c>f"</c>, <c>rf'''</c>) of the f-string or t-string a middle token belongs to.</summary>
    private static string? FStringStart(SyntaxToken middle)
    {
        for (var node = middle.Parent; node is not null; node = node.Parent)
        {
            if (node is FStringSyntax fstring) return fstring.Start.Text;
        }
        return null;
    }

    private static void ReportMixedScriptIdentifiers(SyntaxNode root, RuleContext context)
    {
        foreach (var token in root.DescendantTokens())
        {
            if (token.Kind != SyntaxKind.Identifier || token.Text.All(char.IsAscii)) continue;
            var scripts = token.Text.Where(char.IsLetter).Select(Script).OfType<string>().Distinct().ToList();
            if (scripts.Count < 2) continue;
            context.Report(token.Span, new Dictionary<string, string> { ["name"] = token.Text }, Severity.Medium, $"Identifier `{token.Text}` mixes {string.Join(" and ", scripts)} letters, which can impersonate another name; use one script");
        }
    }

    // The scripts whose letters look alike (Unicode TS #39 confusables are mostly between these three).
    private static string? Script(char c) => c switch
    {
        <= '\u024F' or >= '\u1E00' and <= '\u1EFF' => "Latin",
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => "Greek",
        >= '\u0400' and <= '\u052F' => "Cyrillic",
        _ => null,
    };
}
