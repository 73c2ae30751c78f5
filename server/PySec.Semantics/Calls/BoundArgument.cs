using PySec.Syntax;

namespace PySec.Semantics;

public enum ArgumentState
{
    /// <summary>No argument reaches the parameter: its default applies.</summary>
    Missing,
    Bound,
    /// <summary>A <c>*args</c> or <c>**kwargs</c> at the call site may or may not supply it.</summary>
    Unknown,
}

/// <summary>
/// What a call passes to one parameter. For <c>*args</c>/<c>**kwargs</c> parameters <see cref="Arguments"/> holds
/// every argument collected; otherwise at most one.
/// </summary>
public sealed record BoundArgument(string Parameter, ArgumentState State, IReadOnlyList<ArgumentSyntax> Arguments)
{
    public static BoundArgument Missing(string parameter) => new(parameter, ArgumentState.Missing, []);

    public bool IsPresent => State == ArgumentState.Bound;

    /// <summary>The first argument's value expression.</summary>
    public ExpressionSyntax? Value => Arguments.Count > 0 ? Arguments[0].Value : null;

    /// <summary>The single argument passed to the parameter (null when missing, unknown or collected by a star parameter).</summary>
    public ArgumentSyntax? Argument => Arguments.Count == 1 ? Arguments[0] : null;
}
