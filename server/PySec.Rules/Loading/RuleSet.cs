using System.Text.Json.Nodes;
using PySec.Rules.Loading;

namespace PySec.Rules;

/// <summary>
/// The loaded rules, from our own folder and any user rule packs. A bad file is reported and skipped; the other
/// rules still load. Rules are looked up by id, by kebab-case name, or by a Bandit/Ruff alias.
/// </summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, Rule> _byId;
    private readonly Dictionary<string, List<Rule>> _byAlias;
    private Engine.RuleDispatch? _dispatch;

    private RuleSet(IReadOnlyList<Rule> rules, IReadOnlyList<RuleLoadError> errors)
    {
        Rules = rules;
        Errors = errors;
        _byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _byAlias = new Dictionary<string, List<Rule>>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules)
        {
            Add(rule.Id, rule);
            Add(rule.Name, rule);
            foreach (var alias in rule.Metadata.Aliases) Add(alias, rule);
        }
    }

    /// <summary>Rules ordered by id.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    public IReadOnlyList<RuleLoadError> Errors { get; }

    internal Engine.RuleDispatch Dispatch => _dispatch ??= new Engine.RuleDispatch(Rules);

    public Rule? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The rules an id, name or alias stands for (a Bandit id may cover several of ours); empty when unknown.</summary>
    public IReadOnlyList<Rule> Resolve(string idOrAlias) =>
        _byAlias.TryGetValue(idOrAlias, out var rules) ? rules : [];

    public static RuleSet Load(params IRuleSource[] sources)
    {
        var rules = new List<Rule>();
        var errors = new List<RuleLoadError>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var file in source.Files())
            {
                if (file.Text is null)
                {
                    errors.Add(new RuleLoadError(file.Path, 1, "", file.ReadError ?? "cannot read the file"));
                    continue;
                }
                if (LoadOne(file, errors) is not { } rule) continue;
                if (seen.TryGetValue(rule.Id, out var first))
                {
                    errors.Add(new RuleLoadError(file.Path, 1, "/id", $"{rule.Id} is already defined in {first}"));
                    continue;
                }
                seen[rule.Id] = file.Path;
                rules.Add(rule);
            }
        }
        rules.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new RuleSet(rules, errors);
    }

    private static Rule? LoadOne(RuleFile file, List<RuleLoadError> errors)
    {
        var document = YamlDocument.Parse(file.Text!, out var yamlError);
        if (document is null)
        {
            errors.Add(new RuleLoadError(file.Path, yamlError!.Value.Line, "", yamlError.Value.Message));
            return null;
        }
        var schemaErrors = RuleSchema.Validate(document.Root);
        if (schemaErrors.Count > 0)
        {
            foreach (var (pointer, message) in schemaErrors)
                errors.Add(new RuleLoadError(file.Path, document.LineOf(pointer), pointer, message));
            return null;
        }
        try
        {
            var rule = RuleReader.Read((JsonObject)document.Root!, file.Path);
            var expectedPrefix = rule.Id + "-" + rule.Name;
            var fileName = Path.GetFileNameWithoutExtension(file.Path);
            if (fileName != expectedPrefix && !file.Path.StartsWith('<'))
            {
                errors.Add(new RuleLoadError(file.Path, document.LineOf("/name"), "/name", $"the file must be named {expectedPrefix}.yaml"));
                return null;
            }
            return rule;
        }
        catch (RuleFormatException exception)
        {
            errors.Add(new RuleLoadError(file.Path, document.LineOf(exception.Pointer), exception.Pointer, exception.Message));
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or InvalidCastException or ArgumentException)
        {
            // The schema should have caught it; a gap there must still cost only this file.
            errors.Add(new RuleLoadError(file.Path, 1, "", $"cannot read the rule: {exception.Message}"));
            return null;
        }
    }

    private void Add(string key, Rule rule)
    {
        if (!_byAlias.TryGetValue(key, out var list)) _byAlias[key] = list = [];
        if (!list.Contains(rule)) list.Add(rule);
    }
}
