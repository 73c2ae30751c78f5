using PySec.Syntax.Green;

namespace PySec.Syntax.Parsing;

// Call arguments, function and lambda parameters, PEP 695 type parameters.
internal sealed partial class Parser
{
    /// <param name="isClassBases">Class bases: CPython's grammar has no bare generator argument there.</param>
    private GreenNode ParseArgumentList(bool isClassBases = false)
    {
        var openParen = EatToken();
        var arguments = RentList();
        var sawKeyword = false;
        var sawDoubleStar = false;
        var argumentCount = 0;
        var trailingComma = false;
        GreenNode? bareGenerator = null;
        var bareGeneratorStart = 0;
        while (CanStartExpression(CurrentKind) || CurrentKind is SyntaxKind.Star or SyntaxKind.DoubleStar)
        {
            GreenNode argument;
            switch (CurrentKind)
            {
                case SyntaxKind.Star:
                {
                    var star = EatToken();
                    var value = ParseExpression();
                    argument = GreenFactory.Argument(star, null, null, value);
                    if (sawDoubleStar)
                        Report(ParserDiagnosticCodes.InvalidArguments, SpanOfLastNode(argument),
                            "iterable argument unpacking follows keyword argument unpacking");
                    break;
                }
                case SyntaxKind.DoubleStar:
                {
                    var doubleStar = EatToken();
                    argument = GreenFactory.Argument(doubleStar, null, null, ParseExpression());
                    sawDoubleStar = true;
                    break;
                }
                case SyntaxKind.Identifier when PeekKind(1) == SyntaxKind.Equals:
                {
                    var name = EatToken();
                    var equalsToken = EatToken();
                    argument = GreenFactory.Argument(null, name, equalsToken, ParseExpression());
                    sawKeyword = true;
                    break;
                }
                default:
                {
                    var value = ParseNamedExpression();
                    var valueStart = LastFullEnd - value.FullWidth;
                    if (IsComprehensionStart())
                    {
                        ReportStarredInComprehension(value, valueStart);
                        value = GreenFactory.GeneratorExpression(null, value, ParseComprehensionClauses(), null);
                        bareGenerator ??= value;
                        if (ReferenceEquals(bareGenerator, value)) bareGeneratorStart = valueStart;
                    }
                    argument = GreenFactory.Argument(null, null, null, value);
                    if (sawDoubleStar)
                        Report(ParserDiagnosticCodes.InvalidArguments, SpanOfLastNode(argument),
                            "positional argument follows keyword argument unpacking");
                    else if (sawKeyword)
                        Report(ParserDiagnosticCodes.InvalidArguments, SpanOfLastNode(argument),
                            "positional argument follows keyword argument");
                    break;
                }
            }
            arguments.Add(argument);
            argumentCount++;
            trailingComma = false;
            if (CurrentKind != SyntaxKind.Comma) break;
            arguments.Add(EatToken());
            trailingComma = true;
        }
        if (bareGenerator is not null && isClassBases)
            Report(ParserDiagnosticCodes.InvalidSyntax, SpanAt(bareGenerator, bareGeneratorStart), "invalid syntax");
        else if (bareGenerator is not null && (argumentCount > 1 || trailingComma))
            Report(ParserDiagnosticCodes.InvalidArguments, SpanAt(bareGenerator, bareGeneratorStart),
                "Generator expression must be parenthesized");
        var argumentList = ToGreenList(arguments);
        return GreenFactory.ArgumentList(openParen, argumentList, ExpectClosing(SyntaxKind.CloseParen));
    }

    private GreenNode ParseParameterList()
    {
        if (CurrentKind != SyntaxKind.OpenParen)
        {
            ReportExpected(SyntaxKind.OpenParen);
            return GreenFactory.ParameterList(GreenToken.Missing(SyntaxKind.OpenParen), null,
                GreenToken.Missing(SyntaxKind.CloseParen));
        }
        var openParen = EatToken();
        var parameters = ParseParameterItems(isLambda: false);
        return GreenFactory.ParameterList(openParen, parameters, ExpectClosing(SyntaxKind.CloseParen));
    }

    /// <summary>Lambda parameters: no parentheses and no annotations.</summary>
    private GreenNode ParseParameters(bool isLambda) =>
        GreenFactory.ParameterList(null, ParseParameterItems(isLambda), null);

    private GreenList? ParseParameterItems(bool isLambda)
    {
        var closer = isLambda ? SyntaxKind.Colon : SyntaxKind.CloseParen;
        var items = RentList();
        var count = 0;
        var sawSlash = false;
        var sawStar = false;
        var sawDoubleStar = false;
        var sawDefault = false;
        GreenNode? bareStar = null;
        var bareStarStart = 0;
        while (CurrentKind is SyntaxKind.Identifier or SyntaxKind.Star or SyntaxKind.DoubleStar or SyntaxKind.Slash)
        {
            if (sawDoubleStar)
                ReportAtCurrent(ParserDiagnosticCodes.InvalidParameters, "arguments cannot follow var-keyword argument");
            GreenNode item;
            switch (CurrentKind)
            {
                case SyntaxKind.Slash:
                    item = GreenFactory.ParameterSeparator(EatToken());
                    if (count == 0)
                        Report(ParserDiagnosticCodes.InvalidParameters, SpanOfLastNode(item), "at least one argument must precede /");
                    else if (sawSlash)
                        Report(ParserDiagnosticCodes.InvalidParameters, SpanOfLastNode(item), "/ may appear only once");
                    else if (sawStar)
                        Report(ParserDiagnosticCodes.InvalidParameters, SpanOfLastNode(item), "/ must be ahead of *");
                    sawSlash = true;
                    break;
                case SyntaxKind.Star when PeekKind(1) == SyntaxKind.Comma || PeekKind(1) == closer:
                    item = GreenFactory.ParameterSeparator(EatToken());
                    if (sawStar)
                        Report(ParserDiagnosticCodes.InvalidParameters, SpanOfLastNode(item), "* argument may appear only once");
                    sawStar = true;
                    bareStar = item;
                    bareStarStart = LastFullEnd - item.FullWidth;
                    break;
                case SyntaxKind.Star:
                {
                    if (sawStar) ReportAtCurrent(ParserDiagnosticCodes.InvalidParameters, "* argument may appear only once");
                    sawStar = true;
                    item = ParseParameter(EatToken(), isLambda, "var-positional argument cannot have default value");
                    break;
                }
                case SyntaxKind.DoubleStar:
                    if (bareStar is not null)
                        Report(ParserDiagnosticCodes.InvalidParameters, SpanAt(bareStar, bareStarStart),
                            "named arguments must follow bare *");
                    bareStar = null;
                    item = ParseParameter(EatToken(), isLambda, "var-keyword argument cannot have default value");
                    sawDoubleStar = true;
                    break;
                default:
                {
                    bareStar = null;
                    item = ParseParameter(null, isLambda, null);
                    var hasDefault = item.GetSlot(5) is not null;
                    if (hasDefault) sawDefault = true;
                    else if (sawDefault && !sawStar)
                        Report(ParserDiagnosticCodes.InvalidParameters, SpanOfLastNode(item),
                            "parameter without a default follows parameter with a default");
                    break;
                }
            }
            items.Add(item);
            count++;
            if (CurrentKind != SyntaxKind.Comma) break;
            items.Add(EatToken());
        }
        if (bareStar is not null)
            Report(ParserDiagnosticCodes.InvalidParameters, SpanAt(bareStar, bareStarStart), "named arguments must follow bare *");
        return ToGreenList(items);
    }

    /// <param name="star">'*' or '**' already consumed, or null for a plain parameter.</param>
    /// <param name="defaultError">The error for a default value, when this kind of parameter cannot have one.</param>
    private GreenNode ParseParameter(GreenToken? star, bool isLambda, string? defaultError)
    {
        var name = ExpectIdentifier();
        GreenToken? colon = null, equalsToken = null;
        GreenNode? annotation = null, defaultValue = null;
        if (!isLambda && CurrentKind == SyntaxKind.Colon)
        {
            colon = EatToken();
            // PEP 646: *args: *Ts
            annotation = star is { Kind: SyntaxKind.Star } ? ParseStarExpression() : ParseExpression();
        }
        if (CurrentKind == SyntaxKind.Equals)
        {
            if (defaultError is not null) ReportAtCurrent(ParserDiagnosticCodes.InvalidParameters, defaultError);
            equalsToken = EatToken();
            defaultValue = ParseExpression();
        }
        return GreenFactory.Parameter(star, name, colon, annotation, equalsToken, defaultValue);
    }

    private GreenNode ParseTypeParameterList()
    {
        var openBracket = EatToken();
        var parameters = RentList();
        if (CurrentKind == SyntaxKind.CloseBracket)
            ReportAtCurrent(ParserDiagnosticCodes.InvalidSyntax, "Type parameter list cannot be empty");
        while (CurrentKind is SyntaxKind.Identifier or SyntaxKind.Star or SyntaxKind.DoubleStar)
        {
            var star = CurrentKind is SyntaxKind.Star or SyntaxKind.DoubleStar ? EatToken() : null;
            var name = ExpectIdentifier();
            GreenToken? colon = null, equalsToken = null;
            GreenNode? bound = null, defaultValue = null;
            if (star is null && CurrentKind == SyntaxKind.Colon)
            {
                colon = EatToken();
                bound = ParseExpression();
            }
            if (CurrentKind == SyntaxKind.Equals)
            {
                equalsToken = EatToken();
                defaultValue = star is { Kind: SyntaxKind.Star } ? ParseStarExpression() : ParseExpression();
            }
            parameters.Add(GreenFactory.TypeParameter(star, name, colon, bound, equalsToken, defaultValue));
            if (CurrentKind != SyntaxKind.Comma) break;
            parameters.Add(EatToken());
        }
        var parameterList = ToGreenList(parameters);
        return GreenFactory.TypeParameterList(openBracket, parameterList, ExpectClosing(SyntaxKind.CloseBracket));
    }
}
