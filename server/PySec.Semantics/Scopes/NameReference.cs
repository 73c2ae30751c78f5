using PySec.Syntax;
using PySec.Text;

namespace PySec.Semantics;

/// <summary>A read of a name and the bindings that may give it its value.</summary>
public sealed class NameReference
{
    private static readonly IReadOnlyList<Binding> NoBindings = [];

    private LazyNode _node;

    internal NameReference(LazyNode node, string name, TextSpan span, Scope scope, int order, TextSpan? loop)
    {
        _node = node;
        Name = name;
        Span = span;
        Scope = scope;
        Order = order;
        Loop = loop;
    }

    public NameExpressionSyntax Node => (NameExpressionSyntax)_node.Get();
    public string Name { get; }

    /// <summary>The span of <see cref="Node"/> (that of its identifier).</summary>
    public TextSpan Span { get; }

    public Scope Scope { get; }
    internal int Order { get; }

    /// <summary>The outermost loop of the reference's own scope around it: later bindings in it reach the next iteration.</summary>
    internal TextSpan? Loop { get; }

    /// <summary>The symbol the name resolves to by Python's scoping rules; null for builtins and unbound names.</summary>
    public Symbol? Symbol { get; internal set; }

    /// <summary>The bindings that may reach this read (statement-order approximation, flow-insensitive across scopes).</summary>
    public IReadOnlyList<Binding> Bindings { get; internal set; } = NoBindings;

    /// <summary>True when no binding in the file reaches the name and it names a builtin.</summary>
    public bool IsBuiltin { get; internal set; }

    /// <summary>Unbound names that a star import may provide, most recent first.</summary>
    public IReadOnlyList<Binding> StarImports { get; internal set; } = NoBindings;

    public override string ToString() => $"{Name}@{Span.Start}";
}
