namespace PySec.Manual;

/// <summary>
/// The loaded manual: chapters in folder then file order, looked up by id or rule id, and the table of contents.
/// Loading never throws on chapter content; problems are in <see cref="Diagnostics"/> (see <see cref="ManualValidator"/>).
/// </summary>
public sealed class Manual
{
    private readonly Dictionary<string, ManualChapter> _byId;
    private readonly Dictionary<string, ManualChapter> _byRule;

    private Manual(IReadOnlyList<ManualChapter> chapters, IReadOnlySet<string> files, IReadOnlyDictionary<string, string> otherPages, IReadOnlyList<ManualDiagnostic> diagnostics)
    {
        Chapters = chapters;
        Files = files;
        OtherPages = otherPages;
        Diagnostics = diagnostics;
        _byId = new(StringComparer.Ordinal);
        _byRule = new(StringComparer.OrdinalIgnoreCase);
        foreach (var chapter in chapters)
        {
            _byId.TryAdd(chapter.Id, chapter);
            foreach (var rule in chapter.Rules) _byRule.TryAdd(rule, chapter);
        }
    }

    public IReadOnlyList<ManualChapter> Chapters { get; }

    /// <summary>Every Markdown file of the manual (relative paths), for resolving links.</summary>
    public IReadOnlySet<string> Files { get; }

    /// <summary>Markdown files that are not chapters (README.md, index.md): path to text.</summary>
    public IReadOnlyDictionary<string, string> OtherPages { get; }

    /// <summary>Everything wrong with the manual, sorted by file and line. Empty for a valid manual.</summary>
    public IReadOnlyList<ManualDiagnostic> Diagnostics { get; }

    public ManualChapter? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The chapter explaining <paramref name="ruleId"/> (case-insensitive).</summary>
    public ManualChapter? ByRule(string ruleId) => _byRule.GetValueOrDefault(ruleId);

    /// <summary>A chapter by id or by one of its rule ids.</summary>
    public ManualChapter? Find(string idOrRule) => ById(idOrRule) ?? ByRule(idOrRule);

    /// <summary>Categories in folder order with their chapters; categories without chapters are left out.</summary>
    public IReadOnlyList<(ManualCategory Category, IReadOnlyList<ManualChapter> Chapters)> TableOfContents =>
        ManualCategories.All
            .Select(c => (Category: c, Chapters: (IReadOnlyList<ManualChapter>)Chapters.Where(ch => ch.Folder == c.Folder).ToList()))
            .Where(c => c.Chapters.Count > 0)
            .ToList();

    /// <summary>Loads and validates every chapter of <paramref name="source"/>.</summary>
    public static Manual Load(IManualSource source)
    {
        var diagnostics = new List<ManualDiagnostic>();
        var chapters = new List<ManualChapter>();
        var otherPages = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = source.ListMarkdownFiles().ToList();
        foreach (var path in files)
        {
            if (!path.Contains('/'))
            {
                otherPages[path] = source.ReadText(path);
                continue;
            }
            var chapter = ChapterParser.Parse(path, source.ReadText(path), diagnostics);
            if (chapter is not null) chapters.Add(chapter);
        }
        var fileSet = files.ToHashSet(StringComparer.Ordinal);
        diagnostics.AddRange(ManualValidator.Validate(chapters, fileSet));
        diagnostics.AddRange(PageLinksValidator.Validate(otherPages, chapters, fileSet));
        var sorted = diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ToList();
        return new Manual(chapters, fileSet, otherPages, sorted);
    }
}
