using PySec.Rules;
using YamlDotNet.RepresentationModel;

namespace PySec.LanguageServer.Chapters;

/// <summary>
/// Which rules (and so which manual chapters) name an API: built from the qualified names the rule files declare
/// in their <c>call</c> and <c>attribute</c> matchers, so that hovering <c>pickle.loads</c> leads to the pickle
/// chapter even where no rule fires. Reads the rule files as published data (the engine's compiled matchers are
/// its own business); C# rules declare no names and are not indexed.
/// </summary>
public sealed class ApiChapterIndex
{
    private readonly Dictionary<string, List<string>> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string RuleId)> _prefixes = [];

    public static ApiChapterIndex Empty { get; } = new();

    public int Count => _exact.Count + _prefixes.Count;

    /// <summary>Indexes the rule files; a file that does not parse, or whose id is not a loaded rule, is skipped.</summary>
    public static ApiChapterIndex Build(IEnumerable<RuleFile> files, RuleSet rules)
    {
        var index = new ApiChapterIndex();
        foreach (var file in files)
        {
            if (file.Text is null) continue;
            YamlNode? root;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(file.Text));
                root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            }
            catch (YamlDotNet.Core.YamlException)
            {
                continue;
            }
            if (root is not YamlMappingNode mapping || Scalar(mapping, "id") is not { } id || rules.Find(id) is null) continue;
            if (Child(mapping, "match") is { } match) index.Collect(match, id);
            if (Child(mapping, "fixes") is YamlSequenceNode fixes)
                foreach (var fix in fixes.OfType<YamlMappingNode>())
                    if (Child(fix, "when") is { } when) index.Collect(when, id);
        }
        return index;
    }

    /// <summary>The rules naming this qualified name, exactly or under a declared prefix; empty when none.</summary>
    public IReadOnlyList<string> RulesFor(string qualifiedName)
    {
        var found = _exact.TryGetValue(qualifiedName, out var exact) ? new List<string>(exact) : [];
        foreach (var (prefix, rule) in _prefixes)
            if (qualifiedName.StartsWith(prefix, StringComparison.Ordinal) && !found.Contains(rule)) found.Add(rule);
        return found;
    }

    private void Collect(YamlNode node, string ruleId)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: "call" or "attribute" } && value is YamlMappingNode matcher
                        && Child(matcher, "names") is YamlSequenceNode names)
                        foreach (var name in names.OfType<YamlScalarNode>())
                            if (name.Value is { Length: > 0 } text) Add(text, ruleId);
                    Collect(value, ruleId);
                }
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence) Collect(item, ruleId);
                break;
        }
    }

    private void Add(string name, string ruleId)
    {
        if (name.EndsWith(".*", StringComparison.Ordinal))
        {
            if (!_prefixes.Contains((name[..^1], ruleId))) _prefixes.Add((name[..^1], ruleId));
            return;
        }
        if (!_exact.TryGetValue(name, out var list)) _exact[name] = list = [];
        if (!list.Contains(ruleId)) list.Add(ruleId);
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode mapping, string key) => (Child(mapping, key) as YamlScalarNode)?.Value;
}
