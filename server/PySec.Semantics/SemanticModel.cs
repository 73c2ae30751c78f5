using PySec.Syntax;

namespace PySec.Semantics;

/// <summary>
/// What a file's names mean: scopes, bindings and the reads they reach, qualified names of expressions, call
/// arguments bound to known signatures, and constant values. Built once per tree, without I/O; then read-only.
/// </summary>
public sealed class SemanticModel
{
    private readonly Dictionary<int, Binding> _bindingsByPosition;
    private readonly Dictionary<int, NameReference> _referencesByPosition;
    private readonly Dictionary<SyntaxNode, Scope> _scopesByNode;
    private readonly NameResolver _names;
    private readonly ConstantEvaluator _constants;

    internal SemanticModel(SyntaxTree tree, SemanticOptions options, Scope moduleScope, IReadOnlyList<Scope> scopes,
        IReadOnlyList<Binding> bindings, IReadOnlyList<NameReference> references, Dictionary<int, Binding> bindingsByPosition,
        Dictionary<int, NameReference> referencesByPosition, Dictionary<SyntaxNode, Scope> scopesByNode)
    {
        Tree = tree;
        Options = options;
        ModuleScope = moduleScope;
        Scopes = scopes;
        Bindings = bindings;
        References = references;
        _bindingsByPosition = bindingsByPosition;
        _referencesByPosition = referencesByPosition;
        _scopesByNode = scopesByNode;
        _names = new NameResolver(this);
        _constants = new ConstantEvaluator(this);
    }

    public static SemanticModel Create(SyntaxTree tree, SemanticOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return SemanticModelBuilder.Build(tree, options ?? SemanticOptions.Default);
    }

    public SyntaxTree Tree { get; }
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
    public Scope? GetScope(SyntaxNode node) => _scopesByNode.GetValueOrDefault(node);

    public NameReference? GetReference(NameExpressionSyntax name) =>
        _referencesByPosition.TryGetValue(name.Identifier.Span.Start, out var reference) && reference.Span == name.Span
            ? reference
            : null;

    /// <summary>The binding whose bound name starts at <paramref name="position"/> (see <see cref="Binding.Span"/>).</summary>
    public Binding? GetBindingAt(int position) => _bindingsByPosition.GetValueOrDefault(position);

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
