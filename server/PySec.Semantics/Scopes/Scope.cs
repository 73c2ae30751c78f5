using PySec.Syntax;
using PySec.Text;

namespace PySec.Semantics;

/// <summary>A Python namespace: the names it binds, the names it declares global or nonlocal, and its star imports.</summary>
public sealed class Scope
{
    private static readonly IReadOnlyList<Scope> NoScopes = [];
    private static readonly IReadOnlyList<Binding> NoBindings = [];

    private readonly Dictionary<string, Symbol> _symbols = new(StringComparer.Ordinal);
    private LazyNode _node;
    private List<Scope>? _children;
    private List<Scope>? _typeParameterChildren;
    private List<Binding>? _starImports;

    internal Scope(ScopeKind kind, LazyNode node, Scope? parent, string? name)
    {
        Kind = kind;
        _node = node;
        Parent = parent;
        Name = name;
        if (parent is null) return;
        (parent._children ??= []).Add(this);
    }

    public ScopeKind Kind { get; }

    /// <summary>The node that opens the scope: Module, FunctionDefinition, ClassDefinition, LambdaExpression, a comprehension, or the owner of a type parameter list.</summary>
    public SyntaxNode Node => _node.Get();

    internal LazyNode Origin => _node;

    public Scope? Parent { get; }

    /// <summary>The def or class name; null for the module, lambdas, comprehensions and type-parameter scopes.</summary>
    public string? Name { get; }

    public IReadOnlyList<Scope> Children => _children ?? NoScopes;
    public IEnumerable<Symbol> Symbols => _symbols.Values;

    /// <summary>The <c>from m import *</c> bindings of this scope, in source order.</summary>
    public IReadOnlyList<Binding> StarImports => _starImports ?? NoBindings;

    /// <summary>Functions, lambdas and comprehensions: scopes whose names nested functions can close over.</summary>
    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension or ScopeKind.TypeParameters;

    /// <summary>Some symbol of this scope is declared global or nonlocal (most scopes have none to forward).</summary>
    internal bool HasDeclarations { get; private set; }

    /// <summary>A function scope whose def is decorated <c>@staticmethod</c> (or <c>@x.staticmethod</c>).</summary>
    internal bool IsStaticMethod { get; init; }

    /// <summary>For the type-parameter scope of a def or class: where that def or class is (see <see cref="SemanticModel.GetEnclosingScope"/>).</summary>
    internal TypeParameterOwner? Owner { get; init; }

    /// <summary>The children opened by the type parameter list of a def or class, in creation order; usually null.</summary>
    internal IReadOnlyList<Scope>? TypeParameterChildren => _typeParameterChildren;

    public Symbol? Lookup(string name) => _symbols.GetValueOrDefault(name);

    internal Symbol GetOrAdd(string name)
    {
        if (!_symbols.TryGetValue(name, out var symbol))
        {
            symbol = new Symbol(name, this);
            _symbols.Add(name, symbol);
        }
        return symbol;
    }

    internal void Declare(string name, bool global)
    {
        var symbol = GetOrAdd(name);
        if (global) symbol.IsGlobal = true;
        else symbol.IsNonlocal = true;
        HasDeclarations = true;
    }

    internal void AddStarImport(Binding binding) => (_starImports ??= []).Add(binding);

    internal void AddTypeParameterChild(Scope child) => (_typeParameterChildren ??= []).Add(child);

    public override string ToString() => Name is null ? Kind.ToString() : $"{Kind} {Name}";
}

/// <summary>
/// The def or class owning a type parameter list, as spans: its full span, its body, and the parts evaluated
/// outside the type-parameter scope (decorators, and a def's parameter defaults).
/// </summary>
internal sealed record TypeParameterOwner(TextSpan FullSpan, TextSpan? Body, TextSpan[] OutsideParts);
