using PySec.Syntax.Green;

namespace PySec.Syntax.Lexing;

internal sealed partial class Scanner
{
    private const int TabSize = 8;

    private enum TriviaOutcome { Token, LogicalLineEnd, EndOfFile, RecoveredStatement }

    private readonly record struct IndentLevel(int Column, int AlternateColumn, bool Emitted);

    private bool _atLogicalLineStart = true;
    // The tokens of the current logical line so far; a zero-width NewLine is only owed when this is set.
    private bool _logicalLineHasTokens;
    private int _logicalLineIndent;
    private IndentLevel[] _indents = [new(0, 0, true)];
    private int _indentCount = 1;

    /// <summary>
    /// At the start of a logical line: takes blank and comment-only lines as trivia, measures the indentation of the
    /// first non-blank line and emits Indent/Dedent tokens. False at end of file.
    /// </summary>
    private bool ScanLineStart()
    {
        while (true)
        {
            var lineStart = _pos;
            int column = 0, alternate = 0;
            while (_pos < _text.Length)
            {
                var c = _text[_pos];
                if (c == ' ') { column++; alternate++; }
                else if (c == '\t') { column = (column / TabSize + 1) * TabSize; alternate++; }
                else if (c == '\f') { column = 0; alternate = 0; }
                else break;
                _pos++;
            }
            if (_pos > lineStart) AddWhitespaceTrivia(_leading, lineStart, _pos);
            if (AtEnd) return false;

            var current = _text[_pos];
            if (current == '#')
            {
                AddCommentTrivia(_leading);
                if (AtEnd) return false;
                current = _text[_pos];
            }
            if (CharacterClass.IsLineBreak(current))
            {
                AddLineBreakTrivia(_leading);
                continue;
            }

            ApplyIndentation(column, alternate, lineStart);
            _atLogicalLineStart = false;
            _logicalLineIndent = column;
            return true;
        }
    }

    /// <summary>CPython's indentation rule, compared with tab size 8 and again with tab size 1.</summary>
    private void ApplyIndentation(int column, int alternate, int lineStart)
    {
        var top = _indents[_indentCount - 1];
        if (column == top.Column)
        {
            if (alternate != top.AlternateColumn) ReportInconsistentTabs(lineStart);
            return;
        }
        if (column > top.Column)
        {
            if (alternate <= top.AlternateColumn) ReportInconsistentTabs(lineStart);
            PushIndent(new IndentLevel(column, alternate, true));
            AddBareToken(SyntaxKind.Indent, string.Empty);
            return;
        }

        while (_indentCount > 1 && column < _indents[_indentCount - 1].Column)
        {
            if (_indents[--_indentCount].Emitted) AddBareToken(SyntaxKind.Dedent, string.Empty);
        }
        top = _indents[_indentCount - 1];
        if (column != top.Column)
        {
            Report(LexerDiagnosticCodes.UnindentMismatch, lineStart, _pos - lineStart,
                "unindent does not match any outer indentation level");
            // Adopt the column without an Indent token, so the following lines at this column do not each
            // produce an error or a spurious block.
            PushIndent(new IndentLevel(column, alternate, false));
        }
        else if (alternate != top.AlternateColumn)
        {
            ReportInconsistentTabs(lineStart);
        }
    }

    private void PushIndent(IndentLevel level)
    {
        if (_indentCount == _indents.Length) Array.Resize(ref _indents, _indents.Length * 2);
        _indents[_indentCount++] = level;
    }

    private void ReportInconsistentTabs(int lineStart) =>
        Report(LexerDiagnosticCodes.InconsistentTabs, lineStart, _pos - lineStart,
            "inconsistent use of tabs and spaces in indentation");

    /// <summary>
    /// Leading trivia of a token that is not first on its logical line (or follows the indentation of one). Line
    /// breaks become trivia inside brackets and f-string fields; otherwise they end the logical line.
    /// </summary>
    private TriviaOutcome ScanLeadingTrivia()
    {
        var firstBreakIndex = -1;
        var firstBreakPosition = -1;
        // Indentation column of the current physical line while only whitespace follows a line break in brackets.
        var physicalColumn = -1;

        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is ' ' or '\t' or '\f')
            {
                var start = _pos;
                while (_pos < _text.Length)
                {
                    var w = _text[_pos];
                    if (w == ' ') { if (physicalColumn >= 0) physicalColumn++; }
                    else if (w == '\t') { if (physicalColumn >= 0) physicalColumn = (physicalColumn / TabSize + 1) * TabSize; }
                    else if (w == '\f') { if (physicalColumn >= 0) physicalColumn = 0; }
                    else break;
                    _pos++;
                }
                AddWhitespaceTrivia(_leading, start, _pos);
            }
            else if (c == '#')
            {
                AddCommentTrivia(_leading);
                physicalColumn = -1;
            }
            else if (c == '\\' && _pos + 1 < _text.Length && CharacterClass.IsLineBreak(_text[_pos + 1]))
            {
                AddContinuationTrivia(_leading);
                physicalColumn = -1;
            }
            else if (CharacterClass.IsLineBreak(c))
            {
                if (_frameCount > 0) AbandonFieldsAtLineBreak();
                if (_bracketCount == 0) return TriviaOutcome.LogicalLineEnd;
                if (firstBreakIndex < 0)
                {
                    firstBreakIndex = _leading.Count;
                    firstBreakPosition = _pos;
                }
                AddLineBreakTrivia(_leading);
                physicalColumn = 0;
            }
            else
            {
                break;
            }
        }

        if (AtEnd) return TriviaOutcome.EndOfFile;
        if (physicalColumn >= 0 && _bracketCount > 0 && _frameCount == 0
            && physicalColumn <= _brackets[0].LineIndent && StartsStatementOnly())
        {
            RecoverFromUnclosedBrackets(firstBreakIndex, firstBreakPosition);
            return TriviaOutcome.RecoveredStatement;
        }
        return TriviaOutcome.Token;
    }

    /// <summary>
    /// An open bracket followed, on a later line at no deeper indentation, by a keyword that can only begin a
    /// statement was almost certainly never closed: end the logical line at the first line break after it so the
    /// parser can resume at that statement.
    /// </summary>
    private void RecoverFromUnclosedBrackets(int firstBreakIndex, int firstBreakPosition)
    {
        ReportUnclosedBracket(_brackets[_bracketCount - 1]);
        _bracketCount = 0;

        var lineBreak = _leading[firstBreakIndex];
        var before = _leading.TakePrefix(firstBreakIndex);
        _pos = firstBreakPosition + lineBreak.Width;
        _tokens.Add(new GreenToken(SyntaxKind.NewLine, lineBreak.Text, before));
        EndLogicalLine();
    }

    private bool StartsStatementOnly()
    {
        var c = _text[_pos];
        if (c == '@') return true;
        if (c is < 'a' or > 'w') return false;
        var end = _pos;
        while (end < _text.Length && CharacterClass.IsAsciiIdentifierPart(_text[end])) end++;
        if (end < _text.Length && _text[end] >= 128) return false;
        return _text.AsSpan(_pos, end - _pos) switch
        {
            "def" or "class" or "return" or "import" or "with" or "while" or "try" or "except" or "finally" or "elif"
                or "raise" or "del" or "pass" or "break" or "continue" or "global" or "nonlocal" or "assert" => true,
            _ => false,
        };
    }

    /// <summary>The line break that ends a logical line.</summary>
    private void ScanNewLineToken()
    {
        var width = LineBreakWidth(_pos);
        var text = width == 2 ? "\r\n" : _text[_pos] == '\n' ? "\n" : "\r";
        _pos += width;
        _tokens.Add(NewLineTokens.Create(text, _leading.Take()));
        EndLogicalLine();
    }

    private void EndLogicalLine()
    {
        _atLogicalLineStart = true;
        _logicalLineHasTokens = false;
    }

    private void FinishAtEndOfFile()
    {
        while (_frameCount > 0) AbandonInnermostFString(_text.Length, reportLiteral: true);
        if (_bracketCount > 0)
        {
            ReportUnclosedBracket(_brackets[_bracketCount - 1]);
            _bracketCount = 0;
        }
        if (_logicalLineHasTokens) _tokens.Add(NewLineTokens.Create(string.Empty, null));
        while (_indentCount > 1)
        {
            if (_indents[--_indentCount].Emitted) AddBareToken(SyntaxKind.Dedent, string.Empty);
        }
        _tokens.Add(TokenCache.Create(SyntaxKind.EndOfFile, string.Empty, _leading.Take(), null));
    }

    /// <summary>Whitespace, a comment and line continuations after a token, up to the next line break.</summary>
    private GreenTrivia[]? ScanTrailingTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is ' ' or '\t' or '\f')
            {
                var start = _pos;
                _pos++;
                while (_pos < _text.Length && CharacterClass.IsWhitespace(_text[_pos])) _pos++;
                AddWhitespaceTrivia(_trailing, start, _pos);
            }
            else if (c == '#')
            {
                AddCommentTrivia(_trailing);
            }
            else if (c == '\\' && _pos + 1 < _text.Length && CharacterClass.IsLineBreak(_text[_pos + 1]))
            {
                AddContinuationTrivia(_trailing);
            }
            else
            {
                break;
            }
        }
        return _trailing.Take();
    }

    private void AddWhitespaceTrivia(TriviaBuilder builder, int start, int end)
    {
        var length = end - start;
        if (length == 1)
        {
            var c = _text[start];
            if (c == ' ') builder.Add(GreenTrivia.Space, SharedTrivia.SingleSpaceArray);
            else if (c == '\t') builder.Add(SharedTrivia.Tab, SharedTrivia.TabArray);
            else builder.Add(new GreenTrivia(SyntaxKind.WhitespaceTrivia, "\f"));
            return;
        }
        if (length <= 64 && _text.AsSpan(start, length).IndexOfAnyExcept(' ') < 0)
        {
            var shared = SharedTrivia.SpacesOf(length, out var singleton);
            if (shared is not null)
            {
                builder.Add(shared, singleton);
                return;
            }
        }
        builder.Add(new GreenTrivia(SyntaxKind.WhitespaceTrivia, _text.Substring(start, length)));
    }

    private void AddCommentTrivia(TriviaBuilder builder)
    {
        var start = _pos;
        var length = _text.AsSpan(start).IndexOfAny('\n', '\r');
        _pos = length < 0 ? _text.Length : start + length;
        builder.Add(new GreenTrivia(SyntaxKind.CommentTrivia, _text.Substring(start, _pos - start)));
    }

    private void AddLineBreakTrivia(TriviaBuilder builder)
    {
        var width = LineBreakWidth(_pos);
        if (width == 2) builder.Add(SharedTrivia.CarriageReturnLineFeed, SharedTrivia.CarriageReturnLineFeedArray);
        else if (_text[_pos] == '\n') builder.Add(SharedTrivia.LineFeed, SharedTrivia.LineFeedArray);
        else builder.Add(SharedTrivia.CarriageReturn, SharedTrivia.CarriageReturnArray);
        _pos += width;
    }

    private void AddContinuationTrivia(TriviaBuilder builder)
    {
        var width = 1 + LineBreakWidth(_pos + 1);
        builder.Add(new GreenTrivia(SyntaxKind.LineContinuationTrivia, _text.Substring(_pos, width)));
        _pos += width;
    }
}
