namespace PySec.Syntax.Lexing;

internal sealed partial class Scanner
{
    /// <param name="Kind">The opening character.</param>
    /// <param name="LineIndent">Indentation column of the logical line the bracket was opened on.</param>
    /// <param name="IsField">The '{' of an f-string replacement field rather than a dict/set brace.</param>
    /// <param name="Parens">Open '(' in the stack up to and including this entry; likewise the next two.</param>
    /// <param name="InnermostField">Index of the nearest field entry at or below this one, or -1.</param>
    private readonly record struct OpenBracketInfo(
        char Kind, int Position, int LineIndent, bool IsField, int Parens, int Squares, int Braces, int InnermostField);

    private OpenBracketInfo[] _brackets = new OpenBracketInfo[16];
    private int _bracketCount;

    private void PushBracket(char kind, int position, bool isField)
    {
        if (_bracketCount == _brackets.Length) Array.Resize(ref _brackets, _brackets.Length * 2);
        var below = _bracketCount > 0 ? _brackets[_bracketCount - 1] : default;
        var innermostField = isField ? _bracketCount : _bracketCount > 0 ? below.InnermostField : -1;
        _brackets[_bracketCount++] = new OpenBracketInfo(kind, position, _logicalLineIndent, isField,
            below.Parens + (kind == '(' ? 1 : 0), below.Squares + (kind == '[' ? 1 : 0), below.Braces + (kind == '{' ? 1 : 0),
            innermostField);
    }

    private void OpenBracket(char kind, SyntaxKind tokenKind)
    {
        PushBracket(kind, _pos, isField: false);
        Operator(tokenKind, 1);
    }

    private void CloseBracket(char closer, SyntaxKind tokenKind)
    {
        var position = _pos;
        var opener = closer switch { ')' => '(', ']' => '[', _ => '{' };
        if (_bracketCount == 0)
        {
            Report(LexerDiagnosticCodes.UnmatchedBracket, position, 1, $"unmatched '{closer}'");
        }
        else if (_brackets[_bracketCount - 1].Kind == opener)
        {
            _bracketCount--;
        }
        else
        {
            var innermost = _brackets[_bracketCount - 1];
            var message = $"closing parenthesis '{closer}' does not match opening parenthesis '{innermost.Kind}'";
            var openerLine = LineOf(innermost.Position);
            if (openerLine != LineOf(position)) message += $" on line {openerLine}";
            Report(LexerDiagnosticCodes.MismatchedBracket, position, 1, message);
            PopToMatchingOpener(opener);
        }
        _pos++;
        AddToken(tokenKind, SyntaxFacts.GetText(tokenKind)!);
    }

    /// <summary>
    /// Pops to the innermost <paramref name="opener"/>, never out of the current f-string field (whose own '{' may
    /// match). The counts tell in O(1) whether there is one, so a run of unmatched closers stays linear.
    /// </summary>
    private void PopToMatchingOpener(char opener)
    {
        var top = _brackets[_bracketCount - 1];
        var floor = top.InnermostField;
        var below = floor > 0 ? _brackets[floor - 1] : default;
        var available = opener switch
        {
            '(' => top.Parens - below.Parens,
            '[' => top.Squares - below.Squares,
            _ => top.Braces - below.Braces,
        };
        if (floor < 0) available = opener switch { '(' => top.Parens, '[' => top.Squares, _ => top.Braces };
        if (available == 0) return;

        for (var i = _bracketCount - 1; i >= Math.Max(floor, 0); i--)
        {
            if (_brackets[i].Kind == opener)
            {
                _bracketCount = i;
                return;
            }
        }
    }

    private void ReportUnclosedBracket(OpenBracketInfo bracket) =>
        Report(LexerDiagnosticCodes.UnclosedBracket, bracket.Position, 1, $"'{bracket.Kind}' was never closed");
}
