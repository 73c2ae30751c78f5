using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Files;

/// <summary>
/// <c>open(path, "w"/"a"/"w+")</c> and <c>Path.write_text/write_bytes</c> on a path in a shared, world-writable
/// directory: the call follows a symlink someone planted there. Code because the path is often built
/// (<c>Path("/var/tmp") / name</c>, <c>os.path.join("/tmp", name)</c>) and pathlib paths are not typed by the model;
/// the fix rewrites the mode string's "w" to "x", which a data edit cannot express.
/// </summary>
[CodeRule("PYSEC407")]
internal sealed class WriteInSharedDirectory : CodeRule
{
    private static readonly HashSet<string> Opens = new(StringComparer.Ordinal) { "builtins.open", "io.open", "codecs.open" };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => Opens;
    public override IReadOnlyCollection<string> CallMethods { get; } = ["write_text", "write_bytes"];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var model = context.Model;
        var callee = context.CalleeOf(call);
        if (callee is not null && Opens.Contains(callee))
        {
            var binding = model.BindCall(call);
            var path = FileRuleHelpers.Argument(binding, "file", 0);
            var mode = FileRuleHelpers.Argument(binding, "mode", 1);
            if (path is null || mode is null || model.Evaluate(mode).Value is not PyStr { Value: var text }) return;
            if (!(text.Contains('w') || text.Contains('a')) || !SharedDirectories.IsShared(model, path)) return;
            var fixes = text.Contains('w') && Parentheses.Strip(mode) is StringLiteralExpressionSyntax literal
                ? new[] { ExclusiveMode(context, literal) }
                : [];
            context.Report(call.Span, FileRuleHelpers.Captures(callee), fixes: fixes.OfType<Fix>().ToList());
            return;
        }
        // Path("/var/tmp/x").write_text(...): the receiver is an untyped pathlib value.
        if (FileRuleHelpers.UntypedPathMethod(context, call) is "write_text" or "write_bytes"
            && call.Function is AttributeExpressionSyntax attribute && SharedDirectories.IsShared(model, attribute.Value))
            context.Report(call.Span, FileRuleHelpers.Captures("pathlib.Path." + attribute.Name.Text));
    }

    /// <summary>"w" → "x" inside the literal's quotes: exclusive creation fails instead of following a planted link.</summary>
    private static Fix? ExclusiveMode(RuleContext context, StringLiteralExpressionSyntax literal)
    {
        var source = context.Text.Substring(literal.Span.Start, literal.Span.Length);
        var index = source.IndexOf('w');
        var quote = source.IndexOfAny(['"', '\'']);
        if (index < 0 || quote < 0 || index < quote) return null;
        return new Fix("Create the file exclusively (mode \"x\"); fails if it exists", FixSafety.Unsafe,
            [new TextEdit(new TextSpan(literal.Span.Start + index, 1), "x")]);
    }
}
