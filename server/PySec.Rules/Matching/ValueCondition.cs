using System.Numerics;
using System.Text.RegularExpressions;
using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Matching;

/// <summary>
/// Conditions on one value (an argument, an assigned value, an operand, a default), all of which must hold.
/// A value that may or may not be passed (through <c>*args</c>/<c>**kwargs</c>) satisfies no condition, so
/// rules stay quiet rather than guess.
/// </summary>
internal sealed class ValueCondition
{
    public bool? Present { get; init; }
    public bool HasIs { get; init; }
    public bool? Is { get; init; }
    public bool? Truthy { get; init; }
    public bool? Constant { get; init; }
    public Regex? Matches { get; init; }
    public Regex? TemplateMatches { get; init; }
    public IReadOnlyList<object?>? In { get; init; }
    public IReadOnlyList<object?>? NotIn { get; init; }
    public double? LessThan { get; init; }
    public double? GreaterThan { get; init; }
    public long? BitsAny { get; init; }
    public NameSet? CallTo { get; init; }
    public ValueCondition? Not { get; init; }

    public bool Holds(MatchContext context, ExpressionSyntax? value, ArgumentState state)
    {
        if (state == ArgumentState.Unknown) return false;
        if (Present is { } present && present != (state == ArgumentState.Bound)) return false;
        if (value is null) return !NeedsValue;
        if (Not is not null && Not.Holds(context, value, state)) return false;
        if (!NeedsConstant && CallTo is null && In is null && NotIn is null) return true;

        var constant = context.Evaluate(value);
        var known = constant.Value;
        if (Constant is { } wantsConstant && wantsConstant != constant.IsKnown) return false;
        if (HasIs && !IsLiteral(known, Is)) return false;
        if (Truthy is { } truthy && (known is null || (PyTruth.Of(known) ?? true) != truthy)) return false;
        if (Matches is not null && (known is not PyStr text || !Matches.IsMatch(text.Value))) return false;
        if (TemplateMatches is not null && (constant.TemplateText is not { } template || !TemplateMatches.IsMatch(template))) return false;
        if (LessThan is { } below && (Number(known) is not { } lower || lower >= below)) return false;
        if (GreaterThan is { } above && (Number(known) is not { } higher || higher <= above)) return false;
        if (BitsAny is { } mask && (known is not PyInt integer || (integer.Value & mask) == BigInteger.Zero)) return false;
        if (CallTo is not null && !(value is CallExpressionSyntax call && CallTo.Contains(context.Model.GetCalleeName(call)))) return false;
        if (In is not null && !IsIn(context, value, known, In)) return false;
        if (NotIn is not null && IsIn(context, value, known, NotIn)) return false;
        return true;
    }

    private bool NeedsConstant => Constant is not null || HasIs || Truthy is not null || Matches is not null
        || TemplateMatches is not null || LessThan is not null || GreaterThan is not null || BitsAny is not null;

    private bool NeedsValue => NeedsConstant || CallTo is not null || In is not null || NotIn is not null || Not is not null;

    private static bool IsLiteral(PyValue? value, bool? literal) => literal switch
    {
        null => value is PyNone,
        { } flag => value is PyBool boolean && boolean.Value == flag,
    };

    private static double? Number(PyValue? value) => value switch
    {
        PyInt integer => (double)integer.Value,
        PyFloat number => number.Value,
        PyBool boolean => boolean.Value ? 1 : 0,
        _ => null,
    };

    /// <summary>
    /// A constant equal to an entry, or an expression whose qualified name is an entry ("yaml.SafeLoader"), or a
    /// call of such a name (an instance: "paramiko.AutoAddPolicy" covers <c>AutoAddPolicy()</c>).
    /// </summary>
    private static bool IsIn(MatchContext context, ExpressionSyntax value, PyValue? known, IReadOnlyList<object?> entries)
    {
        if (known is not null)
        {
            foreach (var entry in entries)
                if (ConstantEquals(known, entry)) return true;
        }
        var name = context.Model.Resolve(value)?.QualifiedName
            ?? (value is CallExpressionSyntax call ? context.Model.GetCalleeName(call) : null);
        if (name is null) return false;
        foreach (var entry in entries)
            if (entry is string listed && listed == name) return true;
        return false;
    }

    private static bool ConstantEquals(PyValue known, object? entry) => (known, entry) switch
    {
        (PyNone, null) => true,
        (PyBool boolean, bool flag) => boolean.Value == flag,
        (PyStr text, string other) => text.Value == other,
        (PyInt integer, long other) => integer.Value == other,
        (PyInt integer, double other) => (double)integer.Value == other,
        (PyFloat number, double other) => number.Value == other,
        (PyFloat number, long other) => number.Value == other,
        _ => false,
    };
}
