using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Matching;

/// <summary>One argument condition: the parameter by name (or, without a known signature, by position).</summary>
internal sealed record ArgumentCondition(string? Name, int? Position, ValueCondition Condition)
{
    public string Label => Name ?? $"#{Position}";

    public (ExpressionSyntax? Value, ArgumentState State) Find(CallBinding binding)
    {
        if (Name is not null)
        {
            var bound = binding.Get(Name);
            if (bound.State != ArgumentState.Missing || binding.Signature is not null || Position is null)
                return (bound.Value, bound.State);
        }
        var position = Position!.Value;
        if (position < binding.Positional.Count) return (binding.Positional[position].Value, ArgumentState.Bound);
        return (null, binding.HasStarArguments ? ArgumentState.Unknown : ArgumentState.Missing);
    }
}

/// <summary>A call of one of a set of qualified names whose arguments meet every condition.</summary>
internal sealed class CallMatcher(NameSet names, IReadOnlyList<ArgumentCondition> arguments, bool allowStarArguments) : Matcher
{
    private static readonly IReadOnlySet<SyntaxKind> CallKind = KindsOf(SyntaxKind.CallExpression);

    public override IReadOnlySet<SyntaxKind> Kinds => CallKind;
    public override NameSet CallNames => names;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        var callee = context.Callee;
        if (!names.Contains(callee)) return false;
        var binding = context.Binding!;
        if (!allowStarArguments && (binding.HasStarArguments || binding.HasKeywordUnpacking)) return false;
        foreach (var argument in arguments)
        {
            var (value, state) = argument.Find(binding);
            if (!argument.Condition.Holds(context, value, state)) return false;
        }
        result.Captures["callee"] = callee!;
        result.Captures.TryAdd("name", callee!);
        return true;
    }
}
