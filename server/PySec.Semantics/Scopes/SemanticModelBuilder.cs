using PySec.Syntax;
using PySec.Text;

namespace PySec.Semantics;

/// <summary>
/// The single walk that creates scopes, bindings and name reads, in Python's evaluation order (a value before its
/// targets, decorators and defaults before the body, the first iterable of a comprehension outside it), so the
/// order numbers can stand in for control flow. Deep trees are safe: <see cref="SyntaxVisitor.Visit"/> moves to a
/// fresh stack when needed.
/// </summary>
internal sealed partial class SemanticModelBuilder : SyntaxWalker
{
    private readonly List<Scope> _scopes = [];
    private readonly List<Binding> _bindings = [];
    private readonly List<NameReference> _references = [];
    private readonly Dictionary<int, Binding> _bindingsByPosition = [];
    private readonly Dictionary<int, NameReference> _referencesByPosition = [];
    private readonly Dictionary<SyntaxNode, Scope> _scopesByNode = [];
    private readonly List<(NameExpressionSyntax Owner, string Attribute, ExpressionSyntax Value)> _attributeAssignments = [];
    private Scope _scope;
    private TextSpan? _loop;
    private int _order;

    private SemanticModelBuilder(ModuleSyntax root)
    {
        _scope = NewScope(ScopeKind.Module, root, null, null);
    }

    public static SemanticModel Build(SyntaxTree tree, SemanticOptions options)
    {
        var builder = new SemanticModelBuilder(tree.Root);
        builder.Visit(tree.Root);
        var module = builder._scopes[0];
        ReachingBindings.Resolve(builder._scopes, builder._references);
        var instanceAttributes = InstanceAttributes.Collect(builder._attributeAssignments, builder._referencesByPosition);
        return new SemanticModel(tree, options, module, builder._scopes, builder._bindings, builder._references,
            builder._bindingsByPosition, builder._referencesByPosition, builder._scopesByNode, instanceAttributes);
    }

    private Scope NewScope(ScopeKind kind, SyntaxNode node, Scope? parent, string? name)
    {
        var scope = new Scope(kind, node, parent, name);
        _scopes.Add(scope);
        _scopesByNode.TryAdd(node, scope);
        return scope;
    }

    /// <summary>
    /// Runs <paramref name="body"/> inside a new scope. Loops of the outer scope carry into class bodies and
    /// comprehensions, which run on the spot, but not into functions and lambdas, which run at another time.
    /// </summary>
    private void InScope(Scope scope, Action body)
    {
        var (savedScope, savedLoop) = (_scope, _loop);
        _scope = scope;
        if (!ReachingBindings.RunsInline(scope)) _loop = null;
        try
        {
            body();
        }
        finally
        {
            (_scope, _loop) = (savedScope, savedLoop);
        }
    }

    private void InLoop(SyntaxNode loop, Action body)
    {
        var saved = _loop;
        _loop ??= loop.FullSpan;
        try
        {
            body();
        }
        finally
        {
            _loop = saved;
        }
    }

    public override void VisitNameExpression(NameExpressionSyntax node) => AddReference(node);

    private void AddReference(NameExpressionSyntax node)
    {
        var token = node.Identifier;
        if (token.Text.Length == 0) return;
        var reference = new NameReference(node, token.Text, _scope, _order++, _loop);
        _references.Add(reference);
        _referencesByPosition.TryAdd(token.Span.Start, reference);
    }

    private Binding? AddBinding(BindingKind kind, SyntaxToken name, SyntaxNode node, ExpressionSyntax? value = null,
        Scope? scope = null)
    {
        if (name.Text.Length == 0 || name.IsMissing) return null;
        scope ??= _scope;
        var binding = new Binding(kind, name.Text, name.Span, node, scope, _order++)
        {
            Value = value,
            IsDefinite = IsDefiniteKind(kind) && !(kind == BindingKind.AnnotatedAssignment && value is null),
            Container = ContainerOf(node),
        };
        var symbol = scope.GetOrAdd(name.Text);
        symbol.Add(binding);
        binding.Symbol = symbol;
        _bindings.Add(binding);
        _bindingsByPosition.TryAdd(name.Span.Start, binding);
        return binding;
    }

    private static bool IsDefiniteKind(BindingKind kind) => kind is not (BindingKind.ForTarget or BindingKind.NamedExpression
        or BindingKind.ExceptHandler or BindingKind.MatchCapture or BindingKind.StarImport);

    private static TextSpan ContainerOf(SyntaxNode node)
    {
        // Full spans are cheap (no descent to the edge tokens) and hold the same names as the spans.
        for (var current = node.Parent; current is not null; current = current.Parent)
            if (current is BlockSyntax or ModuleSyntax) return current.FullSpan;
        return node.FullSpan;
    }
}
