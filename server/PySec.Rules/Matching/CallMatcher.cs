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

/// <summary>
/// A call of one of a set of qualified names whose arguments meet every condition. For objects the model cannot
/// type (a parameter <c>tar</c> in <c>def unpack(tar): tar.extractall()</c>), <c>methods</c> matches a method call
/// by name on a receiver that does not resolve, in a file that imports one of <c>receiver-imports</c>.
/// </summary>
internal sealed class CallMatcher(NameSet? names, IReadOnlySet<string>? methods, NameSet? receiverImports,
    IReadOnlyList<ArgumentCondition> arguments, bool allowStarArguments) : Matcher
{
    private static readonly IReadOnlySet<SyntaxKind> CallKind = KindsOf(SyntaxKind.CallExpression);

    public override IReadOnlySet<SyntaxKind> Kinds => CallKind;
    private static readonly NameSet NoNames = new([]);

    public override NameSet? CallNames => names ?? (methods is null ? null : NoNames);
    public override IReadOnlySet<string>? CallMethods => methods;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        var callee = context.Callee;
        if (!(names?.Contains(callee) ?? false) && !IsUntypedMethodCall(context, out callee)) return false;
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

    private bool IsUntypedMethodCall(MatchContext context, out string? label)
    {
        label = null;
        if (methods is null || context.Node is not CallExpressionSyntax { Function: AttributeExpressionSyntax attribute }) return false;
        if (!methods.Contains(attribute.Name.Text) || context.Model.Resolve(attribute.Value) is not null) return false;
        if (receiverImports is not null && !context.ImportsAny(receiverImports)) return false;
        label = attribute.Value.ToString() + "." + attribute.Name.Text;
        return true;
    }
}
