using PySec.Syntax;
using PySec.Syntax.Green;
using PySec.Text;

namespace PySec.Semantics;

/// <summary>
/// What a file's names mean: scopes, bindings and the reads they reach, qualified names of expressions, call
/// arguments bound to known signatures, and constant values. Built once per tree, without I/O; then read-only.
/// </summary>
public sealed class SemanticModel
{
    private readonly Dictionary<NodeKey, Scope> _scopesByNode;
    private readonly List<AttributeAssignment> _attributeAssignments;
    private readonly NodeLocator _locator;
    private readonly NameResolver _names;
    private readonly ConstantEvaluator _constants;

    // Made on first use: only rules ask for them, and the build must stay within its share of the parse time.
    private Dictionary<int, Binding>? _bindingsByPosition;
    private Dictionary<int, NameReference>? _referencesByPosition;
    private InstanceAttributes? _instanceAttributes;

    internal SemanticModel(SyntaxTree tree, SemanticOptions options, Scope moduleScope, IReadOnlyList<Scope> scopes,
        IReadOnlyList<Binding> bindings, IReadOnlyList<NameReference> references, Dictionary<NodeKey, Scope> scopesByNode,
        List<AttributeAssignment> attributeAssignments, NodeLocator locator)
    {
        Tree = tree;
        Options = options;
        ModuleScope = moduleScope;
        Scopes = scopes;
        Bindings = bindings;
        References = references;
        _scopesByNode = scopesByNode;
        _attributeAssignments = attributeAssignments;
        _locator = locator;
        _names = new NameResolver(this);
        _constants = new ConstantEvaluator(this);
    }

    public static SemanticModel Create(SyntaxTree tree, SemanticOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return SemanticModelBuilder.Build(tree, options ?? SemanticOptions.Default);
    }

    public SyntaxTree Tree { get; }

    internal InstanceAttributes InstanceAttributes =>
        Publish(ref _instanceAttributes, () => InstanceAttributes.Collect(_attributeAssignments, ReferencesByPosition, _locator));

    public SemanticOptions Options { get; }
    public PythonVersion TargetVersion => Options.TargetVersion;
    public Scope ModuleScope { get; }

    /// <summary>Every scope, outer scopes before the scopes nested in them.</summary>
    public IReadOnlyList<Scope> Scopes { get; }

    /// <summary>Every binding (star imports included) in evaluation order.</summary>
    public IReadOnlyList<Binding> Bindings { get; }

    /// <summary>Every read of a name, in evaluation order.</summary>
    public IReadOnlyList<NameReference> References { get; }

    /// <summary>The scope opened by a module, def, class, lambda, comprehension, type parameter list or type alias.</summary>
    public Scope? GetScope(SyntaxNode node) => ScopeOf(node);

    private Scope? ScopeOf(SyntaxNode node) =>
        _scopesByNode.TryGetValue(new NodeKey(node.Green, node.Position), out var scope) && ReferenceEquals(scope.Node, node) ? scope : null;

    /// <summary>
    /// The scope in which <paramref name="node"/> is evaluated: a def's body is in its function scope, but its
    /// decorators and defaults are in the enclosing one; a comprehension's first iterable is outside it.
    /// </summary>
    public Scope GetEnclosingScope(SyntaxNode node)
    {
        // Rules ask this for many nodes: the walk up reads slot spans from the green nodes, creating nothing.
        var span = node.FullSpan;
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            var inside = ancestor.Kind switch
            {
                SyntaxKind.FunctionDefinition => WithinSlot(span, ancestor, SyntaxSlots.FunctionDefinition.Body),
                SyntaxKind.ClassDefinition => WithinSlot(span, ancestor, SyntaxSlots.ClassDefinition.Body),
                SyntaxKind.LambdaExpression => WithinSlot(span, ancestor, SyntaxSlots.LambdaExpression.Body),
                SyntaxKind.ListComprehension => !WithinFirstIterable(span, ancestor, SyntaxSlots.ListComprehension.Clauses),
                SyntaxKind.SetComprehension => !WithinFirstIterable(span, ancestor, SyntaxSlots.SetComprehension.Clauses),
                SyntaxKind.DictComprehension => !WithinFirstIterable(span, ancestor, SyntaxSlots.DictComprehension.Clauses),
                SyntaxKind.GeneratorExpression => !WithinFirstIterable(span, ancestor, SyntaxSlots.GeneratorExpression.Clauses),
                SyntaxKind.TypeParameterList or SyntaxKind.TypeAliasStatement or SyntaxKind.Module => true,
                _ => false,
            };
            if (inside && ScopeOf(ancestor) is { } scope) return InnermostAt(scope, span);
        }
        return ModuleScope;
    }

    /// <summary>A def's annotations sit in its type-parameter scope, which is keyed by the parameter list, not the def.</summary>
    private static Scope InnermostAt(Scope scope, TextSpan span)
    {
        if (scope.TypeParameterChildren is not { } children) return scope;
        foreach (var child in children)
        {
            var owner = child.Owner!;
            if (owner.FullSpan.Contains(span) && !(owner.Body is { } body && body.Contains(span)))
                return IsOutside(owner, span) ? scope : child;
        }
        return scope;
    }

    private static bool IsOutside(TypeParameterOwner owner, TextSpan span)
    {
        foreach (var part in owner.OutsideParts)
            if (part.Contains(span)) return true;
        return false;
    }

    private static bool WithinSlot(TextSpan span, SyntaxNode node, int slot)
    {
        var green = node.Green;
        var child = green.GetSlot(slot);
        return child is not null && new TextSpan(node.Position + green.GetSlotOffset(slot), child.FullWidth).Contains(span);
    }

    /// <summary>Whether the span is inside the iterable of the comprehension's first <c>for</c> clause.</summary>
    private static bool WithinFirstIterable(TextSpan span, SyntaxNode comprehension, int clausesSlot)
    {
        var clauses = new GreenAt(comprehension.Green, comprehension.Position).List(clausesSlot, separated: false);
        foreach (var clause in clauses)
        {
            if (clause.Kind != SyntaxKind.ComprehensionFor) continue;
            return clause.Node(SyntaxSlots.ComprehensionFor.Iterable) is { } iterable && iterable.FullSpan.Contains(span);
        }
        return false;
    }

    public NameReference? GetReference(NameExpressionSyntax name) =>
        ReferencesByPosition.TryGetValue(name.Identifier.Span.Start, out var reference) && reference.Span == name.Span
            ? reference
            : null;

    /// <summary>The binding whose bound name starts at <paramref name="position"/> (see <see cref="Binding.Span"/>).</summary>
    public Binding? GetBindingAt(int position) => BindingsByPosition.GetValueOrDefault(position);

    private Dictionary<int, NameReference> ReferencesByPosition => Publish(ref _referencesByPosition, () =>
    {
        var map = new Dictionary<int, NameReference>(References.Count);
        foreach (var reference in References) map.TryAdd(reference.Span.Start, reference);
        return map;
    });

    private Dictionary<int, Binding> BindingsByPosition => Publish(ref _bindingsByPosition, () =>
    {
        var map = new Dictionary<int, Binding>(Bindings.Count);
        foreach (var binding in Bindings)
            if (binding.Kind != BindingKind.StarImport) map.TryAdd(binding.Span.Start, binding);
        return map;
    });

    /// <summary>Lock-free lazy initialisation: racing readers may both build, one result is kept for all.</summary>
    private static T Publish<T>(ref T? field, Func<T> create) where T : class =>
        Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, create(), null) ?? field!;

    public Binding? GetBinding(SyntaxToken name) => GetBindingAt(name.Span.Start);

    /// <summary>What an expression stands for: a module, a function or class, or an instance of a known class.</summary>
    public ResolvedName? Resolve(ExpressionSyntax expression) => _names.Resolve(expression);

    /// <summary>The dotted name of what the expression denotes ("subprocess.Popen"); null for instances and unknowns.</summary>
    public string? GetQualifiedName(ExpressionSyntax expression) =>
        Resolve(expression) is { IsInstance: false } resolved ? resolved.QualifiedName : null;

    /// <summary>The qualified name of the function a call invokes.</summary>
    public string? GetCalleeName(CallExpressionSyntax call) => GetQualifiedName(call.Function);

    /// <summary>Matches the call's arguments to the callee's parameters when its signature is known, else by position and keyword only.</summary>
    public CallBinding BindCall(CallExpressionSyntax call)
    {
        var callee = GetCalleeName(call);
        return CallBinder.Bind(call, callee, callee is null ? null : KnownSignatures.Find(callee));
    }

    public ConstantResult Evaluate(ExpressionSyntax expression) => _constants.Evaluate(expression);

}
