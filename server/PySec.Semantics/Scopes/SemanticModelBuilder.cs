using System.Runtime.CompilerServices;
using PySec.Syntax;
using PySec.Syntax.Green;
using PySec.Text;

namespace PySec.Semantics;

/// <summary>
/// The single walk that creates scopes, bindings and name reads, in Python's evaluation order (a value before its
/// targets, decorators and defaults before the body, the first iterable of a comprehension outside it), so the
/// order numbers can stand in for control flow. It reads the green tree (<see cref="GreenAt"/>): making a red node
/// for every node would cost more than the model's whole budget; the model creates red nodes when asked for them.
/// Deep trees are safe: the walk moves to a fresh stack when needed.
/// </summary>
internal sealed partial class SemanticModelBuilder
{
    // Sizes seen over the CPython stdlib: about one name read per 45 characters of source, one binding per 150.
    private const int CharactersPerReference = 40;
    private const int CharactersPerBinding = 120;

    private readonly NodeLocator _locator;
    private readonly UseIndex _uses;
    private readonly List<Scope> _scopes = [];
    private readonly List<Binding> _bindings;
    private readonly List<NameReference> _references;
    private readonly Dictionary<NodeKey, Scope> _scopesByNode = [];
    private readonly List<AttributeAssignment> _attributeAssignments = [];
    private Scope _scope;
    private TextSpan? _loop;
    private TextSpan _container;
    private int _order;
    private int _depth;

    private SemanticModelBuilder(SyntaxTree tree)
    {
        _locator = new NodeLocator(tree);
        var root = new GreenAt(tree.GreenRoot, 0);
        _references = new List<NameReference>(root.Green.FullWidth / CharactersPerReference + 4);
        _bindings = new List<Binding>(root.Green.FullWidth / CharactersPerBinding + 4);
        _uses = new UseIndex(_references);
        _container = root.FullSpan;
        _scope = NewScope(ScopeKind.Module, root, null, null);
    }

    public static SemanticModel Build(SyntaxTree tree, SemanticOptions options)
    {
        var builder = new SemanticModelBuilder(tree);
        builder.Visit(new GreenAt(tree.GreenRoot, 0));
        var module = builder._scopes[0];
        ReachingBindings.Resolve(builder._scopes, builder._references);
        return new SemanticModel(tree, options, module, builder._scopes, builder._bindings, builder._references,
            builder._scopesByNode, builder._attributeAssignments, builder._locator);
    }

    private LazyNode Lazy(GreenAt node) => new(_locator, node.Green, node.Position);

    private Scope NewScope(ScopeKind kind, GreenAt node, Scope? parent, string? name, bool isStaticMethod = false,
        TypeParameterOwner? owner = null)
    {
        var scope = new Scope(kind, Lazy(node), parent, name) { IsStaticMethod = isStaticMethod, Owner = owner };
        _scopes.Add(scope);
        _scopesByNode.TryAdd(new NodeKey(node.Green, node.Position), scope);
        if (owner is not null) parent?.AddTypeParameterChild(scope);
        return scope;
    }

    /// <summary>
    /// Enters a new scope; <see cref="Leave"/> restores the outer one. Loops of the outer scope carry into class
    /// bodies and comprehensions, which run on the spot, but not into functions and lambdas, which run at another time.
    /// </summary>
    private (Scope Scope, TextSpan? Loop) Enter(Scope scope)
    {
        var saved = (_scope, _loop);
        _scope = scope;
        if (!ReachingBindings.RunsInline(scope)) _loop = null;
        return saved;
    }

    private void Leave((Scope Scope, TextSpan? Loop) saved) => (_scope, _loop) = saved;

    private void Visit(GreenAt? node)
    {
        if (node is { } present) Visit(present);
    }

    private void Visit(GreenAt node)
    {
        // Checking the stack every few levels is enough: a level uses far less than the margin the check keeps.
        if ((++_depth & 15) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            DispatchOnFreshStack(node);
        else
            Dispatch(node);
        _depth--;
    }

    // Separate so that the closure is allocated only when the stack runs low, not on every visit.
    private void DispatchOnFreshStack(GreenAt node) => StackGuard.RunOnFreshStack(() => Dispatch(node));

    private void Dispatch(GreenAt node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.NameExpression: AddReference(node); break;
            case SyntaxKind.Block: VisitBlock(node); break;
            case SyntaxKind.AssignmentStatement: VisitAssignmentStatement(node); break;
            case SyntaxKind.AnnotatedAssignmentStatement: VisitAnnotatedAssignmentStatement(node); break;
            case SyntaxKind.AugmentedAssignmentStatement: VisitAugmentedAssignmentStatement(node); break;
            case SyntaxKind.DeleteStatement: VisitDeleteStatement(node); break;
            case SyntaxKind.ForStatement: VisitForStatement(node); break;
            case SyntaxKind.WhileStatement: VisitWhileStatement(node); break;
            case SyntaxKind.WithItem: VisitWithItem(node); break;
            case SyntaxKind.ExceptClause: VisitExceptClause(node); break;
            case SyntaxKind.GlobalStatement: Declare(node, SyntaxSlots.GlobalStatement.Names, global: true); break;
            case SyntaxKind.NonlocalStatement: Declare(node, SyntaxSlots.NonlocalStatement.Names, global: false); break;
            case SyntaxKind.ImportStatement: VisitImportStatement(node); break;
            case SyntaxKind.ImportFromStatement: VisitImportFromStatement(node); break;
            case SyntaxKind.TypeAliasStatement: VisitTypeAliasStatement(node); break;
            case SyntaxKind.CapturePattern: AddBinding(BindingKind.MatchCapture, node.Token(SyntaxSlots.CapturePattern.Name), node); break;
            case SyntaxKind.AsPattern: VisitAsPattern(node); break;
            case SyntaxKind.StarPattern: VisitStarPattern(node); break;
            case SyntaxKind.DoubleStarPattern: AddBinding(BindingKind.MatchCapture, node.Token(SyntaxSlots.DoubleStarPattern.Name), node); break;
            case SyntaxKind.FunctionDefinition: VisitFunctionDefinition(node); break;
            case SyntaxKind.ClassDefinition: VisitClassDefinition(node); break;
            case SyntaxKind.LambdaExpression: VisitLambdaExpression(node); break;
            case SyntaxKind.ListComprehension:
                Comprehension(node, SyntaxSlots.ListComprehension.Clauses, SyntaxSlots.ListComprehension.Element, null);
                break;
            case SyntaxKind.SetComprehension:
                Comprehension(node, SyntaxSlots.SetComprehension.Clauses, SyntaxSlots.SetComprehension.Element, null);
                break;
            case SyntaxKind.GeneratorExpression:
                Comprehension(node, SyntaxSlots.GeneratorExpression.Clauses, SyntaxSlots.GeneratorExpression.Element, null);
                break;
            case SyntaxKind.DictComprehension:
                Comprehension(node, SyntaxSlots.DictComprehension.Clauses, SyntaxSlots.DictComprehension.Key, SyntaxSlots.DictComprehension.Value);
                break;
            case SyntaxKind.NamedExpression: VisitNamedExpression(node); break;
            default: VisitChildren(node); break;
        }
    }

    /// <summary>Every child node in source order, list elements included, tokens skipped (what a syntax walker visits).</summary>
    private void VisitChildren(GreenAt node)
    {
        var green = node.Green;
        var position = node.Position;
        var count = green.SlotCount;
        for (var i = 0; i < count; i++)
        {
            var child = green.GetSlot(i);
            if (child is null) continue;
            if (child.IsList)
            {
                var elementPosition = position;
                var elements = child.SlotCount;
                for (var k = 0; k < elements; k++)
                {
                    var element = child.GetSlot(k)!;
                    if (!element.IsToken) Visit(new GreenAt(element, elementPosition));
                    elementPosition += element.FullWidth;
                }
            }
            else if (!child.IsToken)
            {
                Visit(new GreenAt(child, position));
            }
            position += child.FullWidth;
        }
    }

    /// <summary>A block is the container of the bindings written in it (see <see cref="Binding.Container"/>).</summary>
    private void VisitBlock(GreenAt node)
    {
        var saved = _container;
        _container = node.FullSpan;
        VisitChildren(node);
        _container = saved;
    }

    private void AddReference(GreenAt node)
    {
        var token = node.Token(SyntaxSlots.NameExpression.Identifier);
        if (token.Text.Length == 0) return;
        _references.Add(new NameReference(Lazy(node), token.Text, token.Span, _scope, _order++, _loop));
    }

    private Binding? AddBinding(BindingKind kind, TokenAt name, GreenAt node, GreenAt? value = null, Scope? scope = null)
    {
        if (name.Text.Length == 0 || name.IsMissing) return null;
        scope ??= _scope;
        var binding = new Binding(kind, name.Text, name.Span, Lazy(node), scope, _order++, _uses)
        {
            IsDefinite = IsDefiniteKind(kind) && !(kind == BindingKind.AnnotatedAssignment && value is null),
            Container = _container,
        };
        if (value is { } known) binding.SetValue(Lazy(known));
        var symbol = scope.GetOrAdd(name.Text);
        symbol.Add(binding);
        binding.Symbol = symbol;
        _bindings.Add(binding);
        return binding;
    }

    private static bool IsDefiniteKind(BindingKind kind) => kind is not (BindingKind.ForTarget or BindingKind.NamedExpression
        or BindingKind.ExceptHandler or BindingKind.MatchCapture or BindingKind.StarImport);
}

/// <summary>A node of one tree, by identity, without its red node: its green node and position.</summary>
internal readonly record struct NodeKey(GreenNode Green, int Position)
{
    public bool Equals(NodeKey other) => ReferenceEquals(Green, other.Green) && Position == other.Position;

    public override int GetHashCode() => Position;
}

/// <summary><c>owner.attribute = value</c>, kept for <see cref="InstanceAttributes"/>.</summary>
internal readonly record struct AttributeAssignment(int OwnerStart, string Attribute, LazyNode Value);
