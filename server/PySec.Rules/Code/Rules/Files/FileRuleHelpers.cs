using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Files;

/// <summary>Small helpers shared by the file-system rules.</summary>
internal static class FileRuleHelpers
{
    /// <summary>The argument for a parameter: by keyword, else by position (for callees without a known signature).</summary>
    public static ExpressionSyntax? Argument(CallBinding binding, string name, int position)
    {
        var bound = binding.Get(name);
        if (bound.State == ArgumentState.Bound && bound.Value is { } value) return value;
        if (binding.Signature is not null) return null;
        return position >= 0 && position < binding.Positional.Count ? binding.Positional[position].Value : null;
    }

    /// <summary>
    /// A method call on a receiver the model cannot type (<c>Path(p).chmod(...)</c>, a parameter <c>path.exists()</c>)
    /// in a file that imports pathlib: the method's name, else null.
    /// </summary>
    public static string? UntypedPathMethod(RuleContext context, CallExpressionSyntax call)
    {
        if (call.Function is not AttributeExpressionSyntax attribute) return null;
        var resolved = context.Model.Resolve(attribute.Value);
        if (resolved is not null && !resolved.QualifiedName.StartsWith("pathlib.", StringComparison.Ordinal)) return null;
        return attribute.Name.Text;
    }

    public static bool ImportsModule(RuleContext context, string module) => context.BindsModule(module);

    public static Dictionary<string, string> Captures(string callee) => new() { ["callee"] = callee, ["name"] = callee };
}

/// <summary>Whether a path expression names a place in a shared, world-writable directory.</summary>
internal static class SharedDirectories
{
    private static readonly System.Text.RegularExpressions.Regex Shared =
        new(@"^/(tmp|var/tmp|dev/shm)(/|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A constant or f-string path under /tmp, /var/tmp or /dev/shm, also through os.path.join, Path(...), the
    /// <c>/</c> operator of paths, and names bound once to such a value.
    /// </summary>
    public static bool IsShared(SemanticModel model, ExpressionSyntax expression, int depth = 0)
    {
        if (depth > 8) return false;
        expression = Parentheses.Strip(expression);
        if (model.Evaluate(expression).KnownPrefix is { Length: > 0 } prefix && Shared.IsMatch(prefix)) return true;
        switch (expression)
        {
            case CallExpressionSyntax call when model.GetCalleeName(call) is "os.path.join" or "pathlib.Path" or "pathlib.PurePath" or "pathlib.PosixPath"
                && call.Arguments.Arguments is [{ Name: null, Star: null } first, ..]:
                return IsShared(model, first.Value, depth + 1);
            case BinaryExpressionSyntax { Operator.Kind: SyntaxKind.Slash } slash:
                return IsShared(model, slash.Left, depth + 1);
            case NameExpressionSyntax name when model.GetReference(name) is { Bindings: [{ Value: { } value }] }:
                return IsShared(model, value, depth + 1);
            default:
                return false;
        }
    }
}
