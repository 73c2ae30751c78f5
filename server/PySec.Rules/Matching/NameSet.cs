namespace PySec.Rules.Matching;

/// <summary>A set of qualified names where an entry ending in ".*" stands for every name below its prefix.</summary>
internal sealed class NameSet
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];

    public NameSet(IEnumerable<string> names)
    {
        foreach (var name in names)
            if (name.EndsWith(".*", StringComparison.Ordinal)) _prefixes.Add(name[..^1]);
            else _exact.Add(name);
    }

    public IReadOnlyCollection<string> Exact => _exact;
    public IReadOnlyList<string> Prefixes => _prefixes;

    public bool Contains(string? name)
    {
        if (name is null) return false;
        if (_exact.Contains(name)) return true;
        foreach (var prefix in _prefixes)
            if (name.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>For imports: the module itself or any submodule of a listed module ("xml.etree" covers "xml.etree.ElementTree").</summary>
    public bool ContainsModule(string module)
    {
        if (Contains(module)) return true;
        foreach (var name in _exact)
            if (module.Length > name.Length && module[name.Length] == '.' && module.StartsWith(name, StringComparison.Ordinal)) return true;
        return false;
    }
}
