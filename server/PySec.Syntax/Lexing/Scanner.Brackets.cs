namespace PySec.Syntax.Lexing;

internal sealed partial class Scanner
{
    /// <param name="Kind">The opening character.</param>
    /// <param name="LineIndent">Indentation column of the logical line the bracket was opened on.</param>
    /// <param name="IsField">The '{' of an f-string replacement field rather than a dict/set brace.</param>
    private readonly record struct OpenBracketInfo(char Kind, int Position, int LineIndent, bool IsField);

    private OpenBracketInfo[] _brackets = new OpenBracketInfo[16];
    private int _bracketCount;

    private void PushBracket(char kind, int position, bool isField)
    {
        if (_bracketCount == _brackets.Length) Array.Resize(ref _brackets, _brackets.Length * 2);
        _brackets[_bracketCount++] = new OpenBracketInfo(kind, position, _logicalLineIndent, isField);
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

            // Pop to a matching opener deeper in the stack, but never out of the current f-string field.
            for (var i = _bracketCount - 1; i >= 0; i--)
            {
                if (_brackets[i].Kind == opener)
                {
                    _bracketCount = i;
                    break;
                }
                if (_brackets[i].IsField) break;
            }
        }
        _pos++;
        AddToken(tokenKind, SyntaxFacts.GetText(tokenKind)!);
    }

    private void ReportUnclosedBracket(OpenBracketInfo bracket) =>
        Report(LexerDiagnosticCodes.UnclosedBracket, bracket.Position, 1, $"'{bracket.Kind}' was never closed");
}
