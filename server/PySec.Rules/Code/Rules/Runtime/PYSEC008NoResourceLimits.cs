using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Runtime;

/// <summary>
/// Advisory: a module that starts a server or a queue consumer (<c>serve_forever()</c>, <c>start_consuming()</c>,
/// <c>uvicorn.run</c>, <c>waitress.serve</c>, <c>aiohttp.web.run_app</c>) and never calls
/// <c>resource.setrlimit</c>/<c>prlimit</c>. Limits set by systemd or a container runtime are invisible here, so
/// the rule is low severity and low confidence. Code because it needs the whole file: an absence of calls.
/// </summary>
[CodeRule("PYSEC008")]
internal sealed class NoResourceLimits : CodeRule
{
    private static readonly HashSet<string> Starters = new(StringComparer.Ordinal)
    {
        "uvicorn.run", "waitress.serve", "aiohttp.web.run_app", "hypercorn.asyncio.serve", "wsgiref.simple_server.make_server",
    };

    // Methods that start serving on objects the model often cannot type (socketserver, http.server, pika).
    private static readonly HashSet<string> StartMethods = new(StringComparer.Ordinal) { "serve_forever", "start_consuming" };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.Module];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        // Walking every call of a module costs more than parsing it; most modules start no server at all.
        if (!MayStartServer(context.Text)) return;
        var starts = new List<(CallExpressionSyntax Call, string Name)>();
        foreach (var call in node.DescendantNodes().OfType<CallExpressionSyntax>())
        {
            var callee = context.CalleeOf(call);
            if (callee is "resource.setrlimit" or "resource.prlimit") return;
            if (callee is not null && Starters.Contains(callee)) starts.Add((call, callee));
            else if (call.Function is AttributeExpressionSyntax attribute && StartMethods.Contains(attribute.Name.Text))
                starts.Add((call, attribute.Name.Text));
        }
        foreach (var (call, name) in starts) context.Report(call, name);
    }

    private static bool MayStartServer(string text) =>
        StartMethods.Any(m => text.Contains(m, StringComparison.Ordinal))
        || Starters.Any(s => text.Contains(s[..s.IndexOf('.')], StringComparison.Ordinal));
}
