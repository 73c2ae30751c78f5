using System.Text;
using PySec.Text;

namespace PySec.Syntax.Literals;

/// <summary>
/// Computes the value of string and bytes literals as CPython does: prefixes, raw strings, escape
/// sequences, line breaks inside the literal read as "\n". Unknown escapes are kept verbatim (CPython
/// only warns about them). Errors CPython rejects are reported as diagnostics located in the source.
/// </summary>
public static class StringLiteralDecoder
{
    /// <summary>Decodes a complete string token (prefix, quotes, body) that starts at <paramref name="tokenStart"/>.</summary>
    public static DecodedString Decode(string tokenText, int tokenStart, List<Diagnostic>? diagnostics)
    {
        var prefix = StringPrefix.Parse(tokenText);
        var (bodyStart, bodyEnd) = Body(tokenText, prefix.Length);
        var value = DecodeBody(tokenText, bodyStart, bodyEnd, prefix.Raw, prefix.Bytes, halveBraces: false, tokenStart, diagnostics);
        return new DecodedString(value, prefix.Bytes, prefix.Unicode);
    }

    /// <summary>
    /// Decodes the literal text between replacement fields of an f-string or t-string: escapes as in a
    /// string (unless raw), and the doubled braces "{{" and "}}" stand for one brace.
    /// </summary>
    public static string DecodeFormatText(string text, int textStart, bool raw, List<Diagnostic>? diagnostics) =>
        DecodeBody(text, 0, text.Length, raw, isBytes: false, halveBraces: true, textStart, diagnostics);

    /// <summary>Where the body lies between the quotes; tolerant of an unterminated literal.</summary>
    private static (int Start, int End) Body(string token, int prefixLength)
    {
        if (prefixLength >= token.Length) return (token.Length, token.Length);
        var quote = token[prefixLength];
        var triple = prefixLength + 3 <= token.Length && token[prefixLength + 1] == quote && token[prefixLength + 2] == quote
            && token.Length != prefixLength + 2;
        var quoteLength = triple ? 3 : 1;
        var start = prefixLength + quoteLength;
        var end = token.Length;
        if (end - start >= quoteLength && token.AsSpan(end - quoteLength).IndexOfAnyExcept(quote) < 0) end -= quoteLength;
        return (start, end);
    }

    private static string DecodeBody(string s, int start, int end, bool raw, bool isBytes, bool halveBraces, int offset,
        List<Diagnostic>? diagnostics)
    {
        var builder = new StringBuilder(end - start);
        var reportedNonAscii = false;
        var i = start;
        while (i < end)
        {
            var c = s[i];
            if (c == '\r')
            {
                builder.Append('\n');
                i += i + 1 < end && s[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            if (halveBraces && (c == '{' || c == '}') && i + 1 < end && s[i + 1] == c)
            {
                builder.Append(c);
                i += 2;
                continue;
            }
            if (c == '\\' && !raw && i + 1 < end)
            {
                i = DecodeEscape(s, i, end, isBytes, builder, offset, diagnostics);
                continue;
            }
            if (isBytes && c > 0x7F)
            {
                if (!reportedNonAscii)
                {
                    Report(diagnostics, LiteralDiagnosticCodes.NonAsciiInBytes, offset + i, 1,
                        "bytes can only contain ASCII literal characters");
                    reportedNonAscii = true;
                }
                builder.Append((char)(c & 0xFF));
                i++;
                continue;
            }
            builder.Append(c);
            i++;
        }
        return builder.ToString();
    }

    /// <summary>Decodes the escape sequence at <paramref name="i"/> (a backslash) and returns the index after it.</summary>
    private static int DecodeEscape(string s, int i, int end, bool isBytes, StringBuilder builder, int offset, List<Diagnostic>? diagnostics)
    {
        var next = s[i + 1];
        switch (next)
        {
            case '\n': return i + 2;
            case '\r': return i + 2 < end && s[i + 2] == '\n' ? i + 3 : i + 2;
            case '\\': builder.Append('\\'); return i + 2;
            case '\'': builder.Append('\''); return i + 2;
            case '"': builder.Append('"'); return i + 2;
            case 'a': builder.Append('\a'); return i + 2;
            case 'b': builder.Append('\b'); return i + 2;
            case 'f': builder.Append('\f'); return i + 2;
            case 'n': builder.Append('\n'); return i + 2;
            case 'r': builder.Append('\r'); return i + 2;
            case 't': builder.Append('\t'); return i + 2;
            case 'v': builder.Append('\v'); return i + 2;
            case >= '0' and <= '7':
            {
                var value = 0;
                var j = i + 1;
                while (j < end && j < i + 4 && s[j] is >= '0' and <= '7') value = value * 8 + (s[j++] - '0');
                // Bytes keep the low eight bits of \400..\777, as CPython does.
                builder.Append((char)(isBytes ? value & 0xFF : value));
                return j;
            }
            case 'x':
                return HexEscape(s, i, end, 2, builder, offset, diagnostics, LiteralDiagnosticCodes.TruncatedHexEscape, "truncated \\xXX escape");
            case 'u' when !isBytes:
                return HexEscape(s, i, end, 4, builder, offset, diagnostics, LiteralDiagnosticCodes.TruncatedUnicodeEscape, "truncated \\uXXXX escape");
            case 'U' when !isBytes:
                return HexEscape(s, i, end, 8, builder, offset, diagnostics, LiteralDiagnosticCodes.TruncatedUnicodeEscape, "truncated \\UXXXXXXXX escape");
            case 'N' when !isBytes:
                return NamedEscape(s, i, end, builder, offset, diagnostics);
            default:
                // Unknown escape: CPython keeps the backslash and the character (with a warning).
                builder.Append('\\');
                return i + 1;
        }
    }

    private static int HexEscape(string s, int i, int end, int digits, StringBuilder builder, int offset,
        List<Diagnostic>? diagnostics, string code, string message)
    {
        var value = 0L;
        var j = i + 2;
        while (j < end && j < i + 2 + digits && char.IsAsciiHexDigit(s[j])) value = value * 16 + Convert.ToInt32(s[j++].ToString(), 16);
        if (j - (i + 2) < digits)
        {
            Report(diagnostics, code, offset + i, j - i, message);
            return j;
        }
        if (value > 0x10FFFF)
        {
            Report(diagnostics, LiteralDiagnosticCodes.IllegalUnicodeCharacter, offset + i, j - i, "illegal Unicode character");
            return j;
        }
        AppendCodePoint(builder, (int)value);
        return j;
    }

    private static int NamedEscape(string s, int i, int end, StringBuilder builder, int offset, List<Diagnostic>? diagnostics)
    {
        if (i + 2 >= end || s[i + 2] != '{')
        {
            Report(diagnostics, LiteralDiagnosticCodes.MalformedCharacterName, offset + i, 2, "malformed \\N character escape");
            return i + 2;
        }
        var close = s.IndexOf('}', i + 3, end - (i + 3));
        if (close < 0)
        {
            Report(diagnostics, LiteralDiagnosticCodes.MalformedCharacterName, offset + i, end - i, "malformed \\N character escape");
            return end;
        }
        var name = s[(i + 3)..close];
        var codePoint = name.Length == 0 ? -1 : UnicodeNames.Lookup(name);
        if (codePoint < 0)
        {
            Report(diagnostics, LiteralDiagnosticCodes.UnknownCharacterName, offset + i, close + 1 - i, $"unknown Unicode character name '{name}'");
            return close + 1;
        }
        AppendCodePoint(builder, codePoint);
        return close + 1;
    }

    private static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            builder.Append((char)codePoint); // lone surrogates are legal in Python strings
            return;
        }
        codePoint -= 0x10000;
        builder.Append((char)(0xD800 + (codePoint >> 10))).Append((char)(0xDC00 + (codePoint & 0x3FF)));
    }

    private static void Report(List<Diagnostic>? diagnostics, string code, int start, int length, string message) =>
        diagnostics?.Add(Diagnostic.Error(code, new TextSpan(start, length), message));
}
