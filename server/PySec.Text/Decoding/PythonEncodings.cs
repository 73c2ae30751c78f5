using System.Text;

namespace PySec.Text.Decoding;

/// <summary>
/// Maps a Python codec name to a .NET <see cref="Encoding"/>: Python's normalisation, the aliases from
/// CPython's encodings/aliases.py that .NET spells differently, then .NET's own names and code pages.
/// </summary>
internal static class PythonEncodings
{
    // Python aliases .NET does not know, as Python-normalised name -> Windows code page.
    private static readonly Dictionary<string, int> Aliases = new(StringComparer.Ordinal)
    {
        ["u8"] = 65001, ["utf"] = 65001, ["utf8"] = 65001, ["utf_8"] = 65001, ["utf8_ucs2"] = 65001,
        ["utf8_ucs4"] = 65001, ["cp65001"] = 65001,
        ["latin"] = 28591, ["latin1"] = 28591, ["latin_1"] = 28591, ["l1"] = 28591, ["8859"] = 28591,
        ["cp819"] = 28591, ["iso8859"] = 28591, ["iso_ir_100"] = 28591, ["csisolatin1"] = 28591,
        ["l2"] = 28592, ["latin2"] = 28592, ["l3"] = 28593, ["latin3"] = 28593, ["l4"] = 28594, ["latin4"] = 28594,
        ["l5"] = 28599, ["latin5"] = 28599, ["l7"] = 28603, ["latin7"] = 28603, ["l9"] = 28605, ["latin9"] = 28605,
        ["646"] = 20127, ["ascii"] = 20127, ["us"] = 20127, ["us_ascii"] = 20127, ["cp367"] = 20127,
        ["ansi_x3.4_1968"] = 20127, ["ansi_x3_4_1968"] = 20127, ["ansi_x3.4_1986"] = 20127, ["iso646_us"] = 20127,
        ["cp932"] = 932, ["ms932"] = 932, ["mskanji"] = 932, ["ms_kanji"] = 932, ["sjis"] = 932, ["s_jis"] = 932,
        ["shift_jis"] = 932, ["shiftjis"] = 932,
        ["euc_jp"] = 51932, ["eucjp"] = 51932, ["ujis"] = 51932, ["u_jis"] = 51932,
        ["gbk"] = 936, ["cp936"] = 936, ["ms936"] = 936, ["gb2312"] = 936, ["euc_cn"] = 936, ["euccn"] = 936,
        ["big5"] = 950, ["big5_tw"] = 950, ["csbig5"] = 950, ["cp950"] = 950, ["ms950"] = 950,
        ["euc_kr"] = 51949, ["euckr"] = 51949, ["cp949"] = 949, ["ms949"] = 949, ["uhc"] = 949,
        ["koi8_r"] = 20866, ["koi8_u"] = 21866,
        ["mac_roman"] = 10000, ["macroman"] = 10000, ["macintosh"] = 10000, ["mac_cyrillic"] = 10007,
        ["maccyrillic"] = 10007, ["mac_greek"] = 10006, ["macgreek"] = 10006,
        ["utf_16"] = 1200, ["utf16"] = 1200, ["u16"] = 1200, ["utf_16_le"] = 1200, ["utf_16le"] = 1200,
        ["utf_16_be"] = 1201, ["utf_16be"] = 1201,
        ["utf_32"] = 12000, ["utf32"] = 12000, ["u32"] = 12000, ["utf_32_le"] = 12000, ["utf_32le"] = 12000,
        ["utf_32_be"] = 12001, ["utf_32be"] = 12001,
    };

    static PythonEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding Python would use for <paramref name="name"/>, or null when Python would not know it either.</summary>
    public static Encoding? Resolve(string name)
    {
        var normalized = Normalize(name);
        if (normalized.Length == 0) return null;
        if (Aliases.TryGetValue(normalized, out var aliasCodePage)) return FromCodePage(aliasCodePage);
        if (FromName(normalized.Replace('_', '-')) is { } byName) return byName;
        if (FromName(normalized) is { } asWritten) return asWritten;
        foreach (var prefix in (ReadOnlySpan<string>)["cp", "ibm", "windows_"])
        {
            if (normalized.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(normalized.AsSpan(prefix.Length), out var codePage)
                && FromCodePage(codePage) is { } byCodePage)
                return byCodePage;
        }
        return null;
    }

    /// <summary>Python's encodings.normalize_encoding plus codecs.lookup's lower-casing.</summary>
    internal static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSeparator = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (pendingSeparator && builder.Length > 0) builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
                pendingSeparator = false;
            }
            else
            {
                pendingSeparator = true;
            }
        }
        return builder.ToString();
    }

    private static Encoding? FromName(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static Encoding? FromCodePage(int codePage)
    {
        if (codePage is <= 0 or > 65535) return null;
        try
        {
            return Encoding.GetEncoding(codePage);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
