namespace PySec.Manual;

/// <summary>
/// Where the manual's Markdown files come from. Paths are relative to the manual's root and use '/' on every
/// platform, so diagnostics and links look the same wherever the manual is read.
/// </summary>
public interface IManualSource
{
    /// <summary>Every Markdown file of the manual (chapters, README.md, index.md), in ordinal order.</summary>
    IReadOnlyList<string> ListMarkdownFiles();

    string ReadText(string relativePath);
}
