using System.Text;
using PySec.Syntax.Lexing;

namespace PySec.Syntax.Tests.Lexing;

/// <summary>Hostile and degenerate inputs: the lexer must stay lossless, terminate and report instead of throwing.</summary>
public sealed class AdversarialInputTests
{
    public static TheoryData<string> UnterminatedLiterals()
    {
        var data = new TheoryData<string>();
        string[] prefixes = ["", "r", "b", "rb", "u", "f", "rf", "t", "tr"];
        string[] openers = ["'", "\"", "'''", "\"\"\""];
        string[] bodies = ["", "abc", "a\\", "{", "{x", "{x:", "{x!r", "{x:{y", "{{", "}", "\\N{", "{f'{", "{(", "a\nb = 1"];
        foreach (var prefix in prefixes)
            foreach (var opener in openers)
                foreach (var body in bodies)
                    data.Add(prefix + opener + body);
        return data;
    }

    [Theory]
    [MemberData(nameof(UnterminatedLiterals))]
    public void Unterminated_literal_is_reported_and_lexing_recovers(string source)
    {
        foreach (var text in new[] { source, "x = " + source + "\ny = 2\n", "if a:\n    " + source + "\nz\n" })
        {
            var result = Lexer.Tokenize(text);
            LexerInvariants.AssertWellFormed(text, result);
            Assert.NotEmpty(result.Diagnostics);
        }
    }

    [Fact]
    public void Single_quoted_literals_end_at_the_line_break_so_the_next_line_lexes_normally()
    {
        foreach (var opener in new[] { "'", "f'", "f'{", "f'{x:", "f'{f'{" })
        {
            var text = "a = " + opener + "abc\nb = 1\n";
            var tokens = Lexer.Tokenize(text).Tokens;
            var kinds = tokens.Select(t => t.Kind).ToList();
            var b = tokens.Select((t, i) => (t, i)).Last(p => p.t.Text == "b").i;
            Assert.Equal(SyntaxKind.NewLine, kinds[b - 1]);
            Assert.Equal([SyntaxKind.Equals, SyntaxKind.Number, SyntaxKind.NewLine, SyntaxKind.EndOfFile], kinds[(b + 1)..]);
        }
    }

    [Fact]
    public void Nul_characters_and_lone_surrogates()
    {
        var text = "a\0b = '\0'\n\uD800x \uDFFF\n\uDC80\n\0";
        var result = Lexer.Tokenize(text);
        LexerInvariants.AssertWellFormed(text, result);
        Assert.Contains(result.Diagnostics, d => d.Code == LexerDiagnosticCodes.NullCharacter);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("U+D800", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("U+DFFF", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("U+DC80", StringComparison.Ordinal));
    }

    [Fact]
    public void Hundred_thousand_open_parentheses()
    {
        var text = new string('(', 100_000);
        var result = Lexer.Tokenize(text);
        LexerInvariants.AssertWellFormed(text, result);
        Assert.Equal(100_000, result.Tokens.Count(t => t.Kind == SyntaxKind.OpenParen));
        Assert.Single(result.Diagnostics, d => d.Code == LexerDiagnosticCodes.UnclosedBracket);
    }

    [Fact]
    public void Hundred_thousand_close_parentheses_and_brackets_mixed()
    {
        var text = string.Concat(Enumerable.Repeat("([{)]}", 20_000)) + string.Concat(Enumerable.Repeat(")]}", 20_000));
        var result = Lexer.Tokenize(text);
        LexerInvariants.AssertWellFormed(text, result);
    }

    [Fact]
    public void Closers_matching_no_opener_after_many_openers()
    {
        // Each ']' finds no '[' to pop to; the lexer must not search the whole stack each time.
        var text = new string('(', 100_000) + new string(']', 100_000) + "\nf'{" + new string('(', 50_000) + new string(']', 50_000) + "}'";
        var result = Lexer.Tokenize(text);
        LexerInvariants.AssertWellFormed(text, result);
        // The field's '}' mismatches too (its '(' are still open) and closes the field.
        Assert.Equal(150_001, result.Diagnostics.Count(d => d.Code == LexerDiagnosticCodes.MismatchedBracket));
        Assert.Equal(SyntaxKind.FStringEnd, result.Tokens[^3].Kind);
    }

    [Fact]
    public void Deeply_nested_fstrings()
    {
        const int depth = 2_000;
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++) builder.Append("f'{");
        builder.Append('x');
        for (var i = 0; i < depth; i++) builder.Append("}'");
        var text = builder.ToString();

        var result = Lexer.Tokenize(text);
        LexerInvariants.AssertWellFormed(text, result);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(depth, result.Tokens.Count(t => t.Kind == SyntaxKind.FStringStart));
        Assert.Equal(depth, result.Tokens.Count(t => t.Kind == SyntaxKind.FStringEnd));
    }

    [Fact]
    public void Deeply_nested_unclosed_fstrings_and_format_specs()
    {
        var text = string.Concat(Enumerable.Repeat("f'{x:{", 5_000)) + "\n" + string.Concat(Enumerable.Repeat("f'''{", 5_000));
        var result = Lexer.Tokenize(text);
        LexerInvariants.AssertWellFormed(text, result);
        Assert.NotEmpty(result.Diagnostics);
    }

    [Fact]
    public void Ten_megabyte_file()
    {
        var line = "def f(x, y=0x1F, *a, **k):\n    return f'{x!r:>{y}}' + \"\"\"doc\"\"\" # comment\n";
        var builder = new StringBuilder(10_000_000 + line.Length);
        while (builder.Length < 10_000_000) builder.Append(line);
        var text = builder.ToString();

        var result = Lexer.Tokenize(text);
        LexerInvariants.AssertWellFormed(text, result);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Ten_megabyte_unterminated_triple_quoted_string()
    {
        var text = "x = '''" + new string('a', 10_000_000);
        var result = Lexer.Tokenize(text);
        LexerInvariants.AssertWellFormed(text, result);
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Mixed_line_breaks()
    {
        var text = "if a:\r\n    b = (1,\r    2)\n\r\n    c\r\rd\n";
        var result = Lexer.Tokenize(text);
        LexerInvariants.AssertWellFormed(text, result);
        Assert.Empty(result.Diagnostics);
        var newLines = result.Tokens.Where(t => t.Kind == SyntaxKind.NewLine).Select(t => t.Text).ToArray();
        Assert.Equal(["\r\n", "\n", "\r", "\n"], newLines);
    }

    [Fact]
    public void Byte_order_mark_only()
    {
        var result = Lexer.Tokenize("\uFEFF");
        LexerInvariants.AssertWellFormed("\uFEFF", result);
        Assert.Equal(SyntaxKind.ByteOrderMarkTrivia, Assert.Single(result.Tokens).LeadingTrivia[0].Kind);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_junk_from_a_tricky_alphabet(int seed)
    {
        const string alphabet = "ab1_ \t\f\n\r\\#'\"{}()[]:!=.0xeEjJ$?`\0\uFEFF\uD800\uDC80\u00A0€éfrbtu\u2028";
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            LexerInvariants.AssertWellFormed(text, Lexer.Tokenize(text));
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Random_splices_of_python_code(int seed)
    {
        // Fragments that open and close every mode the lexer has, glued in random order.
        string[] fragments =
        [
            "f'", "f\"", "f'''", "'", "\"\"\"", "{", "}", "(", ")", "[", "]", ":", "!r", "=", "\n", "\\\n", "    ",
            "\t", "# c", "x", "1_0", "0o7", "def ", "return ", "@", "rb'", "t'", "\\N{DASH}", "{{", "}}", "\r\n",
        ];
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 80);
            for (var i = 0; i < count; i++) builder.Append(fragments[random.Next(fragments.Length)]);
            var text = builder.ToString();
            LexerInvariants.AssertWellFormed(text, Lexer.Tokenize(text));
        }
    }
}
