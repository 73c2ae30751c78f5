using PySec.Rules.Fixes;
using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Xml;

/// <summary>
/// register_instance(..., allow_dotted_names=True), and imports of the XML-RPC modules in a file that never calls
/// defusedxml.xmlrpc.monkey_patch(). "Nowhere in the file" is a whole-file condition the data matchers cannot state.
/// </summary>
[CodeRule("PYSEC603")]
internal sealed class XmlRpcExposure : CodeRule
{
    private static readonly string[] Modules = ["xmlrpc", "xmlrpclib", "SimpleXMLRPCServer", "DocXMLRPCServer"];

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression, SyntaxKind.ImportStatement, SyntaxKind.ImportFromStatement];
    public override IReadOnlyCollection<string> CallMethods { get; } = ["register_instance"];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        switch (node)
        {
            case CallExpressionSyntax call:
                AnalyzeCall(call, context);
                return;
            case ImportStatementSyntax import:
                foreach (var alias in import.Names)
                    if (IsXmlRpc(Dotted(alias.Name)) && !IsPatched(model))
                    {
                        context.Report(alias, Dotted(alias.Name));
                        return;
                    }
                return;
            // "from xmlrpc import client" names the module in the imported name.
            case ImportFromStatementSyntax { Dots.Count: 0, Module: { } module } from:
                var name = Dotted(module);
                if ((IsXmlRpc(name) || from.Names.Any(a => IsXmlRpc(name + "." + Dotted(a.Name)))) && !IsPatched(model))
                    context.Report(module, name);
                return;
        }
    }

    private static void AnalyzeCall(CallExpressionSyntax call, RuleContext context)
    {
        if (call.Function is not AttributeExpressionSyntax { Name.Text: "register_instance" }) return;
        var model = context.Model;
        var callee = context.CalleeOf(call);
        // A known receiver must be an XML-RPC server; an untyped one counts in a file that uses XML-RPC.
        if (callee is not null && !Modules.Any(m => callee.StartsWith(m + ".", StringComparison.Ordinal))) return;
        if (callee is null && !Modules.Any(context.BindsModule))
            return;
        ArgumentSyntax? flag = null;
        var index = 0;
        foreach (var argument in call.Arguments.Arguments)
        {
            if (argument.Star is not null) return;
            if (argument.Name?.Text == "allow_dotted_names" || argument.Name is null && index++ == 1) flag = argument;
        }
        if (flag is null || model.Evaluate(flag.Value).Value is not { } value || PyTruth.Of(value) != true) return;
        context.Report(flag, "register_instance", message:
            "`register_instance(..., allow_dotted_names=True)` lets callers reach any attribute of the instance, its module globals and beyond; register individual functions",
            fixes: [new Fix("Do not allow dotted names (remove the argument)", FixSafety.Safe, [new TextEdit(ArgumentRemoval.SpanOf(call, flag), "")])]);
    }

    private static bool IsXmlRpc(string module) =>
        Modules.Any(m => module == m || module.StartsWith(m + ".", StringComparison.Ordinal));

    private static bool IsPatched(SemanticModel model) =>
        model.Tree.Text.Contains("monkey_patch", StringComparison.Ordinal) && model.Tree.Root.DescendantNodes().OfType<CallExpressionSyntax>()
            .Any(c => model.GetCalleeName(c) is "defusedxml.xmlrpc.monkey_patch");

    private static string Dotted(DottedNameSyntax name) => string.Join('.', name.Parts.Select(t => t.Text));
}
