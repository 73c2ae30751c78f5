using System.Globalization;
using System.Runtime.CompilerServices;

namespace PySec.Syntax.Lexing;

/// <summary>Character classes of Python's lexical grammar.</summary>
internal static class CharacterClass
{
    // Bit 0: may start an identifier; bit 1: may continue one. ASCII only; the rest goes through Unicode categories.
    private static readonly byte[] AsciiIdentifier = BuildAsciiIdentifierTable();

    private static byte[] BuildAsciiIdentifierTable()
    {
        var table = new byte[128];
        for (var c = 'a'; c <= 'z'; c++) table[c] = 3;
        for (var c = 'A'; c <= 'Z'; c++) table[c] = 3;
        table['_'] = 3;
        for (var c = '0'; c <= '9'; c++) table[c] = 2;
        return table;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiIdentifierStart(char c) => c < 128 && (AsciiIdentifier[c] & 1) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiIdentifierPart(char c) => c < 128 && (AsciiIdentifier[c] & 2) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => c is '\n' or '\r';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\f';

    /// <summary>Characters U+DC80..U+DCFF stand for source bytes the decoder could not decode (and already reported).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUndecodableByte(char c) => c is >= '\uDC80' and <= '\uDCFF';

    /// <summary>Reads the code point at <paramref name="index"/>; a lone surrogate is returned as itself.</summary>
    public static int CodePointAt(string text, int index, out int length)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }
        length = 1;
        return c;
    }

    /// <summary>XID_Start approximated by general category plus Other_ID_Start, as Python defines identifiers.</summary>
    public static bool IsIdentifierStart(int codePoint)
    {
        if (codePoint < 128) return codePoint < 128 && (AsciiIdentifier[codePoint] & 1) != 0;
        if (IsSurrogate(codePoint)) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
            default:
                return IsOtherIdStart(codePoint);
        }
    }

    /// <summary>XID_Continue approximated by general category plus Other_ID_Start and Other_ID_Continue.</summary>
    public static bool IsIdentifierPart(int codePoint)
    {
        if (codePoint < 128) return (AsciiIdentifier[codePoint] & 2) != 0;
        if (IsSurrogate(codePoint)) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                return IsOtherIdStart(codePoint) || IsOtherIdContinue(codePoint);
        }
    }

    /// <summary>Python's str.isprintable: everything except control, format, surrogate, private, unassigned and separators other than ' '.</summary>
    public static bool IsPrintable(int codePoint)
    {
        if (codePoint == ' ') return true;
        if (IsSurrogate(codePoint)) return false;
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    private static bool IsSurrogate(int codePoint) => codePoint is >= 0xD800 and <= 0xDFFF;

    private static bool IsOtherIdStart(int c) => c is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;

    private static bool IsOtherIdContinue(int c) => c is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA;
}
