using PySec.Syntax;

namespace PySec.Rules.Engine;

/// <summary>
/// Which rules to offer a node: by node kind, and for calls by the callee's qualified name, so that one walk of
/// the tree serves every rule and a call is matched only by the rules that name its callee.
/// </summary>
internal sealed class RuleDispatch
{
    private readonly Dictionary<SyntaxKind, List<int>> _byKind = [];
    private readonly Dictionary<string, List<int>> _callsByName = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, int Rule)> _callsByPrefix = [];

    public RuleDispatch(IReadOnlyList<Rule> rules)
    {
        Rules = rules;
        for (var index = 0; index < rules.Count; index++)
        {
            var rule = rules[index];
            var kinds = rule.Matcher?.Kinds ?? rule.Code?.Kinds.ToHashSet() ?? [];
            foreach (var kind in kinds)
            {
                if (kind == SyntaxKind.CallExpression && rule.Matcher?.CallNames is { } names)
                {
                    foreach (var name in names.Exact) Add(_callsByName, name, index);
                    foreach (var prefix in names.Prefixes) _callsByPrefix.Add((prefix, index));
                    continue;
                }
                Add(_byKind, kind, index);
            }
        }
    }

    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Indexed by <see cref="SyntaxKind"/>: whether any rule looks at nodes of that kind.</summary>
    public bool[] WantedKinds => _wanted ??= BuildWanted();

    private bool[]? _wanted;

    private bool[] BuildWanted()
    {
        var wanted = new bool[Enum.GetValues<SyntaxKind>().Max(k => (int)k) + 1];
        foreach (var kind in _byKind.Keys) wanted[(int)kind] = true;
        if (HasCallRules) wanted[(int)SyntaxKind.CallExpression] = true;
        return wanted;
    }

    public IReadOnlyList<int> ForKind(SyntaxKind kind) => _byKind.TryGetValue(kind, out var list) ? list : [];

    /// <summary>Rules naming this callee, exactly or by prefix, in rule order.</summary>
    public IEnumerable<int> ForCallee(string callee)
    {
        if (_callsByName.TryGetValue(callee, out var exact))
            foreach (var index in exact) yield return index;
        foreach (var (prefix, index) in _callsByPrefix)
            if (callee.StartsWith(prefix, StringComparison.Ordinal)) yield return index;
    }

    public bool HasCallRules => _callsByName.Count > 0 || _callsByPrefix.Count > 0;

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int index) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(index)) list.Add(index);
    }
}
