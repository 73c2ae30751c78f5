using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Network;

/// <summary>
/// A server bound to every interface ("0.0.0.0", "" or "::") where the address is actually bound or served:
/// <c>sock.bind((host, port))</c>, server constructors taking an address tuple, and the host argument of
/// development and application servers. Unlike Bandit's B104 it does not report every "0.0.0.0" string (parsing,
/// comparisons, log text). Also a module-level Flask <c>app.run(...)</c> outside an <c>if __name__ == "__main__":</c>
/// guard, which starts the development server whenever the module is imported. A C# rule because the host sits
/// inside an address tuple, which value conditions cannot look into.
/// </summary>
[CodeRule("PYSEC807")]
internal sealed class BindAllInterfaces : CodeRule
{
    // Callees whose first argument (or `address`/`server_address`) is a (host, port) tuple.
    private static readonly HashSet<string> AddressTupleCallees =
    [
        "socket.socket.bind", "socket.create_server", "socketserver.TCPServer", "socketserver.UDPServer",
        "socketserver.ThreadingTCPServer", "socketserver.ThreadingUDPServer", "socketserver.ForkingTCPServer",
        "socketserver.ForkingUDPServer", "http.server.HTTPServer", "http.server.ThreadingHTTPServer",
        "xmlrpc.server.SimpleXMLRPCServer", "xmlrpc.server.DocXMLRPCServer", "wsgiref.simple_server.WSGIServer",
        "multiprocessing.connection.Listener", "gevent.pywsgi.WSGIServer", "gevent.server.StreamServer",
    ];

    // Callees with a host argument: (keyword, position or -1 when keyword-only).
    private static readonly Dictionary<string, (string Name, int Position)> HostCallees = new()
    {
        ["flask.Flask.run"] = ("host", 0),
        ["wsgiref.simple_server.make_server"] = ("host", 0),
        ["uvicorn.run"] = ("host", -1),
        ["waitress.serve"] = ("host", -1),
        ["aiohttp.web.run_app"] = ("host", -1),
        ["bottle.run"] = ("host", -1),
        ["asyncio.start_server"] = ("host", 1),
        ["asyncio.start_unix_server"] = ("host", -1),
        ["werkzeug.serving.run_simple"] = ("hostname", 0),
        ["http.server.test"] = ("bind", 4),
    };

    private static readonly HashSet<string> AllInterfaces = ["0.0.0.0", "", "::"];

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = [.. HostCallees.Keys, .. AddressTupleCallees];
    public override IReadOnlyCollection<string> CallMethods { get; } = ["bind"];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var model = context.Model;
        var callee = context.CalleeOf(call);
        if (HostValue(call, callee, model) is { } host && HostText(model, host) is { } text && AllInterfaces.Contains(text))
            context.Report(host.Span, Captures(text.Length == 0 ? "\"\"" : text, callee ?? "bind"),
                fixes: LoopbackFix(host, text, model) is { } fix ? [fix] : null);
        if (callee == "flask.Flask.run" && NetworkFacts.IsModuleScope(call) && !NetworkFacts.IsUnderMainGuard(call)
            && call.Parent is ExpressionStatementSyntax statement)
        {
            var guard = new Fix("Run the development server only under `if __name__ == \"__main__\":`", FixSafety.Safe,
                [new TextEdit(new TextSpan(statement.Span.Start, 0), "if __name__ == \"__main__\": ")]);
            context.Report(call.Span, Captures("app.run", callee),
                message: "`app.run(...)` at module level starts Flask's development server whenever the module is imported (also by a production server); guard it with `if __name__ == \"__main__\":`",
                fixes: statement.Span.Start == LineStart(context.Text, statement.Span.Start) ? [guard] : null);
        }
    }

    private static ExpressionSyntax? HostValue(CallExpressionSyntax call, string? callee, SemanticModel model)
    {
        if (callee is not null && HostCallees.TryGetValue(callee, out var host))
            return NetworkFacts.Argument(call, host.Name, host.Position < 0 ? null : host.Position)?.Value;
        ExpressionSyntax? address = null;
        if (callee is not null && AddressTupleCallees.Contains(callee))
            address = (NetworkFacts.Argument(call, "address", 0) ?? NetworkFacts.Argument(call, "server_address", 0)
                ?? NetworkFacts.Argument(call, "listener", 0))?.Value;
        // `sock.bind((host, port))` on a socket the model cannot type (a parameter, an attribute): the tuple
        // argument is what makes it a socket bind rather than some other `bind` method.
        else if (callee is null && NetworkFacts.MethodName(call) == "bind" && call.Arguments.Arguments.Count == 1
                 && call.Arguments.Arguments[0] is { Name: null, Star: null, Value: var only } && Parentheses.Strip(only) is TupleExpressionSyntax)
            address = only;
        if (address is null) return null;
        if (Parentheses.Strip(address) is TupleExpressionSyntax { Elements.Count: >= 2 } tuple) return tuple.Elements[0];
        // A name bound to a constant tuple: report on the name, the host is in its definition.
        return model.Evaluate(address).Value is PyTuple { Items.Count: >= 2 } constant && constant.Items[0] is PyStr ? address : null;
    }

    /// <summary>The host string: the value itself, or the first item of a constant address tuple.</summary>
    private static string? HostText(SemanticModel model, ExpressionSyntax host) => model.Evaluate(host).Value switch
    {
        PyStr text => text.Value,
        PyTuple { Items: [PyStr text, ..] } => text.Value,
        _ => null,
    };

    /// <summary>"0.0.0.0" or "" becomes "127.0.0.1", "::" becomes "::1"; only for a plain string literal in the call.</summary>
    private static Fix? LoopbackFix(ExpressionSyntax host, string text, SemanticModel model)
    {
        if (host is not StringLiteralExpressionSyntax literal || literal.Parts.Count != 1 || literal.Parts[0] is not PlainStringSyntax plain) return null;
        var token = plain.Token.Text;
        var quote = token.TrimStart('r', 'R', 'u', 'U', 'b', 'B');
        if (quote.Length < 2 || quote.Length != token.Length) return null;
        var q = quote[0].ToString();
        var loopback = text == "::" ? "::1" : "127.0.0.1";
        return new Fix($"Bind to {loopback} (loopback only)", FixSafety.Unsafe, [new TextEdit(host.Span, q + loopback + q)]);
    }

    private static int LineStart(string text, int position)
    {
        while (position > 0 && text[position - 1] != '\n' && text[position - 1] != '\r') position--;
        return position;
    }

    private static Dictionary<string, string> Captures(string name, string callee) => new() { ["name"] = name, ["callee"] = callee };
}
