using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Network;

/// <summary>
/// Outbound requests whose URL is built from request data (SSRF), and urllib's openers on a URL whose scheme is
/// not fixed (file://, ftp:// and custom schemes; Bandit B310). A C# rule because "built from request data" looks
/// through f-strings, concatenation and local names, which value conditions cannot. Request data is recognised
/// syntactically (see <see cref="NetworkFacts.IsRequestData"/>); values passed through other functions are not followed.
/// </summary>
[CodeRule("PYSEC809")]
internal sealed class RequestUrlNotValidated : CodeRule
{
    private static readonly HashSet<string> UrllibOpeners =
    [
        "urllib.request.urlopen", "urllib.request.urlretrieve", "urllib.request.URLopener", "urllib.request.FancyURLopener",
        "six.moves.urllib.request.urlopen", "six.moves.urllib.request.urlretrieve",
        "six.moves.urllib.request.URLopener", "six.moves.urllib.request.FancyURLopener",
    ];

    private static readonly HashSet<string> RequestConstructors = ["urllib.request.Request", "six.moves.urllib.request.Request"];

    private static readonly HashSet<string> MethodFirst =
    [
        "requests.request", "requests.Session.request", "requests.sessions.Session.request", "httpx.request",
        "httpx.Client.request", "httpx.AsyncClient.request", "aiohttp.request", "aiohttp.ClientSession.request",
        "urllib3.request", "urllib3.PoolManager.request", "urllib3.PoolManager.urlopen",
    ];

    private static readonly string[] ClientPrefixes = ["requests.", "httpx.", "aiohttp.ClientSession.", "urllib3.PoolManager."];

    private static readonly HashSet<string> ClientMethods = ["get", "post", "put", "patch", "delete", "head", "options", "stream", "request", "urlopen"];

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } =
        [.. UrllibOpeners, .. RequestConstructors, .. MethodFirst, .. ClientPrefixes.Select(p => p + "*")];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var model = context.Model;
        if (context.CalleeOf(call) is not { } callee) return;
        var isOpener = UrllibOpeners.Contains(callee) || RequestConstructors.Contains(callee);
        var isClient = MethodFirst.Contains(callee)
            || ClientPrefixes.Any(p => callee.StartsWith(p, StringComparison.Ordinal) && ClientMethods.Contains(callee[(callee.LastIndexOf('.') + 1)..]));
        if (!isOpener && !isClient) return;
        var url = NetworkFacts.Argument(call, "url", MethodFirst.Contains(callee) ? 1 : 0)?.Value
            ?? (callee.EndsWith(".urlopen", StringComparison.Ordinal) ? NetworkFacts.Argument(call, "fullurl", 0)?.Value : null);
        if (url is null) return;
        var captures = new Dictionary<string, string> { ["callee"] = callee, ["name"] = callee };
        if (NetworkFacts.IsRequestData(model, url))
        {
            context.Report(url.Span, captures);
            return;
        }
        if (!isOpener || SchemeIsFixed(model, url)) return;
        context.Report(url.Span, captures, message:
            $"`{callee}` on a URL whose scheme is not checked also opens file:// and ftp:// URLs; check urlsplit(url).scheme is http or https first");
    }

    /// <summary>A constant URL, a string whose literal start is http(s)://, or a urllib Request object built here.</summary>
    private static bool SchemeIsFixed(SemanticModel model, ExpressionSyntax url)
    {
        var evaluated = model.Evaluate(url);
        if (evaluated.Value is PyStr) return true;
        if (evaluated.TemplateText is { } template && (template.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || template.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            return true;
        // urlopen(Request(...)): the Request construction is checked itself.
        return url is CallExpressionSyntax inner && model.GetCalleeName(inner) is { } name && RequestConstructors.Contains(name);
    }
}
