using System.Text;
using PySec.Syntax.Tests.Infrastructure;
using PySec.Text;

namespace PySec.Syntax.Tests.Text;

public class LineMapTests
{
    [Theory]
    [InlineData("", new[] { 0 })]
    [InlineData("a", new[] { 0 })]
    [InlineData("a\n", new[] { 0, 2 })]
    [InlineData("a\nb\r\nc\rd", new[] { 0, 2, 5, 7 })]
    [InlineData("\r\n\r\n", new[] { 0, 2, 4 })]
    [InlineData("\n\r", new[] { 0, 1, 2 })]
    [InlineData("\r\r\n\n", new[] { 0, 1, 3, 4 })]
    // CPython breaks lines on these three only
    [InlineData("a\vb\fc\u2028d\u0085e\u2029f", new[] { 0 })]
    public void Lines_start_after_LF_CRLF_and_CR_only(string text, int[] starts)
    {
        var map = LineMap.Create(text);

        Assert.Equal(starts.Length, map.LineCount);
        Assert.Equal(starts, Enumerable.Range(0, map.LineCount).Select(map.GetLineStart));
    }

    [Theory]
    [InlineData("ab\r\ncd\nef", 0, "ab")]
    [InlineData("ab\r\ncd\nef", 1, "cd")]
    [InlineData("ab\r\ncd\nef", 2, "ef")]
    [InlineData("\r\r", 0, "")]
    [InlineData("\r\r", 2, "")]
    public void Line_span_excludes_the_line_break(string text, int line, string expected)
    {
        var map = LineMap.Create(text);

        var span = map.GetLineSpan(line);
        Assert.Equal(expected, text.Substring(span.Start, span.Length));
        Assert.Equal(span.End, map.GetLineEnd(line));
    }

    [Theory]
    [InlineData("ab\ncd", 0, 0, 0)]
    [InlineData("ab\ncd", 2, 0, 2)]
    [InlineData("ab\ncd", 3, 1, 0)]
    [InlineData("ab\ncd", 5, 1, 2)]
    [InlineData("ab\r\ncd", 3, 0, 3)] // between CR and LF: still line 0
    [InlineData("ab\r\ncd", 4, 1, 0)]
    [InlineData("ab\rcd", 3, 1, 0)]
    [InlineData("ab\ncd", -5, 0, 0)] // clamped
    [InlineData("ab\ncd", 99, 1, 2)]
    public void Offsets_map_to_zero_based_lines_and_UTF16_columns(string text, int offset, int line, int character)
    {
        Assert.Equal(new LinePosition(line, character), LineMap.Create(text).GetLinePosition(offset));
    }

    [Theory]
    // text, offset, UTF-16 column, UTF-8 column
    [InlineData("a\u00E9b", 2, 2, 3)]
    [InlineData("a\u20ACb", 2, 2, 4)]
    [InlineData("a\U0001F600b", 3, 3, 5)]
    [InlineData("x\n\U0001F600\U0001F600=", 6, 4, 8)]
    [InlineData("a{U+DCE9}b", 2, 2, 2)] // an escaped source byte counts one byte, as it was one
    [InlineData("\uFEFFab", 0, 0, 0)] // the byte order mark is invisible in columns
    [InlineData("\uFEFFab", 1, 0, 0)]
    [InlineData("\uFEFFab", 2, 1, 1)]
    [InlineData("\uFEFF\u00E9b", 2, 1, 2)]
    [InlineData("\uFEFFa\nb", 3, 0, 0)] // only on line 0
    [InlineData("a\uFEFFb", 2, 2, 4)]
    public void Columns_count_UTF16_units_or_UTF8_bytes(string text, int offset, int utf16Column, int utf8Column)
    {
        var map = LineMap.Create(CodePoints.Expand(text));

        Assert.Equal(utf16Column, map.GetLinePosition(offset).Character);
        Assert.Equal(utf8Column, map.GetUtf8LinePosition(offset).Character);
        Assert.Equal(map.GetUtf8LinePosition(offset), map.GetLinePosition(offset, ColumnUnit.Utf8));
    }

    [Theory]
    [InlineData("ab\ncd", 0, 99, ColumnUnit.Utf16, 2)] // past the end of the line: the line's end, before the break
    [InlineData("ab\r\ncd", 0, 99, ColumnUnit.Utf16, 2)]
    [InlineData("ab\ncd", 7, 1, ColumnUnit.Utf16, 4)] // past the last line: the last line
    [InlineData("ab\ncd", -1, -1, ColumnUnit.Utf16, 0)]
    [InlineData("a\u00E9b", 0, 2, ColumnUnit.Utf8, 1)] // inside a two-byte character: its start
    [InlineData("a\u00E9b", 0, 3, ColumnUnit.Utf8, 2)]
    [InlineData("a\U0001F600b", 0, 3, ColumnUnit.Utf8, 1)]
    [InlineData("a\U0001F600b", 0, 5, ColumnUnit.Utf8, 3)]
    [InlineData("\uFEFFab", 0, 0, ColumnUnit.Utf16, 1)]
    [InlineData("\uFEFFab", 0, 1, ColumnUnit.Utf8, 2)]
    [InlineData("", 3, 3, ColumnUnit.Utf8, 0)]
    public void Positions_map_back_to_offsets_clamped(string text, int line, int character, ColumnUnit unit, int offset)
    {
        Assert.Equal(offset, LineMap.Create(text).GetOffset(new LinePosition(line, character), unit));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_offset_round_trips_through_both_column_units(int seed)
    {
        var text = RandomText(new Random(seed), 3000);
        var map = LineMap.Create(text);

        for (var offset = 0; offset <= text.Length; offset++)
        {
            if (offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]))
                continue; // between the halves of a pair is not a character boundary
            if (offset > 0 && offset < text.Length && text[offset] == '\n' && text[offset - 1] == '\r')
                continue; // between CR and LF is not a position an editor can name
            // offset 0 and 1 are both column 0 when a byte order mark is hidden; column 0 means after it
            var expected = offset == 0 && text.StartsWith('\uFEFF') ? 1 : offset;
            var utf16 = map.GetLinePosition(offset);
            var utf8 = map.GetUtf8LinePosition(offset);
            Assert.Equal(utf16.Line, utf8.Line);
            Assert.Equal(expected, map.GetOffset(utf16));
            Assert.Equal(expected, map.GetOffset(utf8, ColumnUnit.Utf8));
        }
    }

    [Fact]
    public void UTF8_columns_on_a_long_line_match_a_direct_count()
    {
        var random = new Random(7);
        var builder = new StringBuilder("x = '");
        while (builder.Length < 20_000) builder.Append(random.Next(4) == 0 ? char.ConvertFromUtf32(random.Next(0x80, 0x2000)) : "ab");
        var text = builder.Append("'\n").ToString();
        var map = LineMap.Create(text);

        for (var offset = 0; offset < text.Length; offset += 97)
            Assert.Equal(Encoding.UTF8.GetByteCount(text.AsSpan(0, offset)), map.GetUtf8LinePosition(offset).Character);
    }

    [Fact]
    public void Line_span_conversion_covers_both_ends()
    {
        var map = LineMap.Create("a = 1\nb = \u00E9\n");

        var span = map.GetLinePositionSpan(new TextSpan(6, 5), ColumnUnit.Utf8);

        Assert.Equal(new LinePositionSpan(new LinePosition(1, 0), new LinePosition(1, 6)), span);
    }

    [Fact]
    public void Source_text_exposes_its_line_map()
    {
        var source = SourceText.From("a\nb");

        Assert.Same(source.Lines, source.Lines);
        Assert.Equal(new LinePosition(1, 1), source.Lines.GetLinePosition(3));
    }

    /// <summary>Lines of mixed ASCII, BMP, astral characters and escapes, with every kind of line break.</summary>
    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(random.Next(2) == 0 ? "\uFEFF" : "");
        while (builder.Length < length)
        {
            builder.Append(random.Next(10) switch
            {
                0 => "\n",
                1 => "\r\n",
                2 => "\r",
                3 => char.ConvertFromUtf32(random.Next(0x80, 0xD800)),
                4 => char.ConvertFromUtf32(random.Next(0x10000, 0x110000)),
                5 => ((char)(0xDC80 + random.Next(128))).ToString(),
                _ => ((char)random.Next(0x20, 0x7F)).ToString(),
            });
        }
        return builder.ToString();
    }
}
