using System.Text.RegularExpressions;
using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Deserialization;

/// <summary>
/// In a function that deserialises, a MAC or signature compared with == / != (timing leak), or verified only after
/// a code-running loader has already read the bytes. Code because both need the whole function: which loaders it
/// calls, and in which order relative to the check.
/// </summary>
[CodeRule("PYSEC203")]
internal sealed partial class UnauthenticatedDeserialisation : CodeRule
{
    private static readonly HashSet<string> DataLoaders = new(StringComparer.Ordinal)
    {
        "json.loads", "json.load", "msgpack.loads", "msgpack.unpackb", "msgpack.unpack", "msgpack.load",
        "yaml.safe_load",
    };

    // Loaders that run code while reading: verifying after them is too late.
    private static readonly HashSet<string> CodeLoaders = new(StringComparer.Ordinal)
    {
        "pickle.loads", "pickle.load", "pickle.Unpickler.load", "_pickle.loads", "cPickle.loads", "dill.loads",
        "marshal.loads", "marshal.load", "yaml.load", "yaml.unsafe_load", "yaml.full_load", "jsonpickle.decode",
    };

    private static readonly HashSet<string> Verifiers = new(StringComparer.Ordinal)
    {
        "hmac.compare_digest", "secrets.compare_digest",
    };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.FunctionDefinition];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (node is not FunctionDefinitionSyntax function) return;
        // Every loader's name holds one of these words and most functions have none, so a text search skips them
        // cheaply; the price is that a loader imported under another name (`loads as l`) is not seen here.
        var text = context.Text.AsSpan(function.Span.Start, function.Span.Length);
        if (!text.Contains("load", StringComparison.Ordinal) && !text.Contains("unpack", StringComparison.Ordinal)
            && !text.Contains("decode", StringComparison.Ordinal)) return;
        var calls = function.Body.DescendantNodes(n => n is not FunctionDefinitionSyntax and not ClassDefinitionSyntax)
            .OfType<CallExpressionSyntax>()
            .Select(call => (Call: call, Callee: context.CalleeOf(call)))
            .Where(c => c.Callee is not null)
            .ToList();
        var loads = calls.Where(c => DataLoaders.Contains(c.Callee!) || CodeLoaders.Contains(c.Callee!)).ToList();
        if (loads.Count == 0) return;
        var firstCodeLoad = loads.Where(c => CodeLoaders.Contains(c.Callee!)).Select(c => c.Call.Span.Start).DefaultIfEmpty(int.MaxValue).Min();

        foreach (var comparison in function.Body.DescendantNodes(n => n is not FunctionDefinitionSyntax and not ClassDefinitionSyntax)
                     .OfType<ComparisonExpressionSyntax>())
        {
            if (comparison.Comparisons.Count != 1 || comparison.Comparisons[0].Operator.Text is not ("==" or "!=")) continue;
            var left = comparison.Left;
            var right = comparison.Comparisons[0].Right;
            if (context.Evaluate(left).IsKnown || context.Evaluate(right).IsKnown) continue;
            if (!IsMac(left, context) && !IsMac(right, context)) continue;
            context.Report(comparison.Span, new Dictionary<string, string> { ["name"] = comparison.ToString() },
                message: "MAC or signature compared with `" + comparison.Comparisons[0].Operator.Text
                    + "`, which leaks how many leading bytes match; use hmac.compare_digest before deserialising");
        }

        foreach (var (call, callee) in calls)
        {
            if (!Verifiers.Contains(callee!) || call.Span.Start < firstCodeLoad) continue;
            context.Report(call.Span, new Dictionary<string, string> { ["callee"] = callee!, ["name"] = callee! },
                message: $"`{callee}` runs after the data was already unpickled or loaded with code-running constructors; verify the bytes before loading them");
        }
    }

    /// <summary>A value computed by hmac/hashlib, or a name that says it holds a MAC, digest or signature.</summary>
    private static bool IsMac(ExpressionSyntax expression, RuleContext context)
    {
        foreach (var call in expression.DescendantNodesAndSelf().OfType<CallExpressionSyntax>())
            if (context.CalleeOf(call) is { } callee
                && (callee.StartsWith("hmac.", StringComparison.Ordinal) || callee.StartsWith("hashlib.", StringComparison.Ordinal)))
                return true;
        var name = expression switch
        {
            NameExpressionSyntax reference => reference.Identifier.Text,
            AttributeExpressionSyntax attribute => attribute.Name.Text,
            SubscriptExpressionSyntax { Elements.Count: 1 } subscript
                => context.Evaluate(subscript.Elements[0]).Value is PyStr key ? key.Value : null,
            _ => null,
        };
        return name is not null && MacName().IsMatch(name);
    }

    [GeneratedRegex(@"(?i)(hmac|digest|signature|^sig$|_sig$|^sig_|^mac$|_mac$|^mac_|checksum|^tag$)")]
    private static partial Regex MacName();
}
