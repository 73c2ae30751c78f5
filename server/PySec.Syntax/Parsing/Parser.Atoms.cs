using PySec.Syntax.Green;

namespace PySec.Syntax.Parsing;

// Atoms: names, literals, strings, parenthesised forms, displays and comprehensions.
internal sealed partial class Parser
{
    private GreenNode ParseAtom()
    {
        switch (CurrentKind)
        {
            case SyntaxKind.Identifier:
                return GreenFactory.NameExpression(EatToken());
            case SyntaxKind.Number:
                return GreenFactory.NumberExpression(EatToken());
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
            case SyntaxKind.NoneKeyword:
                return GreenFactory.KeywordLiteralExpression(EatToken());
            case SyntaxKind.Ellipsis:
                return GreenFactory.EllipsisExpression(EatToken());
            case SyntaxKind.String:
            case SyntaxKind.FStringStart:
            case SyntaxKind.TStringStart:
                return ParseStringLiteral();
            case SyntaxKind.OpenParen:
                return ParseParenthesized();
            case SyntaxKind.OpenBracket:
                return ParseListDisplay();
            case SyntaxKind.OpenBrace:
                return ParseBraceDisplay();
            default:
                return MissingExpression();
        }
    }

    private GreenNode MissingExpression()
    {
        if (CurrentKind is SyntaxKind.NewLine or SyntaxKind.EndOfFile || IsCloseBracket(CurrentKind))
            Report(ParserDiagnosticCodes.ExpectedExpression, new PySec.Text.TextSpan(LastTextEnd, 0), "expected expression");
        else
            ReportAtCurrent(ParserDiagnosticCodes.ExpectedExpression, "expected expression");
        return GreenFactory.NameExpression(GreenToken.Missing(SyntaxKind.Identifier));
    }

    private bool IsComprehensionStart() =>
        CurrentKind == SyntaxKind.ForKeyword
        || (CurrentKind == SyntaxKind.AsyncKeyword && PeekKind(1) == SyntaxKind.ForKeyword);

    private GreenList? ParseComprehensionClauses()
    {
        var clauses = RentList();
        while (IsComprehensionStart())
        {
            var asyncKeyword = TryEat(SyntaxKind.AsyncKeyword);
            var forKeyword = EatToken();
            var target = ParseTargetList();
            var inKeyword = Expect(SyntaxKind.InKeyword);
            var iterable = ParseBinary(PrecedenceOr);
            clauses.Add(GreenFactory.ComprehensionFor(asyncKeyword, forKeyword, target, inKeyword, iterable));
            while (CurrentKind == SyntaxKind.IfKeyword)
            {
                var ifKeyword = EatToken();
                clauses.Add(GreenFactory.ComprehensionIf(ifKeyword, ParseBinary(PrecedenceOr)));
            }
        }
        return ToGreenList(clauses);
    }

    private void ReportStarredInComprehension(GreenNode element, int elementFullStart)
    {
        if (element.Kind == SyntaxKind.StarredExpression)
            Report(ParserDiagnosticCodes.InvalidStarredExpression, SpanAt(element, elementFullStart),
                "iterable unpacking cannot be used in comprehension");
        else if (element.Kind == SyntaxKind.DictUnpack)
            Report(ParserDiagnosticCodes.InvalidStarredExpression, SpanAt(element, elementFullStart),
                "dict unpacking cannot be used in dict comprehension");
    }

    /// <summary>Continues a display after its first element: (',' element)* [','].</summary>
    private void ParseMoreStarNamedElements(List<GreenNode> elements, SyntaxKind closer)
    {
        while (CurrentKind == SyntaxKind.Comma)
        {
            elements.Add(EatToken());
            if (CurrentKind == closer || !CanStartStarExpression(CurrentKind)) return;
            elements.Add(ParseStarNamedExpression());
        }
    }

    private GreenNode ParseParenthesized()
    {
        var openParen = EatToken();
        if (CurrentKind == SyntaxKind.CloseParen) return GreenFactory.TupleExpression(openParen, null, EatToken());
        if (CurrentKind == SyntaxKind.YieldKeyword)
        {
            var yield = ParseYieldExpression();
            return GreenFactory.ParenthesizedExpression(openParen, yield, ExpectClosing(SyntaxKind.CloseParen));
        }
        var first = ParseStarNamedExpression();
        var firstStart = LastFullEnd - first.FullWidth;
        if (IsComprehensionStart())
        {
            ReportStarredInComprehension(first, firstStart);
            var clauses = ParseComprehensionClauses();
            return GreenFactory.GeneratorExpression(openParen, first, clauses, ExpectClosing(SyntaxKind.CloseParen));
        }
        if (CurrentKind == SyntaxKind.Comma)
        {
            var elements = RentList();
            elements.Add(first);
            ParseMoreStarNamedElements(elements, SyntaxKind.CloseParen);
            var elementList = ToGreenList(elements);
            return GreenFactory.TupleExpression(openParen, elementList, ExpectClosing(SyntaxKind.CloseParen));
        }
        if (first.Kind == SyntaxKind.StarredExpression)
            Report(ParserDiagnosticCodes.InvalidStarredExpression, SpanAt(first, firstStart),
                "cannot use starred expression here");
        return GreenFactory.ParenthesizedExpression(openParen, first, ExpectClosing(SyntaxKind.CloseParen));
    }

    private GreenNode ParseListDisplay()
    {
        var openBracket = EatToken();
        if (CurrentKind == SyntaxKind.CloseBracket) return GreenFactory.ListExpression(openBracket, null, EatToken());
        var first = ParseStarNamedExpression();
        if (IsComprehensionStart())
        {
            ReportStarredInComprehension(first, LastFullEnd - first.FullWidth);
            var clauses = ParseComprehensionClauses();
            return GreenFactory.ListComprehension(openBracket, first, clauses, ExpectClosing(SyntaxKind.CloseBracket));
        }
        var elements = RentList();
        elements.Add(first);
        ParseMoreStarNamedElements(elements, SyntaxKind.CloseBracket);
        var elementList = ToGreenList(elements);
        return GreenFactory.ListExpression(openBracket, elementList, ExpectClosing(SyntaxKind.CloseBracket));
    }

    private GreenNode ParseBraceDisplay()
    {
        var openBrace = EatToken();
        if (CurrentKind == SyntaxKind.CloseBrace) return GreenFactory.DictExpression(openBrace, null, EatToken());

        GreenNode firstElement;
        if (CurrentKind == SyntaxKind.DoubleStar)
        {
            var doubleStar = EatToken();
            firstElement = GreenFactory.DictUnpack(doubleStar, ParseBinary(PrecedenceBitwiseOr));
        }
        else
        {
            var first = ParseStarNamedExpression();
            if (CurrentKind != SyntaxKind.Colon || first.Kind == SyntaxKind.StarredExpression)
                return ParseSetRest(openBrace, first);
            var colon = EatToken();
            var value = ParseExpression();
            if (IsComprehensionStart())
            {
                var clauses = ParseComprehensionClauses();
                return GreenFactory.DictComprehension(openBrace, first, colon, value, clauses,
                    ExpectClosing(SyntaxKind.CloseBrace));
            }
            firstElement = GreenFactory.DictEntry(first, colon, value);
        }
        if (IsComprehensionStart())
        {
            // {**a for ...}: report, and keep '**' and the clauses in a set comprehension so that nothing is lost.
            ReportStarredInComprehension(firstElement, LastFullEnd - firstElement.FullWidth);
            var unpacked = GreenFactory.StarredExpression((GreenToken)firstElement.GetSlot(0)!, firstElement.GetSlot(1)!);
            var clauses = ParseComprehensionClauses();
            return GreenFactory.SetComprehension(openBrace, unpacked, clauses, ExpectClosing(SyntaxKind.CloseBrace));
        }
        var elements = RentList();
        elements.Add(firstElement);
        while (CurrentKind == SyntaxKind.Comma)
        {
            elements.Add(EatToken());
            if (CurrentKind == SyntaxKind.DoubleStar)
            {
                var doubleStar = EatToken();
                elements.Add(GreenFactory.DictUnpack(doubleStar, ParseBinary(PrecedenceBitwiseOr)));
                continue;
            }
            if (!CanStartExpression(CurrentKind)) break;
            var key = ParseExpression();
            var colon = Expect(SyntaxKind.Colon);
            elements.Add(GreenFactory.DictEntry(key, colon, ParseExpression()));
        }
        var elementList = ToGreenList(elements);
        return GreenFactory.DictExpression(openBrace, elementList, ExpectClosing(SyntaxKind.CloseBrace));
    }

    private GreenNode ParseSetRest(GreenToken openBrace, GreenNode first)
    {
        if (IsComprehensionStart())
        {
            ReportStarredInComprehension(first, LastFullEnd - first.FullWidth);
            var clauses = ParseComprehensionClauses();
            return GreenFactory.SetComprehension(openBrace, first, clauses, ExpectClosing(SyntaxKind.CloseBrace));
        }
        var elements = RentList();
        elements.Add(first);
        ParseMoreStarNamedElements(elements, SyntaxKind.CloseBrace);
        var elementList = ToGreenList(elements);
        return GreenFactory.SetExpression(openBrace, elementList, ExpectClosing(SyntaxKind.CloseBrace));
    }

    // ------------------------------------------------------------------ strings

    /// <summary>One or more adjacent string literals, implicitly concatenated.</summary>
    private GreenNode ParseStringLiteral()
    {
        var parts = RentList();
        while (true)
        {
            var kind = CurrentKind;
            if (kind == SyntaxKind.String)
            {
                CheckEscapes(raw: null);
                parts.Add(GreenFactory.PlainString(EatToken()));
            }
            else if (kind is SyntaxKind.FStringStart or SyntaxKind.TStringStart) parts.Add(ParseFString());
            else break;
        }
        return GreenFactory.StringLiteralExpression(ToGreenList(parts));
    }

    private GreenNode ParseFString()
    {
        var start = EatToken();
        var raw = start.Text.AsSpan().IndexOfAny('r', 'R') >= 0;
        var isTemplate = start.Kind == SyntaxKind.TStringStart;
        var middleKind = isTemplate ? SyntaxKind.TStringMiddle : SyntaxKind.FStringMiddle;
        var endKind = isTemplate ? SyntaxKind.TStringEnd : SyntaxKind.FStringEnd;
        var parts = RentList();
        ParseFStringParts(parts, middleKind, raw);
        var partList = ToGreenList(parts);
        // An unterminated string was reported by the lexer; the missing end needs no second diagnostic.
        var end = CurrentKind == endKind ? EatToken() : GreenToken.Missing(endKind);
        return GreenFactory.FString(start, partList, end);
    }

    private void ParseFStringParts(List<GreenNode> parts, SyntaxKind middleKind, bool raw)
    {
        while (true)
        {
            var kind = CurrentKind;
            if (kind == middleKind)
            {
                CheckEscapes(raw);
                parts.Add(GreenFactory.FStringText(EatToken()));
            }
            else if (kind == SyntaxKind.OpenBrace)
            {
                parts.Add(ParseReplacementField(middleKind, raw));
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>
    /// CPython's parser rejects malformed escapes (a truncated \x or \u, an unknown \N{name}) and non-ASCII
    /// bytes literals. Only text with a backslash or a non-ASCII character can have them, so the decoder runs
    /// on those alone.
    /// </summary>
    /// <param name="raw">For f-string text, whether the f-string is raw; null for a complete string token.</param>
    private void CheckEscapes(bool? raw)
    {
        var token = Current;
        var text = token.Text;
        var suspect = raw is null
            ? HasCheckedEscape(text) || HasNonAscii(text)
            : !raw.Value && HasCheckedEscape(text);
        if (!suspect) return;
        var start = _fullStarts[_pos] + token.LeadingTriviaWidth;
        if (raw is null) Literals.StringLiteralDecoder.Decode(text, start, _diagnostics);
        else Literals.StringLiteralDecoder.DecodeFormatText(text, start, raw.Value, _diagnostics);
    }

    /// <summary>Escapes that can be malformed: \x, \u, \U and \N need digits or a name after them.</summary>
    private static bool HasCheckedEscape(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOf('\\'); i >= 0 && i + 1 < span.Length; )
        {
            var next = span[i + 1];
            if (next is 'x' or 'u' or 'U' or 'N') return true;
            var rest = span[(i + 2)..].IndexOf('\\');
            if (rest < 0) return false;
            i += 2 + rest;
        }
        return false;
    }

    private static bool HasNonAscii(string text) => text.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f') >= 0;

    private GreenNode ParseReplacementField(SyntaxKind middleKind, bool raw)
    {
        var openBrace = EatToken();
        if (!TryEnterNesting())
        {
            var skipped = SkipTooDeepExpression();
            return GreenFactory.FStringReplacementField(openBrace, skipped, null, null, null, null,
                ExpectClosing(SyntaxKind.CloseBrace));
        }
        GreenNode expression;
        if (CurrentKind == SyntaxKind.YieldKeyword)
        {
            expression = ParseYieldExpression();
        }
        else
        {
            expression = ParseStarExpressions();
            if (expression.Kind == SyntaxKind.StarredExpression)
                Report(ParserDiagnosticCodes.InvalidStarredExpression, SpanOfLastNode(expression),
                    "f-string: cannot use starred expression here");
        }
        var debugEquals = TryEat(SyntaxKind.Equals);
        GreenToken? exclamation = null, conversion = null;
        if (CurrentKind == SyntaxKind.Exclamation)
        {
            exclamation = EatToken();
            conversion = ExpectIdentifier();
        }
        GreenNode? formatSpec = null;
        if (CurrentKind == SyntaxKind.Colon)
        {
            var colon = EatToken();
            var specParts = RentList();
            ParseFStringParts(specParts, middleKind, raw);
            formatSpec = GreenFactory.FStringFormatSpec(colon, ToGreenList(specParts));
        }
        var closeBrace = ExpectClosing(SyntaxKind.CloseBrace);
        ExitNesting();
        return GreenFactory.FStringReplacementField(openBrace, expression, debugEquals, exclamation, conversion,
            formatSpec, closeBrace);
    }
}
