namespace PySec.Syntax.Lexing;

internal sealed partial class Scanner
{
    /// <summary>
    /// An f-string (or t-string) being scanned, or the format spec of one of its replacement fields. The scanner is
    /// in literal mode while the innermost frame's replacement fields are all closed, i.e. while the bracket count
    /// equals <see cref="BracketBase"/>.
    /// </summary>
    private readonly record struct FStringFrame(
        int Start, char Quote, bool Triple, bool Raw, bool Template, bool IsFormatSpec, int BracketBase);

    private FStringFrame[] _frames = new FStringFrame[4];
    private int _frameCount;

    private bool InLiteralMode => _frameCount > 0 && _bracketCount == _frames[_frameCount - 1].BracketBase;

    private void PushFrame(FStringFrame frame)
    {
        if (_frameCount == _frames.Length) Array.Resize(ref _frames, _frames.Length * 2);
        _frames[_frameCount++] = frame;
    }

    /// <summary>Emits FStringStart/TStringStart for the prefix and opening quote(s) and enters literal mode.</summary>
    private void BeginFString(int start, StringPrefixKind prefix)
    {
        var quote = _text[_pos];
        var triple = Peek(1) == quote && Peek(2) == quote;
        _pos += triple ? 3 : 1;
        var template = prefix is StringPrefixKind.Template or StringPrefixKind.RawTemplate;
        var raw = prefix is StringPrefixKind.RawFormat or StringPrefixKind.RawTemplate;
        PushFrame(new FStringFrame(start, quote, triple, raw, template, IsFormatSpec: false, _bracketCount));
        AddToken(template ? SyntaxKind.TStringStart : SyntaxKind.FStringStart, _text.Substring(start, _pos - start));
    }

    /// <summary>
    /// In literal mode: one text part, or the '{' opening a field, or the '}' closing a format spec, or the closing
    /// quote. An unterminated f-string is abandoned at its line break (single quotes) or at the end of the file.
    /// </summary>
    private void ScanFStringLiteralPart()
    {
        var frame = _frames[_frameCount - 1];
        var start = _pos;
        ScanFStringText(frame);
        if (_pos > start)
        {
            _logicalLineHasTokens = true;
            AddBareToken(frame.Template ? SyntaxKind.TStringMiddle : SyntaxKind.FStringMiddle, _text.Substring(start, _pos - start));
            return;
        }

        if (AtEnd || (!frame.Triple && CharacterClass.IsLineBreak(_text[_pos])))
        {
            AbandonInnermostFString(_pos, reportLiteral: true);
            return;
        }

        var c = _text[_pos];
        if (c == '{')
        {
            PushBracket('{', _pos, isField: true);
            _pos++;
            AddToken(SyntaxKind.OpenBrace, "{");
            return;
        }
        if (c == '}')
        {
            // Only a format spec stops at a single '}' (literal text reports and keeps it): the spec and its field end.
            _frameCount--;
            _bracketCount--;
            _pos++;
            AddToken(SyntaxKind.CloseBrace, "}");
            return;
        }

        // The closing quote.
        if (frame.IsFormatSpec)
        {
            // The field's '}' is missing; close the spec and the field and let the f-string take the quote.
            ReportUnclosedField(_brackets[_bracketCount - 1].Position);
            _frameCount--;
            _bracketCount--;
            return;
        }
        _frameCount--;
        var width = frame.Triple ? 3 : 1;
        _pos += width;
        AddToken(frame.Template ? SyntaxKind.TStringEnd : SyntaxKind.FStringEnd, _text.Substring(_pos - width, width));
    }

    /// <summary>Advances over literal text up to a field, the end of a format spec, the closing quote or a stop.</summary>
    private void ScanFStringText(FStringFrame frame)
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == frame.Quote)
            {
                if (!frame.Triple || (Peek(1) == c && Peek(2) == c)) return;
                _pos++;
            }
            else if (c == '{')
            {
                if (frame.IsFormatSpec || Peek(1) != '{') return;
                _pos += 2;
            }
            else if (c == '}')
            {
                if (frame.IsFormatSpec) return;
                if (Peek(1) == '}')
                {
                    _pos += 2;
                    continue;
                }
                Report(LexerDiagnosticCodes.SingleCloseBraceInFString, _pos, 1, "f-string: single '}' is not allowed");
                _pos++;
            }
            else if (c == '\\')
            {
                SkipFStringEscape(frame);
            }
            else if (CharacterClass.IsLineBreak(c))
            {
                if (!frame.Triple) return;
                _pos += LineBreakWidth(_pos);
            }
            else
            {
                _pos++;
            }
        }
    }

    /// <summary>
    /// A backslash skips the next character, except that it does not escape a brace, and `\N{...}` (not raw)
    /// is a named escape whose braces are not a field.
    /// </summary>
    private void SkipFStringEscape(FStringFrame frame)
    {
        _pos++;
        if (AtEnd) return;
        var next = _text[_pos];
        if (next is '{' or '}') return;
        if (!frame.Raw && next == 'N' && Peek(1) == '{')
        {
            var end = _pos + 2;
            while (end < _text.Length && _text[end] is not ('}' or '\n' or '\r') && _text[end] != frame.Quote) end++;
            _pos = end < _text.Length && _text[end] == '}' ? end + 1 : _pos + 1;
            return;
        }
        if (CharacterClass.IsLineBreak(next)) _pos += LineBreakWidth(_pos);
        else _pos++;
    }

    /// <summary>A ':' directly inside a replacement field (not nested in brackets) starts its format spec.</summary>
    private bool StartsFormatSpec() =>
        _frameCount > 0 && _bracketCount > 0 && _brackets[_bracketCount - 1].IsField;

    private void EnterFormatSpec()
    {
        var owner = _frames[_frameCount - 1];
        PushFrame(owner with { Start = _pos, IsFormatSpec = true, BracketBase = _bracketCount });
        _pos++;
        AddToken(SyntaxKind.Colon, ":");
    }

    /// <summary>
    /// A line break directly inside a replacement field of a single-quoted f-string (no brackets open in the field).
    /// PEP 701 allows it, but while editing it far more often means the field and the string were never closed.
    /// A short look ahead decides: when a '}' closes the field within a few lines, the field goes on; otherwise
    /// the field and string are abandoned so the line break ends the logical line and the next lines lex normally.
    /// </summary>
    private void AbandonFieldsAtLineBreak()
    {
        while (_frameCount > 0 && !InLiteralMode)
        {
            var frame = _frames[_frameCount - 1];
            if (frame.Triple || _bracketCount == 0 || !_brackets[_bracketCount - 1].IsField) return;
            if (FieldClosesSoon(_pos)) return;
            AbandonInnermostFString(_pos, reportLiteral: false);
        }
    }

    private const int FieldLookaheadLines = 20;
    private const int FieldLookaheadChars = 2000;

    /// <summary>
    /// Looks from the line break at <paramref name="position"/> for the '}' that would close the current field:
    /// brackets must balance, strings are skipped, and the search gives up at a blank line, a closer with no
    /// opener, a string left open at its line end, a line starting with a statement keyword, or after a few lines.
    /// Bounded, so lexing stays linear.
    /// </summary>
    private bool FieldClosesSoon(int position)
    {
        var limit = Math.Min(_text.Length, position + FieldLookaheadChars);
        var depth = 0;
        var lines = 0;
        var i = position;
        while (i < limit)
        {
            var c = _text[i];
            if (c is '\n' or '\r')
            {
                i += c == '\r' && i + 1 < _text.Length && _text[i + 1] == '\n' ? 2 : 1;
                if (++lines > FieldLookaheadLines) return false;
                var lineStart = i;
                while (i < limit && CharacterClass.IsWhitespace(_text[i])) i++;
                if (i >= limit || CharacterClass.IsLineBreak(_text[i])) return false;
                if (depth == 0 && StartsStatementKeywordAt(i)) return false;
                continue;
            }
            switch (c)
            {
                case '#':
                    while (i < limit && !CharacterClass.IsLineBreak(_text[i])) i++;
                    continue;
                case '\'' or '"':
                    i++;
                    while (i < limit && _text[i] != c && !CharacterClass.IsLineBreak(_text[i])) i += _text[i] == '\\' ? 2 : 1;
                    if (i >= limit || _text[i] != c) return false;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']':
                    if (--depth < 0) return false;
                    break;
                case '}':
                    if (depth == 0) return true;
                    depth--;
                    break;
            }
            i++;
        }
        return false;
    }

    private bool StartsStatementKeywordAt(int position)
    {
        var saved = _pos;
        _pos = position;
        var result = StartsStatementOnly();
        _pos = saved;
        return result;
    }

    /// <summary>
    /// Drops the innermost f-string with its open fields and format specs, reporting it once: as an unclosed field
    /// when a field is open, otherwise as an unterminated literal.
    /// </summary>
    private void AbandonInnermostFString(int detectedAt, bool reportLiteral)
    {
        var index = _frameCount - 1;
        while (index > 0 && _frames[index].IsFormatSpec) index--;
        var fstring = _frames[index];
        var fieldOpen = _bracketCount > fstring.BracketBase;
        if (fieldOpen && !(reportLiteral && InLiteralMode && !_frames[_frameCount - 1].IsFormatSpec))
        {
            ReportUnclosedField(_brackets[fstring.BracketBase].Position);
        }
        else
        {
            var kind = fstring.Template ? "t-string" : "f-string";
            var triple = fstring.Triple ? "triple-quoted " : "";
            var quoteWidth = fstring.Triple ? 3 : 1;
            var prefixEnd = _text.IndexOf(fstring.Quote, fstring.Start);
            Report(LexerDiagnosticCodes.UnterminatedFString, fstring.Start, prefixEnd - fstring.Start + quoteWidth,
                $"unterminated {triple}{kind} literal (detected at line {DetectedLine(detectedAt)})");
        }
        _frameCount = index;
        _bracketCount = fstring.BracketBase;
    }

    private void ReportUnclosedField(int bracePosition) =>
        Report(LexerDiagnosticCodes.UnclosedFStringField, bracePosition, 1, "f-string: expecting '}'");
}
