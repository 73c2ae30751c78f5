using System.Buffers;

namespace PySec.Syntax.Lexing;

internal sealed partial class Scanner
{
    private const int MaxInternedStringLength = 24;
    private static readonly SearchValues<char> SingleQuotedStops = SearchValues.Create("'\\\n\r");
    private static readonly SearchValues<char> DoubleQuotedStops = SearchValues.Create("\"\\\n\r");
    private static readonly SearchValues<char> TripleSingleStops = SearchValues.Create("'\\");
    private static readonly SearchValues<char> TripleDoubleStops = SearchValues.Create("\"\\");

    /// <summary>
    /// A complete non-f string: <paramref name="start"/> is where the prefix begins, the position is at the quote.
    /// A backslash always skips the next character (raw strings included) for finding the end.
    /// </summary>
    private void ScanString(int start)
    {
        var quote = _text[_pos];
        var triple = Peek(1) == quote && Peek(2) == quote;
        var quoteEnd = _pos + (triple ? 3 : 1);
        _pos = quoteEnd;
        var terminated = triple ? SkipTripleQuotedBody(quote) : SkipSingleQuotedBody(quote);
        if (!terminated)
        {
            if (triple)
                Report(LexerDiagnosticCodes.UnterminatedTripleQuotedString, start, quoteEnd - start,
                    $"unterminated triple-quoted string literal (detected at line {DetectedLine(_text.Length)})");
            else
                Report(LexerDiagnosticCodes.UnterminatedString, start, _pos - start,
                    $"unterminated string literal (detected at line {DetectedLine(start)})");
        }
        // Short literals ('', "utf-8", '\n') repeat a lot; long ones rarely do and are not worth hashing.
        if (_pos - start <= MaxInternedStringLength)
            AddInternedToken(SyntaxKind.String, _literals.Intern(_text.AsSpan(start, _pos - start), SyntaxKind.None));
        else
            AddToken(SyntaxKind.String, _text.Substring(start, _pos - start));
    }

    /// <summary>Moves past the closing quote; false (at the line break or end) when there is none.</summary>
    private bool SkipSingleQuotedBody(char quote)
    {
        var stops = quote == '\'' ? SingleQuotedStops : DoubleQuotedStops;
        while (true)
        {
            var offset = _text.AsSpan(_pos).IndexOfAny(stops);
            if (offset < 0)
            {
                _pos = _text.Length;
                return false;
            }
            _pos += offset;
            var c = _text[_pos];
            if (c == quote)
            {
                _pos++;
                return true;
            }
            if (c != '\\') return false;
            SkipEscape();
        }
    }

    private bool SkipTripleQuotedBody(char quote)
    {
        var stops = quote == '\'' ? TripleSingleStops : TripleDoubleStops;
        while (true)
        {
            var offset = _text.AsSpan(_pos).IndexOfAny(stops);
            if (offset < 0)
            {
                _pos = _text.Length;
                return false;
            }
            _pos += offset;
            if (_text[_pos] == '\\')
            {
                SkipEscape();
                continue;
            }
            if (Peek(1) == quote && Peek(2) == quote)
            {
                _pos += 3;
                return true;
            }
            _pos++;
        }
    }

    /// <summary>Skips a backslash and the character after it; a CRLF counts as one character.</summary>
    private void SkipEscape()
    {
        _pos++;
        if (AtEnd) return;
        _pos += CharacterClass.IsLineBreak(_text[_pos]) ? LineBreakWidth(_pos) : 1;
    }
}
