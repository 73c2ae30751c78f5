using PySec.Syntax.Green;

namespace PySec.Syntax.Parsing;

// Blocks and compound statements.
internal sealed partial class Parser
{
    /// <summary>':' then either simple statements on the same line, or NEWLINE INDENT statements DEDENT.</summary>
    private GreenNode ParseBlock()
    {
        var colon = Expect(SyntaxKind.Colon);
        if (CurrentKind == SyntaxKind.NewLine)
        {
            var newLine = EatToken();
            if (CurrentKind != SyntaxKind.Indent)
            {
                ReportExpected(SyntaxKind.Indent);
                return GreenFactory.Block(colon, newLine, null, null, null);
            }
            if (!TryEnterNesting())
            {
                ReportTooDeep(atNextToken: true);
                SkipIndentedBlock();
                return GreenFactory.Block(colon, newLine, null, null, null);
            }
            var indent = EatToken();
            var statements = RentList();
            ParseStatements(statements, inBlock: true);
            // The lexer closes every open block before EndOfFile, so a missing Dedent means it already complained.
            var dedent = CurrentKind == SyntaxKind.Dedent ? EatToken() : GreenToken.Missing(SyntaxKind.Dedent);
            ExitNesting();
            return GreenFactory.Block(colon, newLine, indent, ToGreenList(statements), dedent);
        }
        if (CurrentKind is SyntaxKind.EndOfFile or SyntaxKind.Dedent or SyntaxKind.Indent)
        {
            ReportExpected(SyntaxKind.Indent);
            return GreenFactory.Block(colon, null, null, null, null);
        }
        var simple = RentList();
        ParseSimpleStatements(simple);
        return GreenFactory.Block(colon, null, null, ToGreenList(simple), null);
    }

    private GreenNode? ParseElseClause() =>
        CurrentKind == SyntaxKind.ElseKeyword ? GreenFactory.ElseClause(EatToken(), ParseBlock()) : null;

    private GreenNode ParseIfStatement()
    {
        var keyword = EatToken();
        var condition = ParseNamedExpression();
        var body = ParseBlock();
        var elifs = RentList();
        while (CurrentKind == SyntaxKind.ElifKeyword)
        {
            var elif = EatToken();
            var elifCondition = ParseNamedExpression();
            elifs.Add(GreenFactory.ElifClause(elif, elifCondition, ParseBlock()));
        }
        var elifList = ToGreenList(elifs);
        return GreenFactory.IfStatement(keyword, condition, body, elifList, ParseElseClause());
    }

    private GreenNode ParseWhileStatement()
    {
        var keyword = EatToken();
        var condition = ParseNamedExpression();
        var body = ParseBlock();
        return GreenFactory.WhileStatement(keyword, condition, body, ParseElseClause());
    }

    private GreenNode ParseForStatement(GreenToken? asyncKeyword)
    {
        var keyword = EatToken();
        var target = ParseTargetList();
        var inKeyword = Expect(SyntaxKind.InKeyword);
        var iterable = ParseStarExpressions();
        var body = ParseBlock();
        return GreenFactory.ForStatement(asyncKeyword, keyword, target, inKeyword, iterable, body, ParseElseClause());
    }

    private GreenNode ParseTryStatement()
    {
        var keyword = EatToken();
        var body = ParseBlock();
        var handlers = RentList();
        var sawPlain = false;
        var sawStar = false;
        while (CurrentKind == SyntaxKind.ExceptKeyword)
        {
            var isStar = PeekKind(1) == SyntaxKind.Star;
            if ((isStar && sawPlain) || (!isStar && sawStar))
                ReportAtCurrent(ParserDiagnosticCodes.InvalidTryStatement,
                    "cannot have both 'except' and 'except*' on the same 'try'");
            sawStar |= isStar;
            sawPlain |= !isStar;
            handlers.Add(ParseExceptClause());
        }
        var hasHandlers = handlers.Count > 0;
        var handlerList = ToGreenList(handlers);
        GreenNode? elseClause = null;
        if (CurrentKind == SyntaxKind.ElseKeyword)
        {
            if (!hasHandlers)
                ReportAtCurrent(ParserDiagnosticCodes.InvalidTryStatement, "expected 'except' or 'finally' block");
            elseClause = ParseElseClause();
        }
        GreenNode? finallyClause = null;
        if (CurrentKind == SyntaxKind.FinallyKeyword)
            finallyClause = GreenFactory.FinallyClause(EatToken(), ParseBlock());
        else if (!hasHandlers)
            ReportAtNextToken(ParserDiagnosticCodes.InvalidTryStatement, "expected 'except' or 'finally' block");
        return GreenFactory.TryStatement(keyword, body, handlerList, elseClause, finallyClause);
    }

    private GreenNode ParseExceptClause()
    {
        var keyword = EatToken();
        var star = TryEat(SyntaxKind.Star);
        GreenNode? type = null;
        var ungroupedTuple = false;
        if (CanStartExpression(CurrentKind))
        {
            type = ParseExpression();
            if (CurrentKind == SyntaxKind.Comma)
            {
                // PEP 758: except A, B: — a tuple without parentheses.
                var elements = RentList();
                elements.Add(type);
                while (CurrentKind == SyntaxKind.Comma)
                {
                    elements.Add(EatToken());
                    if (!CanStartExpression(CurrentKind)) break;
                    elements.Add(ParseExpression());
                }
                type = GreenFactory.TupleExpression(null, ToGreenList(elements), null);
                ungroupedTuple = true;
            }
        }
        else if (star is not null)
        {
            ReportExpected("one or more exception types");
        }
        GreenToken? asKeyword = null, name = null;
        if (CurrentKind == SyntaxKind.AsKeyword)
        {
            if (ungroupedTuple)
                Report(ParserDiagnosticCodes.InvalidTryStatement, SpanOfLastNode(type!),
                    "multiple exception types must be parenthesized when using 'as'");
            asKeyword = EatToken();
            name = ExpectIdentifier();
        }
        return GreenFactory.ExceptClause(keyword, star, type, asKeyword, name, ParseBlock());
    }

    private GreenNode ParseWithStatement(GreenToken? asyncKeyword)
    {
        var keyword = EatToken();
        if (CurrentKind == SyntaxKind.OpenParen && TryParseParenthesizedWithItems(asyncKeyword, keyword) is { } parenthesized)
            return parenthesized;
        var items = RentList();
        while (true)
        {
            items.Add(ParseWithItem());
            if (CurrentKind != SyntaxKind.Comma) break;
            items.Add(EatToken());
        }
        var itemList = ToGreenList(items);
        return GreenFactory.WithStatement(asyncKeyword, keyword, null, itemList, null, ParseBlock());
    }

    /// <summary>
    /// CPython tries `with (item, item,):` before treating the parenthesis as the start of an expression; the
    /// attempt succeeds only when the items parse cleanly and ')' is followed by ':'.
    /// </summary>
    private GreenNode? TryParseParenthesizedWithItems(GreenToken? asyncKeyword, GreenToken keyword)
    {
        var resetPoint = GetResetPoint();
        var openParen = EatToken();
        var items = RentList();
        while (CanStartExpression(CurrentKind))
        {
            items.Add(ParseWithItem());
            if (CurrentKind != SyntaxKind.Comma) break;
            items.Add(EatToken());
        }
        if (items.Count == 0 || CurrentKind != SyntaxKind.CloseParen || PeekKind(1) != SyntaxKind.Colon
            || _diagnostics.Count != resetPoint.Diagnostics)
        {
            items.Clear();
            _listPool.Push(items);
            Reset(resetPoint);
            return null;
        }
        var closeParen = EatToken();
        var itemList = ToGreenList(items);
        return GreenFactory.WithStatement(asyncKeyword, keyword, openParen, itemList, closeParen, ParseBlock());
    }

    private GreenNode ParseWithItem()
    {
        var expression = ParseExpression();
        if (CurrentKind != SyntaxKind.AsKeyword) return GreenFactory.WithItem(expression, null, null);
        var asKeyword = EatToken();
        var target = ParseTargetItem();
        ValidateTarget(target, LastFullEnd - target.FullWidth, TargetContext.Assignment);
        return GreenFactory.WithItem(expression, asKeyword, target);
    }

    // ------------------------------------------------------------------ definitions

    private GreenNode ParseDecorated()
    {
        var decorators = RentList();
        while (CurrentKind == SyntaxKind.At)
        {
            var at = EatToken();
            var expression = ParseNamedExpression();
            GreenToken newLine;
            if (CurrentKind == SyntaxKind.NewLine)
            {
                newLine = EatToken();
            }
            else
            {
                ReportAtCurrent(ParserDiagnosticCodes.InvalidSyntax, "invalid syntax");
                SkipToEndOfLine();
                newLine = CurrentKind == SyntaxKind.NewLine ? EatToken() : GreenToken.Missing(SyntaxKind.NewLine);
            }
            decorators.Add(GreenFactory.Decorator(at, expression, newLine));
        }
        var list = ToGreenList(decorators);
        switch (CurrentKind)
        {
            case SyntaxKind.ClassKeyword:
                return ParseClassDefinition(list);
            case SyntaxKind.AsyncKeyword when PeekKind(1) == SyntaxKind.DefKeyword:
                return ParseFunctionDefinition(list, EatToken());
            case SyntaxKind.DefKeyword:
                return ParseFunctionDefinition(list, null);
        }
        // Decorators with nothing to decorate: keep them on an empty, missing function definition.
        ReportExpected("'def' or 'class' after decorators");
        return GreenFactory.FunctionDefinition(list, null, GreenToken.Missing(SyntaxKind.DefKeyword),
            GreenToken.Missing(SyntaxKind.Identifier), null,
            GreenFactory.ParameterList(GreenToken.Missing(SyntaxKind.OpenParen), null, GreenToken.Missing(SyntaxKind.CloseParen)),
            null, null, GreenFactory.Block(GreenToken.Missing(SyntaxKind.Colon), null, null, null, null));
    }

    private GreenNode ParseFunctionDefinition(GreenList? decorators, GreenToken? asyncKeyword)
    {
        var keyword = EatToken();
        var name = ExpectIdentifier();
        var typeParameters = CurrentKind == SyntaxKind.OpenBracket ? ParseTypeParameterList() : null;
        var parameters = ParseParameterList();
        GreenToken? arrow = null;
        GreenNode? returns = null;
        if (CurrentKind == SyntaxKind.Arrow)
        {
            arrow = EatToken();
            returns = ParseExpression();
        }
        var body = ParseBlock();
        return GreenFactory.FunctionDefinition(decorators, asyncKeyword, keyword, name, typeParameters, parameters,
            arrow, returns, body);
    }

    private GreenNode ParseClassDefinition(GreenList? decorators)
    {
        var keyword = EatToken();
        var name = ExpectIdentifier();
        var typeParameters = CurrentKind == SyntaxKind.OpenBracket ? ParseTypeParameterList() : null;
        var arguments = CurrentKind == SyntaxKind.OpenParen ? ParseArgumentList(isClassBases: true) : null;
        var body = ParseBlock();
        return GreenFactory.ClassDefinition(decorators, keyword, name, typeParameters, arguments, body);
    }

    // ------------------------------------------------------------------ match

    /// <summary>
    /// `match` is a keyword only where a whole match statement header parses: subject, ':' and a line end.
    /// Otherwise it is a name (`match = 1`, `match(x)`), and the caller parses a simple statement.
    /// </summary>
    private GreenNode? TryParseMatchStatement()
    {
        var next = PeekKind(1);
        if (!CanStartStarExpression(next)) return null;
        var resetPoint = GetResetPoint();
        var keyword = EatToken(SyntaxKind.MatchKeyword);
        var subject = ParseMatchSubject();
        if (CurrentKind != SyntaxKind.Colon || PeekKind(1) != SyntaxKind.NewLine
            || _diagnostics.Count != resetPoint.Diagnostics)
        {
            Reset(resetPoint);
            return null;
        }
        var colon = EatToken();
        var newLine = EatToken();
        if (CurrentKind != SyntaxKind.Indent)
        {
            ReportExpected(SyntaxKind.Indent);
            return GreenFactory.MatchStatement(keyword, subject, colon, newLine, GreenToken.Missing(SyntaxKind.Indent),
                null, GreenToken.Missing(SyntaxKind.Dedent));
        }
        if (!TryEnterNesting())
        {
            ReportTooDeep(atNextToken: true);
            SkipIndentedBlock();
            return GreenFactory.MatchStatement(keyword, subject, colon, newLine, GreenToken.Missing(SyntaxKind.Indent),
                null, GreenToken.Missing(SyntaxKind.Dedent));
        }
        var indent = EatToken();
        var cases = RentList();
        while (CurrentKind is not (SyntaxKind.Dedent or SyntaxKind.EndOfFile))
        {
            if (CurrentIsSoftKeyword("case"))
            {
                cases.Add(ParseCaseClause());
                continue;
            }
            ReportAtNextToken(ParserDiagnosticCodes.InvalidSyntax, "expected 'case'");
            // Keep whatever stands here as skipped text: a match block holds only case clauses.
            SkipToEndOfLine();
            if (CurrentKind == SyntaxKind.NewLine) SkipToken();
            if (CurrentKind == SyntaxKind.Indent) SkipIndentedBlock();
        }
        if (cases.Count == 0) ReportExpected("'case' block");
        var dedent = CurrentKind == SyntaxKind.Dedent ? EatToken() : GreenToken.Missing(SyntaxKind.Dedent);
        ExitNesting();
        return GreenFactory.MatchStatement(keyword, subject, colon, newLine, indent, ToGreenList(cases), dedent);
    }

    private GreenNode ParseMatchSubject()
    {
        var first = ParseStarNamedExpression();
        if (CurrentKind != SyntaxKind.Comma)
        {
            // A lone starred subject is no match statement; the failed attempt falls back to an expression.
            if (first.Kind == SyntaxKind.StarredExpression)
                Report(ParserDiagnosticCodes.InvalidStarredExpression, SpanOfLastNode(first), "cannot use starred expression here");
            return first;
        }
        var elements = RentList();
        elements.Add(first);
        while (CurrentKind == SyntaxKind.Comma)
        {
            elements.Add(EatToken());
            if (!CanStartStarExpression(CurrentKind)) break;
            elements.Add(ParseStarNamedExpression());
        }
        return GreenFactory.TupleExpression(null, ToGreenList(elements), null);
    }

    private GreenNode ParseCaseClause()
    {
        var keyword = EatToken(SyntaxKind.CaseKeyword);
        var pattern = ParsePatterns();
        GreenNode? guard = null;
        if (CurrentKind == SyntaxKind.IfKeyword)
        {
            var ifKeyword = EatToken();
            guard = GreenFactory.Guard(ifKeyword, ParseNamedExpression());
        }
        return GreenFactory.CaseClause(keyword, pattern, guard, ParseBlock());
    }
}
