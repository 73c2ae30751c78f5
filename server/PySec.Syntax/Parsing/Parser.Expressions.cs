using PySec.Syntax.Green;

namespace PySec.Syntax.Parsing;

// Expressions above the atom level. Binary operators use precedence climbing: a chain of one operator is a loop,
// so only genuine nesting (brackets, unary operators, '**', lambdas, conditionals) costs stack.
internal sealed partial class Parser
{
    private const int PrecedenceOr = 1;
    private const int PrecedenceAnd = 2;
    private const int PrecedenceNot = 3;
    private const int PrecedenceComparison = 4;
    private const int PrecedenceBitwiseOr = 5;
    private const int PrecedenceFactor = 11;

    private static int BinaryPrecedence(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OrKeyword => PrecedenceOr,
        SyntaxKind.AndKeyword => PrecedenceAnd,
        SyntaxKind.Less or SyntaxKind.Greater or SyntaxKind.EqualsEquals or SyntaxKind.GreaterEquals
            or SyntaxKind.LessEquals or SyntaxKind.NotEquals or SyntaxKind.InKeyword or SyntaxKind.IsKeyword
            or SyntaxKind.NotKeyword => PrecedenceComparison,
        SyntaxKind.Pipe => 5,
        SyntaxKind.Caret => 6,
        SyntaxKind.Ampersand => 7,
        SyntaxKind.LeftShift or SyntaxKind.RightShift => 8,
        SyntaxKind.Plus or SyntaxKind.Minus => 9,
        SyntaxKind.Star or SyntaxKind.Slash or SyntaxKind.DoubleSlash or SyntaxKind.Percent or SyntaxKind.At => 10,
        _ => 0,
    };

    /// <summary>star_expressions: one star_expression, or a tuple without parentheses when commas follow.</summary>
    private GreenNode ParseStarExpressions()
    {
        var first = ParseStarExpression();
        if (CurrentKind != SyntaxKind.Comma) return first;
        var elements = RentList();
        elements.Add(first);
        while (CurrentKind == SyntaxKind.Comma)
        {
            elements.Add(EatToken());
            if (!CanStartStarExpression(CurrentKind)) break;
            elements.Add(ParseStarExpression());
        }
        return GreenFactory.TupleExpression(null, ToGreenList(elements), null);
    }

    private GreenNode ParseStarExpression() =>
        CurrentKind == SyntaxKind.Star ? ParseStarred() : ParseExpression();

    private GreenNode ParseStarNamedExpression() =>
        CurrentKind == SyntaxKind.Star ? ParseStarred() : ParseNamedExpression();

    private GreenNode ParseStarred()
    {
        var star = EatToken();
        return GreenFactory.StarredExpression(star, ParseBinary(PrecedenceBitwiseOr));
    }

    /// <summary>named_expression: NAME ':=' expression, or an expression.</summary>
    private GreenNode ParseNamedExpression()
    {
        if (CurrentKind == SyntaxKind.Identifier && PeekKind(1) == SyntaxKind.ColonEquals)
        {
            var name = GreenFactory.NameExpression(EatToken());
            var colonEquals = EatToken();
            return GreenFactory.NamedExpression(name, colonEquals, ParseExpression());
        }
        return ParseExpression();
    }

    /// <summary>expression: a conditional expression, a lambda, or a disjunction.</summary>
    private GreenNode ParseExpression()
    {
        if (CurrentKind == SyntaxKind.LambdaKeyword) return ParseLambda();
        var body = ParseBinary(PrecedenceOr);
        if (CurrentKind != SyntaxKind.IfKeyword) return body;
        var ifKeyword = EatToken();
        var condition = ParseBinary(PrecedenceOr);
        GreenToken elseKeyword;
        if (CurrentKind == SyntaxKind.ElseKeyword)
        {
            elseKeyword = EatToken();
        }
        else
        {
            ReportExpected("'else' after 'if' expression");
            elseKeyword = GreenToken.Missing(SyntaxKind.ElseKeyword);
        }
        var orElse = ParseNestedExpression();
        return GreenFactory.ConditionalExpression(body, ifKeyword, condition, elseKeyword, orElse);
    }

    /// <summary>An expression that nests inside another without passing through a bracket (lambda body, else branch).</summary>
    private GreenNode ParseNestedExpression()
    {
        if (!TryEnterNesting()) return SkipTooDeepExpression();
        var result = ParseExpression();
        ExitNesting();
        return result;
    }

    private GreenNode ParseLambda()
    {
        var keyword = EatToken();
        var parameters = CurrentKind == SyntaxKind.Colon ? null : ParseParameters(isLambda: true);
        var colon = Expect(SyntaxKind.Colon);
        return GreenFactory.LambdaExpression(keyword, parameters, colon, ParseNestedExpression());
    }

    private GreenNode ParseYieldExpression()
    {
        var keyword = EatToken();
        if (CurrentKind == SyntaxKind.FromKeyword)
        {
            var from = EatToken();
            return GreenFactory.YieldExpression(keyword, from, ParseExpression());
        }
        var value = CanStartStarExpression(CurrentKind) ? ParseStarExpressions() : null;
        return GreenFactory.YieldExpression(keyword, null, value);
    }

    /// <summary>Operators of precedence <paramref name="minPrecedence"/> and tighter, left-nested.</summary>
    private GreenNode ParseBinary(int minPrecedence)
    {
        var left = ParsePrefix(minPrecedence);
        while (true)
        {
            var kind = CurrentKind;
            var precedence = BinaryPrecedence(kind);
            if (precedence < minPrecedence || precedence == 0) return left;
            if (precedence == PrecedenceComparison)
            {
                if (kind == SyntaxKind.NotKeyword && PeekKind(1) != SyntaxKind.InKeyword) return left;
                left = ParseComparison(left);
                continue;
            }
            var op = EatToken();
            var right = ParseBinary(precedence + 1);
            left = GreenFactory.BinaryExpression(left, op, right);
        }
    }

    private GreenNode ParseComparison(GreenNode left)
    {
        var clauses = RentList();
        while (true)
        {
            var kind = CurrentKind;
            if (BinaryPrecedence(kind) != PrecedenceComparison) break;
            if (kind == SyntaxKind.NotKeyword && PeekKind(1) != SyntaxKind.InKeyword) break;
            var op = EatToken();
            GreenToken? second = null;
            if (kind == SyntaxKind.NotKeyword || (kind == SyntaxKind.IsKeyword && CurrentKind == SyntaxKind.NotKeyword))
                second = EatToken();
            var right = ParseBinary(PrecedenceBitwiseOr);
            clauses.Add(GreenFactory.ComparisonClause(op, second, right));
        }
        return GreenFactory.ComparisonExpression(left, ToGreenList(clauses));
    }

    /// <summary>Prefix operators ('not', '+', '-', '~') and '**'; each level here counts toward the nesting limit.</summary>
    private GreenNode ParsePrefix(int minPrecedence)
    {
        if (!TryEnterNesting()) return SkipTooDeepExpression();
        GreenNode result;
        switch (CurrentKind)
        {
            case SyntaxKind.NotKeyword when minPrecedence <= PrecedenceNot:
            {
                var op = EatToken();
                result = GreenFactory.UnaryExpression(op, ParseBinary(PrecedenceNot));
                break;
            }
            case SyntaxKind.Plus:
            case SyntaxKind.Minus:
            case SyntaxKind.Tilde:
            {
                var op = EatToken();
                result = GreenFactory.UnaryExpression(op, ParseBinary(PrecedenceFactor));
                break;
            }
            default:
                result = ParsePower();
                break;
        }
        ExitNesting();
        return result;
    }

    private GreenNode ParsePower()
    {
        GreenNode operand;
        if (CurrentKind == SyntaxKind.AwaitKeyword)
        {
            var awaitKeyword = EatToken();
            operand = GreenFactory.AwaitExpression(awaitKeyword, ParsePrimary());
        }
        else
        {
            operand = ParsePrimary();
        }
        if (CurrentKind != SyntaxKind.DoubleStar) return operand;
        var op = EatToken();
        return GreenFactory.BinaryExpression(operand, op, ParseBinary(PrecedenceFactor));
    }

    /// <summary>An atom followed by attribute accesses, calls and subscripts.</summary>
    private GreenNode ParsePrimary()
    {
        var expression = ParseAtom();
        while (true)
        {
            switch (CurrentKind)
            {
                case SyntaxKind.Dot:
                {
                    var dot = EatToken();
                    expression = GreenFactory.AttributeExpression(expression, dot, ExpectIdentifier());
                    break;
                }
                case SyntaxKind.OpenParen:
                    expression = GreenFactory.CallExpression(expression, ParseArgumentList());
                    break;
                case SyntaxKind.OpenBracket:
                    expression = ParseSubscript(expression);
                    break;
                default:
                    return expression;
            }
        }
    }

    private GreenNode ParseSubscript(GreenNode value)
    {
        var openBracket = EatToken();
        var elements = RentList();
        while (true)
        {
            elements.Add(ParseSubscriptElement());
            if (CurrentKind != SyntaxKind.Comma) break;
            elements.Add(EatToken());
            if (CurrentKind == SyntaxKind.CloseBracket) break;
        }
        var elementList = ToGreenList(elements);
        return GreenFactory.SubscriptExpression(value, openBracket, elementList, ExpectClosing(SyntaxKind.CloseBracket));
    }

    private GreenNode ParseSubscriptElement()
    {
        if (CurrentKind == SyntaxKind.Star)
        {
            var star = EatToken();
            return GreenFactory.StarredExpression(star, ParseExpression());
        }
        var lower = CurrentKind == SyntaxKind.Colon ? null : ParseNamedExpression();
        if (CurrentKind != SyntaxKind.Colon) return lower!;
        var colon = EatToken();
        var upper = CanStartExpression(CurrentKind) ? ParseExpression() : null;
        GreenToken? secondColon = null;
        GreenNode? step = null;
        if (CurrentKind == SyntaxKind.Colon)
        {
            secondColon = EatToken();
            step = CanStartExpression(CurrentKind) ? ParseExpression() : null;
        }
        return GreenFactory.SliceExpression(lower, colon, upper, secondColon, step);
    }

    // ------------------------------------------------------------------ targets

    /// <summary>star_targets of for loops and comprehensions: items at bitwise-or level so that 'in' ends them.</summary>
    private GreenNode ParseTargetList()
    {
        var first = ParseTargetItem();
        GreenNode target;
        if (CurrentKind != SyntaxKind.Comma)
        {
            target = first;
        }
        else
        {
            var elements = RentList();
            elements.Add(first);
            while (CurrentKind == SyntaxKind.Comma)
            {
                elements.Add(EatToken());
                if (!CanStartStarExpression(CurrentKind)) break;
                elements.Add(ParseTargetItem());
            }
            target = GreenFactory.TupleExpression(null, ToGreenList(elements), null);
        }
        ValidateTarget(target, LastFullEnd - target.FullWidth, TargetContext.Assignment);
        return target;
    }

    private GreenNode ParseTargetItem() =>
        CurrentKind == SyntaxKind.Star ? ParseStarred() : ParseBinary(PrecedenceBitwiseOr);
}
