using PySec.Manual;
using PySec.Rules;

namespace PySec.LanguageServer.Server;

/// <summary>
/// The rule set and the manual, loaded once in the background from process start so that initialize answers at
/// once; the first request that needs them waits. Problems in rule or chapter files are logged, never fatal.
/// </summary>
public sealed class ServerAssets
{
    private readonly Lazy<Task<RuleSet>> _rules;
    private readonly Lazy<Task<PySec.Manual.Manual>> _manual;

    public ServerAssets(Func<RuleSet> loadRules, Func<PySec.Manual.Manual> loadManual)
    {
        _rules = new(() => Task.Run(loadRules));
        _manual = new(() => Task.Run(loadManual));
    }

    public static ServerAssets FromFolders(LanguageServerOptions options, ILspLogger logger) =>
        new(() => LoadRules(options, logger), () => LoadManual(options, logger));

    public static ServerAssets FromLoaded(RuleSet rules, PySec.Manual.Manual manual) => new(() => rules, () => manual);

    /// <summary>
    /// Starts loading: the rules first (the first diagnostics wait for them), the manual once they are in, so the
    /// two do not share the cores during a cold start. A request for the manual before then starts it at once.
    /// </summary>
    public void StartLoading() => _ = _rules.Value.ContinueWith(_ => _manual.Value, TaskScheduler.Default);

    public Task<RuleSet> RulesAsync => _rules.Value;
    public Task<PySec.Manual.Manual> ManualAsync => _manual.Value;

    /// <summary>The manual if it has finished loading, else null (callers fall back to what the rules say).</summary>
    public PySec.Manual.Manual? ManualIfLoaded => _manual.IsValueCreated && _manual.Value.IsCompletedSuccessfully ? _manual.Value.Result : null;

    private static RuleSet LoadRules(LanguageServerOptions options, ILspLogger logger)
    {
        var sources = new List<IRuleSource> { new FileSystemRuleSource(options.RulesDirectory, "rules/") };
        sources.AddRange(options.ExtraRuleDirectories.Select(d => new FileSystemRuleSource(d, d.TrimEnd('/') + "/")));
        var rules = RuleSet.Load([.. sources]);
        foreach (var error in rules.Errors) logger.Warning($"{error}: the rule is skipped");
        if (rules.Rules.Count == 0) logger.Error($"no rules could be loaded from '{options.RulesDirectory}'");
        return rules;
    }

    private static PySec.Manual.Manual LoadManual(LanguageServerOptions options, ILspLogger logger)
    {
        var manual = PySec.Manual.Manual.Load(new FileSystemManual(options.ManualDirectory));
        if (manual.Diagnostics.Count > 0) logger.Warning($"the manual has {manual.Diagnostics.Count} problems; the first: {manual.Diagnostics[0]}");
        return manual;
    }
}
