using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PySec.Manual;

/// <summary>Turns one chapter file into a <see cref="ManualChapter"/>, reporting what cannot be read.</summary>
internal static class ChapterParser
{
    /// <summary>Null when the front matter is missing or unusable; the reasons are in <paramref name="diagnostics"/>.</summary>
    public static ManualChapter? Parse(string path, string text, List<ManualDiagnostic> diagnostics)
    {
        text = text.Replace("\r\n", "\n");
        var document = Markdown.Parse(text, ManualMarkdig.Pipeline);
        if (document.FirstOrDefault() is not YamlFrontMatterBlock yamlBlock)
        {
            diagnostics.Add(new(path, 1, "chapter has no YAML front matter (a '---' block on the first line)"));
            return null;
        }
        // The block's first line is the opening '---'; the YAML starts on the next one.
        var frontMatter = FrontMatter.Parse(yamlBlock.Lines.ToString(), yamlBlock.Line + 2, path, diagnostics);
        if (frontMatter is null) return null;

        var lines = text.Split('\n');
        var bodyStart = yamlBlock.Line + yamlBlock.Lines.Count + 2;
        var sections = ReadSections(document, lines);
        return new ManualChapter
        {
            Path = path,
            Id = frontMatter.Scalar("id", path, diagnostics),
            Title = frontMatter.Scalar("title", path, diagnostics),
            Category = frontMatter.Scalar("category", path, diagnostics),
            Rules = frontMatter.List("rules", path, diagnostics),
            Cwe = ReadCwe(frontMatter, path, diagnostics),
            Owasp = frontMatter.Scalar("owasp", path, diagnostics),
            Python = frontMatter.Scalar("python", path, diagnostics),
            Related = frontMatter.List("related", path, diagnostics),
            Sections = sections,
            CodeBlocks = ReadCodeBlocks(document, sections),
            Links = document.Descendants<LinkInline>().Where(l => l.Url is not null).Select(l => new ChapterLink(l.Url!, l.Line + 1)).ToList(),
            Body = string.Join('\n', lines.Skip(Math.Min(bodyStart, lines.Length))),
            FrontMatterLines = frontMatter.Lines,
        };
    }

    private static IReadOnlyList<int> ReadCwe(FrontMatter frontMatter, string path, List<ManualDiagnostic> diagnostics)
    {
        var numbers = new List<int>();
        foreach (var value in frontMatter.List("cwe", path, diagnostics))
        {
            if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0)
                numbers.Add(number);
            else
                diagnostics.Add(new(path, frontMatter.Lines["cwe"], $"CWE '{value}' is not a number (write 502, not CWE-502)"));
        }
        return numbers;
    }

    /// <summary>Level-1 and level-2 headings in order (level 1 named "# title"), each with the Markdown up to the next one.</summary>
    private static List<ManualSection> ReadSections(MarkdownDocument document, string[] lines)
    {
        var headings = document.OfType<HeadingBlock>().Where(h => h.Level <= 2).ToList();
        var sections = new List<ManualSection>();
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var name = HeadingText(lines[heading.Line]);
            var end = i + 1 < headings.Count ? headings[i + 1].Line : lines.Length;
            var markdown = string.Join('\n', lines[(heading.Line + 1)..end]).Trim('\n');
            sections.Add(new(heading.Level == 1 ? "# " + name : name, markdown, heading.Line + 1));
        }
        return sections;
    }

    private static string HeadingText(string line) => line.TrimStart().TrimStart('#').Trim();

    private static List<CodeBlock> ReadCodeBlocks(MarkdownDocument document, List<ManualSection> sections)
    {
        var blocks = new List<CodeBlock>();
        foreach (var fenced in document.Descendants<FencedCodeBlock>())
        {
            var language = fenced.Info ?? "";
            var words = (fenced.Arguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var kind = language != "python" ? CodeBlockKind.Other
                : words.Contains("vulnerable") ? CodeBlockKind.Vulnerable
                : words.Contains("safe") ? CodeBlockKind.Safe
                : CodeBlockKind.UntaggedPython;
            var line = fenced.Line + 1;
            var section = sections.LastOrDefault(s => s.Line < line)?.Name ?? "";
            var exempt = words.Contains("python2") || words.Contains("invalid");
            var code = fenced.Lines.ToString().Replace("\r\n", "\n");
            // Markdig drops the last line break; code reads like a file, which ends with one.
            if (code.Length > 0 && !code.EndsWith('\n')) code += "\n";
            blocks.Add(new(language, kind, code, line, section, exempt));
        }
        return blocks;
    }
}
