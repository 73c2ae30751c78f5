namespace PySec.LanguageServer.Features.ManualBrowser;

public sealed record ManualTocResult(IReadOnlyList<ManualTocCategory> Categories);

public sealed record ManualTocCategory(string Id, string Title, IReadOnlyList<ManualTocChapter> Chapters);

public sealed record ManualTocChapter(string Id, string Title, IReadOnlyList<string> RuleIds);

public sealed record ManualChapterParams(string? Id);

public sealed record ManualChapterResult(string Id, string Title, string Category, IReadOnlyList<string> RuleIds, string Markdown, string Html);
