using PySec.Syntax;
using PySec.Syntax.Green;
using Slots = PySec.Syntax.Green.SyntaxSlots;

namespace PySec.Semantics;

internal sealed partial class SemanticModelBuilder
{
    private void VisitAssignmentStatement(GreenAt node)
    {
        var value = node.Node(Slots.AssignmentStatement.Value);
        Visit(value);
        foreach (var target in node.List(Slots.AssignmentStatement.Targets, separated: false))
        {
            if (target.Green.IsToken) continue;
            if (target.Node(Slots.AssignmentTarget.Target) is { } expression) BindTarget(expression, BindingKind.Assignment, node, value);
        }
    }

    private void VisitAnnotatedAssignmentStatement(GreenAt node)
    {
        Visit(node.Node(Slots.AnnotatedAssignmentStatement.Annotation));
        var value = node.Node(Slots.AnnotatedAssignmentStatement.Value);
        Visit(value);
        if (node.Node(Slots.AnnotatedAssignmentStatement.Target) is { } target) BindTarget(target, BindingKind.AnnotatedAssignment, node, value);
    }

    private void VisitAugmentedAssignmentStatement(GreenAt node)
    {
        Visit(node.Node(Slots.AugmentedAssignmentStatement.Value));
        if (node.Node(Slots.AugmentedAssignmentStatement.Target) is not { } target) return;
        if (Unparenthesize(target) is { Kind: SyntaxKind.NameExpression } name)
        {
            AddReference(name);
            AddBinding(BindingKind.AugmentedAssignment, name.Token(Slots.NameExpression.Identifier), node);
        }
        else
        {
            Visit(target);
        }
    }

    private void VisitDeleteStatement(GreenAt node)
    {
        foreach (var target in node.List(Slots.DeleteStatement.Targets, separated: true))
            if (!target.Green.IsToken) Delete(target, node);
    }

    private void Delete(GreenAt target, GreenAt node)
    {
        switch (Unparenthesize(target))
        {
            case { Kind: SyntaxKind.NameExpression } name:
                AddReference(name);
                AddBinding(BindingKind.Deletion, name.Token(Slots.NameExpression.Identifier), node);
                break;
            case { Kind: SyntaxKind.TupleExpression } tuple:
                foreach (var element in tuple.List(Slots.TupleExpression.Elements, separated: true))
                    if (!element.Green.IsToken) Delete(element, node);
                break;
            case { Kind: SyntaxKind.ListExpression } list:
                foreach (var element in list.List(Slots.ListExpression.Elements, separated: true))
                    if (!element.Green.IsToken) Delete(element, node);
                break;
            default:
                Visit(target);
                break;
        }
    }

    private void VisitForStatement(GreenAt node)
    {
        Visit(node.Node(Slots.ForStatement.Iterable));
        var saved = EnterLoop(node);
        if (node.Node(Slots.ForStatement.Target) is { } target) BindTarget(target, BindingKind.ForTarget, node, null);
        Visit(node.Node(Slots.ForStatement.Body));
        _loop = saved;
        Visit(node.Node(Slots.ForStatement.ElseClause));
    }

    private void VisitWhileStatement(GreenAt node)
    {
        var saved = EnterLoop(node);
        Visit(node.Node(Slots.WhileStatement.Condition));
        Visit(node.Node(Slots.WhileStatement.Body));
        _loop = saved;
        Visit(node.Node(Slots.WhileStatement.ElseClause));
    }

    /// <summary>The outermost loop of the scope is the one that matters (see <see cref="NameReference.Loop"/>); returns the loop to restore.</summary>
    private PySec.Text.TextSpan? EnterLoop(GreenAt loop)
    {
        var saved = _loop;
        _loop ??= loop.FullSpan;
        return saved;
    }

    private void VisitWithItem(GreenAt node)
    {
        var expression = node.Node(Slots.WithItem.Expression);
        Visit(expression);
        if (node.Node(Slots.WithItem.Target) is { } target) BindTarget(target, BindingKind.WithTarget, node, expression);
    }

    private void VisitExceptClause(GreenAt node)
    {
        Visit(node.Node(Slots.ExceptClause.Type));
        if (node.Token(Slots.ExceptClause.Name) is { IsPresent: true } name) AddBinding(BindingKind.ExceptHandler, name, node);
        Visit(node.Node(Slots.ExceptClause.Body));
    }

    private void Declare(GreenAt node, int namesSlot, bool global)
    {
        foreach (var element in node.List(namesSlot, separated: true))
        {
            var name = ListAt.Token(element);
            if (name.Text.Length > 0) _scope.Declare(name.Text, global);
        }
    }

    private void VisitImportStatement(GreenAt node)
    {
        foreach (var alias in node.List(Slots.ImportStatement.Names, separated: true))
        {
            if (alias.Green.IsToken || alias.Node(Slots.ImportAlias.Name) is not { } name) continue;
            var parts = name.List(Slots.DottedName.Parts, separated: true);
            if (parts.Count == 0) continue;
            var first = FirstPart(parts);
            var asName = alias.Token(Slots.ImportAlias.Alias);
            // `import a.b.c` binds `a` to the package a; only an alias binds the submodule itself.
            var binding = asName.IsPresent
                ? AddBinding(BindingKind.Import, asName, node)
                : AddBinding(BindingKind.Import, first, node);
            if (binding is not null) binding.ImportedName = asName.IsPresent ? DottedText(parts) : first.Text;
        }
    }

    private void VisitImportFromStatement(GreenAt node)
    {
        var level = 0;
        foreach (var dot in node.List(Slots.ImportFromStatement.Dots, separated: false)) level += ListAt.Token(dot).Text.Length;
        var module = node.Node(Slots.ImportFromStatement.Module) is { } dotted ? DottedText(dotted.List(Slots.DottedName.Parts, separated: true)) : "";
        var prefix = new string('.', level) + module;
        var star = node.Token(Slots.ImportFromStatement.Star);
        if (star.IsPresent)
        {
            var binding = new Binding(BindingKind.StarImport, "*", star.Span, Lazy(node), _scope, _order++, _uses)
            {
                ImportedName = prefix, ImportLevel = level, Container = _container,
            };
            _bindings.Add(binding);
            _scope.AddStarImport(binding);
            return;
        }
        foreach (var alias in node.List(Slots.ImportFromStatement.Names, separated: true))
        {
            if (alias.Green.IsToken || alias.Node(Slots.ImportAlias.Name) is not { } name) continue;
            var parts = name.List(Slots.DottedName.Parts, separated: true);
            if (parts.Count == 0) continue;
            var imported = DottedText(parts);
            var asName = alias.Token(Slots.ImportAlias.Alias);
            var binding = AddBinding(BindingKind.FromImport, asName.IsPresent ? asName : FirstPart(parts), node);
            if (binding is null) continue;
            binding.ImportedName = module.Length == 0 ? prefix + imported : prefix + "." + imported;
            binding.ImportLevel = level;
        }
    }

    private void VisitTypeAliasStatement(GreenAt node)
    {
        AddBinding(BindingKind.TypeAlias, node.Token(Slots.TypeAliasStatement.Name), node);
        // The value is evaluated lazily in its own annotation scope, which also holds the type parameters.
        var scope = NewScope(ScopeKind.TypeParameters, node, _scope, null);
        var saved = Enter(scope);
        BindTypeParameters(node.Node(Slots.TypeAliasStatement.TypeParameters));
        Visit(node.Node(Slots.TypeAliasStatement.Value));
        Leave(saved);
    }

    private void VisitAsPattern(GreenAt node)
    {
        Visit(node.Node(Slots.AsPattern.Pattern));
        AddBinding(BindingKind.MatchCapture, node.Token(Slots.AsPattern.Name), node);
    }

    private void VisitStarPattern(GreenAt node)
    {
        var name = node.Token(Slots.StarPattern.Name);
        if (name.Text != "_") AddBinding(BindingKind.MatchCapture, name, node);
    }

    private static TokenAt FirstPart(ListAt parts)
    {
        foreach (var part in parts) return ListAt.Token(part);
        return default;
    }

    private static string DottedText(ListAt parts)
    {
        if (parts.Count == 1) return FirstPart(parts).Text;
        var texts = new string[parts.Count];
        var i = 0;
        foreach (var part in parts) texts[i++] = ListAt.Token(part).Text;
        return string.Join('.', texts);
    }

    /// <summary>The expression inside any parentheses; null when a parenthesis holds nothing.</summary>
    private static GreenAt? Unparenthesize(GreenAt expression)
    {
        GreenAt? current = expression;
        while (current is { Kind: SyntaxKind.ParenthesizedExpression } parenthesized)
            current = parenthesized.Node(Slots.ParenthesizedExpression.Expression);
        return current;
    }
}
