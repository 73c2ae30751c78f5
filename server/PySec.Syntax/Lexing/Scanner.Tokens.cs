using System.Text;

namespace PySec.Syntax.Lexing;

internal sealed partial class Scanner
{
    /// <summary>Scans the token at the current position; leading trivia has been collected already.</summary>
    private void ScanToken()
    {
        _logicalLineHasTokens = true;
        var c = _text[_pos];
        if (CharacterClass.IsAsciiIdentifierStart(c))
        {
            ScanNameOrPrefixedString();
            return;
        }
        if (c is >= '0' and <= '9')
        {
            ScanNumber();
            return;
        }
        switch (c)
        {
            case '"':
            case '\'':
                ScanString(_pos);
                return;
            case '(': OpenBracket('(', SyntaxKind.OpenParen); return;
            case '[': OpenBracket('[', SyntaxKind.OpenBracket); return;
            case '{': OpenBracket('{', SyntaxKind.OpenBrace); return;
            case ')': CloseBracket(')', SyntaxKind.CloseParen); return;
            case ']': CloseBracket(']', SyntaxKind.CloseBracket); return;
            case '}': CloseBracket('}', SyntaxKind.CloseBrace); return;
            case ',': Operator(SyntaxKind.Comma, 1); return;
            case ';': Operator(SyntaxKind.Semicolon, 1); return;
            case '~': Operator(SyntaxKind.Tilde, 1); return;
            case ':':
                if (StartsFormatSpec()) EnterFormatSpec();
                else Operator(Peek(1) == '=' ? SyntaxKind.ColonEquals : SyntaxKind.Colon, Peek(1) == '=' ? 2 : 1);
                return;
            case '.':
                if (Peek(1) is >= '0' and <= '9') ScanNumber();
                else if (Peek(1) == '.' && Peek(2) == '.') Operator(SyntaxKind.Ellipsis, 3);
                else Operator(SyntaxKind.Dot, 1);
                return;
            case '-':
                if (Peek(1) == '>') Operator(SyntaxKind.Arrow, 2);
                else WithEquals(SyntaxKind.Minus, SyntaxKind.MinusEquals);
                return;
            case '+': WithEquals(SyntaxKind.Plus, SyntaxKind.PlusEquals); return;
            case '%': WithEquals(SyntaxKind.Percent, SyntaxKind.PercentEquals); return;
            case '@': WithEquals(SyntaxKind.At, SyntaxKind.AtEquals); return;
            case '|': WithEquals(SyntaxKind.Pipe, SyntaxKind.PipeEquals); return;
            case '&': WithEquals(SyntaxKind.Ampersand, SyntaxKind.AmpersandEquals); return;
            case '^': WithEquals(SyntaxKind.Caret, SyntaxKind.CaretEquals); return;
            case '=': WithEquals(SyntaxKind.Equals, SyntaxKind.EqualsEquals); return;
            case '!': WithEquals(SyntaxKind.Exclamation, SyntaxKind.NotEquals); return;
            case '*':
                if (Peek(1) == '*') Doubled(SyntaxKind.DoubleStar, SyntaxKind.DoubleStarEquals);
                else WithEquals(SyntaxKind.Star, SyntaxKind.StarEquals);
                return;
            case '/':
                if (Peek(1) == '/') Doubled(SyntaxKind.DoubleSlash, SyntaxKind.DoubleSlashEquals);
                else WithEquals(SyntaxKind.Slash, SyntaxKind.SlashEquals);
                return;
            case '<':
                if (Peek(1) == '<') Doubled(SyntaxKind.LeftShift, SyntaxKind.LeftShiftEquals);
                else WithEquals(SyntaxKind.Less, SyntaxKind.LessEquals);
                return;
            case '>':
                if (Peek(1) == '>') Doubled(SyntaxKind.RightShift, SyntaxKind.RightShiftEquals);
                else WithEquals(SyntaxKind.Greater, SyntaxKind.GreaterEquals);
                return;
            case '\\':
                ScanStrayBackslash();
                return;
        }
        if (c >= 128)
        {
            var codePoint = CharacterClass.CodePointAt(_text, _pos, out _);
            if (CharacterClass.IsIdentifierStart(codePoint))
            {
                ScanName();
                return;
            }
        }
        ScanBadCharacters();
    }

    private void Operator(SyntaxKind kind, int width)
    {
        _pos += width;
        AddToken(kind, SyntaxFacts.GetText(kind)!);
    }

    private void WithEquals(SyntaxKind plain, SyntaxKind withEquals)
    {
        if (Peek(1) == '=') Operator(withEquals, 2);
        else Operator(plain, 1);
    }

    /// <summary>`**`, `//`, `<<`, `>>` and their `=` forms.</summary>
    private void Doubled(SyntaxKind doubled, SyntaxKind withEquals)
    {
        if (Peek(2) == '=') Operator(withEquals, 3);
        else Operator(doubled, 2);
    }

    private void ScanNameOrPrefixedString()
    {
        var start = _pos;
        var hash = IdentifierTable.HashStep(IdentifierTable.HashStart(), _text[start]);
        var end = _pos + 1;
        while (end < _text.Length)
        {
            var c = _text[end];
            if (!CharacterClass.IsAsciiIdentifierPart(c)) break;
            hash = IdentifierTable.HashStep(hash, c);
            end++;
        }

        if (end < _text.Length)
        {
            var next = _text[end];
            if (next is '"' or '\'' && end - start <= 2)
            {
                var prefix = StringPrefix.Classify(_text.AsSpan(start, end - start));
                if (prefix != StringPrefixKind.Invalid)
                {
                    _pos = end;
                    if (prefix == StringPrefixKind.Plain) ScanString(start);
                    else BeginFString(start, prefix);
                    return;
                }
            }
            else if (next >= 128)
            {
                ScanName();
                return;
            }
        }

        _pos = end;
        AddNameToken(_identifiers.Intern(_text.AsSpan(start, end - start), hash, SyntaxKind.Identifier));
    }

    private void AddNameToken(IdentifierTable.Entry entry)
    {
        if (entry.Kind == SyntaxKind.Identifier) AddInternedToken(SyntaxKind.Identifier, entry);
        else AddToken(entry.Kind, entry.Text);
    }

    /// <summary>A name containing non-ASCII characters (it cannot be a keyword).</summary>
    private void ScanName()
    {
        var start = _pos;
        var codePoint = CharacterClass.CodePointAt(_text, _pos, out var length);
        if (CharacterClass.IsIdentifierStart(codePoint)) _pos += length;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c < 128)
            {
                if (!CharacterClass.IsAsciiIdentifierPart(c)) break;
                _pos++;
                continue;
            }
            codePoint = CharacterClass.CodePointAt(_text, _pos, out length);
            if (!CharacterClass.IsIdentifierPart(codePoint)) break;
            _pos += length;
        }
        AddNameToken(_identifiers.Intern(_text.AsSpan(start, _pos - start), SyntaxKind.Identifier));
    }

    private void ScanStrayBackslash()
    {
        var start = _pos;
        _pos++;
        if (AtEnd)
            Report(LexerDiagnosticCodes.EndOfFileAfterContinuation, start, 1, "unexpected EOF while parsing");
        else
            Report(LexerDiagnosticCodes.UnexpectedCharacterAfterContinuation, start, 1,
                "unexpected character after line continuation character");
        AddToken(SyntaxKind.BadToken, "\\");
    }

    /// <summary>
    /// A run of characters that cannot start a token becomes one BadToken with one diagnostic. NULs and undecodable
    /// bytes form runs of their own: the first has its own message, the second was reported by the decoder.
    /// </summary>
    private void ScanBadCharacters()
    {
        var start = _pos;
        var first = _text[_pos];
        if (first == '\0')
        {
            while (_pos < _text.Length && _text[_pos] == '\0') _pos++;
            Report(LexerDiagnosticCodes.NullCharacter, start, _pos - start, "source code cannot contain null bytes");
        }
        else if (CharacterClass.IsUndecodableByte(first))
        {
            while (_pos < _text.Length && CharacterClass.IsUndecodableByte(_text[_pos])) _pos++;
        }
        else
        {
            var codePoint = CharacterClass.CodePointAt(_text, _pos, out var length);
            _pos += length;
            while (_pos < _text.Length && IsOrdinaryBadCharacterAt(_pos, out length)) _pos += length;
            Report(LexerDiagnosticCodes.InvalidCharacter, start, _pos - start, InvalidCharacterMessage(codePoint));
        }
        AddToken(SyntaxKind.BadToken, _text.Substring(start, _pos - start));
    }

    private bool IsOrdinaryBadCharacterAt(int position, out int length)
    {
        var c = _text[position];
        length = 1;
        if (c < 128) return c is '$' or '?' or '`' || (c < ' ' && c is not ('\0' or '\t' or '\n' or '\r' or '\f')) || c == '\x7f';
        if (CharacterClass.IsUndecodableByte(c)) return false;
        var codePoint = CharacterClass.CodePointAt(_text, position, out length);
        return !CharacterClass.IsIdentifierStart(codePoint);
    }

    private static string InvalidCharacterMessage(int codePoint)
    {
        if (!CharacterClass.IsPrintable(codePoint)) return $"invalid non-printable character U+{codePoint:X4}";
        var text = char.ConvertFromUtf32(codePoint);
        return $"invalid character '{text}' (U+{codePoint:X4})";
    }
}
