using PySec.Manual;

namespace PySec.Manual.Tests;

public sealed class LoadingTests
{
    [Fact]
    public void The_sample_manual_is_valid()
    {
        Assert.Empty(SampleManual.Load().Diagnostics);
    }

    [Fact]
    public void Front_matter_fields_are_read()
    {
        var chapter = SampleManual.Load().ById("other")!;
        Assert.Equal("Another chapter", chapter.Title);
        Assert.Equal("runtime", chapter.Category);
        Assert.Equal(["PYSEC002", "PYSEC003"], chapter.Rules);
        Assert.Equal([20], chapter.Cwe);
        Assert.Equal("A03:2021 Injection", chapter.Owasp);
        Assert.Equal(">= 3.8", chapter.Python);
        Assert.Equal(["sample"], chapter.Related);
        Assert.Equal("00-runtime", chapter.Folder);
        Assert.Equal(3, chapter.LineOf("title"));
    }

    [Fact]
    public void Sections_keep_their_markdown_and_heading_lines()
    {
        var chapter = SampleManual.Load().ById("sample")!;
        Assert.Equal(["# A sample chapter", .. SectionNames.Required], chapter.Sections.Select(s => s.Name));
        var summary = chapter.Section(SectionNames.Summary)!;
        Assert.Equal(13, summary.Line);
        Assert.Equal("Do not evaluate input; parse it instead (see [the other chapter](other.md#summary)).", summary.Markdown);
        Assert.StartsWith("# A sample chapter\n", chapter.Body);
    }

    [Fact]
    public void Code_blocks_have_their_tag_section_and_fence_line()
    {
        var blocks = SampleManual.Load().ById("sample")!.CodeBlocks;
        Assert.Equal([CodeBlockKind.Vulnerable, CodeBlockKind.Safe, CodeBlockKind.Safe], blocks.Select(b => b.Kind));
        Assert.Equal(20, blocks[0].Line);
        Assert.Equal("value = eval(input())\n", blocks[0].Code);
        Assert.Equal(SectionNames.Safer, blocks[2].Section);
    }

    [Fact]
    public void Chapters_are_found_by_id_and_by_rule_id_in_any_case()
    {
        var manual = SampleManual.Load();
        Assert.Equal("other", manual.ByRule("PYSEC003")?.Id);
        Assert.Equal("other", manual.Find("pysec002")?.Id);
        Assert.Equal("sample", manual.Find("sample")?.Id);
        Assert.Null(manual.Find("PYSEC999"));
    }

    [Fact]
    public void Pages_other_than_chapters_are_kept_apart()
    {
        var manual = SampleManual.Load();
        Assert.Equal(["README.md", "index.md"], manual.OtherPages.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, manual.Chapters.Count);
    }

    [Fact]
    public void Windows_line_endings_read_like_unix_ones()
    {
        var manual = SampleManual.LoadWithSample(text => text.Replace("\n", "\r\n"));
        Assert.Empty(manual.Diagnostics);
        Assert.Equal("value = eval(input())\n", manual.ById("sample")!.CodeBlocks[0].Code);
    }
}
