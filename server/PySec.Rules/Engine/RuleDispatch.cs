using PySec.Rules.Matching;
using PySec.Syntax;
using PySec.Syntax.Green;

namespace PySec.Rules.Engine;

/// <summary>
/// Which rules to offer a node: by node kind; for calls by the callee's qualified name or the method's name; for
/// names and attributes by their identifier. One walk of the tree serves every rule, a call is matched only by
/// the rules that name it, and a name no rule lists never becomes a red node.
/// </summary>
internal sealed class RuleDispatch
{
    private readonly Dictionary<SyntaxKind, List<int>> _byKind = [];
    private readonly Dictionary<string, List<int>> _callsByName = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, int Rule)> _callsByPrefix = [];
    private readonly Dictionary<string, List<int>> _callsByMethod = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _namesByIdentifier = new(StringComparer.Ordinal);
    private readonly List<int> _identifierRules = [];

    public RuleDispatch(IReadOnlyList<Rule> rules)
    {
        Rules = rules;
        for (var index = 0; index < rules.Count; index++)
        {
            var rule = rules[index];
            var kinds = rule.Matcher?.Kinds ?? rule.Code?.Kinds.ToHashSet() ?? [];
            foreach (var kind in kinds)
            {
                if (kind == SyntaxKind.CallExpression && CallKeys(rule) is var (names, methods) && (names is not null || methods is not null))
                {
                    foreach (var name in names ?? [])
                        if (name.EndsWith(".*", StringComparison.Ordinal)) AddPrefix(name[..^1], index);
                        else Add(_callsByName, name, index);
                    foreach (var method in methods ?? []) Add(_callsByMethod, method, index);
                    continue;
                }
                if (kind is SyntaxKind.NameExpression or SyntaxKind.AttributeExpression && rule.Matcher?.IdentifierNames is { } identifiers)
                {
                    foreach (var identifier in identifiers) Add(_namesByIdentifier, identifier, index);
                    if (!_identifierRules.Contains(index)) _identifierRules.Add(index);
                    continue;
                }
                Add(_byKind, kind, index);
            }
        }
        // Most arguments are positional; when every rule that looks at arguments wants keywords only, the others are skipped.
        _keywordArgumentsOnly = _byKind.TryGetValue(SyntaxKind.Argument, out var argumentRules)
            && argumentRules.All(index => rules[index].Matcher?.RequiresKeywordArgument == true);
        if (_keywordArgumentsOnly) _byKind.Remove(SyntaxKind.Argument, out _);
        _keywordArgumentRules = argumentRules ?? [];
    }

    private readonly bool _keywordArgumentsOnly;
    private readonly List<int> _keywordArgumentRules;

    /// <summary>A YAML rule's names (prefixes as "a.*") and methods, or a C# rule's declared ones; nulls when any call may match.</summary>
    private static (IReadOnlyCollection<string>? Names, IReadOnlyCollection<string>? Methods) CallKeys(Rule rule)
    {
        if (rule.Code is { } code) return (code.CallNames, code.CallMethods);
        if (rule.Matcher?.CallNames is not { } set) return (null, null);
        return ([.. set.Exact, .. set.Prefixes.Select(p => p + "*")], rule.Matcher.CallMethods);
    }

    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Indexed by <see cref="SyntaxKind"/>: whether any rule looks at every node of that kind.</summary>
    public bool[] WantedKinds => _wanted ??= BuildWanted();

    private bool[]? _wanted;

    private bool[] BuildWanted()
    {
        var wanted = new bool[Enum.GetValues<SyntaxKind>().Max(k => (int)k) + 1];
        foreach (var kind in _byKind.Keys) wanted[(int)kind] = true;
        if (HasCallRules) wanted[(int)SyntaxKind.CallExpression] = true;
        return wanted;
    }

    public bool HasIdentifierRules => _identifierRules.Count > 0;

    /// <summary>Indexed by <see cref="SyntaxKind"/>: whether some nodes of the kind are wanted, those <see cref="Accepts"/> takes.</summary>
    public bool[] FilteredKinds => _filtered ??= BuildFiltered();

    private bool[]? _filtered;

    private bool[] BuildFiltered()
    {
        var filtered = new bool[WantedKinds.Length];
        if (HasIdentifierRules)
            filtered[(int)SyntaxKind.NameExpression] = filtered[(int)SyntaxKind.AttributeExpression] = true;
        if (_keywordArgumentsOnly) filtered[(int)SyntaxKind.Argument] = true;
        return filtered;
    }

    /// <summary>
    /// Whether a node of a filtered kind is worth a red node: a name or attribute whose identifier is listed, or a
    /// bare name an import binds under an alias that may stand for a listed name; an argument passed by keyword.
    /// </summary>
    public bool Accepts(GreenNode node, Func<string, bool> isImportAlias)
    {
        if (node.Kind == SyntaxKind.Argument) return node.GetSlot(SyntaxSlots.Argument.Name) is not null;
        if (Identifier(node) is not { } text) return false;
        return _namesByIdentifier.ContainsKey(text) || (node.Kind == SyntaxKind.NameExpression && isImportAlias(text));
    }

    private static string? Identifier(GreenNode node) => node.Kind switch
    {
        SyntaxKind.NameExpression => (node.GetSlot(SyntaxSlots.NameExpression.Identifier) as GreenToken)?.Text,
        SyntaxKind.AttributeExpression => (node.GetSlot(SyntaxSlots.AttributeExpression.Name) as GreenToken)?.Text,
        _ => null,
    };

    public IReadOnlyList<int> ForKind(SyntaxKind kind) =>
        _byKind.TryGetValue(kind, out var list) ? list : kind == SyntaxKind.Argument ? _keywordArgumentRules : [];

    /// <summary>Rules naming this callee, exactly or by prefix, in rule order (a rule may come twice).</summary>
    public IEnumerable<int> ForCallee(string callee)
    {
        if (_callsByName.TryGetValue(callee, out var exact))
            foreach (var index in exact) yield return index;
        foreach (var (prefix, index) in _callsByPrefix)
            if (callee.StartsWith(prefix, StringComparison.Ordinal)) yield return index;
    }

    public IReadOnlyList<int> ForMethod(string method) => _callsByMethod.TryGetValue(method, out var list) ? list : [];

    /// <summary>Rules listing this identifier; for a name an import binds, every rule that lists identifiers.</summary>
    public IReadOnlyList<int> ForIdentifier(string identifier, bool isImportAlias) =>
        isImportAlias ? _identifierRules : _namesByIdentifier.TryGetValue(identifier, out var list) ? list : [];

    public bool HasCallRules => _callsByName.Count > 0 || _callsByPrefix.Count > 0 || _callsByMethod.Count > 0;

    private void AddPrefix(string prefix, int index)
    {
        if (!_callsByPrefix.Contains((prefix, index))) _callsByPrefix.Add((prefix, index));
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int index) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(index)) list.Add(index);
    }
}
