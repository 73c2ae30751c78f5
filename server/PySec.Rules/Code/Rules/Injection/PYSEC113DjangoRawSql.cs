using PySec.Semantics;
using PySec.Syntax;
using static PySec.Rules.Code.Rules.Injection.InjectionValues;

namespace PySec.Rules.Code.Rules.Injection;

/// <summary>
/// Django's raw-SQL escape hatches with SQL that is not constant: QuerySet.extra(select/where/tables/order_by),
/// RawSQL(sql), Manager.raw(sql built with formatting). Model managers (Article.objects) resolve to names the model
/// cannot type, so the methods are matched by name and shape, as Bandit's B610 does, without an import gate.
/// </summary>
[CodeRule("PYSEC113")]
internal sealed class DjangoRawSql : CodeRule
{
    private static readonly HashSet<string> RawSqlNames =
        ["django.db.models.expressions.RawSQL", "django.db.models.RawSQL"];

    // extra(select=None, where=None, params=None, tables=None, order_by=None, select_params=None)
    private static readonly (string Name, int Position)[] ExtraSqlParameters = [("select", 0), ("where", 1), ("tables", 3), ("order_by", 4)];

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => RawSqlNames;
    public override IReadOnlyCollection<string> CallMethods { get; } = ["extra", "raw"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var model = context.Model;
        var callee = context.CalleeOf(call);
        if (callee is not null && RawSqlNames.Contains(callee))
        {
            if (Argument(call, 0, "sql") is { } sql && !model.Evaluate(sql).IsKnown)
                context.Report(sql, "RawSQL");
            return;
        }
        if (call.Function is not AttributeExpressionSyntax { Name.Text: var method } || callee is not null && IsImportedModuleFunction(model, call)) return;
        if (method == "extra")
        {
            foreach (var (name, position) in ExtraSqlParameters)
                if (Argument(call, position, name) is { } value && !IsLiteralSql(model, value, name == "select"))
                {
                    context.Report(value, "extra(" + name + "=...)");
                    return;
                }
        }
        else if (method == "raw" && Argument(call, 0, "raw_query") is { } query)
        {
            var (root, result) = Follow(model, query);
            if (HasHoles(result) && TemplateText(result) is { } text && text.Contains("select", StringComparison.OrdinalIgnoreCase))
                context.Report(query, "raw");
        }
    }

    /// <summary>String literals: a list or tuple of them, or for select a dict of literal keys and values.</summary>
    private static bool IsLiteralSql(SemanticModel model, ExpressionSyntax value, bool isSelect) => model.Evaluate(value).Value switch
    {
        PyNone => true,
        PyDict dict when isSelect => dict.Entries.All(e => e.Key is PyStr && e.Value is PyStr),
        PyList list when !isSelect => list.Items.All(i => i is PyStr),
        PyTuple tuple when !isSelect => tuple.Items.All(i => i is PyStr),
        _ => false,
    };

    private static bool IsImportedModuleFunction(SemanticModel model, CallExpressionSyntax call) =>
        call.Function is AttributeExpressionSyntax attribute && model.Resolve(attribute.Value) is { IsInstance: false } resolved
        && model.Bindings.Any(b => b.Kind is BindingKind.Import && b.ImportedName == resolved.QualifiedName);
}
