using System.Text;
using PySec.Syntax.Lexing;

namespace PySec.Syntax.Tests.Lexing;

/// <summary>
/// Compares token kinds and positions with CPython's own tokenize module on a sample of standard library files.
/// The installed CPython predates PEP 701, so a whole f-string is one STRING there; we merge our f-string tokens the
/// same way. NL and COMMENT are trivia for us and are left out on both sides; INDENT, DEDENT and ENDMARKER compare
/// by kind (CPython places them at the next token, we place them before its leading trivia) and NEWLINE by its start.
/// </summary>
public sealed class CPythonTokenizeTests
{
    private const string TokenizeScript = """
        import sys, tokenize
        for path in sys.stdin.read().split("\n"):
            if not path:
                continue
            print("=== " + path)
            try:
                with open(path, "rb") as f:
                    tokens = list(tokenize.tokenize(f.readline))
            except Exception as e:
                print("SKIP")
                continue
            lines = []
            for t in tokens:
                name = tokenize.tok_name[t.type]
                if name in ("NL", "COMMENT", "ENCODING"):
                    continue
                if name == "ERRORTOKEN":
                    lines = ["SKIP"]
                    break
                if name in ("INDENT", "DEDENT", "ENDMARKER"):
                    lines.append(name)
                elif name == "NEWLINE":
                    lines.append("NEWLINE %d %d" % t.start)
                else:
                    lines.append("%s %d %d %d %d" % (name, t.start[0], t.start[1], t.end[0], t.end[1]))
            print("\n".join(lines))
        """;

    [Fact]
    public void Tokens_match_cpython_tokenize_on_a_sample_of_the_stdlib()
    {
        // Every 15th file: about 120 files from all corners of the library, stable from run to run.
        var sample = StdlibCorpus.Files.Where((_, i) => i % 15 == 0).ToList();
        var expectedByFile = ParseBlocks(Python3.Run(["-c", TokenizeScript], string.Join("\n", sample.Select(f => f.FullPath))));

        var compared = 0;
        var failures = new List<string>();
        foreach (var file in sample)
        {
            var expected = expectedByFile[file.FullPath];
            if (expected is ["SKIP"]) continue;
            var actual = Describe(Utf8Text(file.Bytes));
            compared++;
            var mismatch = FirstMismatch(expected, actual);
            if (mismatch is not null) failures.Add($"{file.RelativePath}: {mismatch}");
        }
        Assert.True(compared >= 100, $"only {compared} files could be compared");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Decodes as CPython would for these files (UTF-8, a BOM kept as text so it is lexed as trivia).</summary>
    private static string Utf8Text(byte[] bytes) => new System.Text.UTF8Encoding(false, false).GetString(bytes);

    private static Dictionary<string, List<string>> ParseBlocks(string output)
    {
        var blocks = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in output.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal)) blocks[line[4..]] = current = [];
            else if (line.Length > 0) current?.Add(line);
        }
        return blocks;
    }

    /// <summary>Our tokens in the script's format; columns count code points as CPython does.</summary>
    private static List<string> Describe(string text)
    {
        var result = Lexer.Tokenize(text);
        var lines = new LineColumns(text);
        var output = new List<string>();
        var position = 0;
        var fstringDepth = 0;
        var fstringStart = 0;
        foreach (var token in result.Tokens)
        {
            var start = position + token.LeadingTriviaWidth;
            var end = start + token.Width;
            position += token.FullWidth;
            switch (token.Kind)
            {
                case SyntaxKind.FStringStart or SyntaxKind.TStringStart:
                    if (fstringDepth++ == 0) fstringStart = start;
                    continue;
                case SyntaxKind.FStringEnd or SyntaxKind.TStringEnd:
                    if (--fstringDepth == 0) output.Add($"STRING {lines.Describe(fstringStart)} {lines.Describe(end)}");
                    continue;
            }
            if (fstringDepth > 0) continue;

            var name = token.Kind switch
            {
                SyntaxKind.Identifier => "NAME",
                SyntaxKind.Number => "NUMBER",
                SyntaxKind.String => "STRING",
                SyntaxKind.NewLine => "NEWLINE",
                SyntaxKind.Indent => "INDENT",
                SyntaxKind.Dedent => "DEDENT",
                SyntaxKind.EndOfFile => "ENDMARKER",
                SyntaxKind.BadToken => "ERRORTOKEN",
                _ => SyntaxFacts.IsKeyword(token.Kind) ? "NAME" : "OP",
            };
            if (name is "INDENT" or "DEDENT" or "ENDMARKER") output.Add(name);
            else if (name == "NEWLINE") output.Add($"NEWLINE {lines.Describe(start)}");
            else output.Add($"{name} {lines.Describe(start)} {lines.Describe(end)}");
        }
        return output;
    }

    private static string? FirstMismatch(List<string> expected, List<string> actual)
    {
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
            if (expected[i] != actual[i]) return $"token {i}: CPython '{expected[i]}', ours '{actual[i]}'";
        return expected.Count == actual.Count ? null : $"CPython has {expected.Count} tokens, we have {actual.Count}";
    }

    /// <summary>1-based line and 0-based code point column, CPython's token coordinates.</summary>
    private sealed class LineColumns
    {
        private readonly string _text;
        private readonly List<int> _starts = [0];

        public LineColumns(string text)
        {
            _text = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    _starts.Add(i + 1);
                }
                else if (text[i] == '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public string Describe(int offset)
        {
            var line = _starts.BinarySearch(offset);
            if (line < 0) line = ~line - 1;
            var column = 0;
            for (var i = _starts[line]; i < offset; i++)
                if (!char.IsLowSurrogate(_text[i])) column++;
            // A byte order mark is not part of CPython's first line.
            if (line == 0 && _text.Length > 0 && _text[0] == '\uFEFF' && offset > 0) column--;
            return new StringBuilder().Append(line + 1).Append(' ').Append(column).ToString();
        }
    }
}
