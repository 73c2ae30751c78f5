using PySec.Semantics;
using PySec.Syntax;
using static PySec.Rules.Code.Rules.Injection.InjectionValues;

namespace PySec.Rules.Code.Rules.Injection;

/// <summary>
/// str.format / format_map / % whose template is not constant. The template is the receiver (or the left operand),
/// which argument conditions cannot reach, and its kind (a string, not a number or an arrow date) must be guessed
/// from the shape of the call.
/// </summary>
[CodeRule("PYSEC105")]
internal sealed class FormatTemplateNotLiteral : CodeRule
{
    // Translated strings come from the application's catalogues, not from users.
    private static readonly HashSet<string> Translations =
        ["_", "gettext", "ngettext", "pgettext", "npgettext", "ugettext", "ungettext", "gettext_lazy", "ugettext_lazy", "lazy_gettext", "_l", "N_"];

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression, SyntaxKind.BinaryExpression];
    public override IReadOnlyCollection<string> CallMethods { get; } = ["format", "format_map"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        switch (node)
        {
            case CallExpressionSyntax { Function: AttributeExpressionSyntax { Name.Text: "format" or "format_map" } method } call:
                if (!IsTemplateCandidate(model, method.Value)) return;
                // date.format("YYYY-MM-DD") (arrow, pendulum): one constant argument is a date pattern, not data.
                if (method.Name.Text == "format" && call.Arguments.Arguments.Count == 1
                    && call.Arguments.Arguments[0] is { Name: null, Star: null } only && model.Evaluate(only.Value).IsKnown) return;
                context.Report(method.Value, method.Name.Text);
                return;
            case BinaryExpressionSyntax { Operator.Kind: SyntaxKind.Percent } percent:
                // Only a tuple or dict on the right makes % surely string formatting (n % 2 is arithmetic).
                if (Parentheses.Strip(percent.Right) is not (TupleExpressionSyntax or DictExpressionSyntax)) return;
                if (!IsTemplateCandidate(model, percent.Left)) return;
                context.Report(percent.Left, "%");
                return;
        }
    }

    private static bool IsTemplateCandidate(SemanticModel model, ExpressionSyntax template)
    {
        var result = model.Evaluate(template);
        if (result.IsKnown) return false;
        if (result.Template is not null) return true;
        var inner = Parentheses.Strip(template);
        if (inner is CallExpressionSyntax call && LastName(call.Function) is { } function && Translations.Contains(function)) return false;
        if (inner is not (NameExpressionSyntax or AttributeExpressionSyntax or SubscriptExpressionSyntax or CallExpressionSyntax)) return false;
        // A template object made by a known class (Markup("<b>{}</b>"), psycopg sql.SQL("... {}")) formats safely or is
        // judged by its own rule; only str(value) is plainly a string made from data.
        if (inner is CallExpressionSyntax made && model.GetCalleeName(made) is { } maker)
            return maker == "builtins.str" && Argument(made, 0) is { } text && !model.Evaluate(text).IsKnown;
        // A module, class or known object (string.Formatter(), logging.Formatter) is not a template.
        if (model.Resolve(inner) is not null) return false;
        if (LastName(inner) is { } last && last.Contains("formatter", StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
