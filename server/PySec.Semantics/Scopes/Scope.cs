using PySec.Syntax;

namespace PySec.Semantics;

/// <summary>A Python namespace: the names it binds, the names it declares global or nonlocal, and its star imports.</summary>
public sealed class Scope
{
    private readonly Dictionary<string, Symbol> _symbols = new(StringComparer.Ordinal);
    private readonly List<Scope> _children = [];
    private readonly List<Binding> _starImports = [];

    internal Scope(ScopeKind kind, SyntaxNode node, Scope? parent, string? name)
    {
        Kind = kind;
        Node = node;
        Parent = parent;
        Name = name;
        parent?._children.Add(this);
    }

    public ScopeKind Kind { get; }

    /// <summary>The node that opens the scope: Module, FunctionDefinition, ClassDefinition, LambdaExpression, a comprehension, or the owner of a type parameter list.</summary>
    public SyntaxNode Node { get; }

    public Scope? Parent { get; }

    /// <summary>The def or class name; null for the module, lambdas, comprehensions and type-parameter scopes.</summary>
    public string? Name { get; }

    public IReadOnlyList<Scope> Children => _children;
    public IEnumerable<Symbol> Symbols => _symbols.Values;

    /// <summary>The <c>from m import *</c> bindings of this scope, in source order.</summary>
    public IReadOnlyList<Binding> StarImports => _starImports;

    /// <summary>Functions, lambdas and comprehensions: scopes whose names nested functions can close over.</summary>
    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension or ScopeKind.TypeParameters;

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

    internal void AddStarImport(Binding binding) => _starImports.Add(binding);

    public override string ToString() => Name is null ? Kind.ToString() : $"{Kind} {Name}";
}
