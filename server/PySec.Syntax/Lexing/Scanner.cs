using PySec.Syntax.Green;
using PySec.Text;

namespace PySec.Syntax.Lexing;

/// <summary>
/// One lexing run. The scanner works in two modes: regular code (statements, and the expressions inside f-string
/// replacement fields) and literal text (the text parts and format specs of f-strings). Layout (NEWLINE, INDENT,
/// DEDENT) follows CPython's tokenizer; everything between tokens becomes trivia so the tokens spell the source.
/// </summary>
internal sealed partial class Scanner
{
    private readonly string _text;
    private int _pos;
    private readonly TokenBuffer _tokens = new();
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly TriviaBuilder _leading = new();
    private readonly TriviaBuilder _trailing = new();
    private readonly IdentifierTable _identifiers;
    private readonly IdentifierTable _literals;
    private readonly LineNumbers _lines;

    public Scanner(string text)
    {
        _text = text;
        _lines = new LineNumbers(text);
        // Typical Python has one distinct name per ~100 characters and far fewer distinct short literals.
        _identifiers = IdentifierTable.WithKeywords(text.Length / 100);
        _literals = new IdentifierTable(text.Length / 400);
    }

    private char Current => _pos < _text.Length ? _text[_pos] : '\0';
    private char Peek(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';
    private bool AtEnd => _pos >= _text.Length;

    public LexResult Run()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _leading.Add(SharedTrivia.ByteOrderMark);
            _pos = 1;
        }

        while (true)
        {
            if (InLiteralMode)
            {
                ScanFStringLiteralPart();
                continue;
            }
            if (!ScanRegular()) break;
        }
        return new LexResult(_tokens.ToArrayAndRelease(), _diagnostics);
    }

    /// <summary>Scans layout, trivia and one token of regular code. False once EndOfFile has been produced.</summary>
    private bool ScanRegular()
    {
        if (_atLogicalLineStart && !ScanLineStart())
        {
            FinishAtEndOfFile();
            return false;
        }

        var outcome = ScanLeadingTrivia();
        if (outcome == TriviaOutcome.EndOfFile)
        {
            FinishAtEndOfFile();
            return false;
        }
        if (outcome == TriviaOutcome.LogicalLineEnd)
        {
            ScanNewLineToken();
            return true;
        }
        if (outcome == TriviaOutcome.RecoveredStatement) return true;

        ScanToken();
        return true;
    }

    /// <summary>Adds a token with the pending leading trivia, then scans its trailing trivia unless literal text follows.</summary>
    private void AddToken(SyntaxKind kind, string text)
    {
        var leading = _leading.Take();
        var trailing = InLiteralMode ? null : ScanTrailingTrivia();
        _tokens.Add(TokenCache.Create(kind, text, leading, trailing));
    }

    /// <summary>Adds a token whose text is interned, sharing the token object when its trivia have a common shape.</summary>
    private void AddInternedToken(SyntaxKind kind, IdentifierTable.Entry entry)
    {
        var leading = _leading.Take();
        var trailing = InLiteralMode ? null : ScanTrailingTrivia();
        _tokens.Add(TokenVariants.SlotOf(leading, trailing) >= 0
            ? TokenVariants.FindOrAdd(ref entry.Variants, kind, entry.Text, leading, trailing)
            : new GreenToken(kind, entry.Text, leading, trailing));
    }

    /// <summary>Adds a token that never has trivia of its own (layout tokens, f-string text parts).</summary>
    private void AddBareToken(SyntaxKind kind, string text) => _tokens.Add(TokenCache.Create(kind, text, null, null));

    private void Report(string code, int start, int length, string message) =>
        _diagnostics.Add(Diagnostic.Error(code, new TextSpan(start, Math.Max(0, length)), message));

    private int LineOf(int position) => _lines.LineOf(position);

    /// <summary>The line CPython names in "(detected at line N)": at end of file, the line of the last character.</summary>
    private int DetectedLine(int position) => _lines.LineOf(position >= _text.Length ? Math.Max(0, _text.Length - 1) : position);

    private int LineBreakWidth(int position) =>
        _text[position] == '\r' && position + 1 < _text.Length && _text[position + 1] == '\n' ? 2 : 1;
}
