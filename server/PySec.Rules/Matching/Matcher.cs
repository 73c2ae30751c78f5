using PySec.Syntax;

namespace PySec.Rules.Matching;

/// <summary>
/// A compiled declarative condition on one node. <see cref="Kinds"/> tells the engine which nodes to offer it
/// (null: any node, for conditions on context that only make sense inside <c>all</c>), and
/// <see cref="CallNames"/> lets the engine offer a call only to the rules that name its callee (or, with
/// <see cref="CallMethods"/>, its method), and <see cref="IdentifierNames"/> a name or attribute only to the rules
/// that name its identifier, so that most nodes never become red nodes.
/// </summary>
internal abstract class Matcher
{
    public abstract IReadOnlySet<SyntaxKind>? Kinds { get; }

    /// <summary>The callee names a call must have to match, or null when any call may.</summary>
    public virtual NameSet? CallNames => null;

    /// <summary>With <see cref="CallNames"/>: method names whose calls may match whatever their callee resolves to.</summary>
    public virtual IReadOnlySet<string>? CallMethods => null;

    /// <summary>
    /// For names and attributes: the identifiers (the last part of <c>a.b.c</c>) the node must have to match, besides
    /// names an import binds under an alias; null when any may.
    /// </summary>
    public virtual IReadOnlySet<string>? IdentifierNames => null;

    /// <summary>For arguments: whether only one passed by keyword (<c>name=value</c>) can match.</summary>
    public virtual bool RequiresKeywordArgument => false;

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
