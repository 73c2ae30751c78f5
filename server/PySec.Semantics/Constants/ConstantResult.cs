using PySec.Text;

namespace PySec.Semantics;

/// <summary>
/// A piece of a string whose value is only partly known: literal text, or a hole standing for the
/// non-constant expression at <see cref="Hole"/>.
/// </summary>
public readonly record struct StringFragment(string? Text, TextSpan? Hole)
{
    public bool IsHole => Text is null;
    public static StringFragment Literal(string text) => new(text, null);
    public static StringFragment Unknown(TextSpan span) => new(null, span);
}

/// <summary>
/// The outcome of constant evaluation: a <see cref="Value"/> when everything is constant; otherwise the spans of
/// what is not, and for strings built from known and unknown parts (f-strings, <c>"cmd " + x</c>) a
/// <see cref="Template"/> saying which parts are which.
/// </summary>
public sealed class ConstantResult
{
    private static readonly IReadOnlyList<TextSpan> NoSpans = [];

    // Each concatenation copies its operands' parts, so a chain of n unknown terms would cost n² without a bound.
    // Rules read the first holes and the literal text around them; beyond this many parts the template is dropped
    // and only the first spans are kept.
    internal const int MaxParts = 64;

    private ConstantResult(PyValue? value, IReadOnlyList<TextSpan> nonConstant, IReadOnlyList<StringFragment>? template)
    {
        Value = value;
        NonConstantSpans = nonConstant;
        Template = template;
    }

    public PyValue? Value { get; }
    public bool IsKnown => Value is not null;
    public IReadOnlyList<TextSpan> NonConstantSpans { get; }

    /// <summary>For a string: its fragments in order (one literal fragment when fully known); null for other values.</summary>
    public IReadOnlyList<StringFragment>? Template { get; }

    public static ConstantResult Known(PyValue value) =>
        new(value, NoSpans, value is PyStr text ? [StringFragment.Literal(text.Value)] : null);

    public static ConstantResult Unknown(TextSpan span) => new(null, [span], null);

    public static ConstantResult Unknown(IReadOnlyList<TextSpan> spans) =>
        new(null, spans.Count > MaxParts ? spans.Take(MaxParts).ToList() : spans, null);

    /// <summary>A string of known and unknown fragments; collapses to a known value when there are no holes.</summary>
    public static ConstantResult String(IReadOnlyList<StringFragment> fragments)
    {
        var merged = new List<StringFragment>();
        var holes = new List<TextSpan>();
        foreach (var fragment in fragments)
        {
            if (fragment.IsHole) holes.Add(fragment.Hole!.Value);
            if (!fragment.IsHole && merged.Count > 0 && !merged[^1].IsHole)
                merged[^1] = StringFragment.Literal(merged[^1].Text + fragment.Text);
            else if (fragment.IsHole || fragment.Text!.Length > 0 || fragments.Count == 1)
                merged.Add(fragment);
        }
        if (holes.Count == 0) return Known(new PyStr(merged.Count == 0 ? "" : merged[0].Text!));
        if (merged.Count > MaxParts) return Unknown(holes);
        return new ConstantResult(null, holes, merged);
    }

    /// <summary>The template written with "{…}" for each hole, e.g. "rm -rf {…}"; null when not a string.</summary>
    public string? TemplateText => Template is null ? null : string.Concat(Template.Select(f => f.Text ?? "{…}"));

    /// <summary>The literal text before the first hole (the whole string when known).</summary>
    public string? KnownPrefix => Template is null ? null : Template.Count > 0 && !Template[0].IsHole ? Template[0].Text : "";

    public override string ToString() => Value?.Repr() ?? TemplateText ?? "<unknown>";
}
