using System.Text;
using PySec.Syntax.Green;
using PySec.Syntax.Lexing;

namespace PySec.Syntax.Tests.Robustness;

/// <summary>
/// Generates inputs for the robustness run. Case i of a seed is a pure function of (seed, i), so a failing
/// case can be regenerated alone. Most inputs are damaged slices of real code, because the parser's
/// recovery paths are reached by almost-valid Python, not by noise.
/// </summary>
public sealed class MutationFuzzer(IReadOnlyList<string> corpusTexts, int seed)
{
    private static readonly string[] Insertions =
    [
        "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "f'", "f\"{", "rb'", "t'{x", "{", "}", ":", ",", ";",
        "\\", "\\\n", "\n", "\r", "\r\n", "    ", "\t", "\f", " ", "#", "\0", "\n    ", "\n        ", "\n  ", "@", "=",
        "lambda", "if ", "else", "def ", "class ", "match ", "case ", "async ", "await ", "yield ", "*", "**", "->",
        ":=", "...", "\u00A0", "\u2028", "\uFEFF", "\uD800", "\uDCFF", "\U0001F600", "$", "?", "`", "0x", "1_", "1e", "j",
    ];

    private static readonly string[] Openers =
    [
        "(", "[", "{", "lambda: ", "not ", "-", "~", "await ", "f'{", "x[", "yield ", "*", "1 if ", "x.", "f(",
        "[x for x in ", "{**", "x = ", "x + ", "2 ** ", "(yield ", "print(",
    ];

    private static readonly string[] Vocabulary =
    [
        "x", "y", "_", "self", "1", "0.5", "1j", "'s'", "b'b'", "f'{x}'", "None", "True", "def", "class", "if", "elif",
        "else", "for", "in", "while", "try", "except", "finally", "with", "as", "return", "yield", "import", "from",
        "lambda", "match", "case", "type", "global", "pass", "break", "(", ")", "[", "]", "{", "}", ":", ",", ".",
        "=", "+=", "==", "!=", "<", ">>", "**", "*", "/", "//", "%", "@", "->", ":=", "not", "and", "or", "is",
        "\n", "\n    ", "\n\t", " ", " ", " ", ";", "#c",
    ];

    public FuzzInput Generate(int index)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index));
        return random.Next(100) switch
        {
            < 35 => TokenMutation(random),
            < 60 => CharacterMutation(random),
            < 70 => ByteMutation(random),
            < 78 => RandomBytes(random),
            < 88 => DeepNesting(random),
            _ => TokenSoup(random),
        };
    }

    /// <summary>A slice of real code, starting at a line start, 200 to 4,000 characters.</summary>
    private string Slice(Random random)
    {
        string text;
        do text = corpusTexts[random.Next(corpusTexts.Count)];
        while (text.Length < 200);
        var start = random.Next(text.Length - 100);
        var lineStart = text.LastIndexOf('\n', start);
        start = lineStart < 0 ? 0 : lineStart + 1;
        var length = Math.Min(text.Length - start, random.Next(200, 4001));
        // Never cut a surrogate pair: the slice should be valid text before it is deliberately damaged.
        if (length > 0 && start + length < text.Length && char.IsHighSurrogate(text[start + length - 1])) length--;
        return text.Substring(start, length);
    }

    private FuzzInput TokenMutation(Random random)
    {
        var slice = Slice(random);
        var tokens = TokenSpans(slice);
        if (tokens.Count < 4) return FuzzInput.FromText("token", slice);
        var builder = new StringBuilder(slice);
        var mutations = random.Next(1, 5);
        // Applied from the end backwards so earlier spans stay valid.
        var chosen = Enumerable.Range(0, mutations).Select(_ => random.Next(tokens.Count)).Distinct().OrderDescending();
        var lowestMutated = tokens.Count;
        foreach (var i in chosen)
        {
            var (start, length) = tokens[i];
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(start, length);
                    break;
                case 1:
                    builder.Insert(start, slice.Substring(start, length));
                    break;
                case 2:
                    var (otherStart, otherLength) = tokens[random.Next(tokens.Count)];
                    builder.Insert(start, slice.Substring(otherStart, otherLength) + " ");
                    break;
                default:
                    if (i + 1 < lowestMutated)
                    {
                        var next = tokens[i + 1];
                        var between = slice.Substring(start + length, next.Start - start - length);
                        builder.Remove(start, next.Start + next.Length - start);
                        builder.Insert(start, slice.Substring(next.Start, next.Length) + between + slice.Substring(start, length));
                    }
                    break;
            }
            lowestMutated = i;
        }
        return FuzzInput.FromText("token", builder.ToString());
    }

    private FuzzInput CharacterMutation(Random random)
    {
        var text = Slice(random);
        var mutations = random.Next(1, 5);
        for (var m = 0; m < mutations; m++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(5))
            {
                case 0 or 1:
                    text = text.Insert(at, Insertions[random.Next(Insertions.Length)]);
                    break;
                case 2:
                    text = text.Remove(at, Math.Min(text.Length - at, random.Next(1, 40)));
                    break;
                case 3:
                    var length = Math.Min(text.Length - at, random.Next(1, 200));
                    text = text.Insert(at, text.Substring(at, length));
                    break;
                default:
                    text = text[..at];
                    break;
            }
        }
        return FuzzInput.FromText("char", text);
    }

    private FuzzInput ByteMutation(Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(Slice(random)).ToList();
        if (random.Next(4) == 0) bytes.InsertRange(0, Encoding.ASCII.GetBytes(random.Next(3) switch
        {
            0 => "# coding: latin-1\n",
            1 => "\n# -*- coding: cp1252 -*-\n",
            _ => "# coding: nonsense\n",
        }));
        if (random.Next(8) == 0) bytes.InsertRange(0, [0xEF, 0xBB, 0xBF]);
        var mutations = random.Next(1, 6);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.Insert(at, (byte)random.Next(0x80, 0x100)); break;
                default: bytes.RemoveAt(at); break;
            }
        }
        return FuzzInput.FromBytes("bytes", [.. bytes]);
    }

    private static FuzzInput RandomBytes(Random random)
    {
        const string pythonish = "x =():[]{}'\"\n \t#\\.,0123456789fbrlambdaif";
        var bytes = new byte[random.Next(0, 600)];
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)pythonish[random.Next(pythonish.Length)];
        return FuzzInput.FromBytes("random", bytes);
    }

    private static FuzzInput DeepNesting(Random random)
    {
        var depth = random.Next(50, 1000);
        var builder = new StringBuilder();
        var closers = new Stack<string>();
        var single = random.Next(2) == 0 ? Openers[random.Next(Openers.Length)] : null;
        for (var i = 0; i < depth; i++)
        {
            var opener = single ?? Openers[random.Next(Openers.Length)];
            builder.Append(opener);
            closers.Push(opener switch
            {
                "(" or "(yield " or "f(" or "print(" => ")",
                "[" or "x[" or "[x for x in " => "]",
                "{" or "{**" => "}",
                "f'{" => "}'",
                _ => "",
            });
        }
        builder.Append('x');
        // Close all, some, or none of the brackets.
        var close = random.Next(3) switch { 0 => closers.Count, 1 => random.Next(closers.Count + 1), _ => 0 };
        for (var i = 0; i < close; i++) builder.Append(closers.Pop());
        if (random.Next(3) == 0)
        {
            // Deep blocks too: one more indentation step per line.
            var blocks = random.Next(50, 150);
            for (var i = 0; i < blocks; i++) builder.Append('\n').Append(' ', i).Append(random.Next(2) == 0 ? "if x:" : "for x in y:");
        }
        return FuzzInput.FromText("nesting", builder.ToString());
    }

    private static FuzzInput TokenSoup(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 300);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Vocabulary[random.Next(Vocabulary.Length)]);
            if (random.Next(2) == 0) builder.Append(' ');
        }
        return FuzzInput.FromText("soup", builder.ToString());
    }

    /// <summary>Where each non-empty token's own text lies, from the lexer.</summary>
    private static List<(int Start, int Length)> TokenSpans(string text)
    {
        var spans = new List<(int, int)>();
        var position = 0;
        foreach (GreenToken token in Lexer.Tokenize(text).Tokens)
        {
            var start = position + token.LeadingTriviaWidth;
            if (token.Width > 0) spans.Add((start, token.Width));
            position += token.FullWidth;
        }
        return spans;
    }
}
