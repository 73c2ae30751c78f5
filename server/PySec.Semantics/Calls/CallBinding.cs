using PySec.Syntax;

namespace PySec.Semantics;

/// <summary>
/// The arguments of a call matched to parameters. With a known <see cref="Signature"/> positional and keyword
/// forms of a parameter are the same; without one, <see cref="Get"/> finds keywords by name only.
/// </summary>
public sealed class CallBinding
{
    private readonly Dictionary<string, BoundArgument> _byParameter;

    internal CallBinding(CallExpressionSyntax call, string? calleeName, Signature? signature,
        Dictionary<string, BoundArgument> byParameter, IReadOnlyList<ArgumentSyntax> positional,
        IReadOnlyList<ArgumentSyntax> unmatched, bool hasStarArguments, bool hasKeywordUnpacking)
    {
        Call = call;
        CalleeName = calleeName;
        Signature = signature;
        _byParameter = byParameter;
        Positional = positional;
        Unmatched = unmatched;
        HasStarArguments = hasStarArguments;
        HasKeywordUnpacking = hasKeywordUnpacking;
    }

    public CallExpressionSyntax Call { get; }
    public string? CalleeName { get; }
    public Signature? Signature { get; }

    /// <summary>The plain positional arguments, in order (starred ones excluded).</summary>
    public IReadOnlyList<ArgumentSyntax> Positional { get; }

    /// <summary>Arguments no parameter accepts (too many positionals, unknown or repeated keywords).</summary>
    public IReadOnlyList<ArgumentSyntax> Unmatched { get; }

    public bool HasStarArguments { get; }
    public bool HasKeywordUnpacking { get; }

    /// <summary>Bindings per parameter in signature order; empty without a signature.</summary>
    public IEnumerable<BoundArgument> Parameters => _byParameter.Values;

    /// <summary>What reaches the parameter <paramref name="name"/>.</summary>
    public BoundArgument Get(string name)
    {
        if (_byParameter.TryGetValue(name, out var bound)) return bound;
        if (Signature is not null) return BoundArgument.Missing(name);
        foreach (var argument in Call.Arguments.Arguments)
            if (argument.Name is { } keyword && keyword.Text == name && argument.Star is null)
                return new BoundArgument(name, ArgumentState.Bound, [argument]);
        return HasKeywordUnpacking ? new BoundArgument(name, ArgumentState.Unknown, []) : BoundArgument.Missing(name);
    }

    /// <summary>The keyword argument literally named <paramref name="name"/> at the call site, whatever the signature.</summary>
    public ArgumentSyntax? Keyword(string name)
    {
        foreach (var argument in Call.Arguments.Arguments)
            if (argument.Name is { } keyword && keyword.Text == name && argument.Star is null) return argument;
        return null;
    }
}
