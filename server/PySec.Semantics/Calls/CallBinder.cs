using PySec.Syntax;

namespace PySec.Semantics;

/// <summary>Python's argument-to-parameter matching, made conservative: what a star argument may fill is "unknown".</summary>
internal static class CallBinder
{
    public static CallBinding Bind(CallExpressionSyntax call, string? calleeName, Signature? signature)
    {
        var positional = new List<ArgumentSyntax>();
        var unmatched = new List<ArgumentSyntax>();
        var byParameter = new Dictionary<string, BoundArgument>(StringComparer.Ordinal);
        bool star = false, doubleStar = false;
        var collectedPositional = new List<ArgumentSyntax>();
        var collectedKeywords = new List<ArgumentSyntax>();

        var parameters = signature?.Parameters ?? [];
        var positionalParameters = parameters.Where(p => p.Kind is ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword).ToList();
        var varPositional = parameters.FirstOrDefault(p => p.Kind == ParameterKind.VarPositional);
        var varKeyword = parameters.FirstOrDefault(p => p.Kind == ParameterKind.VarKeyword);
        var next = 0;

        foreach (var argument in call.Arguments.Arguments)
        {
            switch (argument.Star?.Text)
            {
                case "*":
                    star = true;
                    continue;
                case "**":
                    doubleStar = true;
                    continue;
            }
            if (argument.Name is not { } keyword)
            {
                positional.Add(argument);
                if (signature is null) continue;
                // After `*xs` the position of a plain argument is unknown; it may fill any remaining parameter.
                if (star) unmatched.Add(argument);
                else if (next < positionalParameters.Count) byParameter[positionalParameters[next].Name] = Bound(positionalParameters[next++].Name, argument);
                else if (varPositional is not null) collectedPositional.Add(argument);
                else unmatched.Add(argument);
                continue;
            }
            if (signature is null) continue;
            var parameter = signature.Find(keyword.Text);
            if (parameter is { Kind: ParameterKind.PositionalOrKeyword or ParameterKind.KeywordOnly } && !byParameter.ContainsKey(parameter.Name))
                byParameter[parameter.Name] = Bound(parameter.Name, argument);
            else if (varKeyword is not null && parameter is null or { Kind: ParameterKind.PositionalOnly }) collectedKeywords.Add(argument);
            else unmatched.Add(argument);
        }

        if (signature is not null)
        {
            var ordered = new Dictionary<string, BoundArgument>(StringComparer.Ordinal);
            foreach (var parameter in parameters)
            {
                ordered[parameter.Name] = parameter.Kind switch
                {
                    ParameterKind.VarPositional => Collected(parameter.Name, collectedPositional, star),
                    ParameterKind.VarKeyword => Collected(parameter.Name, collectedKeywords, doubleStar),
                    _ when byParameter.TryGetValue(parameter.Name, out var bound) => bound,
                    ParameterKind.PositionalOnly when star => Unknown(parameter.Name),
                    ParameterKind.PositionalOrKeyword when star || doubleStar => Unknown(parameter.Name),
                    ParameterKind.KeywordOnly when doubleStar => Unknown(parameter.Name),
                    _ => BoundArgument.Missing(parameter.Name),
                };
            }
            byParameter = ordered;
        }
        return new CallBinding(call, calleeName, signature, byParameter, positional, unmatched, star, doubleStar);
    }

    private static BoundArgument Bound(string parameter, ArgumentSyntax argument) => new(parameter, ArgumentState.Bound, [argument]);

    private static BoundArgument Unknown(string parameter) => new(parameter, ArgumentState.Unknown, []);

    private static BoundArgument Collected(string parameter, List<ArgumentSyntax> arguments, bool unpacked) =>
        unpacked ? new BoundArgument(parameter, ArgumentState.Unknown, arguments)
        : arguments.Count > 0 ? new BoundArgument(parameter, ArgumentState.Bound, arguments)
        : BoundArgument.Missing(parameter);
}
