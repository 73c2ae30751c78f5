using System.Text.RegularExpressions;
using PySec.Semantics;
using PySec.Syntax;
using static PySec.Rules.Code.Rules.Injection.InjectionValues;

namespace PySec.Rules.Code.Rules.Injection;

/// <summary>
/// SQL text built with an f-string, %, format() or + from values that are not constant, reaching a DB-API
/// execute call, SQLAlchemy text()/exec_driver_sql, pandas.read_sql, or (for any other call) an argument that is a
/// complete SQL statement. Data cannot say it: the SQL may arrive through a variable (the model folds only fully
/// constant names), and holes that are harmless (a placeholder list "?, ?, ?", an int()) must be told apart.
/// </summary>
[CodeRule("PYSEC110")]
internal sealed partial class SqlBuiltFromValues : CodeRule
{
    private static readonly HashSet<string> ExecuteMethods = ["execute", "executemany", "executescript", "exec_driver_sql", "mogrify"];

    // Calls whose first argument is SQL text, whatever the receiver.
    private static readonly HashSet<string> SqlFunctions =
    [
        "sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text",
        "pandas.read_sql", "pandas.read_sql_query", "pandas.io.sql.read_sql", "pandas.io.sql.read_sql_query",
    ];

    // Calls whose text is not a query even when it reads like one.
    private static readonly string[] NotQueries = ["logging.", "builtins.print", "warnings.warn", "builtins.Exception", "builtins.ValueError"];

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var model = context.Model;
        var callee = context.CalleeOf(call);
        var method = call.Function is AttributeExpressionSyntax attribute ? attribute.Name.Text : null;

        var isSqlFunction = callee is not null && SqlFunctions.Contains(callee);
        var isExecute = method is not null && ExecuteMethods.Contains(method) && !IsModuleFunction(model, call);
        if (isSqlFunction || isExecute)
        {
            var sql = Argument(call, 0, "sql", "query", "operation", "statement", "sql_script", "text", "sql_text");
            if (sql is null) return;
            var (root, result) = Follow(model, sql);
            if (!HasUnsafeHoles(model, root, result)) return;
            // A receiver the model cannot type may not be a database: ask for some SQL in the text.
            if (!isSqlFunction && !SqlWord().IsMatch(TemplateText(result)!)) return;
            context.Report(sql, callee ?? Label(call.Function));
            return;
        }

        if (callee is not null && NotQueries.Any(callee.StartsWith)) return;
        if (method is "debug" or "info" or "warning" or "error" or "exception" or "critical") return;
        foreach (var argument in call.Arguments.Arguments)
        {
            if (argument.Star is not null) continue;
            var value = Parentheses.Strip(argument.Value);
            if (value is not (StringLiteralExpressionSyntax or BinaryExpressionSyntax or CallExpressionSyntax)) continue;
            var result = context.Evaluate(value);
            if (!HasUnsafeHoles(model, value, result) || !SqlStatement().IsMatch(TemplateText(result)!)) continue;
            context.Report(value, callee ?? Label(call.Function), message:
                "SQL statement built from values that are not constant, passed to `{name}`; pass the values as query parameters");
        }
    }

    /// <summary>The callee as written (cursor.execute), shortened, for a receiver the model cannot name.</summary>
    private static string Label(ExpressionSyntax function)
    {
        var text = function.ToString().Trim();
        return text.Length > 40 ? "..." + text[^37..] : text;
    }

    /// <summary>os.execute-like functions of modules are not database calls (none exist today, but a module is never a cursor).</summary>
    private static bool IsModuleFunction(SemanticModel model, CallExpressionSyntax call) =>
        call.Function is AttributeExpressionSyntax attribute && model.Resolve(attribute.Value) is { IsInstance: false } resolved
        && model.Bindings.Any(b => b.Kind is BindingKind.Import && b.ImportedName == resolved.QualifiedName);

    private static bool HasUnsafeHoles(SemanticModel model, SyntaxNode root, ConstantResult result)
    {
        if (!HasHoles(result)) return false;
        foreach (var hole in Holes(root, result))
            if (hole is null || !IsHarmless(model, hole)) return true;
        return false;
    }

    /// <summary>A hole that cannot carry SQL syntax: a number conversion, or a list of placeholders ("?, ?, ?").</summary>
    private static bool IsHarmless(SemanticModel model, ExpressionSyntax hole)
    {
        hole = Parentheses.Strip(hole);
        if (hole is not CallExpressionSyntax call) return false;
        if (model.GetCalleeName(call) is "builtins.int" or "builtins.float" or "builtins.len") return true;
        if (call.Function is not AttributeExpressionSyntax { Name.Text: "join" } join || !model.Evaluate(join.Value).IsKnown) return false;
        var literals = call.Arguments.DescendantNodes().OfType<StringLiteralExpressionSyntax>().ToList();
        return literals.Count > 0 && literals.All(l => model.Evaluate(l).Value is PyStr text && Placeholder().IsMatch(text.Value));
    }

    [GeneratedRegex(@"^\s*(\?|%s|%\(\w+\)s|:\w+|\$\d+)\s*$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(select|insert|update|delete|replace|merge|create|drop|alter|truncate|with|pragma|exec|call|grant|revoke|from|where|values|set|order\s+by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SqlWord();

    // A whole statement, not prose: "Select one from the list: {…}" has no table-like continuation after FROM.
    [GeneratedRegex(@"^\s*(?:select\s+.+?\s+from\s+[\w.""`\[\]{…}]+(?:\s*$|\s*[;),]|\s+(?:where|join|inner|left|right|full|outer|cross|natural|order|group|limit|offset|having|union|as|on|for|[a-z]\w*\s+(?:where|join|on|order|group|limit))\b)|insert\s+(?:or\s+\w+\s+)?into\s+[\w.""`\[\]{…}]+|update\s+[\w.""`\[\]{…}]+\s+set\s|delete\s+from\s+[\w.""`\[\]{…}]+)",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SqlStatement();
}
