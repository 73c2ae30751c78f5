using System.Text.RegularExpressions;
using PySec.Manual;
using PySec.Rules;
using PySec.Workspace;

namespace PySec.Reports;

/// <summary>
/// What reports take from the manual for a rule: its chapter, the chapter's URL on the published site, the one-line
/// advice and the help text. Every member copes with a missing manual or chapter (null or a plain fallback).
/// </summary>
public sealed partial class ManualLookup(ReportOptions options)
{
    private readonly PySec.Manual.Manual? _manual = options.Manual;
    private readonly string _baseUrl = options.ManualUrl.EndsWith('/') ? options.ManualUrl : options.ManualUrl + "/";

    public ManualChapter? ChapterOf(Rule rule) => RuleChapters.ChapterOf(rule, _manual);

    /// <summary>
    /// The rule's section of its chapter on the site: BASE + the chapter's Markdown path with .html + "#" + the rule
    /// id (the anchors ChapterHtml writes). Without a loaded manual the link is built from the rule's chapter id
    /// and category, the same layout.
    /// </summary>
    public string UrlOf(Rule rule) => UrlOfPath(RuleChapters.PathOf(rule, _manual)) + "#" + rule.Id;

    /// <summary>A manual-relative path (possibly with an anchor) as a link on the published site.</summary>
    public string UrlOfPath(string path) => _baseUrl + ManualLinks.ToHtml(path);

    /// <summary>
    /// The chapter summary's advice on one line: a summary states the risk in its first sentence and what to do in
    /// the rest, so the rest is the advice (the whole summary when it is one sentence). Links keep only their text.
    /// </summary>
    public string? AdviceOf(Rule rule)
    {
        if (SummaryOf(rule) is not { } summary) return null;
        var sentences = Sentences(summary);
        return sentences.Count > 1 ? string.Join(" ", sentences.Skip(1)) : sentences[0];
    }

    /// <summary>The chapter's summary as one line of plain Markdown (links reduced to their text).</summary>
    public string? SummaryOf(Rule rule)
    {
        if (ChapterOf(rule)?.Section(SectionNames.Summary) is not { } section) return null;
        var text = Whitespace().Replace(Link().Replace(section.Markdown, "$1"), " ").Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>The chapter's hover Markdown (summary, shortest safe example, related chapters, CWE) with site links.</summary>
    public string? HelpMarkdownOf(Rule rule)
    {
        if (_manual is null || ChapterOf(rule) is null) return null;
        var hover = ManualMarkdown.Hover(_manual, rule.Id, UrlOfPath);
        return hover is null ? null : hover + $"\nFull chapter: {UrlOf(rule)}\n";
    }

    /// <summary>Sentence ends: a full stop, question or exclamation mark outside backticks followed by a space and a capital or code.</summary>
    private static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        var inCode = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '`') inCode = !inCode;
            if (inCode || c is not ('.' or '?' or '!') || i + 2 >= text.Length || text[i + 1] != ' ') continue;
            var next = text[i + 2];
            if (!char.IsUpper(next) && next != '`') continue;
            if (text.AsSpan(start, i + 1 - start).EndsWith("e.g.") || text.AsSpan(start, i + 1 - start).EndsWith("i.e.")) continue;
            sentences.Add(text[start..(i + 1)].Trim());
            start = i + 2;
        }
        if (start < text.Length) sentences.Add(text[start..].Trim());
        return sentences;
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
