using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Files;

/// <summary>
/// Request data (Flask's <c>request.args/form/files/...</c>, a Django or DRF view's <c>request.GET/POST/data/...</c>)
/// reaching a file path: <c>open</c>, <c>os.path.join</c>, <c>pathlib.Path</c> and its <c>/</c> operator,
/// <c>send_file</c>, <c>FileResponse</c>, file removal and copying. Code because the value is followed through
/// names assigned once and through expressions, stopping at sanitisers (<c>secure_filename</c>,
/// <c>os.path.basename</c>, <c>safe_join</c>). A function that checks containment (<c>os.path.commonpath</c>,
/// <c>is_relative_to</c>, <c>safe_join</c>) is trusted as a whole; this is not full taint tracking (no flow
/// across functions), so it reports what it can see in one function.
/// </summary>
[CodeRule("PYSEC405")]
internal sealed class PathFromRequest : CodeRule
{
    private static readonly HashSet<string> Sinks = new(StringComparer.Ordinal)
    {
        "builtins.open", "io.open", "codecs.open", "os.open", "os.path.join", "pathlib.Path", "pathlib.PurePath",
        "pathlib.PosixPath", "flask.send_file", "flask.helpers.send_file", "django.http.FileResponse",
        "django.http.response.FileResponse", "os.remove", "os.unlink", "os.rmdir", "os.rename", "os.replace",
        "shutil.rmtree", "shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.move", "os.listdir", "os.scandir",
    };

    private static readonly HashSet<string> Sanitisers = new(StringComparer.Ordinal)
    {
        "werkzeug.utils.secure_filename", "werkzeug.secure_filename", "werkzeug.security.safe_join", "werkzeug.utils.safe_join",
        "flask.safe_join", "flask.helpers.safe_join", "os.path.basename", "builtins.int", "builtins.len",
        "django.utils.text.get_valid_filename", "flask.send_from_directory",
    };

    private static readonly HashSet<string> ContainmentChecks = new(StringComparer.Ordinal)
    {
        "os.path.commonpath", "os.path.commonprefix", "werkzeug.security.safe_join", "werkzeug.utils.safe_join",
        "flask.safe_join", "flask.helpers.safe_join",
    };

    private static readonly HashSet<string> RequestData = new(StringComparer.Ordinal)
    {
        "args", "form", "values", "files", "json", "get_json", "view_args", "cookies", "headers", "data", "get_data",
        "GET", "POST", "FILES", "COOKIES", "META", "query_params", "path_params", "body", "query_string",
    };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression, SyntaxKind.BinaryExpression];
    public override IReadOnlyCollection<string> CallNames => Sinks;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        string label;
        IEnumerable<ExpressionSyntax> values;
        if (node is CallExpressionSyntax call)
        {
            if (!IsSink(context, call, out label)) return;
            values = call.Arguments.Arguments.Where(a => a.Star is null).Select(a => a.Value);
        }
        else if (node is BinaryExpressionSyntax { Operator.Kind: SyntaxKind.Slash } slash && FileRuleHelpers.ImportsModule(context, "pathlib")
            && model.Evaluate(slash.Left).Value is not Semantics.PyInt and not Semantics.PyFloat)
        {
            label = "pathlib.Path /";
            values = [slash.Right];
        }
        else return;

        // Only the outermost sink of an expression reports: send_file(os.path.join(BASE, name)) once.
        foreach (var ancestor in node.Ancestors().TakeWhile(a => a is not StatementSyntax))
        {
            if (ancestor is CallExpressionSyntax outer && IsSink(context, outer, out _)) return;
            if (ancestor is BinaryExpressionSyntax { Operator.Kind: SyntaxKind.Slash }) return;
        }
        if (!values.Any(v => Tainted(context, v, 0))) return;
        var container = node.Ancestors().FirstOrDefault(a => a is FunctionDefinitionSyntax or ModuleSyntax) ?? node;
        if (container.DescendantNodes().OfType<CallExpressionSyntax>().Any(c => IsContainmentCheck(context, c))) return;
        context.Report(node.Span, FileRuleHelpers.Captures(label),
            message: $"Request data reaches `{label}` without a containment check; `..` or an absolute path escapes the base directory. Resolve the path and check it with is_relative_to/os.path.commonpath, or use send_from_directory");
    }

    private static bool IsSink(RuleContext context, CallExpressionSyntax call, out string label)
    {
        label = context.CalleeOf(call) ?? "";
        return Sinks.Contains(label);
    }

    private static bool IsContainmentCheck(RuleContext context, CallExpressionSyntax call) =>
        context.CalleeOf(call) is { } callee ? ContainmentChecks.Contains(callee)
            : call.Function is AttributeExpressionSyntax { Name.Text: "is_relative_to" };

    private static bool Tainted(RuleContext context, ExpressionSyntax value, int depth)
    {
        if (depth > 6) return false;
        foreach (var part in value.DescendantNodesAndSelf(n => !IsSanitiser(context, n) && n is not LambdaExpressionSyntax))
        {
            if (IsSanitiser(context, part)) continue;
            if (part is NameExpressionSyntax name)
            {
                if (IsRequest(context, name)) return true;
                if (context.Model.GetReference(name) is { Bindings: [{ Value: { } assigned }] } && Tainted(context, assigned, depth + 1))
                    return true;
            }
        }
        return false;
    }

    private static bool IsSanitiser(RuleContext context, SyntaxNode node) =>
        node is CallExpressionSyntax call && context.CalleeOf(call) is { } callee && Sanitisers.Contains(callee);

    /// <summary><c>request.args</c>-like reads: Flask's request proxy, or a view's unresolved <c>request</c> parameter.</summary>
    private static bool IsRequest(RuleContext context, NameExpressionSyntax name)
    {
        if (name.Parent is not AttributeExpressionSyntax attribute || attribute.Value != name || !RequestData.Contains(attribute.Name.Text))
            return false;
        var qualified = context.Model.GetQualifiedName(name);
        if (qualified is "flask.request" or "quart.request") return true;
        return qualified is null && name.Identifier.Text == "request";
    }
}
