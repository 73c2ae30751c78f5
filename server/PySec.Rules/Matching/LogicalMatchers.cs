using PySec.Syntax;

namespace PySec.Rules.Matching;

/// <summary>Every part matches the same node; the node kinds are those all typed parts accept.</summary>
internal sealed class AllMatcher(IReadOnlyList<Matcher> parts) : Matcher
{
    public override IReadOnlySet<SyntaxKind>? Kinds { get; } = Intersect(parts);

    // Every part must hold, so the first part that limits the calls or identifiers limits the whole.
    public override NameSet? CallNames => parts.Select(p => p.CallNames).FirstOrDefault(n => n is not null);
    public override IReadOnlySet<string>? CallMethods => parts.FirstOrDefault(p => p.CallNames is not null)?.CallMethods;
    public override IReadOnlySet<string>? IdentifierNames => parts.Select(p => p.IdentifierNames).FirstOrDefault(n => n is not null);
    public override bool RequiresKeywordArgument => parts.Any(p => p.RequiresKeywordArgument);

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        foreach (var part in parts)
            if (!part.Match(context, result)) return false;
        return true;
    }

    private static HashSet<SyntaxKind>? Intersect(IReadOnlyList<Matcher> parts)
    {
        HashSet<SyntaxKind>? kinds = null;
        foreach (var part in parts)
        {
            if (part.Kinds is null) continue;
            if (kinds is null) kinds = [.. part.Kinds];
            else kinds.IntersectWith(part.Kinds);
        }
        return kinds;
    }
}

/// <summary>The first alternative that matches wins, with its overrides and captures.</summary>
internal sealed class AnyMatcher(IReadOnlyList<Matcher> alternatives) : Matcher
{
    public override IReadOnlySet<SyntaxKind>? Kinds { get; } =
        alternatives.Any(a => a.Kinds is null) ? null : alternatives.SelectMany(a => a.Kinds!).ToHashSet();

    public override NameSet? CallNames
    {
        get
        {
            var names = new List<string>();
            foreach (var alternative in alternatives)
            {
                if (alternative.Kinds is { } kinds && !kinds.Contains(SyntaxKind.CallExpression)) continue;
                if (alternative.CallNames is not { } set) return null;
                names.AddRange(set.Exact);
                names.AddRange(set.Prefixes.Select(p => p + "*"));
            }
            return new NameSet(names);
        }
    }

    public override IReadOnlySet<string>? CallMethods
    {
        get
        {
            HashSet<string>? methods = null;
            foreach (var alternative in alternatives)
            {
                if (alternative.Kinds is { } kinds && !kinds.Contains(SyntaxKind.CallExpression)) continue;
                if (alternative.CallMethods is { } set) (methods ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(set);
            }
            return methods;
        }
    }

    public override bool RequiresKeywordArgument =>
        alternatives.All(a => a.Kinds is { } kinds && !kinds.Contains(SyntaxKind.Argument) || a.RequiresKeywordArgument);

    public override IReadOnlySet<string>? IdentifierNames
    {
        get
        {
            var identifiers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alternative in alternatives)
            {
                if (alternative.Kinds is { } kinds && !kinds.Contains(SyntaxKind.NameExpression) && !kinds.Contains(SyntaxKind.AttributeExpression)) continue;
                if (alternative.IdentifierNames is not { } set) return null;
                identifiers.UnionWith(set);
            }
            return identifiers;
        }
    }

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        foreach (var alternative in alternatives)
        {
            if (alternative.Kinds is { } kinds && !kinds.Contains(context.Node.Kind)) continue;
            var saved = result.Captures.Count;
            if (alternative.Match(context, result)) return true;
            if (saved == 0 && result.Captures.Count != 0) result.Captures.Clear();
        }
        return false;
    }
}

/// <summary>The inner condition does not hold. Only meaningful inside <c>all</c> beside a typed condition.</summary>
internal sealed class NotMatcher(Matcher inner) : Matcher
{
    public override IReadOnlySet<SyntaxKind>? Kinds => null;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        if (inner.Kinds is { } kinds && !kinds.Contains(context.Node.Kind)) return true;
        return !inner.Match(context, new MatchResult());
    }
}
