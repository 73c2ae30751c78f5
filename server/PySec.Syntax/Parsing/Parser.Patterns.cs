using PySec.Syntax.Green;

namespace PySec.Syntax.Parsing;

// Match-statement patterns (PEP 634).
internal sealed partial class Parser
{
    private static bool CanStartPattern(SyntaxKind kind) => kind is
        SyntaxKind.Identifier or SyntaxKind.Number or SyntaxKind.Minus or SyntaxKind.String
        or SyntaxKind.FStringStart or SyntaxKind.TStringStart or SyntaxKind.NoneKeyword or SyntaxKind.TrueKeyword
        or SyntaxKind.FalseKeyword or SyntaxKind.OpenParen or SyntaxKind.OpenBracket or SyntaxKind.OpenBrace
        or SyntaxKind.Star;

    /// <summary>The pattern of a case clause: a pattern, or an open sequence `a, *rest`.</summary>
    private GreenNode ParsePatterns()
    {
        var first = ParseMaybeStarPattern();
        if (CurrentKind != SyntaxKind.Comma)
        {
            if (first.Kind == SyntaxKind.StarPattern)
                Report(ParserDiagnosticCodes.InvalidPattern, SpanOfLastNode(first), "star pattern must be inside a sequence pattern");
            return first;
        }
        var patterns = RentList();
        patterns.Add(first);
        ParseMorePatterns(patterns, SyntaxKind.Colon);
        return GreenFactory.SequencePattern(null, ToGreenList(patterns), null);
    }

    private void ParseMorePatterns(List<GreenNode> patterns, SyntaxKind closer)
    {
        while (CurrentKind == SyntaxKind.Comma)
        {
            patterns.Add(EatToken());
            if (CurrentKind == closer || !CanStartPattern(CurrentKind)) return;
            patterns.Add(ParseMaybeStarPattern());
        }
    }

    private GreenNode ParseMaybeStarPattern()
    {
        if (CurrentKind != SyntaxKind.Star) return ParsePattern();
        var star = EatToken();
        return GreenFactory.StarPattern(star, ExpectIdentifier());
    }

    private GreenNode ParsePattern()
    {
        var pattern = ParseOrPattern();
        if (CurrentKind != SyntaxKind.AsKeyword) return pattern;
        var asKeyword = EatToken();
        var name = ExpectIdentifier();
        if (name.Text == "_")
            Report(ParserDiagnosticCodes.InvalidPattern, SpanOfLastNode(name), "cannot use '_' as a target");
        return GreenFactory.AsPattern(pattern, asKeyword, name);
    }

    private GreenNode ParseOrPattern()
    {
        var first = ParseClosedPattern();
        if (CurrentKind != SyntaxKind.Pipe) return first;
        var patterns = RentList();
        patterns.Add(first);
        while (CurrentKind == SyntaxKind.Pipe)
        {
            patterns.Add(EatToken());
            patterns.Add(ParseClosedPattern());
        }
        return GreenFactory.OrPattern(ToGreenList(patterns));
    }

    private GreenNode ParseClosedPattern()
    {
        if (!TryEnterNesting())
        {
            ReportTooDeep();
            SkipBalancedUntilTerminator();
            return GreenFactory.CapturePattern(GreenToken.Missing(SyntaxKind.Identifier));
        }
        GreenNode result;
        switch (CurrentKind)
        {
            case SyntaxKind.Number:
            case SyntaxKind.Minus:
                result = GreenFactory.ValuePattern(ParseSignedNumber());
                break;
            case SyntaxKind.String:
            case SyntaxKind.FStringStart:
            case SyntaxKind.TStringStart:
                result = GreenFactory.ValuePattern(ParseLiteralString());
                break;
            case SyntaxKind.NoneKeyword:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
                result = GreenFactory.ValuePattern(GreenFactory.KeywordLiteralExpression(EatToken()));
                break;
            case SyntaxKind.Identifier:
                result = ParseNamePattern();
                break;
            case SyntaxKind.OpenParen:
                result = ParseParenthesizedPattern();
                break;
            case SyntaxKind.OpenBracket:
            {
                var openBracket = EatToken();
                var patterns = RentList();
                if (CurrentKind != SyntaxKind.CloseBracket && CanStartPattern(CurrentKind))
                {
                    patterns.Add(ParseMaybeStarPattern());
                    ParseMorePatterns(patterns, SyntaxKind.CloseBracket);
                }
                var patternList = ToGreenList(patterns);
                result = GreenFactory.SequencePattern(openBracket, patternList, ExpectClosing(SyntaxKind.CloseBracket));
                break;
            }
            case SyntaxKind.OpenBrace:
                result = ParseMappingPattern();
                break;
            default:
                ReportExpected("pattern");
                result = GreenFactory.CapturePattern(GreenToken.Missing(SyntaxKind.Identifier));
                break;
        }
        ExitNesting();
        return result;
    }

    /// <summary>A number, a negated number, or a complex literal `real +/- imaginary`.</summary>
    private GreenNode ParseSignedNumber()
    {
        GreenNode real;
        if (CurrentKind == SyntaxKind.Minus)
        {
            var minus = EatToken();
            real = GreenFactory.UnaryExpression(minus, GreenFactory.NumberExpression(Expect(SyntaxKind.Number)));
        }
        else
        {
            real = GreenFactory.NumberExpression(EatToken());
        }
        if (CurrentKind is not (SyntaxKind.Plus or SyntaxKind.Minus) || PeekKind(1) != SyntaxKind.Number) return real;
        if (IsImaginary(LastNumberText(real)))
            Report(ParserDiagnosticCodes.InvalidPattern, SpanOfLastNode(real), "real number required in complex literal");
        var op = EatToken();
        var imaginary = EatToken();
        if (!IsImaginary(imaginary.Text))
            Report(ParserDiagnosticCodes.InvalidPattern, SpanOfLastNode(imaginary), "imaginary number required in complex literal");
        return GreenFactory.BinaryExpression(real, op, GreenFactory.NumberExpression(imaginary));
    }

    private static string LastNumberText(GreenNode number) =>
        number.Kind == SyntaxKind.UnaryExpression
            ? ((GreenToken)number.GetSlot(1)!.GetSlot(0)!).Text
            : ((GreenToken)number.GetSlot(0)!).Text;

    private static bool IsImaginary(string text) => text.Length > 0 && text[^1] is 'j' or 'J';

    private GreenNode ParseLiteralString()
    {
        var literal = ParseStringLiteral();
        var parts = literal.GetSlot(0);
        for (var i = 0; parts is not null && i < parts.SlotCount; i++)
        {
            if (parts.GetSlot(i)!.Kind == SyntaxKind.FString)
            {
                Report(ParserDiagnosticCodes.InvalidPattern, SpanOfLastNode(literal),
                    "patterns may only match literals and attribute lookups");
                break;
            }
        }
        return literal;
    }

    /// <summary>A capture, the wildcard, a dotted value, or a class pattern.</summary>
    private GreenNode ParseNamePattern()
    {
        var name = EatToken();
        if (CurrentKind is not (SyntaxKind.Dot or SyntaxKind.OpenParen))
            return name.Text == "_" ? GreenFactory.WildcardPattern(name) : GreenFactory.CapturePattern(name);
        GreenNode value = GreenFactory.NameExpression(name);
        while (CurrentKind == SyntaxKind.Dot)
        {
            var dot = EatToken();
            value = GreenFactory.AttributeExpression(value, dot, ExpectIdentifier());
        }
        return CurrentKind == SyntaxKind.OpenParen ? ParseClassPattern(value) : GreenFactory.ValuePattern(value);
    }

    private GreenNode ParseClassPattern(GreenNode classExpression)
    {
        var openParen = EatToken();
        var arguments = RentList();
        var sawKeyword = false;
        while (CanStartPattern(CurrentKind))
        {
            GreenNode argument;
            if (CurrentKind == SyntaxKind.Identifier && PeekKind(1) == SyntaxKind.Equals)
            {
                var name = EatToken();
                var equalsToken = EatToken();
                argument = GreenFactory.KeywordPattern(name, equalsToken, ParsePattern());
                sawKeyword = true;
            }
            else
            {
                argument = ParsePattern();
                if (sawKeyword)
                    Report(ParserDiagnosticCodes.InvalidPattern, SpanOfLastNode(argument),
                        "positional patterns follow keyword patterns");
            }
            arguments.Add(argument);
            if (CurrentKind != SyntaxKind.Comma) break;
            arguments.Add(EatToken());
        }
        var argumentList = ToGreenList(arguments);
        return GreenFactory.ClassPattern(classExpression, openParen, argumentList, ExpectClosing(SyntaxKind.CloseParen));
    }

    private GreenNode ParseParenthesizedPattern()
    {
        var openParen = EatToken();
        if (CurrentKind == SyntaxKind.CloseParen) return GreenFactory.SequencePattern(openParen, null, EatToken());
        var first = ParseMaybeStarPattern();
        if (CurrentKind == SyntaxKind.Comma)
        {
            var patterns = RentList();
            patterns.Add(first);
            ParseMorePatterns(patterns, SyntaxKind.CloseParen);
            var patternList = ToGreenList(patterns);
            return GreenFactory.SequencePattern(openParen, patternList, ExpectClosing(SyntaxKind.CloseParen));
        }
        if (first.Kind == SyntaxKind.StarPattern)
        {
            // (*rest) is not a sequence: only a comma makes one.
            Report(ParserDiagnosticCodes.InvalidPattern, SpanOfLastNode(first), "star pattern must be inside a sequence pattern");
            var single = RentList();
            single.Add(first);
            var singleList = ToGreenList(single);
            return GreenFactory.SequencePattern(openParen, singleList, ExpectClosing(SyntaxKind.CloseParen));
        }
        return GreenFactory.GroupPattern(openParen, first, ExpectClosing(SyntaxKind.CloseParen));
    }

    private GreenNode ParseMappingPattern()
    {
        var openBrace = EatToken();
        var entries = RentList();
        var sawRest = false;
        while (CurrentKind == SyntaxKind.DoubleStar || CanStartPattern(CurrentKind))
        {
            if (sawRest) ReportAtCurrent(ParserDiagnosticCodes.InvalidPattern, "double star pattern must be last");
            GreenNode entry;
            if (CurrentKind == SyntaxKind.DoubleStar)
            {
                var doubleStar = EatToken();
                entry = GreenFactory.DoubleStarPattern(doubleStar, ExpectIdentifier());
                sawRest = true;
            }
            else
            {
                var key = ParseMappingKey();
                var colon = Expect(SyntaxKind.Colon);
                entry = GreenFactory.MappingPatternEntry(key, colon, ParsePattern());
            }
            entries.Add(entry);
            if (CurrentKind != SyntaxKind.Comma) break;
            entries.Add(EatToken());
        }
        var entryList = ToGreenList(entries);
        return GreenFactory.MappingPattern(openBrace, entryList, ExpectClosing(SyntaxKind.CloseBrace));
    }

    private GreenNode ParseMappingKey()
    {
        switch (CurrentKind)
        {
            case SyntaxKind.Number:
            case SyntaxKind.Minus:
                return ParseSignedNumber();
            case SyntaxKind.String:
            case SyntaxKind.FStringStart:
            case SyntaxKind.TStringStart:
                return ParseLiteralString();
            case SyntaxKind.NoneKeyword:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
                return GreenFactory.KeywordLiteralExpression(EatToken());
            case SyntaxKind.Identifier:
            {
                GreenNode value = GreenFactory.NameExpression(EatToken());
                if (CurrentKind != SyntaxKind.Dot)
                {
                    Report(ParserDiagnosticCodes.InvalidPattern, SpanOfLastNode(value),
                        "mapping pattern keys may only match literals and attribute lookups");
                    return value;
                }
                while (CurrentKind == SyntaxKind.Dot)
                {
                    var dot = EatToken();
                    value = GreenFactory.AttributeExpression(value, dot, ExpectIdentifier());
                }
                return value;
            }
            default:
                ReportAtCurrent(ParserDiagnosticCodes.InvalidPattern, "mapping pattern keys may only match literals and attribute lookups");
                return ParseBinary(PrecedenceBitwiseOr);
        }
    }
}
