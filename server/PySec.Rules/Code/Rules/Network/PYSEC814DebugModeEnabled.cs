using PySec.Rules.Fixes;
using System.Text.RegularExpressions;
using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Network;

/// <summary>
/// Debug mode switched on with a literal True: Flask <c>app.run(debug=True)</c>, <c>app.debug = True</c>,
/// <c>app.config["DEBUG"] = True</c> and <c>app.config.update(DEBUG=True)</c>, and a module-level
/// <c>DEBUG = True</c> in a Django settings module. A C# rule because the settings case depends on the file's
/// path and the config case on what a subscript's owner is, which the assign matcher cannot combine.
/// </summary>
[CodeRule("PYSEC814")]
internal sealed partial class DebugModeEnabled : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression, SyntaxKind.AssignmentStatement];
    public override IReadOnlyCollection<string> CallNames { get; } = ["flask.Flask.run", "flask.Flask.config.update"];
    public override IReadOnlyCollection<string> CallMethods { get; } = ["run"];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (node is CallExpressionSyntax call) AnalyzeCall(call, context);
        else if (node is AssignmentStatementSyntax assignment) AnalyzeAssignment(assignment, context);
    }

    private static void AnalyzeCall(CallExpressionSyntax call, RuleContext context)
    {
        var model = context.Model;
        var callee = context.CalleeOf(call);
        if (callee is "flask.Flask.run" || callee is null && IsUntypedRun(call, context))
        {
            // Flask.run(host, port, debug, ...): the third positional is debug; untyped receivers by keyword only.
            if (NetworkFacts.Argument(call, "debug", callee is null ? null : 2) is { } debug && IsTrue(model, debug.Value))
            {
                var fix = new Fix("Remove debug=True (enable debug mode with `flask run --debug` or FLASK_DEBUG=1 instead)",
                    FixSafety.Unsafe, [new TextEdit(ArgumentRemoval.SpanOf(call, debug), "")]);
                context.Report(debug.Span, Captures("app.run(debug=True)"), fixes: debug.Name is null ? null : [fix]);
            }
            return;
        }
        if (callee is "flask.Flask.config.update"
            && call.Arguments.Arguments.FirstOrDefault(a => a.Star is null && a.Name?.Text == "DEBUG") is { } entry && IsTrue(model, entry.Value))
            context.Report(entry.Span, Captures("app.config.update(DEBUG=True)"));
    }

    // `app.run(debug=True)` on an app the model cannot type (created in another module), in a file that imports flask.
    private static bool IsUntypedRun(CallExpressionSyntax call, RuleContext context) =>
        call.Function is AttributeExpressionSyntax { Name.Text: "run" } attribute
        && context.Model.Resolve(attribute.Value) is null
        && context.BindsModule("flask");

    private static void AnalyzeAssignment(AssignmentStatementSyntax assignment, RuleContext context)
    {
        var model = context.Model;
        if (!IsTrue(model, assignment.Value)) return;
        foreach (var target in assignment.Targets.Select(t => t.Target))
        {
            string? label = target switch
            {
                AttributeExpressionSyntax attribute when model.GetQualifiedName(attribute) == "flask.Flask.debug" => "app.debug = True",
                SubscriptExpressionSyntax { Elements.Count: 1 } subscript
                    when model.GetQualifiedName(subscript.Value) == "flask.Flask.config"
                    && NetworkFacts.StringValue(model, subscript.Elements[0]) == "DEBUG" => "app.config[\"DEBUG\"] = True",
                NameExpressionSyntax { Identifier.Text: "DEBUG" } when NetworkFacts.IsModuleScope(assignment)
                    && SettingsModule().IsMatch(context.File.NormalizedPath) => "DEBUG = True",
                _ => null,
            };
            if (label is null) continue;
            var fix = new Fix("Set it to False (enable debug mode from the environment in development)", FixSafety.Unsafe,
                [new TextEdit(assignment.Value.Span, "False")]);
            context.Report(TextSpan.FromBounds(target.Span.Start, assignment.Value.Span.End), Captures(label), fixes: [fix]);
            return;
        }
    }

    private static bool IsTrue(SemanticModel model, ExpressionSyntax value) =>
        value is KeywordLiteralExpressionSyntax { Keyword.Text: "True" } || value is NameExpressionSyntax && model.Evaluate(value).Value is PyBool { Value: true };

    private static Dictionary<string, string> Captures(string name) => new() { ["name"] = name, ["callee"] = name };

    // settings.py, settings/<anything>.py, or <anything>_settings.py / settings_<anything>.py.
    [GeneratedRegex(@"(^|/)(settings/[^/]+|[^/]*settings[^/]*)\.py$")]
    private static partial Regex SettingsModule();
}
