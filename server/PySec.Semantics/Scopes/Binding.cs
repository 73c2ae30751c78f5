using PySec.Syntax;
using PySec.Text;

namespace PySec.Semantics;

/// <summary>
/// One place where a name gets (or loses) a value, with what the model knows about that value. Keeps its uses,
/// so data can be followed from definitions to uses and back.
/// </summary>
public sealed class Binding
{
    private readonly List<NameReference> _uses = [];

    internal Binding(BindingKind kind, string name, TextSpan span, SyntaxNode node, Scope scope, int order)
    {
        Kind = kind;
        Name = name;
        Span = span;
        Node = node;
        Scope = scope;
        Order = order;
    }

    public BindingKind Kind { get; }
    public string Name { get; }

    /// <summary>The span of the bound name (the alias of an import, the name of a def, the target name).</summary>
    public TextSpan Span { get; }

    /// <summary>The node that binds: the statement, parameter, pattern, with item, comprehension clause, or walrus.</summary>
    public SyntaxNode Node { get; }

    /// <summary>The scope the binding is written in (a global or nonlocal name stores it on an outer <see cref="Symbol"/>).</summary>
    public Scope Scope { get; }

    /// <summary>The symbol holding the binding; null for a star import, which binds no single name.</summary>
    public Symbol? Symbol { get; internal set; }

    /// <summary>Evaluation order within the file: a binding reaches uses evaluated after it.</summary>
    public int Order { get; }

    /// <summary>
    /// The expression whose value the name receives, when it is known: <c>x = v</c>, <c>x: T = v</c>, <c>x := v</c>,
    /// elementwise tuple unpacking of a display of the same length, and the context expression of <c>with e as x</c>.
    /// </summary>
    public ExpressionSyntax? Value { get; internal set; }

    /// <summary>For imports: the dotted name the binding stands for ("subprocess", "os.system", "..pkg.mod").</summary>
    public string? ImportedName { get; internal set; }

    /// <summary>For imports: the number of leading dots of a relative import.</summary>
    public int ImportLevel { get; internal set; }

    /// <summary>Writes the name for certain whenever its statement runs (a for target, walrus or except name may not run).</summary>
    internal bool IsDefinite { get; set; }

    /// <summary>The block (or module) holding the binding's statement: a use inside it cannot see older values.</summary>
    internal TextSpan Container { get; set; }

    public IReadOnlyList<NameReference> Uses => _uses;

    internal void AddUse(NameReference use) => _uses.Add(use);

    public override string ToString() => $"{Kind} {Name}@{Span.Start}";
}
