using PySec.Syntax;

namespace PySec.Rules.Matching;

/// <summary>
/// A compiled declarative condition on one node. <see cref="Kinds"/> tells the engine which nodes to offer it
/// (null: any node, for conditions on context that only make sense inside <c>all</c>), and
/// <see cref="CallNames"/> lets the engine offer a call only to the rules that name its callee.
/// </summary>
internal abstract class Matcher
{
    public abstract IReadOnlySet<SyntaxKind>? Kinds { get; }

    /// <summary>The callee names a call must have to match, or null when any call may.</summary>
    public virtual NameSet? CallNames => null;

    public Severity? Severity { get; init; }
    public Confidence? Confidence { get; init; }
    public string? Message { get; init; }

    public bool Match(MatchContext context, MatchResult result)
    {
        // A condition on another kind of node (a fix's `when`, a part of `all`) simply does not hold.
        if (Kinds is { } kinds && !kinds.Contains(context.Node.Kind)) return false;
        if (!MatchCore(context, result)) return false;
        result.Severity ??= Severity;
        result.Confidence ??= Confidence;
        result.Message ??= Message;
        return true;
    }

    protected abstract bool MatchCore(MatchContext context, MatchResult result);

    protected static HashSet<SyntaxKind> KindsOf(params SyntaxKind[] kinds) => [.. kinds];
}
