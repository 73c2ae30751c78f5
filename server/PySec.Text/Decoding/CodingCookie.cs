namespace PySec.Text.Decoding;

/// <summary>
/// A PEP 263 encoding declaration ("# -*- coding: latin-1 -*-"), found the way CPython 3.11's tokenizer
/// finds it: on line 1, or on line 2 when line 1 is blank or only a comment; in a comment that is the only
/// thing on its line; the name made of ASCII letters, digits, '-', '_' and '.'.
/// </summary>
/// <param name="Name">The name after CPython's get_normal_name: "utf-8" and "iso-8859-1" families folded, others as written.</param>
/// <param name="Start">Byte offset of the name, relative to the scanned bytes.</param>
internal readonly record struct CodingCookie(string Name, int Start, int Length)
{
    public const string Utf8 = "utf-8";
    public const string Latin1 = "iso-8859-1";

    private enum LineKind { Code, CommentOrBlank, Cookie }

    /// <summary>Finds the cookie in <paramref name="bytes"/> (the source after any byte order mark).</summary>
    public static CodingCookie? Find(ReadOnlySpan<byte> bytes)
    {
        var line1End = LineEnd(bytes, 0);
        var kind = ScanLine(bytes[..line1End], out var cookie);
        if (kind == LineKind.Cookie) return cookie;
        if (kind == LineKind.Code || line1End == bytes.Length) return null;

        var line2Start = NextLineStart(bytes, line1End);
        var line2End = LineEnd(bytes, line2Start);
        if (ScanLine(bytes[line2Start..line2End], out cookie) != LineKind.Cookie) return null;
        return cookie with { Start = cookie.Start + line2Start };
    }

    /// <summary>
    /// CPython's get_normal_name: looks at the first 12 characters only, lower-cased with '_' as '-';
    /// anything that is not a utf-8 or latin-1 spelling is returned unchanged (not even lower-cased).
    /// </summary>
    public static string NormalName(string name)
    {
        var length = Math.Min(name.Length, 12);
        Span<char> buffer = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            var c = name[i];
            buffer[i] = c == '_' ? '-' : char.ToLowerInvariant(c);
        }
        ReadOnlySpan<char> b = buffer;
        if (b is "utf-8" || b.StartsWith("utf-8-")) return Utf8;
        if (b is "latin-1" or "iso-8859-1" or "iso-latin-1" || b.StartsWith("latin-1-")
            || b.StartsWith("iso-8859-1-") || b.StartsWith("iso-latin-1-"))
            return Latin1;
        return name;
    }

    private static LineKind ScanLine(ReadOnlySpan<byte> line, out CodingCookie cookie)
    {
        cookie = default;
        var hash = 0;
        while (hash < line.Length && line[hash] != (byte)'#')
        {
            if (line[hash] is not ((byte)' ' or (byte)'\t' or (byte)'\f')) return LineKind.Code;
            hash++;
        }
        if (hash == line.Length) return LineKind.CommentOrBlank;

        ReadOnlySpan<byte> keyword = "coding"u8;
        for (var i = hash; i + keyword.Length < line.Length; i++)
        {
            if (!line[i..].StartsWith(keyword)) continue;
            var t = i + keyword.Length;
            if (line[t] is not ((byte)':' or (byte)'=')) continue;
            do t++; while (t < line.Length && line[t] is (byte)' ' or (byte)'\t');
            var begin = t;
            while (t < line.Length && IsNameByte(line[t])) t++;
            if (t == begin) continue;
            var name = System.Text.Encoding.ASCII.GetString(line[begin..t]);
            cookie = new CodingCookie(NormalName(name), begin, t - begin);
            return LineKind.Cookie;
        }
        return LineKind.CommentOrBlank;
    }

    private static bool IsNameByte(byte b) =>
        b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'
            or (byte)'-' or (byte)'_' or (byte)'.';

    private static int LineEnd(ReadOnlySpan<byte> bytes, int start)
    {
        var found = bytes[start..].IndexOfAny((byte)'\r', (byte)'\n');
        return found < 0 ? bytes.Length : start + found;
    }

    private static int NextLineStart(ReadOnlySpan<byte> bytes, int lineEnd) =>
        bytes[lineEnd] == (byte)'\r' && lineEnd + 1 < bytes.Length && bytes[lineEnd + 1] == (byte)'\n'
            ? lineEnd + 2
            : lineEnd + 1;
}
