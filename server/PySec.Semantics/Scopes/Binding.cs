using PySec.Syntax;
using PySec.Text;

namespace PySec.Semantics;

/// <summary>
/// One place where a name gets (or loses) a value, with what the model knows about that value. Keeps its uses,
/// so data can be followed from definitions to uses and back.
/// </summary>
public sealed class Binding
{
    private static readonly IReadOnlyList<NameReference> NoUses = [];

    private LazyNode _node;
    private LazyNode _value;
    private bool _hasValue;
    private List<NameReference>? _uses;
    private Binding[]? _alone;
    private readonly UseIndex _useIndex;

    internal Binding(BindingKind kind, string name, TextSpan span, LazyNode node, Scope scope, int order, UseIndex uses)
    {
        _useIndex = uses;
        Kind = kind;
        Name = name;
        Span = span;
        _node = node;
        Scope = scope;
        Order = order;
    }

    public BindingKind Kind { get; }
    public string Name { get; }

    /// <summary>The span of the bound name (the alias of an import, the name of a def, the target name).</summary>
    public TextSpan Span { get; }

    /// <summary>The node that binds: the statement, parameter, pattern, with item, comprehension clause, or walrus.</summary>
    public SyntaxNode Node => _node.Get();

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
    public ExpressionSyntax? Value => _hasValue ? (ExpressionSyntax)_value.Get() : null;

    /// <summary>Whether <see cref="Value"/> is set, without creating its red node.</summary>
    internal bool HasValue => _hasValue;

    internal void SetValue(LazyNode value)
    {
        _value = value;
        _hasValue = true;
    }

    /// <summary>For imports: the dotted name the binding stands for ("subprocess", "os.system", "..pkg.mod").</summary>
    public string? ImportedName { get; internal set; }

    /// <summary>For imports: the number of leading dots of a relative import.</summary>
    public int ImportLevel { get; internal set; }

    /// <summary>Writes the name for certain whenever its statement runs (a for target, walrus or except name may not run).</summary>
    internal bool IsDefinite { get; set; }

    /// <summary>The block (or module) holding the binding's statement: a use inside it cannot see older values.</summary>
    internal TextSpan Container { get; set; }

    /// <summary><c>x: T</c> without a value: declares the name local but gives it no value.</summary>
    internal bool IsDeclarationOnly => Kind == BindingKind.AnnotatedAssignment && !_hasValue;

    /// <summary>A def's first parameter, without <c>*</c> or <c>**</c>: the <c>self</c> of a method.</summary>
    internal bool IsFirstPlainParameter { get; set; }

    public IReadOnlyList<NameReference> Uses
    {
        get
        {
            _useIndex.EnsureFilled();
            return _uses ?? NoUses;
        }
    }

    internal void AddUse(NameReference use) => (_uses ??= []).Add(use);

    /// <summary>This binding as the whole list of bindings reaching a read: one array shared by all such reads.</summary>
    internal Binding[] Alone => _alone ??= [this];

    /// <summary>
    /// What the binding resolves to, once known: a <see cref="ResolvedName"/>, or <see cref="Unresolved"/>. One
    /// reference field, so that concurrent readers see either nothing or a complete answer.
    /// </summary>
    internal object? Resolution;

    internal static readonly object Unresolved = new();

    public override string ToString() => $"{Kind} {Name}@{Span.Start}";
}
