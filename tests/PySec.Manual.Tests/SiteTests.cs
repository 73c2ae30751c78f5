using System.Text.RegularExpressions;

namespace PySec.Manual.Tests;

public sealed partial class SiteTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "pysec-manual-site-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Reference();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex Id();

    [Fact]
    public void The_site_has_an_index_and_a_page_per_chapter()
    {
        var manual = RepositoryManual.Value;
        ManualSite.Write(manual, _output);

        var index = File.ReadAllText(Path.Combine(_output, "index.html"));
        foreach (var chapter in manual.Chapters)
        {
            var page = chapter.Path[..^3] + ".html";
            Assert.True(File.Exists(Path.Combine(_output, page)), page);
            Assert.Contains($"href=\"{page}\"", index);
        }
        Assert.Contains("id=\"search\"", index);
        Assert.Contains("data-search=\"deserialising with pickle pysec201 pickle\"", index);
    }

    [Fact]
    public void Every_link_of_the_site_resolves_to_a_written_file_and_every_rule_anchor_exists()
    {
        ManualSite.Write(RepositoryManual.Value, _output);
        var files = Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories).ToList();
        var checkedLinks = 0;
        foreach (var file in files)
        {
            var html = File.ReadAllText(file);
            foreach (Match match in Reference().Matches(html))
            {
                var url = System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
                if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)) continue;
                var hash = url.IndexOf('#');
                var path = hash < 0 ? url : url[..hash];
                var anchor = hash < 0 ? "" : url[(hash + 1)..];
                var target = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
                Assert.True(File.Exists(target), $"{Path.GetRelativePath(_output, file)} links to missing {url}");
                if (anchor.StartsWith("PYSEC", StringComparison.Ordinal))
                    Assert.Contains(anchor, Id().Matches(File.ReadAllText(target)).Select(m => m.Groups[1].Value));
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 73 * 73, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void The_site_loads_nothing_from_elsewhere()
    {
        foreach (var (path, html) in ManualSite.Pages(RepositoryManual.Value))
        {
            Assert.DoesNotMatch("<(script|link|img|iframe)[^>]*(src|href)=", html);
            Assert.DoesNotContain("@import", html);
        }
    }

    [Fact]
    public void Chapter_pages_link_to_their_neighbours()
    {
        var pages = ManualSite.Pages(SampleManual.Load());
        Assert.Equal(["00-runtime/other.html", "00-runtime/sample.html", "README.html", "index.html"], pages.Keys);
        Assert.Contains("<a rel=\"next\" href=\"../00-runtime/sample.html\">A sample chapter &rarr;</a>", pages["00-runtime/other.html"]);
        Assert.Contains("<a rel=\"prev\" href=\"../00-runtime/other.html\">&larr; Another chapter</a>", pages["00-runtime/sample.html"]);
        Assert.Contains("href=\"index.html\"", pages["README.html"]);
    }
}
