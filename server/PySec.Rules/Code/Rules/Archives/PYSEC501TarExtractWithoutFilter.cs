using PySec.Rules.Code.Rules.Deserialization;
using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Archives;

/// <summary>
/// TarFile.extractall/extract with no extraction filter, or with the "fully_trusted" one. Code because the verdict
/// depends on the target Python: 3.14 extracts with the "data" filter by default (a missing filter is then only a
/// warning), and before 3.12 only some patch releases have filters at all, so the advice differs.
/// </summary>
[CodeRule("PYSEC501")]
internal sealed class TarExtractWithoutFilter : CodeRule
{
    private static readonly HashSet<string> Extractors = new(StringComparer.Ordinal)
    {
        "tarfile.TarFile.extractall", "tarfile.TarFile.extract",
    };

    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal) { "extractall", "extract" };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => Extractors;
    public override IReadOnlyCollection<string> CallMethods => Methods;

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (node is not CallExpressionSyntax call || ExtractorName(call, context) is not { } callee) return;
        var binding = context.BindingOf(call);
        var filter = binding.Get("filter");
        if (filter.State == ArgumentState.Unknown) return; // **kwargs may carry a filter
        var captures = new Dictionary<string, string> { ["callee"] = callee, ["name"] = callee };
        var fixes = DeclaredFixes.For(context, call);

        if (filter.State == ArgumentState.Bound)
        {
            var value = filter.Value!;
            var known = context.Evaluate(value).Value;
            var fullyTrusted = known is PyStr { Value: "fully_trusted" }
                || context.Model.Resolve(value)?.QualifiedName == "tarfile.fully_trusted_filter";
            if (fullyTrusted)
            {
                context.Report(call.Span, captures,
                    message: $"`{callee}` with the fully_trusted filter honours absolute paths, `..`, links outside the destination and device files; use filter=\"data\"",
                    fixes: fixes);
                return;
            }
            if (known is not PyNone) return; // "data", or a weaker filter (PYSEC502)
        }

        var members = binding.Get("members").State == ArgumentState.Bound
            ? " (a members= selection does not check link targets or modes)" : "";
        var target = context.Model.TargetVersion;
        if (target.IsAtLeast(3, 14))
            context.Report(call.Span, captures, Severity.Medium,
                $"`{callee}` relies on the default extraction filter, which is \"data\" only from Python 3.14; pass filter=\"data\" explicitly{members}",
                fixes);
        else if (target.IsAtLeast(3, 12))
            context.Report(call.Span, captures, null,
                $"`{callee}` without filter=\"data\" extracts absolute paths, `..` members, outside links and device files as the archive says{members}",
                fixes);
        else
            context.Report(call.Span, captures, null,
                $"`{callee}` without a filter extracts absolute paths, `..` members, outside links and device files as the archive says{members}; pass filter=\"data\" (needs 3.8.17/3.9.17/3.10.12/3.11.4 or later; upgrade older patch levels)",
                fixes);
    }

    /// <summary>
    /// The qualified name of a tar extraction call. A receiver the model cannot type (a parameter, an attribute)
    /// counts only in a file that imports tarfile and not zipfile, so a zip archive's extractall is never taken
    /// for a tar one (Bandit's substring match does that).
    /// </summary>
    private static string? ExtractorName(CallExpressionSyntax call, RuleContext context)
    {
        var callee = context.CalleeOf(call);
        if (callee is not null) return Extractors.Contains(callee) ? callee : null;
        if (call.Function is not AttributeExpressionSyntax attribute || !Methods.Contains(attribute.Name.Text)) return null;
        if (context.Model.Resolve(attribute.Value) is not null) return null;
        // self.extractall(...) in a class of one's own is that class's method, not a tar archive's.
        if (attribute.Value is NameExpressionSyntax { Identifier.Text: "self" or "cls" }) return null;
        if (!context.Imports("tarfile") || context.Imports("zipfile")) return null;
        return attribute.Value + "." + attribute.Name.Text;
    }
}
