namespace PySec.Syntax.Lexing;

internal sealed partial class Scanner
{
    /// <summary>
    /// One Number token for an int, float or imaginary literal. Malformed literals still become one token (letters
    /// glued to them included) with a diagnostic in CPython's wording.
    /// </summary>
    private void ScanNumber()
    {
        var start = _pos;
        var c = _text[_pos];
        if (c == '0' && Peek(1) is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            ScanPrefixedInteger(start);
            return;
        }

        string? error;
        if (c == '.')
        {
            _pos++;
            error = ScanDigitsWithUnderscores();
        }
        else if (c == '0')
        {
            // Zeros with underscores, then maybe more digits: only allowed as an int if all digits are zero.
            var nonZero = false;
            error = null;
            _pos++;
            while (true)
            {
                if (Current == '0') _pos++;
                else if (Current == '_' && IsDigit(Peek(1))) _pos++;
                else if (Current is >= '1' and <= '9')
                {
                    nonZero = true;
                    error = ScanDigitsWithUnderscores();
                    break;
                }
                else if (Current == '_')
                {
                    _pos++;
                    error = "invalid decimal literal";
                    break;
                }
                else break;
            }
            if (Current is '.' or 'e' or 'E' or 'j' or 'J')
            {
                error ??= ScanFractionExponentImaginary();
            }
            else if (nonZero && error is null)
            {
                // CPython reports the leading zeros even when letters follow (Python 2's 0777L): one error per literal.
                if (!AtEnd && IsNameCharacterAt(_pos) && !StartsGluedKeyword())
                    while (!AtEnd && IsNameCharacterAt(_pos)) _pos += CharLengthAt(_pos);
                Report(LexerDiagnosticCodes.LeadingZerosInInteger, start, _pos - start,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                AddToken(SyntaxKind.Number, _text.Substring(start, _pos - start));
                return;
            }
            FinishNumber(start, "decimal", error);
            return;
        }
        else
        {
            error = ScanDigitsWithUnderscores();
        }

        if (error is null && (c == '.' || Current is '.' or 'e' or 'E' or 'j' or 'J'))
            error = ScanFractionExponentImaginary(fractionDone: c == '.');
        FinishNumber(start, "decimal", error);
    }

    /// <summary>After the integer part: '.' digits, exponent, 'j'. Returns an error message or null.</summary>
    private string? ScanFractionExponentImaginary(bool fractionDone = false)
    {
        if (!fractionDone && Current == '.')
        {
            _pos++;
            if (IsDigit(Current))
            {
                var error = ScanDigitsWithUnderscores();
                if (error is not null) return error;
            }
        }
        if (Current is 'e' or 'E')
        {
            var next = Peek(1);
            if (next is '+' or '-')
            {
                if (!IsDigit(Peek(2)))
                {
                    _pos++;
                    return "invalid decimal literal";
                }
                _pos += 2;
            }
            else if (!IsDigit(next))
            {
                // `1else` is the number 1 and the keyword else; FinishNumber decides about anything else.
                return null;
            }
            else
            {
                _pos++;
            }
            var error = ScanDigitsWithUnderscores();
            if (error is not null) return error;
        }
        if (Current is 'j' or 'J') _pos++;
        return null;
    }

    /// <summary>Digits with single underscores between them. Returns an error message or null.</summary>
    private string? ScanDigitsWithUnderscores()
    {
        if (!IsDigit(Current)) return "invalid decimal literal";
        while (true)
        {
            while (IsDigit(Current)) _pos++;
            if (Current != '_') return null;
            _pos++;
            if (!IsDigit(Current)) return "invalid decimal literal";
        }
    }

    private void ScanPrefixedInteger(int start)
    {
        var radixChar = char.ToLowerInvariant(_text[_pos + 1]);
        var (radix, name) = radixChar switch
        {
            'x' => (16, "hexadecimal"),
            'o' => (8, "octal"),
            _ => (2, "binary"),
        };
        _pos += 2;
        string? error = null;
        var sawDigit = false;
        while (true)
        {
            if (Current == '_')
            {
                _pos++;
                if (!IsRadixDigit(Current, radix))
                {
                    error = $"invalid {name} literal";
                    break;
                }
            }
            if (!IsRadixDigit(Current, radix)) break;
            while (IsRadixDigit(Current, radix)) _pos++;
            sawDigit = true;
        }
        if (error is null && IsDigit(Current) && radix < 10)
            error = $"invalid digit '{Current}' in {name} literal";
        else if (error is null && !sawDigit)
            error = $"invalid {name} literal";
        FinishNumber(start, name, error);
    }

    /// <summary>
    /// Checks what follows a number. CPython 3.11 accepts a keyword glued to a number (`1if x else y`, `0x1for`)
    /// with only a warning; any other name character glued to it makes the literal invalid.
    /// </summary>
    private void FinishNumber(int start, string kindName, string? error = null)
    {
        if (error is null && !AtEnd && IsNameCharacterAt(_pos) && !StartsGluedKeyword())
            error = Current is 'j' or 'J' || _text[_pos - 1] is 'j' or 'J' ? "invalid imaginary literal" : $"invalid {kindName} literal";

        if (error is not null)
        {
            // Take the rest of the malformed literal into the token so it yields one error, not a cascade.
            while (!AtEnd && (IsNameCharacterAt(_pos) || (Current == '.' && IsDigit(Peek(1))))) _pos += CharLengthAt(_pos);
            Report(LexerDiagnosticCodes.InvalidNumber, start, _pos - start, error);
        }
        AddInternedToken(SyntaxKind.Number, _literals.Intern(_text.AsSpan(start, _pos - start), SyntaxKind.None));
    }

    private bool StartsGluedKeyword()
    {
        var rest = _text.AsSpan(_pos);
        return rest.StartsWith("and") || rest.StartsWith("else") || rest.StartsWith("for") || rest.StartsWith("if")
            || rest.StartsWith("in") || rest.StartsWith("is") || rest.StartsWith("not") || rest.StartsWith("or");
    }

    private bool IsNameCharacterAt(int position)
    {
        var c = _text[position];
        if (c < 128) return CharacterClass.IsAsciiIdentifierPart(c);
        return CharacterClass.IsIdentifierPart(CharacterClass.CodePointAt(_text, position, out _));
    }

    private int CharLengthAt(int position)
    {
        CharacterClass.CodePointAt(_text, position, out var length);
        return length;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsRadixDigit(char c, int radix) => radix switch
    {
        16 => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F',
        8 => c is >= '0' and <= '7',
        _ => c is '0' or '1',
    };
}
