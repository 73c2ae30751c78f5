using PySec.Syntax;
using PySec.Text;

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
        Dictionary<int, NameReference> referencesByPosition, Dictionary<SyntaxNode, Scope> scopesByNode,
        InstanceAttributes instanceAttributes)
    {
        InstanceAttributes = instanceAttributes;
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
    internal InstanceAttributes InstanceAttributes { get; }
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

    /// <summary>
    /// The scope in which <paramref name="node"/> is evaluated: a def's body is in its function scope, but its
    /// decorators and defaults are in the enclosing one; a comprehension's first iterable is outside it.
    /// </summary>
    public Scope GetEnclosingScope(SyntaxNode node)
    {
        var span = node.FullSpan;
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            var inside = ancestor switch
            {
                FunctionDefinitionSyntax function => Within(span, function.Body),
                ClassDefinitionSyntax @class => Within(span, @class.Body),
                LambdaExpressionSyntax lambda => Within(span, lambda.Body),
                ListComprehensionSyntax or SetComprehensionSyntax or DictComprehensionSyntax or GeneratorExpressionSyntax =>
                    !ancestor.ChildNodes().OfType<ComprehensionForSyntax>().Take(1).Any(f => Within(span, f.Iterable)),
                TypeParameterListSyntax or TypeAliasStatementSyntax or ModuleSyntax => true,
                _ => false,
            };
            if (inside && _scopesByNode.TryGetValue(ancestor, out var scope)) return InnermostAt(scope, span);
        }
        return ModuleScope;
    }

    /// <summary>A def's annotations sit in its type-parameter scope, which is keyed by the parameter list, not the def.</summary>
    private Scope InnermostAt(Scope scope, TextSpan span)
    {
        foreach (var child in scope.Children)
            if (child.Kind == ScopeKind.TypeParameters && child.Node is TypeParameterListSyntax list && list.Parent is { } owner
                && owner.FullSpan.Contains(span) && !Within(span, (owner as FunctionDefinitionSyntax)?.Body ?? (owner as ClassDefinitionSyntax)?.Body))
                return IsDefaultOrDecorator(owner, span) ? scope : child;
        return scope;
    }

    private static bool IsDefaultOrDecorator(SyntaxNode owner, TextSpan span) => owner switch
    {
        FunctionDefinitionSyntax function => function.Decorators.Any(d => Within(span, d))
            || function.Parameters.Parameters.OfType<ParameterSyntax>().Any(p => Within(span, p.Default)),
        ClassDefinitionSyntax @class => @class.Decorators.Any(d => Within(span, d)),
        _ => false,
    };

    private static bool Within(TextSpan span, SyntaxNode? container) => container is not null && container.FullSpan.Contains(span);

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
