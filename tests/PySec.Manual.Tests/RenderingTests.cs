using PySec.Testing;

namespace PySec.Manual.Tests;

public sealed class RenderingTests
{
    [Fact]
    public void Hover_of_a_real_rule_matches_its_snapshot()
    {
        Snapshot.Match("Snapshots/hover-PYSEC201.md", ManualMarkdown.Hover(RepositoryManual.Value, "PYSEC201")!);
    }

    [Fact]
    public void Hover_shows_the_shortest_safe_example_and_resolves_summary_links_through_the_host()
    {
        var hover = ManualMarkdown.Hover(SampleManual.Load(), "pysec001", path => "https://manual.example/" + path)!;

        Assert.StartsWith("**PYSEC001**: [A sample chapter](https://manual.example/00-runtime/sample.md#PYSEC001)\n", hover);
        Assert.Contains("(see [the other chapter](https://manual.example/00-runtime/other.md#summary))", hover);
        Assert.Contains("```python\nvalue = int(input())\n```", hover);
        Assert.DoesNotContain("literal_eval", hover);
        Assert.Contains("Related: [Another chapter](https://manual.example/00-runtime/other.md)", hover);
        Assert.EndsWith("[CWE-94](https://cwe.mitre.org/data/definitions/94.html)\n", hover);
    }

    [Fact]
    public void Hover_of_a_rule_without_chapter_is_null()
    {
        Assert.Null(ManualMarkdown.Hover(SampleManual.Load(), "PYSEC999"));
    }

    [Fact]
    public void Chapter_markdown_is_the_body_without_front_matter()
    {
        var markdown = ManualMarkdown.Chapter(SampleManual.Load().ById("sample")!);
        Assert.StartsWith("# A sample chapter\n\n## Summary\n", markdown);
        Assert.DoesNotContain("owasp:", markdown);
    }

    [Fact]
    public void Chapter_html_has_rule_anchors_after_the_title_and_links_to_html_pages()
    {
        var html = ChapterHtml.Render(SampleManual.Load().ById("other")!);

        Assert.Matches("^<h1[^>]*>Another chapter</h1>\n<p class=\"rules\">Rules: <a id=\"PYSEC002\" href=\"#PYSEC002\">PYSEC002</a>, <a id=\"PYSEC003\"", html);
        var sample = ChapterHtml.Render(SampleManual.Load().ById("sample")!);
        Assert.Contains("href=\"other.html#summary\"", sample);
        Assert.Contains("href=\"../README.html\"", sample);
        Assert.Contains("href=\"https://cwe.mitre.org/data/definitions/94.html\"", sample);
    }

    [Fact]
    public void Markup_in_chapters_is_escaped()
    {
        var manual = SampleManual.LoadWithSample(text => text
            .Replace("title: A sample chapter", "title: \"<script>alert(1)</script>\"")
            .Replace("# A sample chapter", "# <script>alert(1)</script>")
            .Replace("No version differences.", "<img src=x onerror=alert(2)> and <b>bold</b>")
            .Replace("value = int(input())", "value = int(input())  # </code></pre><script>alert(3)</script>"));
        Assert.Empty(manual.Diagnostics);

        foreach (var (path, html) in ManualSite.Pages(manual))
        {
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain("<b>", html);
        }
        var chapter = ManualSite.Pages(manual)["00-runtime/sample.html"];
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", chapter);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; - PySec secure coding manual</title>", chapter);
    }

    [Fact]
    public void Bidirectional_controls_are_shown_not_applied()
    {
        var manual = SampleManual.LoadWithSample(text => text.Replace("value = eval(input())", "value = eval(input())  # \u202Eevil\u202C"));
        var html = ChapterHtml.Render(manual.ById("sample")!);
        Assert.DoesNotContain('\u202E', html);
        Assert.Contains("<span class=\"bidi\" title=\"invisible control character\">U+202E</span>evil", html);
    }
}
