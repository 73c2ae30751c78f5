namespace PySec.Manual;

/// <summary>
/// How the manual's rule ids and the rule engine's agree: every rule needs a chapter, and a chapter may only
/// claim rules that exist.
/// </summary>
public sealed record RuleCoverage(IReadOnlyList<string> RulesWithoutChapter, IReadOnlyList<(string RuleId, ManualChapter Chapter)> UnknownRules)
{
    public bool IsComplete => RulesWithoutChapter.Count == 0 && UnknownRules.Count == 0;

    public static RuleCoverage Check(Manual manual, IEnumerable<string> ruleIds)
    {
        var known = ruleIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var withoutChapter = known.Where(r => manual.ByRule(r) is null).Order(StringComparer.Ordinal).ToList();
        var unknown = manual.Chapters.SelectMany(c => c.Rules.Select(r => (RuleId: r, Chapter: c)))
            .Where(p => !known.Contains(p.RuleId)).ToList();
        return new(withoutChapter, unknown);
    }

    /// <summary>The coverage problems as diagnostics, pointing at the chapter's rules line where there is one.</summary>
    public IReadOnlyList<ManualDiagnostic> ToDiagnostics() =>
        UnknownRules.Select(u => new ManualDiagnostic(u.Chapter.Path, u.Chapter.LineOf("rules"), $"rule {u.RuleId} is not a rule of the engine"))
            .Concat(RulesWithoutChapter.Select(r => new ManualDiagnostic("index.md", 1, $"rule {r} has no chapter")))
            .ToList();
}
