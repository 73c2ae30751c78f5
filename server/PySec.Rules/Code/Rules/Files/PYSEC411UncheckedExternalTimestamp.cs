using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Files;

/// <summary>
/// <c>os.utime</c>, <c>datetime.fromtimestamp</c>/<c>utcfromtimestamp</c> and <c>time.localtime/gmtime/ctime</c>
/// on a value read from parsed data (a subscript such as <c>header["mtime"]</c>, a <c>.get(...)</c>, an
/// <c>int()</c>/<c>float()</c> conversion, or an archive member's <c>mtime</c>), with no handler for
/// OverflowError/OSError/ValueError around the call and no comparison of that value in the function. Code because
/// both the origin of the value and the guards are structural. Advisory: the origin is judged by its shape.
/// </summary>
[CodeRule("PYSEC411")]
internal sealed class UncheckedExternalTimestamp : CodeRule
{
    private static readonly HashSet<string> Conversions = new(StringComparer.Ordinal)
    {
        "os.utime", "datetime.datetime.fromtimestamp", "datetime.datetime.utcfromtimestamp", "datetime.date.fromtimestamp",
        "time.localtime", "time.gmtime", "time.ctime",
    };

    private static readonly HashSet<string> Handled = new(StringComparer.Ordinal)
    {
        "builtins.OverflowError", "builtins.OSError", "builtins.ValueError", "builtins.Exception", "builtins.BaseException",
        "builtins.ArithmeticError",
    };

    private static readonly HashSet<string> MemberTimes = new(StringComparer.Ordinal) { "mtime", "atime", "timestamp", "date_time" };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => Conversions;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        if (context.CalleeOf(call) is not { } callee || !Conversions.Contains(callee)) return;
        var arguments = call.Arguments.Arguments.Where(a => a.Star is null).ToList();
        var values = callee == "os.utime"
            ? arguments.Where(a => a.Name is null ? arguments.IndexOf(a) == 1 : a.Name?.Text is "times" or "ns").Select(a => a.Value)
            : arguments.Where(a => a.Name is null ? arguments.IndexOf(a) == 0 : a.Name?.Text is "t" or "secs" or "seconds" or "timestamp").Select(a => a.Value);
        var external = values.SelectMany(v => ExternalParts(context, v, 0)).ToList();
        if (external.Count == 0 || IsHandled(context, call)) return;
        var container = node.Ancestors().FirstOrDefault(a => a is FunctionDefinitionSyntax or ModuleSyntax) ?? node;
        var names = external.ToHashSet(StringComparer.Ordinal);
        if (container.DescendantNodes().OfType<ComparisonExpressionSyntax>()
            .Any(c => c.DescendantNodes().Any(n => Text(context, n) is { } t && names.Contains(t)))) return;
        context.Report(call.Span, FileRuleHelpers.Captures(callee),
            message: $"`{callee}` on a timestamp from parsed data raises OverflowError/OSError/ValueError when it is out of range; range-check it or handle those errors");
    }

    /// <summary>The texts of the parts of a value that look read from parsed data (following names assigned once).</summary>
    private static IEnumerable<string> ExternalParts(RuleContext context, ExpressionSyntax value, int depth)
    {
        if (depth > 4) yield break;
        foreach (var part in value.DescendantNodesAndSelf())
        {
            switch (part)
            {
                case SubscriptExpressionSyntax subscript:
                    yield return Text(context, subscript)!;
                    break;
                case CallExpressionSyntax { Function: AttributeExpressionSyntax { Name.Text: "get" } } get:
                    yield return Text(context, get)!;
                    break;
                case AttributeExpressionSyntax attribute when MemberTimes.Contains(attribute.Name.Text):
                    yield return Text(context, attribute)!;
                    break;
                case CallExpressionSyntax conversion when context.CalleeOf(conversion) is "builtins.int" or "builtins.float"
                    && !context.Evaluate(conversion).IsKnown:
                    yield return Text(context, conversion)!;
                    break;
                case NameExpressionSyntax name when context.Model.GetReference(name) is { Bindings: [{ Value: { } assigned }] }:
                    var found = false;
                    foreach (var inner in ExternalParts(context, assigned, depth + 1)) { found = true; yield return inner; }
                    if (found) yield return name.Identifier.Text;
                    break;
            }
        }
    }

    private static bool IsHandled(RuleContext context, SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            if (ancestor is FunctionDefinitionSyntax) return false;
            if (ancestor is not TryStatementSyntax attempt || !attempt.Body.Span.Contains(node.Span)) continue;
            foreach (var handler in attempt.Handlers)
            {
                if (handler.Type is null) return true;
                var types = handler.Type is TupleExpressionSyntax tuple ? tuple.Elements.ToList() : [handler.Type];
                if (types.Any(t => context.Model.GetQualifiedName(t) is { } name && Handled.Contains(name))) return true;
            }
        }
        return false;
    }

    private static string? Text(RuleContext context, SyntaxNode node) => context.Text.Substring(node.Span.Start, node.Span.Length);
}
