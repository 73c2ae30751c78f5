using System.Runtime.CompilerServices;
using PySec.Syntax;
using PySec.Syntax.Green;
using PySec.Text;
using Slots = PySec.Syntax.Green.SyntaxSlots;

namespace PySec.Semantics;

internal sealed partial class SemanticModelBuilder
{
    private void VisitFunctionDefinition(GreenAt node)
    {
        var decorators = node.List(Slots.FunctionDefinition.Decorators, separated: false);
        foreach (var decorator in decorators) Visit(decorator.Node(Slots.Decorator.Expression));
        var parameters = node.Node(Slots.FunctionDefinition.Parameters);
        // Defaults are evaluated where the def runs, outside any type-parameter scope.
        foreach (var parameter in Parameters(parameters))
            if (parameter.Kind == SyntaxKind.Parameter) Visit(parameter.Node(Slots.Parameter.Default));
        var outer = _scope;
        var name = node.Token(Slots.FunctionDefinition.Name);
        var typeParameters = EnterTypeParameters(node, node.Node(Slots.FunctionDefinition.TypeParameters), Slots.FunctionDefinition.Body);
        foreach (var parameter in Parameters(parameters))
            if (parameter.Kind == SyntaxKind.Parameter) Visit(parameter.Node(Slots.Parameter.Annotation));
        Visit(node.Node(Slots.FunctionDefinition.Returns));
        var function = NewScope(ScopeKind.Function, node, _scope, name.Text, isStaticMethod: IsStaticMethod(decorators));
        var saved = Enter(function);
        BindParameters(parameters, firstIsSelf: true);
        Visit(node.Node(Slots.FunctionDefinition.Body));
        Leave(saved);
        if (typeParameters is { } typeScope) Leave(typeScope);
        AddBinding(BindingKind.FunctionDefinition, name, node, scope: outer);
    }

    private void VisitClassDefinition(GreenAt node)
    {
        foreach (var decorator in node.List(Slots.ClassDefinition.Decorators, separated: false))
            Visit(decorator.Node(Slots.Decorator.Expression));
        var outer = _scope;
        var name = node.Token(Slots.ClassDefinition.Name);
        var typeParameters = EnterTypeParameters(node, node.Node(Slots.ClassDefinition.TypeParameters), Slots.ClassDefinition.Body);
        Visit(node.Node(Slots.ClassDefinition.Arguments));
        var @class = NewScope(ScopeKind.Class, node, _scope, name.Text);
        var saved = Enter(@class);
        Visit(node.Node(Slots.ClassDefinition.Body));
        Leave(saved);
        if (typeParameters is { } typeScope) Leave(typeScope);
        AddBinding(BindingKind.ClassDefinition, name, node, scope: outer);
    }

    private void VisitLambdaExpression(GreenAt node)
    {
        var parameters = node.Node(Slots.LambdaExpression.Parameters);
        foreach (var parameter in Parameters(parameters))
            if (parameter.Kind == SyntaxKind.Parameter) Visit(parameter.Node(Slots.Parameter.Default));
        var lambda = NewScope(ScopeKind.Lambda, node, _scope, null);
        var saved = Enter(lambda);
        BindParameters(parameters, firstIsSelf: false);
        Visit(node.Node(Slots.LambdaExpression.Body));
        Leave(saved);
    }

    /// <summary>The first iterable runs in the enclosing scope; everything else in the comprehension's own scope (PEP 709 keeps the semantics).</summary>
    private void Comprehension(GreenAt node, int clausesSlot, int elementSlot, int? valueSlot)
    {
        var clauses = node.List(clausesSlot, separated: false);
        foreach (var clause in clauses)
        {
            if (clause.Kind == SyntaxKind.ComprehensionFor) Visit(clause.Node(Slots.ComprehensionFor.Iterable));
            break;
        }
        var scope = NewScope(ScopeKind.Comprehension, node, _scope, null);
        var saved = Enter(scope);
        var index = 0;
        foreach (var clause in clauses)
        {
            switch (clause.Kind)
            {
                case SyntaxKind.ComprehensionFor:
                    if (index > 0) Visit(clause.Node(Slots.ComprehensionFor.Iterable));
                    if (clause.Node(Slots.ComprehensionFor.Target) is { } target) BindTarget(target, BindingKind.ForTarget, clause, null);
                    break;
                case SyntaxKind.ComprehensionIf:
                    Visit(clause.Node(Slots.ComprehensionIf.Condition));
                    break;
            }
            index++;
        }
        Visit(node.Node(elementSlot));
        if (valueSlot is { } value) Visit(node.Node(value));
        Leave(saved);
    }

    private void VisitNamedExpression(GreenAt node)
    {
        var value = node.Node(Slots.NamedExpression.Value);
        Visit(value);
        // PEP 572: the target of a walrus inside a comprehension belongs to the enclosing non-comprehension scope.
        var scope = _scope;
        while (scope.Kind == ScopeKind.Comprehension && scope.Parent is not null) scope = scope.Parent;
        var name = node.Node(Slots.NamedExpression.Name) is { } target ? target.Token(Slots.NameExpression.Identifier) : default;
        AddBinding(BindingKind.NamedExpression, name, node, value, scope);
    }

    /// <summary>Opens the annotation scope of a def's or class's type parameters, if it has any; the caller leaves it.</summary>
    private (Scope Scope, TextSpan? Loop)? EnterTypeParameters(GreenAt owner, GreenAt? typeParameters, int bodySlot)
    {
        if (typeParameters is not { } list) return null;
        var scope = NewScope(ScopeKind.TypeParameters, list, _scope, null, owner: TypeParameterOwnerOf(owner, bodySlot));
        var saved = Enter(scope);
        BindTypeParameters(list);
        return saved;
    }

    private static TypeParameterOwner TypeParameterOwnerOf(GreenAt owner, int bodySlot)
    {
        var outside = new List<TextSpan>();
        var decoratorsSlot = owner.Kind == SyntaxKind.FunctionDefinition ? Slots.FunctionDefinition.Decorators : Slots.ClassDefinition.Decorators;
        foreach (var decorator in owner.List(decoratorsSlot, separated: false)) outside.Add(decorator.FullSpan);
        if (owner.Kind == SyntaxKind.FunctionDefinition)
        {
            foreach (var parameter in Parameters(owner.Node(Slots.FunctionDefinition.Parameters)))
                if (parameter.Kind == SyntaxKind.Parameter && parameter.Node(Slots.Parameter.Default) is { } value) outside.Add(value.FullSpan);
        }
        return new TypeParameterOwner(owner.FullSpan, owner.Node(bodySlot)?.FullSpan, [.. outside]);
    }

    private void BindTypeParameters(GreenAt? list)
    {
        if (list is not { } present) return;
        foreach (var parameter in present.List(Slots.TypeParameterList.Parameters, separated: true))
        {
            if (parameter.Green.IsToken) continue;
            AddBinding(BindingKind.TypeParameter, parameter.Token(Slots.TypeParameter.Name), parameter);
            Visit(parameter.Node(Slots.TypeParameter.Bound));
            Visit(parameter.Node(Slots.TypeParameter.Default));
        }
    }

    private void BindParameters(GreenAt? list, bool firstIsSelf)
    {
        var first = true;
        foreach (var parameter in Parameters(list))
        {
            var isFirst = first;
            first = false;
            if (parameter.Kind != SyntaxKind.Parameter) continue;
            var binding = AddBinding(BindingKind.Parameter, parameter.Token(Slots.Parameter.Name), parameter);
            if (binding is not null && firstIsSelf && isFirst && !parameter.Token(Slots.Parameter.Star).IsPresent)
                binding.IsFirstPlainParameter = true;
        }
    }

    /// <summary>The elements of a parameter list: parameters and the <c>/</c> and <c>*</c> separators.</summary>
    private static ListAt Parameters(GreenAt? list) =>
        list is { } present ? present.List(Slots.ParameterList.Parameters, separated: true) : default;

    private static bool IsStaticMethod(ListAt decorators)
    {
        foreach (var decorator in decorators)
        {
            var name = decorator.Node(Slots.Decorator.Expression) switch
            {
                { Kind: SyntaxKind.NameExpression } simple => simple.Token(Slots.NameExpression.Identifier).Text,
                { Kind: SyntaxKind.AttributeExpression } dotted => dotted.Token(Slots.AttributeExpression.Name).Text,
                _ => null,
            };
            if (name == "staticmethod") return true;
        }
        return false;
    }

    /// <summary>
    /// Binds every name of an assignment target. <paramref name="value"/> follows the target into displays of the
    /// same shape, so <c>a, b = x, y</c> gives <c>a</c> the value <c>x</c>.
    /// </summary>
    private void BindTarget(GreenAt target, BindingKind kind, GreenAt node, GreenAt? value)
    {
        // Targets nest only as deep as brackets do, but that is deep enough to check.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            BindTargetOnFreshStack(target, kind, node, value);
            return;
        }
        var unwrappedValue = value is { } v ? Unparenthesize(v) : null;
        // A parenthesis around nothing (error recovery) leaves the target to the default case, as a missing node.
        var unwrapped = Unparenthesize(target) ?? default;
        switch (unwrapped.Green?.Kind)
        {
            case SyntaxKind.NameExpression:
                AddBinding(kind, unwrapped.Token(Slots.NameExpression.Identifier), node, value);
                break;
            case SyntaxKind.TupleExpression:
                BindElements(unwrapped.List(Slots.TupleExpression.Elements, separated: true), kind, node, unwrappedValue);
                break;
            case SyntaxKind.ListExpression:
                BindElements(unwrapped.List(Slots.ListExpression.Elements, separated: true), kind, node, unwrappedValue);
                break;
            case SyntaxKind.StarredExpression:
                if (unwrapped.Node(Slots.StarredExpression.Expression) is { } starred) BindTarget(starred, kind, node, null);
                break;
            case SyntaxKind.AttributeExpression when value is { } assigned
                && unwrapped.Node(Slots.AttributeExpression.Value) is { Kind: SyntaxKind.NameExpression } owner:
                Visit(target);
                _attributeAssignments.Add(new AttributeAssignment(owner.Token(Slots.NameExpression.Identifier).Span.Start,
                    unwrapped.Token(Slots.AttributeExpression.Name).Text, Lazy(assigned)));
                break;
            default:
                Visit(target);
                break;
        }
    }

    private void BindTargetOnFreshStack(GreenAt target, BindingKind kind, GreenAt node, GreenAt? value) =>
        StackGuard.RunOnFreshStack(() => BindTarget(target, kind, node, value));

    private void BindElements(ListAt targets, BindingKind kind, GreenAt node, GreenAt? value)
    {
        var values = value switch
        {
            { Kind: SyntaxKind.TupleExpression } tuple => tuple.List(Slots.TupleExpression.Elements, separated: true),
            { Kind: SyntaxKind.ListExpression } list => list.List(Slots.ListExpression.Elements, separated: true),
            _ => (ListAt?)null,
        };
        var pairwise = values is { } v && v.Count == targets.Count && !HasStarred(v) && !HasStarred(targets);
        var valueElements = pairwise ? values!.Value.GetEnumerator() : default;
        foreach (var target in targets)
        {
            GreenAt? elementValue = null;
            if (pairwise && valueElements.MoveNext() && !valueElements.Current.Green.IsToken) elementValue = valueElements.Current;
            if (!target.Green.IsToken) BindTarget(target, kind, node, elementValue);
        }
    }

    private static bool HasStarred(ListAt elements)
    {
        foreach (var element in elements)
            if (element.Kind == SyntaxKind.StarredExpression) return true;
        return false;
    }
}
