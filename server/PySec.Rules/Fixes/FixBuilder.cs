using PySec.Rules.Matching;
using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Fixes;

/// <summary>
/// Turns a <see cref="FixTemplate"/> into concrete edits on a matched node. Edits touch only the tokens they
/// change, so the file's quotes, indentation and line endings stay as they were; a new string value takes the
/// quote character the call already uses. An operation that does not fit the node drops the whole fix.
/// </summary>
internal static class FixBuilder
{
    public static Fix? Build(FixTemplate template, MatchContext context, SyntaxNode node)
    {
        var edits = new List<TextEdit>();
        foreach (var operation in template.Edits)
        {
            var added = operation switch
            {
                RenameOperation rename => Rename(context.Model, node, rename.NewName, edits),
                RemoveArgumentOperation remove => node is CallExpressionSyntax call && RemoveArgument(call, remove.Name, edits),
                SetArgumentOperation set => node is CallExpressionSyntax call && SetArgument(context, call, set, edits),
                ReplaceValueOperation replace => ReplaceValue(node, replace.Value, edits),
                SplitCommandOperation split => node is CallExpressionSyntax call && SplitCommand(context, call, split.Name, edits),
                _ => false,
            };
            if (!added) return null;
        }
        return Overlapping(edits) ? null : new Fix(template.Title, template.Safety, edits);
    }

    private static bool Rename(SemanticModel model, SyntaxNode node, string newName, List<TextEdit> edits)
    {
        var target = node is CallExpressionSyntax call ? call.Function : node as ExpressionSyntax;
        switch (target is null ? null : Parentheses.Strip(target))
        {
            case AttributeExpressionSyntax attribute:
                edits.Add(new TextEdit(attribute.Name.Span, newName));
                return true;
            case NameExpressionSyntax name:
                return RenameImportedName(model, name, newName, edits);
            default:
                return false;
        }
    }

    /// <summary>
    /// <c>from yaml import load</c> … <c>load(x)</c>: the call becomes <c>safe_load(x)</c> and the import gains
    /// <c>safe_load</c> (the old name stays imported: other code may still use it). Aliased imports are left alone.
    /// </summary>
    private static bool RenameImportedName(SemanticModel model, NameExpressionSyntax name, string newName, List<TextEdit> edits)
    {
        if (model.GetReference(name) is not { Bindings: [{ Kind: BindingKind.FromImport, Node: ImportFromStatementSyntax import } binding] })
            return false;
        var alias = import.Names.FirstOrDefault(a => a.Alias is { } aliasToken ? aliasToken.Span == binding.Span : a.Name.Span == binding.Span);
        if (alias is null || alias.Alias is not null || import.Star is not null) return false;
        edits.Add(new TextEdit(name.Identifier.Span, newName));
        if (import.Names.Any(a => a.Alias is null && a.Name.ToString() == newName)) return true;
        var last = import.Names[import.Names.Count - 1];
        edits.Add(new TextEdit(new TextSpan(last.Span.End, 0), ", " + newName));
        return true;
    }

    private static bool RemoveArgument(CallExpressionSyntax call, string name, List<TextEdit> edits)
    {
        foreach (var argument in call.Arguments.Arguments)
        {
            if (argument.Name is not { } keyword || keyword.Text != name || argument.Star is not null) continue;
            edits.Add(new TextEdit(ArgumentRemoval.SpanOf(call, argument), ""));
            return true;
        }
        return false;
    }

    private static bool SetArgument(MatchContext context, CallExpressionSyntax call, SetArgumentOperation set, List<TextEdit> edits)
    {
        var value = MatchQuotes(set.Value, call, context.Model.Tree.Text);
        var arguments = call.Arguments.Arguments;
        // Passed already, by keyword or (with a known signature) by position: replace that value; a second keyword
        // for the same parameter would be a TypeError.
        var bound = (ReferenceEquals(call, context.Node) ? context.Binding! : context.Model.BindCall(call)).Get(set.Name);
        if (bound.State == ArgumentState.Unknown) return false;
        if (bound.Argument is { Star: null } passed)
        {
            edits.Add(new TextEdit(passed.Value.Span, value));
            return true;
        }
        var keywordText = set.Name + "=" + value;
        if (arguments.Count == 0)
        {
            edits.Add(new TextEdit(new TextSpan(call.Arguments.CloseParen.Span.Start, 0), keywordText));
            return true;
        }
        // After the last argument (before a trailing comma); a keyword after **kwargs is still valid Python.
        var last = arguments[arguments.Count - 1];
        edits.Add(new TextEdit(new TextSpan(last.Span.End, 0), ", " + keywordText));
        return true;
    }

    private static bool SplitCommand(MatchContext context, CallExpressionSyntax call, string name, List<TextEdit> edits)
    {
        if (context.Model.BindCall(call).Get(name).Value is not StringLiteralExpressionSyntax literal
            || context.Model.Evaluate(literal).Value is not PyStr command
            || command.Value.Length == 0 || command.Value.IndexOfAny(ShellSyntax) >= 0)
            return false;
        var quote = literal.ToString().TrimStart('r', 'R', 'u', 'U')[0];
        var words = command.Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        edits.Add(new TextEdit(literal.Span, "[" + string.Join(", ", words.Select(w => quote + w + quote)) + "]"));
        return true;
    }

    // Quotes, escapes, expansions, globs, redirections, separators and newlines mean the shell did more than split.
    private static readonly char[] ShellSyntax = "'\"\\$`*?[]{}~<>|&;()#!\n\r".ToCharArray();

    private static bool ReplaceValue(SyntaxNode node, string value, List<TextEdit> edits)
    {
        ExpressionSyntax? target = node switch
        {
            AssignmentStatementSyntax assignment => assignment.Value,
            AnnotatedAssignmentStatementSyntax annotated => annotated.Value,
            ArgumentSyntax argument => argument.Value,
            DictEntrySyntax entry => entry.Value,
            ParameterSyntax parameter => parameter.Default,
            _ => null,
        };
        if (target is null) return false;
        edits.Add(new TextEdit(target.Span, value));
        return true;
    }

    /// <summary>A double-quoted string value is written with single quotes when the call's own strings use them.</summary>
    private static string MatchQuotes(string value, CallExpressionSyntax call, string text)
    {
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"' || value[1..^1].Contains('\'') || value[1..^1].Contains('"')) return value;
        foreach (var token in call.DescendantTokens())
        {
            if (token.Kind != SyntaxKind.String) continue;
            var quote = token.Text.TrimStart('r', 'R', 'b', 'B', 'u', 'U', 'f', 'F');
            if (quote.Length > 0 && quote[0] == '\'') return "'" + value[1..^1] + "'";
            if (quote.Length > 0 && quote[0] == '"') return value;
        }
        return value;
    }

    private static bool Overlapping(List<TextEdit> edits)
    {
        edits.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (var index = 1; index < edits.Count; index++)
            if (edits[index].Span.Start < edits[index - 1].Span.End) return true;
        return false;
    }
}
