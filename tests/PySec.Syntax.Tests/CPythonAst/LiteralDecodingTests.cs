using System.Text.Json;
using PySec.Syntax.CPythonAst;
using PySec.Syntax.Literals;
using PySec.Text;

namespace PySec.Syntax.Tests.CPythonAst;

public class LiteralDecodingTests
{
    public static TheoryData<string, string> Strings => AstFixtures.Rows("string-literals.tsv");
    public static TheoryData<string, string> Numbers => AstFixtures.Rows("number-literals.tsv");

    [Theory]
    [MemberData(nameof(Strings))]
    public void String_literal_values_match_CPython(string literalJson, string expectedJson)
    {
        var literal = JsonSerializer.Deserialize<string>(literalJson)!;
        var diagnostics = new List<Diagnostic>();
        var decoded = StringLiteralDecoder.Decode(literal, 0, diagnostics);
        object value = decoded.IsBytes ? new AstBytes(decoded.ToBytes()) : decoded.Value;
        Assert.Equal(expectedJson, CPythonAstJson.ScalarToJson(value));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Number_literal_values_match_CPython(string literal, string expectedJson)
    {
        var diagnostics = new List<Diagnostic>();
        var number = NumberLiteralDecoder.Decode(literal, 0, diagnostics);
        object value = number.Kind switch
        {
            NumberKind.Integer => number.Integer,
            NumberKind.Float => number.Float,
            _ => new AstComplex(number.Float),
        };
        Assert.Equal(expectedJson, CPythonAstJson.ScalarToJson(value));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("x = '\\N{NO SUCH NAME}'", 5, 16, LiteralDiagnosticCodes.UnknownCharacterName)]
    [InlineData("x = 'ab\\x4'", 7, 3, LiteralDiagnosticCodes.TruncatedHexEscape)]
    [InlineData("x = '\\u12'", 5, 4, LiteralDiagnosticCodes.TruncatedUnicodeEscape)]
    [InlineData("x = '\\U0011ffff'", 5, 10, LiteralDiagnosticCodes.IllegalUnicodeCharacter)]
    [InlineData("x = b'a\u00e9'", 7, 1, LiteralDiagnosticCodes.NonAsciiInBytes)]
    [InlineData("x = '\\N{BULLET'", 5, 9, LiteralDiagnosticCodes.MalformedCharacterName)]
    [InlineData("x = '\\Nx'", 5, 2, LiteralDiagnosticCodes.MalformedCharacterName)]
    public void Errors_are_reported_at_the_escape(string line, int start, int length, string code)
    {
        var tokenStart = line.IndexOf('\'') - (line.Contains("b'") ? 1 : 0);
        var diagnostics = new List<Diagnostic>();
        StringLiteralDecoder.Decode(line[tokenStart..], tokenStart, diagnostics);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(new TextSpan(start, length), diagnostic.Span);
    }

    [Theory]
    [InlineData("a{{b}}c", false, "a{b}c")]
    [InlineData("\\n{{", false, "\n{")]
    [InlineData("\\n{{", true, "\\n{")]
    [InlineData("\\N{BULLET} x", false, "\u2022 x")]
    [InlineData("line\r\nnext\\", false, "line\nnext\\")]
    public void Format_string_text_halves_braces_and_decodes_escapes(string text, bool raw, string expected) =>
        Assert.Equal(expected, StringLiteralDecoder.DecodeFormatText(text, 0, raw, null));

    [Theory]
    [InlineData("0x")]
    [InlineData("0b102")]
    [InlineData("0o8")]
    [InlineData("1e")]
    public void Invalid_numbers_are_reported(string literal)
    {
        var diagnostics = new List<Diagnostic>();
        NumberLiteralDecoder.Decode(literal, 3, diagnostics);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(LiteralDiagnosticCodes.InvalidNumber, diagnostic.Code);
        Assert.Equal(new TextSpan(3, literal.Length), diagnostic.Span);
    }

    [Theory]
    [InlineData("bullet", 0x2022)]
    [InlineData("HANGUL SYLLABLE PWILH", 0xD4DB)]
    [InlineData("hangul syllable a", 0xC544)]
    [InlineData("CJK UNIFIED IDEOGRAPH-9FFF", 0x9FFF)]
    [InlineData("CJK UNIFIED IDEOGRAPH-A000", -1)]
    [InlineData("CJK UNIFIED IDEOGRAPH-4e00", 0x4E00)]
    [InlineData("HANGUL SYLLABLE XYZ", -1)]
    [InlineData("LINE FEED", 0x0A)]
    [InlineData("", -1)]
    public void Unicode_names_resolve_like_unicodedata_lookup(string name, int expected) =>
        Assert.Equal(expected, UnicodeNames.Lookup(name));
}
