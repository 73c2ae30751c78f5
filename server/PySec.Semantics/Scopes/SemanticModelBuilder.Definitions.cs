using PySec.Syntax;

namespace PySec.Semantics;

internal sealed partial class SemanticModelBuilder
{
    public override void VisitFunctionDefinition(FunctionDefinitionSyntax node)
    {
        foreach (var decorator in node.Decorators) Visit(decorator.Expression);
        // Defaults are evaluated where the def runs, outside any type-parameter scope.
        foreach (var parameter in Parameters(node.Parameters)) Visit(parameter.Default);
        var outer = _scope;
        WithTypeParameters(node.TypeParameters, () =>
        {
            foreach (var parameter in Parameters(node.Parameters)) Visit(parameter.Annotation);
            Visit(node.Returns);
            var function = NewScope(ScopeKind.Function, node, _scope, node.Name.Text);
            InScope(function, () =>
            {
                BindParameters(node.Parameters);
                Visit(node.Body);
            });
        });
        AddBinding(BindingKind.FunctionDefinition, node.Name, node, scope: outer);
    }

    public override void VisitClassDefinition(ClassDefinitionSyntax node)
    {
        foreach (var decorator in node.Decorators) Visit(decorator.Expression);
        var outer = _scope;
        WithTypeParameters(node.TypeParameters, () =>
        {
            Visit(node.Arguments);
            var @class = NewScope(ScopeKind.Class, node, _scope, node.Name.Text);
            InScope(@class, () => Visit(node.Body));
        });
        AddBinding(BindingKind.ClassDefinition, node.Name, node, scope: outer);
    }

    public override void VisitLambdaExpression(LambdaExpressionSyntax node)
    {
        foreach (var parameter in Parameters(node.Parameters)) Visit(parameter.Default);
        var lambda = NewScope(ScopeKind.Lambda, node, _scope, null);
        InScope(lambda, () =>
        {
            BindParameters(node.Parameters);
            Visit(node.Body);
        });
    }

    public override void VisitListComprehension(ListComprehensionSyntax node) => Comprehension(node, node.Clauses, node.Element, null);
    public override void VisitSetComprehension(SetComprehensionSyntax node) => Comprehension(node, node.Clauses, node.Element, null);
    public override void VisitGeneratorExpression(GeneratorExpressionSyntax node) => Comprehension(node, node.Clauses, node.Element, null);
    public override void VisitDictComprehension(DictComprehensionSyntax node) => Comprehension(node, node.Clauses, node.Key, node.Value);

    /// <summary>The first iterable runs in the enclosing scope; everything else in the comprehension's own scope (PEP 709 keeps the semantics).</summary>
    private void Comprehension(ExpressionSyntax node, SyntaxList<ComprehensionClauseSyntax> clauses, ExpressionSyntax element,
        ExpressionSyntax? value)
    {
        if (clauses.Count > 0 && clauses[0] is ComprehensionForSyntax first) Visit(first.Iterable);
        var scope = NewScope(ScopeKind.Comprehension, node, _scope, null);
        InScope(scope, () =>
        {
            for (var i = 0; i < clauses.Count; i++)
            {
                switch (clauses[i])
                {
                    case ComprehensionForSyntax @for:
                        if (i > 0) Visit(@for.Iterable);
                        BindTarget(@for.Target, BindingKind.ForTarget, @for, null);
                        break;
                    case ComprehensionIfSyntax @if:
                        Visit(@if.Condition);
                        break;
                }
            }
            Visit(element);
            Visit(value);
        });
    }

    public override void VisitNamedExpression(NamedExpressionSyntax node)
    {
        Visit(node.Value);
        // PEP 572: the target of a walrus inside a comprehension belongs to the enclosing non-comprehension scope.
        var scope = _scope;
        while (scope.Kind == ScopeKind.Comprehension && scope.Parent is not null) scope = scope.Parent;
        AddBinding(BindingKind.NamedExpression, node.Name.Identifier, node, node.Value, scope);
    }

    private void WithTypeParameters(TypeParameterListSyntax? typeParameters, Action body)
    {
        if (typeParameters is null)
        {
            body();
            return;
        }
        var scope = NewScope(ScopeKind.TypeParameters, typeParameters, _scope, null);
        InScope(scope, () =>
        {
            BindTypeParameters(typeParameters);
            body();
        });
    }

    private void BindTypeParameters(TypeParameterListSyntax? list)
    {
        if (list is null) return;
        foreach (var parameter in list.Parameters)
        {
            AddBinding(BindingKind.TypeParameter, parameter.Name, parameter);
            Visit(parameter.Bound);
            Visit(parameter.Default);
        }
    }

    private void BindParameters(ParameterListSyntax? list)
    {
        foreach (var parameter in Parameters(list)) AddBinding(BindingKind.Parameter, parameter.Name, parameter);
    }

    private static IEnumerable<ParameterSyntax> Parameters(ParameterListSyntax? list)
    {
        if (list is null) yield break;
        foreach (var parameter in list.Parameters)
            if (parameter is ParameterSyntax named) yield return named;
    }

    /// <summary>
    /// Binds every name of an assignment target. <paramref name="value"/> follows the target into displays of the
    /// same shape, so <c>a, b = x, y</c> gives <c>a</c> the value <c>x</c>.
    /// </summary>
    private void BindTarget(ExpressionSyntax target, BindingKind kind, SyntaxNode node, ExpressionSyntax? value)
    {
        var unwrappedValue = value is null ? null : Unparenthesize(value);
        switch (Unparenthesize(target))
        {
            case NameExpressionSyntax name:
                AddBinding(kind, name.Identifier, node, value);
                break;
            case TupleExpressionSyntax tuple:
                BindElements(tuple.Elements, kind, node, unwrappedValue);
                break;
            case ListExpressionSyntax list:
                BindElements(list.Elements, kind, node, unwrappedValue);
                break;
            case StarredExpressionSyntax starred:
                BindTarget(starred.Expression, kind, node, null);
                break;
            case AttributeExpressionSyntax { Value: NameExpressionSyntax owner } attribute when value is not null:
                Visit(target);
                _attributeAssignments.Add((owner, attribute.Name.Text, value));
                break;
            default:
                Visit(target);
                break;
        }
    }

    private void BindElements(SeparatedSyntaxList<ExpressionSyntax> targets, BindingKind kind, SyntaxNode node, ExpressionSyntax? value)
    {
        var values = value switch
        {
            TupleExpressionSyntax tuple => tuple.Elements,
            ListExpressionSyntax list => list.Elements,
            _ => default(SeparatedSyntaxList<ExpressionSyntax>?),
        };
        var pairwise = values is { } v && v.Count == targets.Count && !HasStarred(v) && !HasStarred(targets);
        for (var i = 0; i < targets.Count; i++) BindTarget(targets[i], kind, node, pairwise ? values!.Value[i] : null);
    }

    private static bool HasStarred(SeparatedSyntaxList<ExpressionSyntax> elements)
    {
        foreach (var element in elements)
            if (element is StarredExpressionSyntax) return true;
        return false;
    }
}
