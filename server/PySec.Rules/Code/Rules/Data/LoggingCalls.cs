using System.Text.RegularExpressions;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Data;

/// <summary>What PYSEC907 and PYSEC908 share: which calls write log records, and which values come from a request.</summary>
internal static partial class LoggingCalls
{
    private static readonly HashSet<string> Levels = new(StringComparer.Ordinal)
    {
        "debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log",
    };

    // Attributes of a request object that carry client data (Flask/Werkzeug, Django, DRF, Starlette/FastAPI).
    private static readonly HashSet<string> RequestData = new(StringComparer.Ordinal)
    {
        "args", "form", "values", "json", "data", "headers", "cookies", "files", "get_json", "get_data", "GET", "POST",
        "META", "COOKIES", "FILES", "body", "query_params", "path_params", "query_string", "environ", "path", "full_path", "url",
    };

    /// <summary>
    /// The index of the message argument when <paramref name="call"/> writes a log record (logging.info(...),
    /// logging.Logger.warning(...) on a logger the model knows), else -1. <c>log(level, msg, ...)</c> has it at 1.
    /// </summary>
    /// <summary>Every callee <see cref="MessageIndex"/> accepts, for the rules' dispatch.</summary>
    public static IReadOnlyCollection<string> Callees { get; } =
        [.. new[] { "logging", "logging.Logger", "logging.LoggerAdapter", "logging.RootLogger" }.SelectMany(owner => Levels.Select(level => owner + "." + level))];

    public static int MessageIndex(RuleContext context, CallExpressionSyntax call)
    {
        var callee = context.CalleeOf(call);
        if (callee is null) return -1;
        var dot = callee.LastIndexOf('.');
        if (dot < 0 || !Levels.Contains(callee[(dot + 1)..])) return -1;
        var owner = callee[..dot];
        if (owner is not ("logging" or "logging.Logger" or "logging.LoggerAdapter" or "logging.RootLogger")) return -1;
        return callee.EndsWith(".log", StringComparison.Ordinal) ? 1 : 0;
    }

    /// <summary>Whether the expression reads client data from a request (<c>request.form["x"]</c>, <c>request.GET.get("x")</c>).</summary>
    public static bool FromRequest(RuleContext context, ExpressionSyntax expression)
    {
        foreach (var node in expression.DescendantNodesAndSelf())
        {
            if (node is not AttributeExpressionSyntax attribute || !RequestData.Contains(attribute.Name.Text)) continue;
            if (IsRequest(context, attribute.Value)) return true;
        }
        return false;
    }

    /// <summary>A request object: Flask's <c>request</c> proxy, or a name or attribute called request (Django views, self.request).</summary>
    public static bool IsRequest(RuleContext context, ExpressionSyntax expression)
    {
        if (context.Model.GetQualifiedName(expression) is { } qualified)
            return qualified is "flask.request" or "quart.request" or "bottle.request";
        return expression switch
        {
            NameExpressionSyntax name => name.Identifier.Text is "request" or "req",
            AttributeExpressionSyntax attribute => attribute.Name.Text == "request",
            _ => false,
        };
    }

    /// <summary>The %-conversions of a logging format, in argument order ('s', 'r', 'd', ...); null when it uses a mapping.</summary>
    public static List<char>? Conversions(string format)
    {
        var conversions = new List<char>();
        foreach (Match match in Conversion().Matches(format))
        {
            if (match.Groups["kind"].Value == "%") continue;
            if (match.Groups["key"].Success) return null;
            if (match.Groups["width"].Value == "*") conversions.Add('*');
            if (match.Groups["precision"].Value == "*") conversions.Add('*');
            conversions.Add(match.Groups["kind"].Value[0]);
        }
        return conversions;
    }

    [GeneratedRegex(@"%(?<key>\([^)]*\))?[#0\- +]*(?<width>\*|\d+)?(?:\.(?<precision>\*|\d+))?[hlL]?(?<kind>[diouxXeEfFgGcrsa%])")]
    private static partial Regex Conversion();
}
