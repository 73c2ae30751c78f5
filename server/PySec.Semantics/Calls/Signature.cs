namespace PySec.Semantics;

public enum ParameterKind { PositionalOnly, PositionalOrKeyword, VarPositional, KeywordOnly, VarKeyword }

public sealed record SignatureParameter(string Name, ParameterKind Kind, bool HasDefault);

/// <summary>The parameters of a known callable, written as Python signature text in <see cref="KnownSignatures"/>.</summary>
public sealed class Signature
{
    private Signature(string qualifiedName, IReadOnlyList<SignatureParameter> parameters)
    {
        QualifiedName = qualifiedName;
        Parameters = parameters;
    }

    public string QualifiedName { get; }
    public IReadOnlyList<SignatureParameter> Parameters { get; }

    public SignatureParameter? Find(string name)
    {
        foreach (var parameter in Parameters)
            if (parameter.Name == name) return parameter;
        return null;
    }

    /// <summary>Reads "module.function(a, b=1, /, c, *args, d, **kwargs)"; defaults are only noted, not kept.</summary>
    public static Signature Parse(string text)
    {
        var open = text.IndexOf('(');
        var close = text.LastIndexOf(')');
        if (open <= 0 || close < open) throw new FormatException($"not a signature: '{text}'");
        var name = text[..open].Trim();
        var parameters = new List<SignatureParameter>();
        var kind = ParameterKind.PositionalOrKeyword;
        foreach (var raw in text[(open + 1)..close].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw == "/")
            {
                for (var i = 0; i < parameters.Count; i++)
                    if (parameters[i].Kind == ParameterKind.PositionalOrKeyword) parameters[i] = parameters[i] with { Kind = ParameterKind.PositionalOnly };
                continue;
            }
            if (raw == "*")
            {
                kind = ParameterKind.KeywordOnly;
                continue;
            }
            var equals = raw.IndexOf('=');
            var hasDefault = equals >= 0;
            var parameterName = (hasDefault ? raw[..equals] : raw).Trim();
            if (parameterName.StartsWith("**", StringComparison.Ordinal))
            {
                parameters.Add(new SignatureParameter(parameterName[2..], ParameterKind.VarKeyword, false));
            }
            else if (parameterName.StartsWith('*'))
            {
                parameters.Add(new SignatureParameter(parameterName[1..], ParameterKind.VarPositional, false));
                kind = ParameterKind.KeywordOnly;
            }
            else
            {
                parameters.Add(new SignatureParameter(parameterName, kind, hasDefault));
            }
        }
        return new Signature(name, parameters);
    }

    public override string ToString() => QualifiedName;
}
