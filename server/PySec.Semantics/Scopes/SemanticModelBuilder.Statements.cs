using PySec.Syntax;

namespace PySec.Semantics;

internal sealed partial class SemanticModelBuilder
{
    public override void VisitAssignmentStatement(AssignmentStatementSyntax node)
    {
        Visit(node.Value);
        foreach (var target in node.Targets) BindTarget(target.Target, BindingKind.Assignment, node, node.Value);
    }

    public override void VisitAnnotatedAssignmentStatement(AnnotatedAssignmentStatementSyntax node)
    {
        Visit(node.Annotation);
        Visit(node.Value);
        BindTarget(node.Target, BindingKind.AnnotatedAssignment, node, node.Value);
    }

    public override void VisitAugmentedAssignmentStatement(AugmentedAssignmentStatementSyntax node)
    {
        Visit(node.Value);
        if (Unparenthesize(node.Target) is NameExpressionSyntax name)
        {
            AddReference(name);
            AddBinding(BindingKind.AugmentedAssignment, name.Identifier, node);
        }
        else
        {
            Visit(node.Target);
        }
    }

    public override void VisitDeleteStatement(DeleteStatementSyntax node)
    {
        foreach (var target in node.Targets) Delete(target, node);
    }

    private void Delete(ExpressionSyntax target, DeleteStatementSyntax node)
    {
        switch (Unparenthesize(target))
        {
            case NameExpressionSyntax name:
                AddReference(name);
                AddBinding(BindingKind.Deletion, name.Identifier, node);
                break;
            case TupleExpressionSyntax tuple:
                foreach (var element in tuple.Elements) Delete(element, node);
                break;
            case ListExpressionSyntax list:
                foreach (var element in list.Elements) Delete(element, node);
                break;
            default:
                Visit(target);
                break;
        }
    }

    public override void VisitForStatement(ForStatementSyntax node)
    {
        Visit(node.Iterable);
        InLoop(node, () =>
        {
            BindTarget(node.Target, BindingKind.ForTarget, node, null);
            Visit(node.Body);
        });
        Visit(node.ElseClause);
    }

    public override void VisitWhileStatement(WhileStatementSyntax node)
    {
        InLoop(node, () =>
        {
            Visit(node.Condition);
            Visit(node.Body);
        });
        Visit(node.ElseClause);
    }

    public override void VisitWithItem(WithItemSyntax node)
    {
        Visit(node.Expression);
        if (node.Target is { } target) BindTarget(target, BindingKind.WithTarget, node, node.Expression);
    }

    public override void VisitExceptClause(ExceptClauseSyntax node)
    {
        Visit(node.Type);
        if (node.Name is { } name) AddBinding(BindingKind.ExceptHandler, name, node);
        Visit(node.Body);
    }

    public override void VisitGlobalStatement(GlobalStatementSyntax node)
    {
        foreach (var name in node.Names)
            if (name.Text.Length > 0) _scope.GetOrAdd(name.Text).IsGlobal = true;
    }

    public override void VisitNonlocalStatement(NonlocalStatementSyntax node)
    {
        foreach (var name in node.Names)
            if (name.Text.Length > 0) _scope.GetOrAdd(name.Text).IsNonlocal = true;
    }

    public override void VisitImportStatement(ImportStatementSyntax node)
    {
        foreach (var alias in node.Names)
        {
            var parts = alias.Name.Parts;
            if (parts.Count == 0) continue;
            var dotted = DottedText(alias.Name);
            // `import a.b.c` binds `a` to the package a; only an alias binds the submodule itself.
            var binding = alias.Alias is { } asName
                ? AddBinding(BindingKind.Import, asName, node)
                : AddBinding(BindingKind.Import, parts[0], node);
            if (binding is not null) binding.ImportedName = alias.Alias is null ? parts[0].Text : dotted;
        }
    }

    public override void VisitImportFromStatement(ImportFromStatementSyntax node)
    {
        var level = 0;
        foreach (var dot in node.Dots) level += dot.Text.Length;
        var module = node.Module is { } dotted ? DottedText(dotted) : "";
        var prefix = new string('.', level) + module;
        if (node.Star is { } star)
        {
            var binding = new Binding(BindingKind.StarImport, "*", star.Span, node, _scope, _order++)
            {
                ImportedName = prefix, ImportLevel = level, Container = ContainerOf(node),
            };
            _bindings.Add(binding);
            _scope.AddStarImport(binding);
            return;
        }
        foreach (var alias in node.Names)
        {
            var parts = alias.Name.Parts;
            if (parts.Count == 0) continue;
            var imported = DottedText(alias.Name);
            var binding = AddBinding(BindingKind.FromImport, alias.Alias ?? parts[0], node);
            if (binding is null) continue;
            binding.ImportedName = module.Length == 0 ? prefix + imported : prefix + "." + imported;
            binding.ImportLevel = level;
        }
    }

    public override void VisitTypeAliasStatement(TypeAliasStatementSyntax node)
    {
        AddBinding(BindingKind.TypeAlias, node.Name, node);
        // The value is evaluated lazily in its own annotation scope, which also holds the type parameters.
        var scope = NewScope(ScopeKind.TypeParameters, node, _scope, null);
        InScope(scope, () =>
        {
            BindTypeParameters(node.TypeParameters);
            Visit(node.Value);
        });
    }

    public override void VisitMatchStatement(MatchStatementSyntax node)
    {
        Visit(node.Subject);
        foreach (var @case in node.Cases) Visit(@case);
    }

    public override void VisitCapturePattern(CapturePatternSyntax node) => AddBinding(BindingKind.MatchCapture, node.Name, node);

    public override void VisitAsPattern(AsPatternSyntax node)
    {
        Visit(node.Pattern);
        AddBinding(BindingKind.MatchCapture, node.Name, node);
    }

    public override void VisitStarPattern(StarPatternSyntax node)
    {
        if (node.Name.Text != "_") AddBinding(BindingKind.MatchCapture, node.Name, node);
    }

    public override void VisitDoubleStarPattern(DoubleStarPatternSyntax node) =>
        AddBinding(BindingKind.MatchCapture, node.Name, node);

    internal static string DottedText(DottedNameSyntax name)
    {
        var parts = name.Parts;
        if (parts.Count == 1) return parts[0].Text;
        var texts = new string[parts.Count];
        for (var i = 0; i < parts.Count; i++) texts[i] = parts[i].Text;
        return string.Join('.', texts);
    }

    internal static ExpressionSyntax Unparenthesize(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
        return expression;
    }
}
