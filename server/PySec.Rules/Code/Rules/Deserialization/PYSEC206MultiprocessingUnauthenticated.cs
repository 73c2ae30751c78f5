using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Deserialization;

/// <summary>
/// multiprocessing Listener/Client on a TCP address without authkey, and listeners or managers bound to every
/// interface. Code because the address is a tuple whose host decides the verdict, and a Unix socket or named
/// pipe address (a string, or family AF_UNIX/AF_PIPE) is a different, local, case.
/// </summary>
[CodeRule("PYSEC206")]
internal sealed class MultiprocessingUnauthenticated : CodeRule
{
    // Positions of address, family and authkey where the model has no signature.
    private static readonly Dictionary<string, (int Family, int? AuthKey, bool IsManager)> Endpoints = new(StringComparer.Ordinal)
    {
        ["multiprocessing.connection.Listener"] = (1, 3, false),
        ["multiprocessing.connection.Client"] = (1, 2, false),
        ["multiprocessing.managers.BaseManager"] = (-1, 1, true),
        ["multiprocessing.managers.SyncManager"] = (-1, 1, true),
    };

    private static readonly HashSet<string> AllInterfaces = new(StringComparer.Ordinal) { "0.0.0.0", "", "::" };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => Endpoints.Keys;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (node is not CallExpressionSyntax call || context.CalleeOf(call) is not { } callee
            || !Endpoints.TryGetValue(callee, out var shape)) return;
        var binding = context.BindingOf(call);
        var address = Argument(binding, "address", 0);
        var captures = new Dictionary<string, string> { ["callee"] = callee, ["name"] = callee };

        var host = address is null ? null : Host(context, address);
        if (host is not null && AllInterfaces.Contains(host) && !callee.EndsWith(".Client", StringComparison.Ordinal))
        {
            context.Report(call.Span, captures, message: shape.IsManager
                ? $"`{callee}` serves on every network interface; any host that learns the authkey can send pickles that run in this process; bind to 127.0.0.1 or a Unix socket"
                : $"`{callee}` listens on every network interface and its connections unpickle what peers send; bind to 127.0.0.1 or a Unix socket and pass a random authkey");
            return;
        }
        // Managers default to the process's random authkey; only connections need one passed.
        if (shape.IsManager || shape.AuthKey is not { } authKeyPosition) return;
        if (binding.HasKeywordUnpacking || binding.HasStarArguments) return;
        var authKey = Argument(binding, "authkey", authKeyPosition);
        if (authKey is not null && context.Evaluate(authKey).Value is not PyNone) return;
        // Without a TCP address (a Unix socket path, a named pipe, or the default local family) stay quiet.
        if (host is null || IsLocalFamily(context, Argument(binding, "family", shape.Family))) return;
        context.Report(call.Span, captures);
    }

    private static ExpressionSyntax? Argument(CallBinding binding, string name, int position)
    {
        if (binding.Keyword(name) is { } keyword) return keyword.Value;
        return position >= 0 && position < binding.Positional.Count ? binding.Positional[position].Value : null;
    }

    /// <summary>The host of a (host, port) address, when the address is such a tuple with a constant host.</summary>
    private static string? Host(RuleContext context, ExpressionSyntax address)
    {
        address = Parentheses.Strip(address);
        if (address is TupleExpressionSyntax { Elements.Count: 2 } tuple)
            return context.Evaluate(tuple.Elements[0]).Value is PyStr host ? host.Value : "?";
        if (context.Evaluate(address).Value is PyTuple { Items.Count: 2 } known)
            return known.Items[0] is PyStr host ? host.Value : "?";
        return null;
    }

    private static bool IsLocalFamily(RuleContext context, ExpressionSyntax? family) =>
        family is not null && context.Evaluate(family).Value is PyStr { Value: "AF_UNIX" or "AF_PIPE" };
}
