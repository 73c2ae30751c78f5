using PySec.Syntax.Tests.Infrastructure;
using PySec.Text;
using PySec.Text.Decoding;

namespace PySec.Syntax.Tests.Text;

/// <summary>
/// Decoding as CPython 3.11 does it (each expectation was checked against compile(bytes) there),
/// but with diagnostics instead of a SyntaxError. Inputs are written one char per byte (see <see cref="Latin1"/>),
/// expected escape characters as {U+DCxx} (see <see cref="CodePoints"/>).
/// </summary>
public class SourceTextDecodingTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // input bytes, expected EncodingName, expected decoded text, expected diagnostic codes
        { "x = 1\n", "utf-8", "x = 1\n", "" },
        { "", "utf-8", "", "" },
        { "s = '\u00C3\u00A9'\n", "utf-8", "s = '\u00E9'\n", "" },
        { "\u00EF\u00BB\u00BFx\n", "utf-8", "\uFEFFx\n", "" },
        { "\u00EF\u00BB\u00BF# coding: utf-8\n", "utf-8", "\uFEFF# coding: utf-8\n", "" },
        { "\u00EF\u00BB\u00BF# coding: UTF_8\n", "utf-8", "\uFEFF# coding: UTF_8\n", "" },
        // get_normal_name does not fold "utf8", so with a BOM CPython calls it a conflict
        { "\u00EF\u00BB\u00BF# coding: utf8\n", "utf-8", "\uFEFF# coding: utf8\n", "PS0002" },
        { "\u00EF\u00BB\u00BF# coding: latin-1\n", "utf-8", "\uFEFF# coding: latin-1\n", "PS0002" },
        { "# -*- coding: latin-1 -*-\ns = '\u00E9'\n", "iso-8859-1", "# -*- coding: latin-1 -*-\ns = '\u00E9'\n", "" },
        { "# coding: Latin_1\n\u00E9", "iso-8859-1", "# coding: Latin_1\n\u00E9", "" },
        { "# coding: iso-latin-1-unix\n\u00E9", "iso-8859-1", "# coding: iso-latin-1-unix\n\u00E9", "" },
        { "# coding: LATIN1\n\u00E9", "LATIN1", "# coding: LATIN1\n\u00E9", "" },
        { "# coding: UTF-8-sig\nx", "utf-8", "# coding: UTF-8-sig\nx", "" },
        { "# coding: utf8\nx", "utf8", "# coding: utf8\nx", "" },
        { "# vim: set fileencoding=latin-1 :\n\u00E9", "iso-8859-1", "# vim: set fileencoding=latin-1 :\n\u00E9", "" },
        { "#!/usr/bin/env python\n# coding=latin-1\n\u00E9", "iso-8859-1", "#!/usr/bin/env python\n# coding=latin-1\n\u00E9", "" },
        { "\n# coding: latin-1\n\u00E9", "iso-8859-1", "\n# coding: latin-1\n\u00E9", "" },
        { "#!x\r# coding: latin-1\r\u00E9", "iso-8859-1", "#!x\r# coding: latin-1\r\u00E9", "" },
        { "#!x\r\n# coding: latin-1\r\n\u00E9", "iso-8859-1", "#!x\r\n# coding: latin-1\r\n\u00E9", "" },
        // a cookie only counts on line 2 when line 1 is blank or a comment, and never on line 3
        { "x = 1\n# coding: latin-1\n\u00E9", "utf-8", "x = 1\n# coding: latin-1\n{U+DCE9}", "PS0003" },
        { "\n\n# coding: latin-1\n\u00E9", "utf-8", "\n\n# coding: latin-1\n{U+DCE9}", "PS0003" },
        { "x = 1  # coding: latin-1\n\u00E9", "utf-8", "x = 1  # coding: latin-1\n{U+DCE9}", "PS0003" },
        { "# coding latin-1\n\u00E9", "utf-8", "# coding latin-1\n{U+DCE9}", "PS0003" },
        { "# coding: foo\nx = 1\n", "utf-8", "# coding: foo\nx = 1\n", "PS0001" },
        { "#coding=ascii\nx = '\u00C3\u00B6'\n", "ascii", "#coding=ascii\nx = '{U+DCC3}{U+DCB6}'\n", "PS0004" },
        { "# coding: cp1252\n\u0080", "cp1252", "# coding: cp1252\n\u20AC", "" },
        { "# coding: shift_jis\n\u0082\u00A0", "shift_jis", "# coding: shift_jis\n\u3042", "" },
        { "x = '\u00F6'\n", "utf-8", "x = '{U+DCF6}'\n", "PS0003" },
        { "a\u00F6b\u00F7c", "utf-8", "a{U+DCF6}b{U+DCF7}c", "PS0003 PS0003" },
        { "a\u00E2\u0082Ab", "utf-8", "a{U+DCE2}{U+DC82}Ab", "PS0003" },
        { "\u00F0\u0090\u0082\u0080\u0080", "utf-8", "\U00010080{U+DC80}", "PS0003" },
        { "x\0y", "utf-8", "x\0y", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decodes_like_CPython(string input, string encodingName, string expectedText, string expectedCodes)
    {
        var bytes = Latin1.Bytes(input);
        var source = SourceText.FromBytes(bytes);

        Assert.Equal(encodingName, source.EncodingName);
        Assert.Equal(CodePoints.Expand(expectedText), source.Text);
        Assert.Equal(expectedCodes, string.Join(" ", source.Diagnostics.Select(d => d.Code)));
        Assert.Equal(bytes, source.ToBytes());
        Assert.Equal(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), source.HasByteOrderMark);
    }

    [Theory]
    [InlineData("\u00EF\u00BB\u00BF# coding: utf8\n", "encoding problem: utf8 with BOM", "utf8")]
    [InlineData("\u00EF\u00BB\u00BF# coding: latin-1\n", "encoding problem: iso-8859-1 with BOM", "latin-1")]
    [InlineData("#!x\n# coding: foo-bar\n", "unknown encoding: foo-bar", "foo-bar")]
    [InlineData("x = '\u00F6'\n", "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 5: invalid start byte", "{U+DCF6}")]
    [InlineData("x = '\u00E2\u0082", "(unicode error) 'utf-8' codec can't decode bytes in position 5-6: unexpected end of data", "{U+DCE2}{U+DC82}")]
    [InlineData("x = '\u00E2\u0082'", "(unicode error) 'utf-8' codec can't decode bytes in position 5-6: invalid continuation byte", "{U+DCE2}{U+DC82}")]
    [InlineData("#coding=ascii\n\u00C3", "(unicode error) 'ascii' codec can't decode byte 0xc3 in position 14", "{U+DCC3}")]
    public void Diagnostic_has_CPython_message_and_points_at_the_culprit(string input, string message, string spanText)
    {
        var source = SourceText.FromBytes(Latin1.Bytes(input));

        var diagnostic = Assert.Single(source.Diagnostics);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(CodePoints.Expand(spanText), source.ToString(diagnostic.Span));
    }

    [Fact]
    public void A_binary_file_gets_a_bounded_number_of_diagnostics()
    {
        var bytes = Enumerable.Range(0, 1000).SelectMany(_ => new byte[] { (byte)'a', 0xFF }).ToArray();

        var source = SourceText.FromBytes(bytes);

        Assert.Equal(101, source.Diagnostics.Count);
        Assert.All(source.Diagnostics.Take(100), d => Assert.Equal(DecodingDiagnosticCodes.InvalidUtf8, d.Code));
        Assert.Equal(DecodingDiagnosticCodes.TooManyDecodingErrors, source.Diagnostics[100].Code);
        Assert.Contains("900 more", source.Diagnostics[100].Message);
        Assert.Equal(bytes, source.ToBytes());
    }

    [Fact]
    public void Text_from_a_string_encodes_as_UTF8_and_turns_escapes_back_into_bytes()
    {
        var source = SourceText.From("a\uDCFF\u00E9\U0001F600");

        Assert.Equal("utf-8", source.EncodingName);
        Assert.Empty(source.Diagnostics);
        Assert.Equal(new byte[] { 0x61, 0xFF, 0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80 }, source.ToBytes());
    }

    [Fact]
    public void Text_from_a_string_starting_with_U_FEFF_has_a_byte_order_mark()
    {
        Assert.True(SourceText.From("\uFEFFx").HasByteOrderMark);
        Assert.False(SourceText.From("x\uFEFF").HasByteOrderMark);
    }
}
