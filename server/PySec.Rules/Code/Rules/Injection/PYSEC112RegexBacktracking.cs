using PySec.Semantics;
using PySec.Syntax;
using static PySec.Rules.Code.Rules.Injection.InjectionValues;

namespace PySec.Rules.Code.Rules.Injection;

/// <summary>
/// A constant pattern in which an unbounded repetition of a group contains something that can match the same text
/// in more than one way: a nested unbounded quantifier with nothing mandatory to separate the iterations
/// ((a+)+, (\w+\s?)*), or alternatives that start alike ((a|ab)*). Atomic groups and possessive quantifiers are
/// exempt. The shape of a regex is beyond the data matchers.
/// </summary>
[CodeRule("PYSEC112")]
internal sealed class RegexBacktracking : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => RegexFromValue.PatternFunctions;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        if (context.CalleeOf(call) is not { } callee || !RegexFromValue.PatternFunctions.Contains(callee)) return;
        if (Argument(call, 0, "pattern") is not { } pattern || context.Evaluate(pattern).Value is not PyStr text) return;
        if (RegexShape.FindAmbiguousRepeat(text.Value) is { } group)
            context.Report(pattern, group.Length > 40 ? group[..37] + "..." : group);
    }
}

/// <summary>A small reader of Python regex syntax, enough to find repeated groups and what they contain.</summary>
internal static class RegexShape
{
    private abstract record Item(bool Repeated, bool Unbounded, bool Optional);
    private sealed record Atom(CharSet Set, bool Repeated, bool Unbounded, bool Optional) : Item(Repeated, Unbounded, Optional);
    private sealed record Group(List<List<Item>> Alternatives, bool Atomic, bool Repeated, bool Unbounded, bool Optional, int Start, int End)
        : Item(Repeated, Unbounded, Optional);

    /// <summary>The source of the first ambiguous repeated group, or null.</summary>
    public static string? FindAmbiguousRepeat(string pattern)
    {
        try
        {
            var position = 0;
            var top = ParseAlternatives(pattern, ref position);
            return Find(top, pattern);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? Find(List<List<Item>> alternatives, string pattern)
    {
        foreach (var sequence in alternatives)
            foreach (var item in sequence)
            {
                if (item is not Group group) continue;
                if (group.Unbounded && !group.Atomic && IsAmbiguous(group)) return pattern[group.Start..group.End];
                if (Find(group.Alternatives, pattern) is { } inner) return inner;
            }
        return null;
    }

    private static bool IsAmbiguous(Group group)
    {
        if (group.Alternatives.Count > 1)
        {
            var firsts = group.Alternatives.Select(First).ToList();
            for (var i = 0; i < firsts.Count; i++)
                for (var j = i + 1; j < firsts.Count; j++)
                    if (firsts[i] is { } a && firsts[j] is { } b && a.Overlaps(b)) return true;
        }
        foreach (var sequence in group.Alternatives)
        {
            var unbounded = sequence.Where(i => i.Unbounded || i is Group { Alternatives: var inner } && ContainsUnbounded(inner)).ToList();
            if (unbounded.Count == 0) continue;
            // A mandatory character the repeated parts cannot match separates one iteration from the next.
            var separated = sequence.Any(i => i is Atom { Optional: false, Unbounded: false } atom
                && unbounded.All(u => Sets(u).All(s => !s.Overlaps(atom.Set))));
            if (!separated) return true;
        }
        return false;
    }

    private static bool ContainsUnbounded(List<List<Item>> alternatives) =>
        alternatives.Any(s => s.Any(i => i.Unbounded || i is Group g && ContainsUnbounded(g.Alternatives)));

    private static IEnumerable<CharSet> Sets(Item item) => item switch
    {
        Atom atom => [atom.Set],
        Group group => group.Alternatives.SelectMany(s => s.SelectMany(Sets)),
        _ => [],
    };

    private static CharSet? First(List<Item> sequence) => sequence.FirstOrDefault() switch
    {
        Atom atom => atom.Set,
        Group group => group.Alternatives.Count == 1 ? First(group.Alternatives[0]) : CharSet.Any,
        _ => null,
    };

    private static List<List<Item>> ParseAlternatives(string p, ref int i)
    {
        var alternatives = new List<List<Item>> { new() };
        while (i < p.Length && p[i] != ')')
        {
            if (p[i] == '|')
            {
                alternatives.Add([]);
                i++;
                continue;
            }
            var start = i;
            Item? item = ParseAtom(p, ref i, out var atomic, out var groupBody);
            if (item is null) continue;
            var (repeated, unbounded, optional) = ParseQuantifier(p, ref i, out var possessive);
            if (groupBody is not null)
                item = new Group(groupBody, atomic || possessive, repeated, unbounded, optional, start, i);
            else
                item = new Atom(((Atom)item).Set, repeated, unbounded && !possessive, optional);
            alternatives[^1].Add(item);
        }
        return alternatives;
    }

    private static Item? ParseAtom(string p, ref int i, out bool atomic, out List<List<Item>>? groupBody)
    {
        atomic = false;
        groupBody = null;
        var c = p[i];
        switch (c)
        {
            case '(':
                i++;
                if (i < p.Length && p[i] == '?')
                {
                    if (i + 1 < p.Length && p[i + 1] == '>') { atomic = true; i += 2; }
                    else if (i + 1 < p.Length && p[i + 1] == ':') i += 2;
                    else if (i + 2 < p.Length && p[i + 1] == 'P' && p[i + 2] == '<') i = p.IndexOf('>', i) + 1;
                    else if (i + 1 < p.Length && p[i + 1] == '<' && i + 2 < p.Length && p[i + 2] is not ('=' or '!')) i = p.IndexOf('>', i) + 1;
                    else
                    {
                        // Lookarounds, flags, comments, conditionals: skip the whole group; they match no text here.
                        SkipGroup(p, ref i);
                        return null;
                    }
                    if (i <= 0) throw new FormatException();
                }
                groupBody = ParseAlternatives(p, ref i);
                if (i >= p.Length) throw new FormatException();
                i++;
                return new Atom(CharSet.Any, false, false, false);
            case '[':
                return new Atom(ParseClass(p, ref i), false, false, false);
            case '\\':
                return ParseEscape(p, ref i);
            case '^' or '$':
                i++;
                return null;
            case '.':
                i++;
                return new Atom(CharSet.Any, false, false, false);
            default:
                i++;
                return new Atom(CharSet.Of(c), false, false, false);
        }
    }

    private static void SkipGroup(string p, ref int i)
    {
        var depth = 1;
        for (; i < p.Length && depth > 0; i++)
        {
            if (p[i] == '\\') { i++; continue; }
            if (p[i] == '(') depth++;
            else if (p[i] == ')') depth--;
        }
    }

    private static Atom? ParseEscape(string p, ref int i)
    {
        if (i + 1 >= p.Length) throw new FormatException();
        var c = p[i + 1];
        i += 2;
        var set = c switch
        {
            'd' => CharSet.Digit,
            'w' => CharSet.Word,
            's' => CharSet.Space,
            'D' or 'W' or 'S' => CharSet.Any,
            'b' or 'B' or 'A' or 'Z' => null,
            >= '1' and <= '9' => CharSet.Any,
            _ => CharSet.Of(c),
        };
        return set is null ? null : new Atom(set, false, false, false);
    }

    private static CharSet ParseClass(string p, ref int i)
    {
        i++;
        var negated = i < p.Length && p[i] == '^';
        if (negated) i++;
        var set = new CharSet();
        var first = true;
        while (i < p.Length && (p[i] != ']' || first))
        {
            first = false;
            if (p[i] == '\\' && i + 1 < p.Length)
            {
                var e = p[i + 1];
                i += 2;
                set = set.Union(e switch
                {
                    'd' => CharSet.Digit,
                    'w' => CharSet.Word,
                    's' => CharSet.Space,
                    'D' or 'W' or 'S' => CharSet.Any,
                    _ => CharSet.Of(e),
                });
                continue;
            }
            var low = p[i++];
            if (i + 1 < p.Length && p[i] == '-' && p[i + 1] != ']')
            {
                var high = p[i + 1];
                i += 2;
                set = set.Union(CharSet.Range(low, high));
            }
            else set = set.Union(CharSet.Of(low));
        }
        if (i >= p.Length) throw new FormatException();
        i++;
        return negated ? CharSet.Any : set;
    }

    private static (bool Repeated, bool Unbounded, bool Optional) ParseQuantifier(string p, ref int i, out bool possessive)
    {
        possessive = false;
        if (i >= p.Length) return (false, false, false);
        (bool, bool, bool) result;
        switch (p[i])
        {
            case '*': result = (true, true, true); i++; break;
            case '+': result = (true, true, false); i++; break;
            case '?': result = (false, false, true); i++; break;
            case '{':
                var close = p.IndexOf('}', i);
                var body = close < 0 ? null : p[(i + 1)..close];
                if (body is null || !System.Text.RegularExpressions.Regex.IsMatch(body, @"^\d*(,\d*)?$")) return (false, false, false);
                i = close + 1;
                var parts = body.Split(',');
                var min = parts[0].Length == 0 ? 0 : int.Parse(parts[0]);
                var unbounded = parts.Length == 2 && parts[1].Length == 0;
                var max = parts.Length == 1 ? min : unbounded ? int.MaxValue : int.Parse(parts[1]);
                result = (max > 1, unbounded || max > 32, min == 0);
                break;
            default: return (false, false, false);
        }
        if (i < p.Length && p[i] == '+') { possessive = true; i++; }
        else if (i < p.Length && p[i] == '?') i++;
        return result;
    }
}

/// <summary>A set of characters, approximated by ASCII membership plus "anything else".</summary>
internal sealed class CharSet
{
    private readonly bool[] _ascii = new bool[128];
    private bool _other;

    public static CharSet Any { get; } = Build(s => { Array.Fill(s._ascii, true); s._other = true; });
    public static CharSet Digit { get; } = Range('0', '9');
    public static CharSet Word { get; } = Build(s =>
    {
        for (var c = 0; c < 128; c++) s._ascii[c] = char.IsAsciiLetterOrDigit((char)c) || c == '_';
        s._other = true;
    });
    public static CharSet Space { get; } = Build(s => { foreach (var c in " \t\n\r\f\v") s._ascii[c] = true; s._other = true; });

    public static CharSet Of(char c) => Build(s => { if (c < 128) s._ascii[c] = true; else s._other = true; });

    public static CharSet Range(char low, char high) => Build(s =>
    {
        for (var c = (int)low; c <= high; c++)
            if (c < 128) s._ascii[c] = true;
            else s._other = true;
    });

    public CharSet Union(CharSet other) => Build(s =>
    {
        for (var c = 0; c < 128; c++) s._ascii[c] = _ascii[c] || other._ascii[c];
        s._other = _other || other._other;
    });

    public bool Overlaps(CharSet other)
    {
        for (var c = 0; c < 128; c++)
            if (_ascii[c] && other._ascii[c]) return true;
        // Non-ASCII members are not tracked one by one; \w and \s share none, so only "any" overlaps them all.
        return _other && other._other && (ReferenceEquals(this, Any) || ReferenceEquals(other, Any));
    }

    private static CharSet Build(Action<CharSet> fill)
    {
        var set = new CharSet();
        fill(set);
        return set;
    }
}
