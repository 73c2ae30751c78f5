namespace PySec.Manual;

/// <summary>A loaded chapter. Lines are 1-based in <see cref="Path"/>; <see cref="Body"/> is the Markdown after the front matter.</summary>
public sealed class ManualChapter
{
    public required string Path { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public required IReadOnlyList<string> Rules { get; init; }
    public required IReadOnlyList<int> Cwe { get; init; }
    public required string Owasp { get; init; }
    public required string Python { get; init; }
    public required IReadOnlyList<string> Related { get; init; }
    public required IReadOnlyList<ManualSection> Sections { get; init; }
    public required IReadOnlyList<CodeBlock> CodeBlocks { get; init; }
    public required IReadOnlyList<ChapterLink> Links { get; init; }
    public required string Body { get; init; }

    /// <summary>The 1-based line of each front-matter key, for diagnostics about its value.</summary>
    public required IReadOnlyDictionary<string, int> FrontMatterLines { get; init; }

    /// <summary>The category folder, e.g. "02-deserialization".</summary>
    public string Folder => Path.Contains('/') ? Path[..Path.LastIndexOf('/')] : "";

    public ManualSection? Section(string name) => Sections.FirstOrDefault(s => s.Name == name);

    public int LineOf(string frontMatterKey) => FrontMatterLines.TryGetValue(frontMatterKey, out var line) ? line : 1;
}

/// <summary>A Markdown link or image in a chapter, with its 1-based line.</summary>
public sealed record ChapterLink(string Url, int Line);
