namespace PySec.Semantics;

/// <summary>
/// A name in one scope and every binding of it. A name declared <c>global</c> or <c>nonlocal</c> is forwarded:
/// its bindings live on the <see cref="Target"/> symbol of the outer scope.
/// </summary>
public sealed class Symbol
{
    private readonly List<Binding> _bindings = [];

    internal Symbol(string name, Scope scope)
    {
        Name = name;
        Scope = scope;
    }

    public string Name { get; }
    public Scope Scope { get; }
    public bool IsGlobal { get; internal set; }
    public bool IsNonlocal { get; internal set; }

    /// <summary>Where the bindings of a global/nonlocal name are kept; this symbol otherwise.</summary>
    public Symbol Target { get => _target ?? this; internal set => _target = value; }

    private Symbol? _target;

    /// <summary>Every binding, in evaluation order (empty for a forwarded symbol: see <see cref="Target"/>).</summary>
    public IReadOnlyList<Binding> Bindings => _bindings;

    internal void Add(Binding binding) => _bindings.Add(binding);

    /// <summary>The bindings that give a value (declarations <c>x: T</c> excluded), computed once, after forwarding.</summary>
    internal Binding[] Live
    {
        get
        {
            if (_live is not null) return _live;
            var count = 0;
            foreach (var binding in _bindings)
                if (!binding.IsDeclarationOnly) count++;
            var live = new Binding[count];
            count = 0;
            foreach (var binding in _bindings)
                if (!binding.IsDeclarationOnly) live[count++] = binding;
            return _live = live;
        }
    }

    private Binding[]? _live;

    internal void MoveBindingsTo(Symbol target)
    {
        if (ReferenceEquals(target, this)) return;
        foreach (var binding in _bindings)
        {
            binding.Symbol = target;
            target._bindings.Add(binding);
        }
        _bindings.Clear();
        target._bindings.Sort(static (a, b) => a.Order.CompareTo(b.Order));
    }

    public override string ToString() => $"{Name} in {Scope}";
}
