using System.Collections.Concurrent;
using PySec.LanguageServer.Server;
using PySec.Manual;
using PySec.Rules;

namespace PySec.LanguageServer.Chapters;

/// <summary>
/// The manual as the editor sees it: hover Markdown per rule (built once; it depends on nothing in the document),
/// the API index for hovers where no rule fires, and chapter links. Everything waits for the background load.
/// </summary>
public sealed class ManualService(ServerAssets assets, ClientSession session, LanguageServerOptions options)
{
    private readonly ConcurrentDictionary<string, string?> _ruleHovers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<Task<ApiChapterIndex>> _apis = new(() => BuildIndexAsync(assets, options));

    public Task<PySec.Manual.Manual> ManualAsync => assets.ManualAsync;

    public Task<ApiChapterIndex> ApiIndexAsync => _apis.Value;

    public ChapterLinks Links(PySec.Manual.Manual? manual = null) => new(session.ManualBaseUrl, manual ?? assets.ManualIfLoaded);

    /// <summary>The hover for a rule (summary, shortest safe example, links), or null when no chapter explains it.</summary>
    public string? RuleHover(PySec.Manual.Manual manual, string ruleId) =>
        _ruleHovers.GetOrAdd(ruleId, id =>
        {
            if (ManualMarkdown.Hover(manual, id, path => LinkFor(manual, path)) is not { } hover) return null;
            return hover.TrimEnd('\n') + $"\n\n[Open chapter]({ChapterLinks.CommandLink(id)}) · [Manual site]({Links(manual).PageUrl(manual.ByRule(id)!.Path + "#" + id.ToLowerInvariant())})\n";
        });

    /// <summary>
    /// A manual-relative path as a hover link: a chapter opens in the editor through the client command (the rule
    /// when the anchor names one), anything else goes to the manual site.
    /// </summary>
    public string LinkFor(PySec.Manual.Manual manual, string path)
    {
        var hash = path.IndexOf('#');
        var file = hash < 0 ? path : path[..hash];
        var anchor = hash < 0 ? null : path[(hash + 1)..];
        var chapter = manual.Chapters.FirstOrDefault(c => c.Path == file);
        if (chapter is null) return Links(manual).PageUrl(path);
        var rule = anchor is null ? null : chapter.Rules.FirstOrDefault(r => r.Equals(anchor, StringComparison.OrdinalIgnoreCase));
        return ChapterLinks.CommandLink(rule ?? chapter.Id);
    }

    private static async Task<ApiChapterIndex> BuildIndexAsync(ServerAssets assets, LanguageServerOptions options)
    {
        var rules = await assets.RulesAsync.ConfigureAwait(false);
        return await Task.Run(() =>
        {
            var files = new List<RuleFile>();
            if (options.RulesDirectory.Length > 0) files.AddRange(new FileSystemRuleSource(options.RulesDirectory).Files());
            foreach (var extra in options.ExtraRuleDirectories) files.AddRange(new FileSystemRuleSource(extra).Files());
            return ApiChapterIndex.Build(files, rules);
        }).ConfigureAwait(false);
    }
}
