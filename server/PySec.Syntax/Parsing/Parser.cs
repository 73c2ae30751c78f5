using PySec.Syntax.Green;
using PySec.Text;

namespace PySec.Syntax.Parsing;

/// <summary>
/// Recursive-descent parser over the lexer's token array, following CPython's PEG grammar. Backtracking (needed only
/// for soft keywords and parenthesised with-items) resets an index into the array. The parser never throws: missing
/// tokens become zero-width missing tokens, unusable tokens become skipped-token trivia of the next token, and
/// nesting beyond <see cref="ParseOptions.MaxNestingDepth"/> is skipped without recursion.
/// </summary>
internal sealed partial class Parser
{
    private readonly GreenToken[] _tokens;
    private readonly int[] _fullStarts;
    private readonly int _maxDepth;
    private readonly List<Diagnostic> _diagnostics = [];
    // Trivia of skipped tokens; entries from _pendingStart on still wait for the next consumed token.
    private readonly List<GreenTrivia> _skipped = [];
    private readonly Stack<List<GreenNode>> _listPool = new();
    private int _pendingStart;
    private int _pos;
    private int _depth;
    private bool _tooDeepReported;
    // Index of the last consumed token, for positions of diagnostics and of just-parsed nodes.
    private int _lastIndex = -1;

    // Starts of the lexer's diagnostics: a token the lexer already complained about (an unmatched bracket, say)
    // needs no second diagnostic from the parser.
    private readonly HashSet<int>? _lexerDiagnosticStarts;

    public Parser(GreenToken[] tokens, ParseOptions options, IReadOnlyList<Diagnostic>? lexerDiagnostics = null)
    {
        if (lexerDiagnostics is { Count: > 0 })
        {
            _lexerDiagnosticStarts = [];
            foreach (var diagnostic in lexerDiagnostics) _lexerDiagnosticStarts.Add(diagnostic.Span.Start);
        }
        _tokens = FoldBadTokens(tokens);
        _fullStarts = new int[_tokens.Length + 1];
        var offset = 0;
        for (var i = 0; i < _tokens.Length; i++)
        {
            _fullStarts[i] = offset;
            offset += _tokens[i].FullWidth;
        }
        _fullStarts[_tokens.Length] = offset;
        _maxDepth = Math.Max(1, options.MaxNestingDepth);
    }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public GreenNode ParseModule()
    {
        var statements = RentList();
        ParseStatements(statements, inBlock: false);
        var endOfFile = EatToken();
        return GreenFactory.Module(ToGreenList(statements), endOfFile);
    }

    // The lexer already reported each bad character; folding them into trivia up front keeps every grammar rule
    // free of checks for them.
    private static GreenToken[] FoldBadTokens(GreenToken[] tokens)
    {
        var hasBad = false;
        foreach (var token in tokens)
        {
            if (token.Kind == SyntaxKind.BadToken)
            {
                hasBad = true;
                break;
            }
        }
        if (!hasBad && tokens.Length > 0 && tokens[^1].Kind == SyntaxKind.EndOfFile) return tokens;

        var result = new List<GreenToken>(tokens.Length);
        var pending = new List<GreenTrivia>();
        foreach (var token in tokens)
        {
            if (token.Kind == SyntaxKind.BadToken)
            {
                AppendAsSkipped(pending, token);
                continue;
            }
            result.Add(pending.Count == 0 ? token : token.WithLeadingTrivia(Prepend(pending, token.Leading)));
            pending.Clear();
        }
        if (result.Count == 0 || result[^1].Kind != SyntaxKind.EndOfFile)
            result.Add(new GreenToken(SyntaxKind.EndOfFile, string.Empty, pending.Count == 0 ? null : [.. pending]));
        return [.. result];
    }

    private static void AppendAsSkipped(List<GreenTrivia> target, GreenToken token)
    {
        if (token.Leading is not null) target.AddRange(token.Leading);
        if (token.Text.Length > 0) target.Add(new GreenTrivia(SyntaxKind.SkippedTokenTrivia, token.Text));
        if (token.Trailing is not null) target.AddRange(token.Trailing);
    }

    private static GreenTrivia[] Prepend(List<GreenTrivia> first, GreenTrivia[]? rest)
    {
        var result = new GreenTrivia[first.Count + (rest?.Length ?? 0)];
        first.CopyTo(result);
        rest?.CopyTo(result, first.Count);
        return result;
    }

    // ------------------------------------------------------------------ token cursor

    private GreenToken Current => _tokens[_pos];
    private SyntaxKind CurrentKind => _tokens[_pos].Kind;

    private SyntaxKind PeekKind(int ahead)
    {
        var index = _pos + ahead;
        return index < _tokens.Length ? _tokens[index].Kind : SyntaxKind.EndOfFile;
    }

    private GreenToken PeekToken(int ahead)
    {
        var index = _pos + ahead;
        return index < _tokens.Length ? _tokens[index] : _tokens[^1];
    }

    private bool CurrentIsSoftKeyword(string text) => CurrentKind == SyntaxKind.Identifier && Current.Text == text;

    /// <summary>Consumes the current token, giving it the trivia of any tokens skipped just before it.</summary>
    private GreenToken EatToken()
    {
        var token = _tokens[_pos];
        if (_pendingStart < _skipped.Count)
        {
            var pendingCount = _skipped.Count - _pendingStart;
            var leading = new GreenTrivia[pendingCount + (token.Leading?.Length ?? 0)];
            _skipped.CopyTo(_pendingStart, leading, 0, pendingCount);
            token.Leading?.CopyTo(leading, pendingCount);
            _pendingStart = _skipped.Count;
            token = token.WithLeadingTrivia(leading);
        }
        _lastIndex = _pos;
        if (_pos < _tokens.Length - 1) _pos++;
        return token;
    }

    private GreenToken EatToken(SyntaxKind newKind)
    {
        var token = EatToken();
        return token.Kind == newKind ? token : token.WithKind(newKind);
    }

    private GreenToken? TryEat(SyntaxKind kind) => CurrentKind == kind ? EatToken() : null;

    private GreenToken Expect(SyntaxKind kind)
    {
        if (CurrentKind == kind) return EatToken();
        ReportExpected(kind);
        return GreenToken.Missing(kind);
    }

    private GreenToken ExpectIdentifier()
    {
        if (CurrentKind == SyntaxKind.Identifier) return EatToken();
        ReportExpected(SyntaxKind.Identifier);
        return GreenToken.Missing(SyntaxKind.Identifier);
    }

    /// <summary>
    /// Expects a closing bracket. When junk precedes it on the same line at the same nesting level, the junk is
    /// skipped (one diagnostic) so that the bracket still closes its own group.
    /// </summary>
    private GreenToken ExpectClosing(SyntaxKind closer)
    {
        if (CurrentKind == closer) return EatToken();
        const int lookaheadLimit = 256;
        var level = 0;
        var found = -1;
        for (var i = _pos; i < _tokens.Length && i - _pos < lookaheadLimit; i++)
        {
            var kind = _tokens[i].Kind;
            if (kind is SyntaxKind.EndOfFile or SyntaxKind.NewLine or SyntaxKind.Indent or SyntaxKind.Dedent) break;
            if (level == 0 && IsStatementOnlyKeyword(kind)) break;
            if (IsOpenBracket(kind)) level++;
            else if (IsCloseBracket(kind))
            {
                if (level == 0)
                {
                    if (kind == closer) found = i;
                    break;
                }
                level--;
            }
        }
        if (found < 0)
        {
            ReportExpected(closer);
            return GreenToken.Missing(closer);
        }
        ReportAtCurrent(ParserDiagnosticCodes.InvalidSyntax, "invalid syntax");
        while (_pos < found) SkipToken();
        return EatToken();
    }

    /// <summary>Moves the current token (with its trivia) into the pending skipped trivia. Never skips EndOfFile.</summary>
    private void SkipToken()
    {
        var token = _tokens[_pos];
        if (token.Kind == SyntaxKind.EndOfFile) return;
        AppendAsSkipped(_skipped, token);
        _pos++;
    }

    private void SkipToEndOfLine()
    {
        while (CurrentKind is not (SyntaxKind.NewLine or SyntaxKind.EndOfFile)) SkipToken();
    }

    // ------------------------------------------------------------------ backtracking

    private readonly record struct ResetPoint(int Position, int Skipped, int PendingStart, int Diagnostics, int LastIndex, bool TooDeepReported);

    private ResetPoint GetResetPoint() =>
        new(_pos, _skipped.Count, _pendingStart, _diagnostics.Count, _lastIndex, _tooDeepReported);

    private void Reset(in ResetPoint point)
    {
        _pos = point.Position;
        if (_skipped.Count > point.Skipped) _skipped.RemoveRange(point.Skipped, _skipped.Count - point.Skipped);
        _pendingStart = point.PendingStart;
        if (_diagnostics.Count > point.Diagnostics)
            _diagnostics.RemoveRange(point.Diagnostics, _diagnostics.Count - point.Diagnostics);
        _lastIndex = point.LastIndex;
        _tooDeepReported = point.TooDeepReported;
    }

    // ------------------------------------------------------------------ nesting guard

    private bool TryEnterNesting()
    {
        if (_depth >= _maxDepth) return false;
        _depth++;
        return true;
    }

    private void ExitNesting()
    {
        _depth--;
        _tooDeepReported = false;
    }

    /// <summary>
    /// Reports the nesting limit once per excursion past it: until some level is left, further attempts to nest
    /// (the next operand, the block after the condition) belong to the same problem.
    /// </summary>
    private void ReportTooDeep(bool atNextToken = false)
    {
        if (_tooDeepReported) return;
        _tooDeepReported = true;
        if (atNextToken) ReportAtNextToken(ParserDiagnosticCodes.TooDeeplyNested, "too deeply nested");
        else ReportAtCurrent(ParserDiagnosticCodes.TooDeeplyNested, "too deeply nested");
    }

    /// <summary>
    /// Called where the nesting limit is hit inside an expression or pattern: skips the rest of it (balanced
    /// brackets, iteratively) up to a token that can end it, and stands a missing name in its place.
    /// </summary>
    private GreenNode SkipTooDeepExpression()
    {
        ReportTooDeep();
        SkipBalancedUntilTerminator();
        return GreenFactory.NameExpression(GreenToken.Missing(SyntaxKind.Identifier));
    }

    private void SkipBalancedUntilTerminator()
    {
        var level = 0;
        while (true)
        {
            var kind = CurrentKind;
            if (kind == SyntaxKind.EndOfFile) return;
            if (level == 0)
            {
                if (kind is SyntaxKind.NewLine or SyntaxKind.Comma or SyntaxKind.Colon or SyntaxKind.Indent
                    or SyntaxKind.Dedent || IsCloseBracket(kind) || IsStatementOnlyKeyword(kind))
                    return;
            }
            if (IsOpenBracket(kind)) level++;
            else if (IsCloseBracket(kind)) level--;
            SkipToken();
            if (level == 0 && IsCloseBracket(kind) && CurrentKind != SyntaxKind.EndOfFile && !CanContinueAfterGroup())
                return;
        }
    }

    // After a skipped bracket group, operators and trailers still belong to the skipped expression.
    private bool CanContinueAfterGroup()
    {
        var kind = CurrentKind;
        return IsOpenBracket(kind) || kind == SyntaxKind.Dot || BinaryPrecedence(kind) > 0 || kind == SyntaxKind.DoubleStar;
    }

    /// <summary>Skips an indented block (Indent ... matching Dedent) as trivia without recursion.</summary>
    private void SkipIndentedBlock()
    {
        var level = 0;
        do
        {
            var kind = CurrentKind;
            if (kind == SyntaxKind.EndOfFile) return;
            if (kind == SyntaxKind.Indent) level++;
            else if (kind == SyntaxKind.Dedent) level--;
            SkipToken();
        }
        while (level > 0);
    }

    // ------------------------------------------------------------------ diagnostics and positions

    /// <summary>End of the last consumed token, trailing trivia included.</summary>
    private int LastFullEnd => _lastIndex < 0 ? 0 : _fullStarts[_lastIndex + 1];

    /// <summary>End of the text of the last consumed token: where "expected ..." diagnostics point.</summary>
    private int LastTextEnd => _lastIndex < 0 ? 0 : LastFullEnd - _tokens[_lastIndex].TrailingTriviaWidth;

    private void Report(string code, TextSpan span, string message)
    {
        // One problem often surfaces as several expectations at the same spot; the first one says it best.
        if (_diagnostics.Count > 0 && _diagnostics[^1].Span.Start == span.Start) return;
        if (_lexerDiagnosticStarts is not null && _lexerDiagnosticStarts.Contains(span.Start)) return;
        _diagnostics.Add(Diagnostic.Error(code, span, message));
    }

    private TextSpan CurrentSpan => new(_fullStarts[_pos] + Current.LeadingTriviaWidth, Current.Width);

    private void ReportAtCurrent(string code, string message) => Report(code, CurrentSpan, message);

    private void ReportExpected(SyntaxKind kind) =>
        Report(ParserDiagnosticCodes.ExpectedToken, new TextSpan(LastTextEnd, 0), "expected " + Describe(kind));

    private void ReportExpected(string what) =>
        Report(ParserDiagnosticCodes.ExpectedToken, new TextSpan(LastTextEnd, 0), "expected " + what);

    private static string Describe(SyntaxKind kind) => kind switch
    {
        SyntaxKind.Identifier => "name",
        SyntaxKind.NewLine => "newline",
        SyntaxKind.Indent => "an indented block",
        SyntaxKind.Dedent => "end of block",
        SyntaxKind.Number => "number",
        SyntaxKind.FStringEnd or SyntaxKind.TStringEnd => "end of string",
        _ => SyntaxFacts.GetText(kind) is { } text ? "'" + text + "'" : kind.ToString(),
    };

    /// <summary>The text span of <paramref name="node"/>, which must end with the last consumed token.</summary>
    private TextSpan SpanOfLastNode(GreenNode node) => SpanAt(node, LastFullEnd - node.FullWidth);

    private static TextSpan SpanAt(GreenNode node, int fullStart)
    {
        var start = fullStart + LeadingWidth(node);
        var end = fullStart + node.FullWidth - TrailingWidth(node);
        return end >= start ? TextSpan.FromBounds(start, end) : new TextSpan(start, 0);
    }

    // Iterative: operator chains can be nested a hundred thousand levels deep on the left.
    private static int LeadingWidth(GreenNode node)
    {
        while (true)
        {
            if (node is GreenToken token) return token.LeadingTriviaWidth;
            GreenNode? next = null;
            for (var i = 0; i < node.SlotCount; i++)
            {
                var child = node.GetSlot(i);
                if (child is not null && child.FullWidth > 0)
                {
                    next = child;
                    break;
                }
            }
            if (next is null) return 0;
            node = next;
        }
    }

    private static int TrailingWidth(GreenNode node)
    {
        while (true)
        {
            if (node is GreenToken token) return token.TrailingTriviaWidth;
            GreenNode? next = null;
            for (var i = node.SlotCount - 1; i >= 0; i--)
            {
                var child = node.GetSlot(i);
                if (child is not null && child.FullWidth > 0)
                {
                    next = child;
                    break;
                }
            }
            if (next is null) return 0;
            node = next;
        }
    }

    // ------------------------------------------------------------------ list pooling

    private List<GreenNode> RentList() => _listPool.Count > 0 ? _listPool.Pop() : new List<GreenNode>(8);

    private GreenList? ToGreenList(List<GreenNode> list)
    {
        // Not GreenList.Create: copying through the interface would enumerate element by element.
        var result = list.Count == 0 ? null : new GreenList(list.ToArray());
        list.Clear();
        _listPool.Push(list);
        return result;
    }

    // ------------------------------------------------------------------ token classes

    private static bool IsOpenBracket(SyntaxKind kind) =>
        kind is SyntaxKind.OpenParen or SyntaxKind.OpenBracket or SyntaxKind.OpenBrace;

    private static bool IsCloseBracket(SyntaxKind kind) =>
        kind is SyntaxKind.CloseParen or SyntaxKind.CloseBracket or SyntaxKind.CloseBrace;

    /// <summary>Keywords that can only begin a statement, so they end any unfinished expression or bracket.</summary>
    private static bool IsStatementOnlyKeyword(SyntaxKind kind) => kind is
        SyntaxKind.DefKeyword or SyntaxKind.ClassKeyword or SyntaxKind.ReturnKeyword or SyntaxKind.ImportKeyword
        or SyntaxKind.WhileKeyword or SyntaxKind.WithKeyword or SyntaxKind.TryKeyword or SyntaxKind.ExceptKeyword
        or SyntaxKind.FinallyKeyword or SyntaxKind.ElifKeyword or SyntaxKind.PassKeyword or SyntaxKind.BreakKeyword
        or SyntaxKind.ContinueKeyword or SyntaxKind.GlobalKeyword or SyntaxKind.NonlocalKeyword
        or SyntaxKind.DelKeyword or SyntaxKind.AssertKeyword or SyntaxKind.RaiseKeyword;

    private static bool CanStartExpression(SyntaxKind kind) => kind is
        SyntaxKind.Identifier or SyntaxKind.Number or SyntaxKind.String or SyntaxKind.FStringStart
        or SyntaxKind.TStringStart or SyntaxKind.OpenParen or SyntaxKind.OpenBracket or SyntaxKind.OpenBrace
        or SyntaxKind.Minus or SyntaxKind.Plus or SyntaxKind.Tilde or SyntaxKind.NotKeyword
        or SyntaxKind.LambdaKeyword or SyntaxKind.AwaitKeyword or SyntaxKind.Ellipsis or SyntaxKind.NoneKeyword
        or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword;

    private static bool CanStartStarExpression(SyntaxKind kind) => kind == SyntaxKind.Star || CanStartExpression(kind);
}
