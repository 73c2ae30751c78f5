namespace PySec.Semantics;

/// <summary>
/// The reads of each binding (<see cref="Binding.Uses"/>), filled in for the whole file the first time any binding is
/// asked: the links from reads to bindings are what the build needs; the way back is for rules that follow data.
/// </summary>
internal sealed class UseIndex(IReadOnlyList<NameReference> references)
{
    private readonly Lock _gate = new();
    private volatile bool _filled;

    public void EnsureFilled()
    {
        if (_filled) return;
        lock (_gate)
        {
            if (_filled) return;
            foreach (var reference in references)
                foreach (var binding in reference.Bindings)
                    binding.AddUse(reference);
            _filled = true;
        }
    }
}
