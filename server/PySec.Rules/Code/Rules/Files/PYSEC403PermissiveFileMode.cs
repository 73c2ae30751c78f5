using System.Numerics;
using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Files;

/// <summary>
/// chmod-family calls, <c>os.open</c> and directory creation with a mode that makes the file writable by others
/// (or, for files, by the group) or sets setuid/setgid. Code because modes are usually written with <c>stat</c>
/// constants (<c>stat.S_IRWXU | stat.S_IWOTH</c>), which the constant evaluator does not know, and because a bit
/// OR-ed into an unknown mode is still set (<c>st.st_mode | stat.S_IWOTH</c>) while <c>&amp; ~stat.S_IWOTH</c> clears it.
/// Execute bits for group and others (0o755), which Bandit's B103 also reports, are not a weakness and are not flagged.
/// </summary>
[CodeRule("PYSEC403")]
internal sealed class PermissiveFileMode : CodeRule
{
    private const int OtherWrite = 0x2;       // 0o002
    private const int GroupWrite = 0x10;      // 0o020
    private const int SetIds = 0xC00;         // 0o6000 (setuid | setgid)
    private const int AnyExecute = 0x49;      // 0o111

    private enum Target { File, Directory, Unknown }

    // Callee → (mode parameter, its position, what the mode applies to).
    private static readonly Dictionary<string, (string Name, int Position, Target Target)> ModeCalls = new(StringComparer.Ordinal)
    {
        ["os.chmod"] = ("mode", 1, Target.Unknown),
        ["os.lchmod"] = ("mode", 1, Target.Unknown),
        ["os.fchmod"] = ("mode", 1, Target.Unknown),
        ["os.open"] = ("mode", 2, Target.File),
        ["os.mkdir"] = ("mode", 1, Target.Directory),
        ["os.makedirs"] = ("mode", 1, Target.Directory),
        ["pathlib.Path.chmod"] = ("mode", 0, Target.Unknown),
        ["pathlib.Path.lchmod"] = ("mode", 0, Target.Unknown),
        ["pathlib.Path.mkdir"] = ("mode", 0, Target.Directory),
        ["pathlib.Path.touch"] = ("mode", 0, Target.File),
    };

    private static readonly Dictionary<string, int> StatBits = new(StringComparer.Ordinal)
    {
        ["S_ISUID"] = 0x800, ["S_ISGID"] = 0x400, ["S_ISVTX"] = 0x200,
        ["S_IRWXU"] = 0x1C0, ["S_IRUSR"] = 0x100, ["S_IWUSR"] = 0x80, ["S_IXUSR"] = 0x40,
        ["S_IRWXG"] = 0x38, ["S_IRGRP"] = 0x20, ["S_IWGRP"] = 0x10, ["S_IXGRP"] = 0x8,
        ["S_IRWXO"] = 0x7, ["S_IROTH"] = 0x4, ["S_IWOTH"] = 0x2, ["S_IXOTH"] = 0x1,
        ["S_IREAD"] = 0x100, ["S_IWRITE"] = 0x80, ["S_IEXEC"] = 0x40,
    };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => ModeCalls.Keys;
    public override IReadOnlyCollection<string> CallMethods { get; } = ["chmod", "lchmod", "mkdir", "touch"];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var callee = context.CalleeOf(call);
        if (callee is null || !ModeCalls.ContainsKey(callee))
        {
            // Path(p).chmod(0o777): pathlib paths are not typed by the model.
            if (FileRuleHelpers.UntypedPathMethod(context, call) is not ("chmod" or "lchmod" or "mkdir" or "touch") || !FileRuleHelpers.ImportsModule(context, "pathlib"))
                return;
            callee = "pathlib.Path." + ((AttributeExpressionSyntax)call.Function).Name.Text;
        }
        var (name, position, target) = ModeCalls[callee];
        var binding = context.BindingOf(call);
        if (FileRuleHelpers.Argument(binding, name, position) is not { } mode || SetBits(context.Model, mode) is not { } bits) return;

        string? problem = null;
        var severity = (Severity?)null;
        if ((bits & SetIds) != 0) problem = "sets the setuid/setgid bit";
        else if ((bits & OtherWrite) != 0) problem = "makes it writable by every local user";
        else if ((bits & GroupWrite) != 0 && target != Target.Directory)
        {
            problem = "makes it writable by the group";
            severity = Severity.Medium;
        }
        if (problem is null) return;

        var shown = "0o" + Convert.ToString(bits, 8);
        var message = $"`{callee}` with mode {shown} {problem}; use 0o600 for files and 0o700 for directories (0o640/0o750 with a dedicated group)";
        context.Report(call.Span, FileRuleHelpers.Captures(callee), severity, message, Fixes(mode, target, bits));
    }

    /// <summary>The unsafe quick fix: a literal mode becomes 0o600 (files) or 0o700 (directories, executables).</summary>
    private static IReadOnlyList<Fix> Fixes(ExpressionSyntax mode, Target target, int bits)
    {
        if (Parentheses.Strip(mode) is not NumberExpressionSyntax literal) return [];
        var replacement = target == Target.Directory || (bits & AnyExecute) != 0 ? "0o700" : "0o600";
        return [new Fix($"Restrict the mode to {replacement}", FixSafety.Unsafe, [new TextEdit(literal.Span, replacement)])];
    }

    /// <summary>The bits the mode surely sets: constants, stat names, and their |, +, &amp;, ^ and ~ combinations.</summary>
    private static int? SetBits(SemanticModel model, ExpressionSyntax expression)
    {
        expression = Parentheses.Strip(expression);
        if (model.Evaluate(expression).Value is PyInt integer)
            return integer.Value >= 0 && integer.Value <= 0xFFFF ? (int)integer.Value : null;
        if (expression is AttributeExpressionSyntax or NameExpressionSyntax
            && model.GetQualifiedName(expression) is { } qualified && qualified.StartsWith("stat.", StringComparison.Ordinal)
            && StatBits.TryGetValue(qualified[5..], out var bit))
            return bit;
        if (expression is BinaryExpressionSyntax binary)
        {
            var left = SetBits(model, binary.Left);
            var right = SetBits(model, binary.Right);
            return binary.Operator.Kind switch
            {
                // A bit OR-ed in is set whatever the other operand holds.
                SyntaxKind.Pipe => left is null && right is null ? null : (left ?? 0) | (right ?? 0),
                SyntaxKind.Plus when left is not null && right is not null => left + right,
                SyntaxKind.Ampersand when left is not null && right is not null => left & right,
                SyntaxKind.Caret when left is not null && right is not null => left ^ right,
                _ => null,
            };
        }
        if (expression is UnaryExpressionSyntax { Operator.Kind: SyntaxKind.Tilde } unary && SetBits(model, unary.Operand) is { } inverted)
            return ~inverted & 0xFFF;
        return null;
    }
}
