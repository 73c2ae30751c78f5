using System.Text.RegularExpressions;
using PySec.Syntax;

namespace PySec.Manual;

/// <summary>
/// The rules of manual/README.md as checks over loaded chapters. Never throws: every problem is a diagnostic,
/// so one bad chapter cannot hide the others.
/// </summary>
public static partial class ManualValidator
{
    [GeneratedRegex(@"^PYSEC\d{3}$")]
    private static partial Regex RuleIdPattern();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    /// <summary>"all" or one or two comparisons with a version, e.g. ">= 3.11" or ">= 3.8, < 3.12".</summary>
    [GeneratedRegex(@"^(all|(<|<=|>|>=|==) \d+\.\d+(, (<|<=|>|>=) \d+\.\d+)?)$")]
    private static partial Regex PythonVersions();

    /// <summary>An OWASP Top 10 entry with its year and name, e.g. "A03:2021 Injection".</summary>
    [GeneratedRegex(@"^A(0[1-9]|10):20\d\d \S.*$")]
    private static partial Regex OwaspCategory();

    public static IReadOnlyList<ManualDiagnostic> Validate(IReadOnlyList<ManualChapter> chapters, IReadOnlySet<string> files)
    {
        var diagnostics = new List<ManualDiagnostic>();
        var ids = new Dictionary<string, ManualChapter>(StringComparer.Ordinal);
        var ruleOwners = new Dictionary<string, ManualChapter>(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            if (chapter.Id.Length > 0 && !ids.TryAdd(chapter.Id, chapter))
                diagnostics.Add(new(chapter.Path, chapter.LineOf("id"), $"chapter id '{chapter.Id}' is also used by {ids[chapter.Id].Path}"));
            foreach (var rule in chapter.Rules)
            {
                if (ruleOwners.TryGetValue(rule, out var owner) && owner != chapter)
                    diagnostics.Add(new(chapter.Path, chapter.LineOf("rules"), $"rule {rule} is also claimed by {owner.Path}"));
                else
                    ruleOwners[rule] = chapter;
            }
        }

        foreach (var chapter in chapters)
        {
            CheckIdentity(chapter, diagnostics);
            CheckRules(chapter, diagnostics);
            if (chapter.Python.Length > 0 && !PythonVersions().IsMatch(chapter.Python))
                diagnostics.Add(new(chapter.Path, chapter.LineOf("python"), $"python '{chapter.Python}' is not \"all\" or a version range such as \">= 3.11\""));
            if (chapter.Owasp.Length > 0 && !OwaspCategory().IsMatch(chapter.Owasp))
                diagnostics.Add(new(chapter.Path, chapter.LineOf("owasp"), $"owasp '{chapter.Owasp}' is not an OWASP Top 10 entry such as \"A03:2021 Injection\""));
            foreach (var related in chapter.Related.Where(r => !ids.ContainsKey(r)))
                diagnostics.Add(new(chapter.Path, chapter.LineOf("related"), $"related chapter '{related}' does not exist"));
            CheckSections(chapter, diagnostics);
            CheckLinks(chapter, files, diagnostics);
            CheckCodeBlocks(chapter, diagnostics);
        }
        return diagnostics;
    }

    private static void CheckIdentity(ManualChapter chapter, List<ManualDiagnostic> diagnostics)
    {
        var fileName = chapter.Path[(chapter.Path.LastIndexOf('/') + 1)..];
        var expectedId = fileName.EndsWith(".md", StringComparison.Ordinal) ? fileName[..^3] : fileName;
        if (chapter.Id.Length > 0 && chapter.Id != expectedId)
            diagnostics.Add(new(chapter.Path, chapter.LineOf("id"), $"id '{chapter.Id}' does not match the file name '{fileName}'"));
        if (chapter.Id.Length > 0 && !KebabCase().IsMatch(chapter.Id))
            diagnostics.Add(new(chapter.Path, chapter.LineOf("id"), $"id '{chapter.Id}' is not kebab-case"));

        var folder = ManualCategories.ByFolder(chapter.Folder);
        if (folder is null)
            diagnostics.Add(new(chapter.Path, 1, $"folder '{chapter.Folder}' is not a category folder of the manual"));
        if (chapter.Category.Length > 0 && ManualCategories.BySlug(chapter.Category) is null)
            diagnostics.Add(new(chapter.Path, chapter.LineOf("category"), $"unknown category '{chapter.Category}'"));
        else if (folder is not null && chapter.Category.Length > 0 && chapter.Category != folder.Slug)
            diagnostics.Add(new(chapter.Path, chapter.LineOf("category"), $"category '{chapter.Category}' does not match its folder '{folder.Folder}' (category '{folder.Slug}')"));
    }

    private static void CheckRules(ManualChapter chapter, List<ManualDiagnostic> diagnostics)
    {
        if (chapter.Rules.Count == 0 && chapter.FrontMatterLines.ContainsKey("rules"))
            diagnostics.Add(new(chapter.Path, chapter.LineOf("rules"), "chapter explains no rule"));
        var category = ManualCategories.BySlug(chapter.Category);
        foreach (var rule in chapter.Rules)
        {
            if (!RuleIdPattern().IsMatch(rule))
                diagnostics.Add(new(chapter.Path, chapter.LineOf("rules"), $"rule id '{rule}' does not match PYSEC followed by three digits"));
            else if (category is not null && rule[5] != category.RuleDigit)
                diagnostics.Add(new(chapter.Path, chapter.LineOf("rules"), $"rule id '{rule}' is outside category '{category.Slug}' (PYSEC{category.RuleDigit}xx)"));
        }
    }

    private static void CheckSections(ManualChapter chapter, List<ManualDiagnostic> diagnostics)
    {
        var titles = chapter.Sections.Where(s => s.Name.StartsWith("# ", StringComparison.Ordinal)).ToList();
        var firstLine = chapter.Sections.FirstOrDefault()?.Line ?? chapter.LineOf("title");
        if (titles.Count != 1 || chapter.Sections[0] != titles[0])
            diagnostics.Add(new(chapter.Path, firstLine, "chapter must start with exactly one level-1 heading, the title"));
        else if (chapter.Title.Length > 0 && titles[0].Name[2..] != chapter.Title)
            diagnostics.Add(new(chapter.Path, titles[0].Line, $"heading '{titles[0].Name[2..]}' differs from the title '{chapter.Title}'"));

        var level2 = chapter.Sections.Where(s => !s.Name.StartsWith("# ", StringComparison.Ordinal)).ToList();
        foreach (var unknown in level2.Where(s => !SectionNames.Required.Contains(s.Name)))
            diagnostics.Add(new(chapter.Path, unknown.Line, $"unexpected section '{unknown.Name}'"));
        foreach (var duplicate in level2.GroupBy(s => s.Name).Where(g => g.Count() > 1))
            diagnostics.Add(new(chapter.Path, duplicate.Last().Line, $"section '{duplicate.Key}' appears more than once"));
        foreach (var missing in SectionNames.Required.Where(n => level2.All(s => s.Name != n)))
            diagnostics.Add(new(chapter.Path, firstLine, $"missing section '{missing}'"));

        var known = level2.Where(s => SectionNames.Required.Contains(s.Name)).ToList();
        for (var i = 1; i < known.Count; i++)
        {
            if (Order(known[i].Name) < Order(known[i - 1].Name))
                diagnostics.Add(new(chapter.Path, known[i].Line, $"section '{known[i].Name}' is out of order (expected {string.Join(", ", SectionNames.Required)})"));
        }
        if (chapter.Section(SectionNames.Summary) is { } summary && string.IsNullOrWhiteSpace(summary.Markdown))
            diagnostics.Add(new(chapter.Path, summary.Line, "the summary is empty"));
    }

    private static int Order(string section) => SectionNames.Required.ToList().IndexOf(section);

    private static void CheckLinks(ManualChapter chapter, IReadOnlySet<string> files, List<ManualDiagnostic> diagnostics)
    {
        foreach (var link in chapter.Links)
        {
            if (ManualLinks.Resolve(chapter.Folder, link.Url) is not { } target) continue;
            if (!files.Contains(target))
                diagnostics.Add(new(chapter.Path, link.Line, $"link '{link.Url}' points to '{target}', which does not exist"));
        }
    }

    private static void CheckCodeBlocks(ManualChapter chapter, List<ManualDiagnostic> diagnostics)
    {
        if (chapter.CodeBlocks.All(b => b.Kind != CodeBlockKind.Vulnerable))
            diagnostics.Add(new(chapter.Path, chapter.Section(SectionNames.Vulnerable)?.Line ?? 1, "chapter has no ```python vulnerable block"));
        if (chapter.CodeBlocks.All(b => b.Kind != CodeBlockKind.Safe))
            diagnostics.Add(new(chapter.Path, chapter.Section(SectionNames.Safer)?.Line ?? 1, "chapter has no ```python safe block"));

        foreach (var block in chapter.CodeBlocks)
        {
            switch (block.Kind)
            {
                case CodeBlockKind.UntaggedPython:
                    diagnostics.Add(new(chapter.Path, block.Line, "python block is neither 'vulnerable' nor 'safe'"));
                    break;
                case CodeBlockKind.Vulnerable when block.Section != SectionNames.Vulnerable:
                    diagnostics.Add(new(chapter.Path, block.Line, $"a vulnerable block belongs under '{SectionNames.Vulnerable}', not '{block.Section}'"));
                    break;
                case CodeBlockKind.Safe when block.Section != SectionNames.Safer:
                    diagnostics.Add(new(chapter.Path, block.Line, $"a safe block belongs under '{SectionNames.Safer}', not '{block.Section}'"));
                    break;
            }
            if (block.IsPython && !block.ExemptFromParsing) CheckParses(chapter, block, diagnostics);
        }
    }

    private static void CheckParses(ManualChapter chapter, CodeBlock block, List<ManualDiagnostic> diagnostics)
    {
        var tree = SyntaxTree.Parse(block.Code);
        if (tree.Diagnostics.Count == 0) return;
        var first = tree.Diagnostics[0];
        var lineInBlock = block.Code.AsSpan(0, Math.Min(first.Span.Start, block.Code.Length)).Count('\n');
        var more = tree.Diagnostics.Count > 1 ? $" (and {tree.Diagnostics.Count - 1} more)" : "";
        diagnostics.Add(new(chapter.Path, block.Line + 1 + lineInBlock,
            $"python block does not parse: {first.Code}: {first.Message}{more} (tag it 'python2' or 'invalid' if that is intended)"));
    }
}
