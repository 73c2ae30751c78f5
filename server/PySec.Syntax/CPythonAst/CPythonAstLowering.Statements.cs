using S = PySec.Syntax.Green.SyntaxSlots;

namespace PySec.Syntax.CPythonAst;

public sealed partial class CPythonAstLowering
{
    private List<AstNode> LowerStatements(List<GreenCursor> statements)
    {
        var result = new List<AstNode>(statements.Count);
        foreach (var statement in statements) result.Add(LowerStatement(statement));
        return result;
    }

    private AstNode LowerStatement(GreenCursor node)
    {
        if (!HasStackRoom()) return Error(Span(node));
        return node.Kind switch
        {
            SyntaxKind.ExpressionStatement => Simple(node, new AstNode("Expr").Add("value", Expression(node, S.ExpressionStatement.Expression))),
            SyntaxKind.AssignmentStatement => Simple(node, Assign(node)),
            SyntaxKind.AnnotatedAssignmentStatement => Simple(node, AnnAssign(node)),
            SyntaxKind.AugmentedAssignmentStatement => Simple(node, new AstNode("AugAssign")
                .Add("target", Expression(node, S.AugmentedAssignmentStatement.Target, ExpressionContext.Store))
                .Add("op", Operator(node[S.AugmentedAssignmentStatement.Operator]!.Value.Kind))
                .Add("value", Expression(node, S.AugmentedAssignmentStatement.Value))),
            SyntaxKind.PassStatement => Simple(node, new AstNode("Pass")),
            SyntaxKind.BreakStatement => Simple(node, new AstNode("Break")),
            SyntaxKind.ContinueStatement => Simple(node, new AstNode("Continue")),
            SyntaxKind.ReturnStatement => Simple(node, new AstNode("Return").Add("value", OptionalExpression(node, S.ReturnStatement.Value))),
            SyntaxKind.RaiseStatement => Simple(node, new AstNode("Raise")
                .Add("exc", OptionalExpression(node, S.RaiseStatement.Exception))
                .Add("cause", OptionalExpression(node, S.RaiseStatement.Cause))),
            SyntaxKind.GlobalStatement => Simple(node, new AstNode("Global").Add("names", Names(node, S.GlobalStatement.Names))),
            SyntaxKind.NonlocalStatement => Simple(node, new AstNode("Nonlocal").Add("names", Names(node, S.NonlocalStatement.Names))),
            SyntaxKind.DeleteStatement => Simple(node, new AstNode("Delete").Add("targets",
                Expressions(node.Items(S.DeleteStatement.Targets, separated: true), ExpressionContext.Del))),
            SyntaxKind.AssertStatement => Simple(node, new AstNode("Assert")
                .Add("test", Expression(node, S.AssertStatement.Test))
                .Add("msg", OptionalExpression(node, S.AssertStatement.Message))),
            SyntaxKind.ImportStatement => Simple(node, new AstNode("Import").Add("names", Aliases(node.Items(S.ImportStatement.Names, separated: true)))),
            SyntaxKind.ImportFromStatement => Simple(node, ImportFrom(node)),
            SyntaxKind.TypeAliasStatement => Simple(node, new AstNode("TypeAlias")
                .Add("name", Name(node[S.TypeAliasStatement.Name]!.Value, ExpressionContext.Store))
                .Add("type_params", TypeParameters(node[S.TypeAliasStatement.TypeParameters]))
                .Add("value", Expression(node, S.TypeAliasStatement.Value))),
            SyntaxKind.IfStatement => If(node),
            SyntaxKind.WhileStatement => While(node),
            SyntaxKind.ForStatement => For(node),
            SyntaxKind.TryStatement => Try(node),
            SyntaxKind.WithStatement => With(node),
            SyntaxKind.FunctionDefinition => FunctionDef(node),
            SyntaxKind.ClassDefinition => ClassDef(node),
            SyntaxKind.MatchStatement => Match(node),
            _ => Error(Span(node)),
        };
    }

    /// <summary>A simple statement's position excludes its ';' and line break.</summary>
    private AstNode Simple(GreenCursor node, AstNode lowered)
    {
        var last = node.Green.SlotCount - 3; // the last two slots are Semicolon and NewLine
        while (last > 0 && (node.Green.GetSlot(last) is null || node.Green.GetSlot(last)!.FullWidth == 0)) last--;
        var end = node[last] is { } lastChild ? lastChild.End : node.Start;
        return lowered.At(Span(node.Start, end));
    }

    private AstNode Assign(GreenCursor node)
    {
        var targets = new List<AstNode>();
        foreach (var target in node.Items(S.AssignmentStatement.Targets))
            targets.Add(Expression(target, S.AssignmentTarget.Target, ExpressionContext.Store));
        return new AstNode("Assign")
            .Add("targets", targets)
            .Add("value", Expression(node, S.AssignmentStatement.Value))
            .Add("type_comment", null);
    }

    private AstNode AnnAssign(GreenCursor node)
    {
        // `simple` tells a bare name (an annotation the compiler records) from a parenthesised or complex target.
        var simple = node.KindOf(S.AnnotatedAssignmentStatement.Target) == SyntaxKind.NameExpression ? 1 : 0;
        return new AstNode("AnnAssign")
            .Add("target", Expression(node, S.AnnotatedAssignmentStatement.Target, ExpressionContext.Store))
            .Add("annotation", Expression(node, S.AnnotatedAssignmentStatement.Annotation))
            .Add("value", OptionalExpression(node, S.AnnotatedAssignmentStatement.Value))
            .Add("simple", simple);
    }

    private List<string> Names(GreenCursor node, int slot)
    {
        var names = new List<string>();
        foreach (var name in node.Items(slot, separated: true)) names.Add(Identifier(name.Text));
        return names;
    }

    private List<AstNode> Aliases(List<GreenCursor> aliases)
    {
        var result = new List<AstNode>(aliases.Count);
        foreach (var alias in aliases)
        {
            result.Add(new AstNode("alias")
                .Add("name", DottedName(alias[S.ImportAlias.Name]))
                .Add("asname", alias[S.ImportAlias.Alias] is { } asName ? Identifier(asName.Text) : null)
                .At(Span(alias)));
        }
        return result;
    }

    private static string DottedName(GreenCursor? dotted)
    {
        if (dotted is not { } name) return string.Empty;
        var parts = new List<string>();
        foreach (var part in name.Items(S.DottedName.Parts, separated: true)) parts.Add(Identifier(part.Text));
        return string.Join('.', parts);
    }

    private AstNode ImportFrom(GreenCursor node)
    {
        var level = 0;
        foreach (var dot in node.Items(S.ImportFromStatement.Dots)) level += dot.Kind == SyntaxKind.Ellipsis ? 3 : 1;
        var module = node[S.ImportFromStatement.Module] is { } dotted ? DottedName(dotted) : null;
        var names = node[S.ImportFromStatement.Star] is { } star
            ? [new AstNode("alias").Add("name", "*").Add("asname", null).At(Span(star))]
            : Aliases(node.Items(S.ImportFromStatement.Names, separated: true));
        return new AstNode("ImportFrom").Add("module", module).Add("names", names).Add("level", level);
    }

    private List<AstNode> Body(GreenCursor? block) =>
        block is { } b ? LowerStatements(b.Items(S.Block.Statements)) : [];

    /// <summary>Compound statements end with their last token that is not layout (a trailing ';' included).</summary>
    private AstNode Compound(AstNode lowered, GreenCursor start, GreenCursor node) =>
        lowered.At(Span(start.Start, node.EndOfLastCodeToken));

    private AstNode If(GreenCursor node)
    {
        // elif clauses become nested If nodes in orelse, built from the last one backwards; each ends where
        // the whole statement ends, since its orelse holds the clauses after it.
        var orElse = ElseBody(node[S.IfStatement.ElseClause]);
        var elifs = node.Items(S.IfStatement.ElifClauses);
        // Computed once: it walks the whole statement, and long elif chains would make the loop quadratic.
        var end = node.EndOfLastCodeToken;
        for (var i = elifs.Count - 1; i >= 0; i--)
        {
            var elif = elifs[i];
            var body = Body(elif[S.ElifClause.Body]);
            var nested = new AstNode("If")
                .Add("test", Expression(elif, S.ElifClause.Condition))
                .Add("body", body)
                .Add("orelse", orElse);
            orElse = [nested.At(Span(elif.Start, end))];
        }
        var ifBody = Body(node[S.IfStatement.Body]);
        var result = new AstNode("If")
            .Add("test", Expression(node, S.IfStatement.Condition))
            .Add("body", ifBody)
            .Add("orelse", orElse);
        return Compound(result, node[S.IfStatement.IfKeyword]!.Value, node);
    }

    private List<AstNode> ElseBody(GreenCursor? elseClause) =>
        elseClause is { } clause ? Body(clause[S.ElseClause.Body]) : [];

    private AstNode While(GreenCursor node)
    {
        var body = Body(node[S.WhileStatement.Body]);
        var orElse = ElseBody(node[S.WhileStatement.ElseClause]);
        var result = new AstNode("While")
            .Add("test", Expression(node, S.WhileStatement.Condition))
            .Add("body", body)
            .Add("orelse", orElse);
        return Compound(result, node[S.WhileStatement.WhileKeyword]!.Value, node);
    }

    private AstNode For(GreenCursor node)
    {
        var isAsync = node[S.ForStatement.AsyncKeyword] is not null;
        var body = Body(node[S.ForStatement.Body]);
        var orElse = ElseBody(node[S.ForStatement.ElseClause]);
        var result = new AstNode(isAsync ? "AsyncFor" : "For")
            .Add("target", Expression(node, S.ForStatement.Target, ExpressionContext.Store))
            .Add("iter", Expression(node, S.ForStatement.Iterable))
            .Add("body", body)
            .Add("orelse", orElse)
            .Add("type_comment", null);
        return Compound(result, node[isAsync ? S.ForStatement.AsyncKeyword : S.ForStatement.ForKeyword]!.Value, node);
    }

    private AstNode Try(GreenCursor node)
    {
        var body = Body(node[S.TryStatement.Body]);
        var handlers = new List<AstNode>();
        var isStar = false;
        foreach (var clause in node.Items(S.TryStatement.Handlers))
        {
            isStar |= clause[S.ExceptClause.Star] is not null;
            var handlerBody = Body(clause[S.ExceptClause.Body]);
            var handler = new AstNode("ExceptHandler")
                .Add("type", OptionalExpression(clause, S.ExceptClause.Type))
                .Add("name", clause[S.ExceptClause.Name] is { } name ? Identifier(name.Text) : null)
                .Add("body", handlerBody);
            handlers.Add(Compound(handler, clause, clause));
        }
        var orElse = ElseBody(node[S.TryStatement.ElseClause]);
        var finalBody = node[S.TryStatement.FinallyClause] is { } fin ? Body(fin[S.FinallyClause.Body]) : [];
        var result = new AstNode(isStar ? "TryStar" : "Try")
            .Add("body", body)
            .Add("handlers", handlers)
            .Add("orelse", orElse)
            .Add("finalbody", finalBody);
        return Compound(result, node[S.TryStatement.TryKeyword]!.Value, node);
    }

    private AstNode With(GreenCursor node)
    {
        var isAsync = node[S.WithStatement.AsyncKeyword] is not null;
        var items = new List<AstNode>();
        foreach (var item in node.Items(S.WithStatement.Items, separated: true))
        {
            items.Add(new AstNode("withitem")
                .Add("context_expr", Expression(item, S.WithItem.Expression))
                .Add("optional_vars", OptionalExpression(item, S.WithItem.Target, ExpressionContext.Store)));
        }
        var body = Body(node[S.WithStatement.Body]);
        var result = new AstNode(isAsync ? "AsyncWith" : "With")
            .Add("items", items)
            .Add("body", body)
            .Add("type_comment", null);
        return Compound(result, node[isAsync ? S.WithStatement.AsyncKeyword : S.WithStatement.WithKeyword]!.Value, node);
    }

    private List<AstNode> Decorators(GreenCursor node, int slot)
    {
        var result = new List<AstNode>();
        foreach (var decorator in node.Items(slot)) result.Add(Expression(decorator, S.Decorator.Expression));
        return result;
    }

    private AstNode FunctionDef(GreenCursor node)
    {
        var isAsync = node[S.FunctionDefinition.AsyncKeyword] is not null;
        var decorators = Decorators(node, S.FunctionDefinition.Decorators);
        var body = Body(node[S.FunctionDefinition.Body]);
        var result = new AstNode(isAsync ? "AsyncFunctionDef" : "FunctionDef")
            .Add("name", Identifier(node[S.FunctionDefinition.Name]!.Value.Text))
            .Add("args", Arguments(node[S.FunctionDefinition.Parameters]))
            .Add("body", body)
            .Add("decorator_list", decorators)
            .Add("returns", OptionalExpression(node, S.FunctionDefinition.Returns))
            .Add("type_comment", null)
            .Add("type_params", TypeParameters(node[S.FunctionDefinition.TypeParameters]));
        // A decorated definition starts at `def` (or `async`), not at its first decorator.
        return Compound(result, node[isAsync ? S.FunctionDefinition.AsyncKeyword : S.FunctionDefinition.DefKeyword]!.Value, node);
    }

    private AstNode ClassDef(GreenCursor node)
    {
        var decorators = Decorators(node, S.ClassDefinition.Decorators);
        var (bases, keywords) = node[S.ClassDefinition.Arguments] is { } arguments ? CallArguments(arguments) : ([], []);
        var body = Body(node[S.ClassDefinition.Body]);
        var result = new AstNode("ClassDef")
            .Add("name", Identifier(node[S.ClassDefinition.Name]!.Value.Text))
            .Add("bases", bases)
            .Add("keywords", keywords)
            .Add("body", body)
            .Add("decorator_list", decorators)
            .Add("type_params", TypeParameters(node[S.ClassDefinition.TypeParameters]));
        return Compound(result, node[S.ClassDefinition.ClassKeyword]!.Value, node);
    }

    private AstNode Match(GreenCursor node)
    {
        var cases = new List<AstNode>();
        foreach (var clause in node.Items(S.MatchStatement.Cases))
        {
            cases.Add(new AstNode("match_case")
                .Add("pattern", Pattern(clause[S.CaseClause.Pattern]))
                .Add("guard", clause[S.CaseClause.Guard] is { } guard ? Expression(guard, S.Guard.Condition) : null)
                .Add("body", Body(clause[S.CaseClause.Body])));
        }
        var result = new AstNode("Match")
            .Add("subject", Expression(node, S.MatchStatement.Subject))
            .Add("cases", cases);
        return Compound(result, node[S.MatchStatement.MatchKeyword]!.Value, node);
    }
}
