using PySec.Syntax.Green;

namespace PySec.Syntax.Parsing;

// Statement lists and simple statements.
internal sealed partial class Parser
{
    private void ParseStatements(List<GreenNode> statements, bool inBlock)
    {
        while (true)
        {
            var kind = CurrentKind;
            if (kind == SyntaxKind.EndOfFile) return;
            if (kind == SyntaxKind.Dedent)
            {
                if (inBlock) return;
                // A dedent the module level cannot match; the lexer reports inconsistent indentation.
                SkipToken();
                continue;
            }
            var start = _pos;
            ParseStatement(statements);
            if (_pos == start)
            {
                ReportAtCurrent(ParserDiagnosticCodes.InvalidSyntax, "invalid syntax");
                SkipToken();
            }
        }
    }

    private void ParseStatement(List<GreenNode> statements)
    {
        switch (CurrentKind)
        {
            case SyntaxKind.IfKeyword:
                statements.Add(ParseIfStatement());
                return;
            case SyntaxKind.WhileKeyword:
                statements.Add(ParseWhileStatement());
                return;
            case SyntaxKind.ForKeyword:
                statements.Add(ParseForStatement(null));
                return;
            case SyntaxKind.TryKeyword:
                statements.Add(ParseTryStatement());
                return;
            case SyntaxKind.WithKeyword:
                statements.Add(ParseWithStatement(null));
                return;
            case SyntaxKind.DefKeyword:
                statements.Add(ParseFunctionDefinition(null, null));
                return;
            case SyntaxKind.ClassKeyword:
                statements.Add(ParseClassDefinition(null));
                return;
            case SyntaxKind.At:
                statements.Add(ParseDecorated());
                return;
            case SyntaxKind.AsyncKeyword:
                switch (PeekKind(1))
                {
                    case SyntaxKind.DefKeyword:
                        statements.Add(ParseFunctionDefinition(null, EatToken()));
                        return;
                    case SyntaxKind.ForKeyword:
                        statements.Add(ParseForStatement(EatToken()));
                        return;
                    case SyntaxKind.WithKeyword:
                        statements.Add(ParseWithStatement(EatToken()));
                        return;
                }
                break;
            case SyntaxKind.Indent:
                ReportAtNextToken(ParserDiagnosticCodes.UnexpectedIndent, "unexpected indent");
                ParseIndentedStatements(statements);
                return;
            case SyntaxKind.ElseKeyword:
            case SyntaxKind.ElifKeyword:
            case SyntaxKind.ExceptKeyword:
            case SyntaxKind.FinallyKeyword:
                ParseStrayClause(statements);
                return;
            case SyntaxKind.Identifier when Current.Text == "match":
                if (TryParseMatchStatement() is { } match)
                {
                    statements.Add(match);
                    return;
                }
                break;
        }
        ParseSimpleStatements(statements);
    }

    private void ReportAtNextToken(string code, string message)
    {
        // Indent and Dedent are zero-width; point at the token they precede.
        var index = _pos;
        while (index < _tokens.Length - 1 && _tokens[index].Kind is SyntaxKind.Indent or SyntaxKind.Dedent) index++;
        var token = _tokens[index];
        Report(code, new PySec.Text.TextSpan(_fullStarts[index] + token.LeadingTriviaWidth, token.Width), message);
    }

    /// <summary>Statements indented deeper than their context: reported by the caller, then parsed as if they were not.</summary>
    private void ParseIndentedStatements(List<GreenNode> statements)
    {
        if (!TryEnterNesting())
        {
            ReportTooDeep(atNextToken: true);
            SkipIndentedBlock();
            return;
        }
        SkipToken();
        ParseStatements(statements, inBlock: true);
        if (CurrentKind == SyntaxKind.Dedent) SkipToken();
        ExitNesting();
    }

    /// <summary>else/elif/except/finally with no statement to attach to: skip the header, keep the body's statements.</summary>
    private void ParseStrayClause(List<GreenNode> statements)
    {
        ReportAtCurrent(ParserDiagnosticCodes.InvalidSyntax, "invalid syntax");
        SkipToEndOfLine();
        if (CurrentKind == SyntaxKind.NewLine) SkipToken();
        if (CurrentKind == SyntaxKind.Indent) ParseIndentedStatements(statements);
    }

    private void ParseSimpleStatements(List<GreenNode> statements)
    {
        bool more;
        do
        {
            statements.Add(ParseSimpleStatement(out more));
        }
        while (more);
    }

    /// <summary>
    /// Ends a simple statement: an optional ';' and, unless another simple statement follows on the line, the
    /// NEWLINE. Returns true when another simple statement follows the ';'.
    /// </summary>
    private bool ParseStatementEnd(out GreenToken? semicolon, out GreenToken? newLine)
    {
        semicolon = null;
        newLine = null;
        switch (CurrentKind)
        {
            case SyntaxKind.Semicolon:
                semicolon = EatToken();
                if (CurrentKind == SyntaxKind.NewLine)
                {
                    newLine = EatToken();
                    return false;
                }
                return CurrentKind is not (SyntaxKind.EndOfFile or SyntaxKind.Dedent or SyntaxKind.Indent);
            case SyntaxKind.NewLine:
                newLine = EatToken();
                return false;
            case SyntaxKind.EndOfFile:
            case SyntaxKind.Dedent:
            case SyntaxKind.Indent:
                return false;
        }
        ReportAtCurrent(ParserDiagnosticCodes.InvalidSyntax, "invalid syntax");
        // A statement keyword most likely starts the next statement (an unclosed bracket swallowed the line end).
        if (IsStatementOnlyKeyword(CurrentKind)) return false;
        SkipToEndOfLine();
        if (CurrentKind == SyntaxKind.NewLine) newLine = EatToken();
        return false;
    }

    private GreenNode ParseSimpleStatement(out bool more)
    {
        GreenToken? semicolon, newLine;
        switch (CurrentKind)
        {
            case SyntaxKind.PassKeyword:
            {
                var keyword = EatToken();
                more = ParseStatementEnd(out semicolon, out newLine);
                return GreenFactory.PassStatement(keyword, semicolon, newLine);
            }
            case SyntaxKind.BreakKeyword:
            {
                var keyword = EatToken();
                more = ParseStatementEnd(out semicolon, out newLine);
                return GreenFactory.BreakStatement(keyword, semicolon, newLine);
            }
            case SyntaxKind.ContinueKeyword:
            {
                var keyword = EatToken();
                more = ParseStatementEnd(out semicolon, out newLine);
                return GreenFactory.ContinueStatement(keyword, semicolon, newLine);
            }
            case SyntaxKind.ReturnKeyword:
            {
                var keyword = EatToken();
                var value = CanStartStarExpression(CurrentKind) ? ParseStarExpressions() : null;
                more = ParseStatementEnd(out semicolon, out newLine);
                return GreenFactory.ReturnStatement(keyword, value, semicolon, newLine);
            }
            case SyntaxKind.RaiseKeyword:
            {
                var keyword = EatToken();
                GreenNode? exception = null, cause = null;
                GreenToken? from = null;
                if (CanStartExpression(CurrentKind))
                {
                    exception = ParseExpression();
                    if (CurrentKind == SyntaxKind.FromKeyword)
                    {
                        from = EatToken();
                        cause = ParseExpression();
                    }
                }
                more = ParseStatementEnd(out semicolon, out newLine);
                return GreenFactory.RaiseStatement(keyword, exception, from, cause, semicolon, newLine);
            }
            case SyntaxKind.GlobalKeyword:
            case SyntaxKind.NonlocalKeyword:
                return ParseGlobalOrNonlocal(out more);
            case SyntaxKind.DelKeyword:
                return ParseDeleteStatement(out more);
            case SyntaxKind.AssertKeyword:
            {
                var keyword = EatToken();
                var test = ParseExpression();
                GreenToken? comma = null;
                GreenNode? message = null;
                if (CurrentKind == SyntaxKind.Comma)
                {
                    comma = EatToken();
                    message = ParseExpression();
                }
                more = ParseStatementEnd(out semicolon, out newLine);
                return GreenFactory.AssertStatement(keyword, test, comma, message, semicolon, newLine);
            }
            case SyntaxKind.ImportKeyword:
                return ParseImportStatement(out more);
            case SyntaxKind.FromKeyword:
                return ParseImportFromStatement(out more);
            case SyntaxKind.Identifier when Current.Text == "type" && PeekKind(1) == SyntaxKind.Identifier
                                            && PeekKind(2) is SyntaxKind.Equals or SyntaxKind.OpenBracket:
                return ParseTypeAlias(out more);
        }
        return ParseExpressionOrAssignment(out more);
    }

    private GreenNode ParseGlobalOrNonlocal(out bool more)
    {
        var keyword = EatToken();
        var names = RentList();
        names.Add(ExpectIdentifier());
        while (CurrentKind == SyntaxKind.Comma)
        {
            names.Add(EatToken());
            names.Add(ExpectIdentifier());
        }
        more = ParseStatementEnd(out var semicolon, out var newLine);
        var list = ToGreenList(names);
        return keyword.Kind == SyntaxKind.GlobalKeyword
            ? GreenFactory.GlobalStatement(keyword, list, semicolon, newLine)
            : GreenFactory.NonlocalStatement(keyword, list, semicolon, newLine);
    }

    private GreenNode ParseDeleteStatement(out bool more)
    {
        var keyword = EatToken();
        var targets = RentList();
        while (true)
        {
            var target = ParseTargetItem();
            ValidateTarget(target, LastFullEnd - target.FullWidth, TargetContext.Delete);
            targets.Add(target);
            if (CurrentKind != SyntaxKind.Comma) break;
            targets.Add(EatToken());
            if (!CanStartStarExpression(CurrentKind)) break;
        }
        more = ParseStatementEnd(out var semicolon, out var newLine);
        return GreenFactory.DeleteStatement(keyword, ToGreenList(targets), semicolon, newLine);
    }

    private GreenNode ParseTypeAlias(out bool more)
    {
        var keyword = EatToken(SyntaxKind.TypeKeyword);
        var name = EatToken();
        var typeParameters = CurrentKind == SyntaxKind.OpenBracket ? ParseTypeParameterList() : null;
        var equalsToken = Expect(SyntaxKind.Equals);
        var value = ParseExpression();
        more = ParseStatementEnd(out var semicolon, out var newLine);
        return GreenFactory.TypeAliasStatement(keyword, name, typeParameters, equalsToken, value, semicolon, newLine);
    }

    // ------------------------------------------------------------------ imports

    private GreenNode ParseImportStatement(out bool more)
    {
        var keyword = EatToken();
        var names = RentList();
        while (true)
        {
            names.Add(ParseImportAlias(dotted: true));
            if (CurrentKind != SyntaxKind.Comma) break;
            names.Add(EatToken());
        }
        more = ParseStatementEnd(out var semicolon, out var newLine);
        return GreenFactory.ImportStatement(keyword, ToGreenList(names), semicolon, newLine);
    }

    private GreenNode ParseImportFromStatement(out bool more)
    {
        var from = EatToken();
        var dots = RentList();
        while (CurrentKind is SyntaxKind.Dot or SyntaxKind.Ellipsis) dots.Add(EatToken());
        GreenNode? module = null;
        if (CurrentKind == SyntaxKind.Identifier || dots.Count == 0) module = ParseDottedName();
        var dotList = ToGreenList(dots);
        var import = Expect(SyntaxKind.ImportKeyword);
        GreenToken? openParen = null, star = null, closeParen = null;
        GreenList? nameList = null;
        if (CurrentKind == SyntaxKind.Star)
        {
            star = EatToken();
        }
        else
        {
            openParen = TryEat(SyntaxKind.OpenParen);
            var names = RentList();
            while (true)
            {
                names.Add(ParseImportAlias(dotted: false));
                if (CurrentKind != SyntaxKind.Comma) break;
                var comma = EatToken();
                names.Add(comma);
                if (CurrentKind != SyntaxKind.Identifier)
                {
                    if (openParen is null)
                        Report(ParserDiagnosticCodes.InvalidImport, SpanOfLastNode(comma),
                            "trailing comma not allowed without surrounding parentheses");
                    break;
                }
            }
            nameList = ToGreenList(names);
            if (openParen is not null) closeParen = ExpectClosing(SyntaxKind.CloseParen);
        }
        more = ParseStatementEnd(out var semicolon, out var newLine);
        return GreenFactory.ImportFromStatement(from, dotList, module, import, openParen, star, nameList, closeParen,
            semicolon, newLine);
    }

    private GreenNode ParseImportAlias(bool dotted)
    {
        GreenNode name;
        if (dotted)
        {
            name = ParseDottedName();
        }
        else
        {
            var parts = RentList();
            parts.Add(ExpectIdentifier());
            name = GreenFactory.DottedName(ToGreenList(parts));
        }
        GreenToken? asKeyword = null, alias = null;
        if (CurrentKind == SyntaxKind.AsKeyword)
        {
            asKeyword = EatToken();
            alias = ExpectIdentifier();
        }
        return GreenFactory.ImportAlias(name, asKeyword, alias);
    }

    private GreenNode ParseDottedName()
    {
        var parts = RentList();
        parts.Add(ExpectIdentifier());
        while (CurrentKind == SyntaxKind.Dot)
        {
            parts.Add(EatToken());
            parts.Add(ExpectIdentifier());
        }
        return GreenFactory.DottedName(ToGreenList(parts));
    }

    // ------------------------------------------------------------------ expression statements and assignments

    private GreenNode ParseExpressionOrAssignment(out bool more)
    {
        var first = CurrentKind == SyntaxKind.YieldKeyword ? ParseYieldExpression() : ParseStarExpressions();
        GreenToken? semicolon, newLine;
        switch (CurrentKind)
        {
            case SyntaxKind.Equals:
            {
                var targets = RentList();
                var value = first;
                while (CurrentKind == SyntaxKind.Equals)
                {
                    ValidateTarget(value, LastFullEnd - value.FullWidth, TargetContext.Assignment);
                    targets.Add(GreenFactory.AssignmentTarget(value, EatToken()));
                    value = CurrentKind == SyntaxKind.YieldKeyword ? ParseYieldExpression() : ParseStarExpressions();
                }
                more = ParseStatementEnd(out semicolon, out newLine);
                return GreenFactory.AssignmentStatement(ToGreenList(targets), value, semicolon, newLine);
            }
            case SyntaxKind.Colon:
            {
                ValidateAnnotationTarget(first);
                var colon = EatToken();
                var annotation = ParseExpression();
                GreenToken? equalsToken = null;
                GreenNode? value = null;
                if (CurrentKind == SyntaxKind.Equals)
                {
                    equalsToken = EatToken();
                    value = CurrentKind == SyntaxKind.YieldKeyword ? ParseYieldExpression() : ParseStarExpressions();
                }
                more = ParseStatementEnd(out semicolon, out newLine);
                return GreenFactory.AnnotatedAssignmentStatement(first, colon, annotation, equalsToken, value, semicolon, newLine);
            }
        }
        if (SyntaxFacts.IsAugmentedAssignmentOperator(CurrentKind))
        {
            ValidateAugmentedTarget(first);
            var op = EatToken();
            var value = CurrentKind == SyntaxKind.YieldKeyword ? ParseYieldExpression() : ParseStarExpressions();
            more = ParseStatementEnd(out semicolon, out newLine);
            return GreenFactory.AugmentedAssignmentStatement(first, op, value, semicolon, newLine);
        }
        if (first.Kind == SyntaxKind.NameExpression && CanStartExpression(CurrentKind)
            && ((GreenToken)first.GetSlot(0)!).Text is "print" or "exec")
        {
            var name = ((GreenToken)first.GetSlot(0)!).Text;
            Report(ParserDiagnosticCodes.LegacyPrintStatement, SpanOfLastNode(first),
                $"Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
            SkipToEndOfLine();
        }
        more = ParseStatementEnd(out semicolon, out newLine);
        return GreenFactory.ExpressionStatement(first, semicolon, newLine);
    }
}
