using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Runtime;

/// <summary>
/// Exception details written into an HTTP response: <c>traceback.format_exc()</c> and friends, or a caught exception
/// (<c>except E as e</c>, an error handler's parameter) used as text (<c>e</c>, <c>str(e)</c>, <c>repr(e)</c>,
/// <c>f"{e}"</c>, <c>e.args</c>) inside a response constructor, or returned from a route or error handler. A local
/// approximation of the taint flow: only values written in the response expression itself are seen, and
/// attributes such as <c>e.code</c> or <c>e.status_code</c> are not details. Code because it looks for a source
/// inside a sink's arguments.
/// </summary>
[CodeRule("PYSEC011")]
internal sealed class ExceptionInResponse : CodeRule
{
    private static readonly HashSet<string> ResponseBuilders = new(StringComparer.Ordinal)
    {
        "flask.jsonify", "flask.make_response", "flask.Response", "flask.wrappers.Response", "flask.abort",
        "werkzeug.wrappers.Response", "werkzeug.Response",
        "django.http.HttpResponse", "django.http.HttpResponseServerError", "django.http.HttpResponseBadRequest",
        "django.http.JsonResponse", "django.http.response.HttpResponse", "django.http.response.JsonResponse",
        "rest_framework.response.Response", "fastapi.HTTPException", "fastapi.responses.JSONResponse",
        "fastapi.responses.PlainTextResponse", "fastapi.responses.HTMLResponse", "starlette.responses.JSONResponse",
        "starlette.responses.PlainTextResponse", "starlette.responses.HTMLResponse", "starlette.responses.Response",
        "starlette.exceptions.HTTPException", "aiohttp.web.Response", "aiohttp.web.json_response",
    };

    private static readonly HashSet<string> TracebackText = new(StringComparer.Ordinal)
    {
        "traceback.format_exc", "traceback.format_exception", "traceback.format_exception_only", "traceback.format_tb",
        "traceback.format_stack", "traceback.extract_tb", "sys.exc_info",
    };

    // Decorators whose function answers HTTP requests (Flask/FastAPI/Starlette/Django REST framework names).
    private static readonly HashSet<string> HandlerDecorators = new(StringComparer.Ordinal)
    {
        "route", "get", "post", "put", "patch", "delete", "errorhandler", "app_errorhandler", "exception_handler", "api_view",
    };

    private static readonly HashSet<string> DetailAttributes = new(StringComparer.Ordinal)
    {
        "args", "message", "msg", "strerror", "detail", "description", "__traceback__", "__cause__", "__context__",
    };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression, SyntaxKind.ReturnStatement];
    public override IReadOnlyCollection<string> CallNames => ResponseBuilders;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (node is CallExpressionSyntax call)
        {
            if (context.CalleeOf(call) is { } callee && ResponseBuilders.Contains(callee))
                ReportDetails(call.Arguments, context, skipBuilders: false);
            return;
        }
        var statement = (ReturnStatementSyntax)node;
        if (statement.Value is { } value && IsHandler(node.FirstAncestorOrSelf<FunctionDefinitionSyntax>()))
            ReportDetails(value, context, skipBuilders: true);
    }

    private static void ReportDetails(SyntaxNode root, RuleContext context, bool skipBuilders)
    {
        bool Descend(SyntaxNode n) => !(skipBuilders && n is CallExpressionSyntax inner
            && context.CalleeOf(inner) is { } name && ResponseBuilders.Contains(name));
        foreach (var candidate in root.DescendantNodesAndSelf(Descend))
        {
            if (candidate is CallExpressionSyntax call && context.CalleeOf(call) is { } callee && TracebackText.Contains(callee))
                context.Report(call, callee);
            else if (candidate is NameExpressionSyntax name && IsExceptionText(context, name))
                context.Report(name, $"the exception `{name.Identifier.Text}`");
        }
    }

    private static bool IsExceptionText(RuleContext context, NameExpressionSyntax name)
    {
        if (context.Model.GetReference(name) is not { Bindings.Count: > 0 } reference) return false;
        if (!reference.Bindings.All(b => b.Kind == BindingKind.ExceptHandler || IsErrorHandlerParameter(b))) return false;
        return name.Parent switch
        {
            AttributeExpressionSyntax attribute when attribute.Value == name => DetailAttributes.Contains(attribute.Name.Text),
            ArgumentSyntax { Parent.Parent: CallExpressionSyntax wrapper } =>
                context.CalleeOf(wrapper) is not ("builtins.type" or "builtins.isinstance" or "builtins.id" or "builtins.hash"),
            _ => true,
        };
    }

    /// <summary>The exception parameter of an error handler (<c>@app.errorhandler(Exception) def handle(exc)</c>).</summary>
    private static bool IsErrorHandlerParameter(Binding binding) =>
        binding.Kind == BindingKind.Parameter
        && binding.Node.FirstAncestorOrSelf<FunctionDefinitionSyntax>() is { } function
        && function.Decorators.Any(d => DecoratorName(d) is "errorhandler" or "app_errorhandler" or "exception_handler")
        && function.Parameters.Parameters.OfType<ParameterSyntax>().LastOrDefault()?.Name.Span == binding.Span;

    private static bool IsHandler(FunctionDefinitionSyntax? function) =>
        function is not null && function.Decorators.Any(d => DecoratorName(d) is { } name && HandlerDecorators.Contains(name));

    private static string? DecoratorName(DecoratorSyntax decorator)
    {
        var expression = decorator.Expression is CallExpressionSyntax call ? call.Function : decorator.Expression;
        return expression switch
        {
            AttributeExpressionSyntax attribute => attribute.Name.Text,
            NameExpressionSyntax name => name.Identifier.Text,
            _ => null,
        };
    }
}
