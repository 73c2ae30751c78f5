using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PySec.LanguageServer.Tests.EndToEnd.Client;
using PySec.Testing;
using StreamJsonRpc;

namespace PySec.LanguageServer.Tests.EndToEnd;

/// <summary>The manual browser's requests: <c>pysec/manualToc</c> and <c>pysec/manualChapter</c>.</summary>
public sealed class ManualRequestTests
{
    [Fact]
    public async Task The_table_of_contents_lists_every_chapter_of_the_manual_by_category()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var toc = await client.RequestAsync("pysec/manualToc", new JsonObject());
        var categories = toc.GetProperty("categories").EnumerateArray().ToList();

        var folders = Directory.GetDirectories(RepositoryRoot.Combine("manual")).Select(Path.GetFileName).Where(f => Regex.IsMatch(f!, "^[0-9]{2}-")).Order().ToList();
        Assert.Equal(folders, categories.Select(c => c.GetProperty("id").GetString()).Order().ToList());
        foreach (var category in categories)
        {
            Assert.False(string.IsNullOrWhiteSpace(category.GetProperty("title").GetString()));
            var files = Directory.GetFiles(RepositoryRoot.Combine("manual", category.GetProperty("id").GetString()!), "*.md").Select(Path.GetFileNameWithoutExtension).Order().ToList();
            var chapters = category.GetProperty("chapters").EnumerateArray().ToList();
            Assert.Equal(files, chapters.Select(c => c.GetProperty("id").GetString()).Order().ToList());
        }
        var network = categories.Single(c => c.GetProperty("id").GetString() == "08-network");
        var tls = network.GetProperty("chapters").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "tls-verification");
        Assert.Contains("PYSEC801", tls.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("pickle")]
    [InlineData("PYSEC201")]
    [InlineData("B301")]
    [InlineData("S301")]
    public async Task A_chapter_is_found_by_its_id_a_rule_id_or_an_alias(string id)
    {
        await using var client = await LspClient.StartInitializedAsync();
        var chapter = await client.RequestAsync("pysec/manualChapter", new JsonObject { ["id"] = id });
        Assert.Equal("pickle", chapter.GetProperty("id").GetString());
        Assert.Equal("Deserialising with pickle", chapter.GetProperty("title").GetString());
        Assert.Contains("PYSEC201", chapter.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("## Summary", chapter.GetProperty("markdown").GetString());
        Assert.False(string.IsNullOrEmpty(chapter.GetProperty("category").GetString()));
    }

    [Fact]
    public async Task Chapter_html_is_a_fragment_whose_links_are_manual_links_or_absolute_https()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var toc = await client.RequestAsync("pysec/manualToc", new JsonObject());
        var ids = toc.GetProperty("categories").EnumerateArray().SelectMany(c => c.GetProperty("chapters").EnumerateArray()).Select(c => c.GetProperty("id").GetString()!).ToHashSet();
        var manualLinks = 0;
        foreach (var id in new[] { "pickle", "tls-verification", "eval-exec" })
        {
            var html = (await client.RequestAsync("pysec/manualChapter", new JsonObject { ["id"] = id })).GetProperty("html").GetString()!;
            Assert.DoesNotMatch("(?i)<script|<html|<head|<body", html);
            foreach (Match link in Regex.Matches(html, "href=\"(?<href>[^\"]*)\""))
            {
                var href = link.Groups["href"].Value;
                if (href.StartsWith("pysec-manual:", StringComparison.Ordinal))
                {
                    manualLinks++;
                    Assert.Contains(href["pysec-manual:".Length..].Split('#')[0], ids);
                }
                else if (!href.StartsWith('#'))
                {
                    Assert.StartsWith("https://", href);
                }
            }
        }
        Assert.True(manualLinks > 0, "the chapters link no other chapter");
    }

    [Fact]
    public async Task An_unknown_chapter_is_an_invalid_params_error_with_a_message()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.RequestAsync("pysec/manualChapter", new JsonObject { ["id"] = "no-such-chapter" }));
        Assert.Equal(-32602, E2E.ErrorCode(error));
        Assert.Contains("no-such-chapter", error.Message);
        await E2E.AssertStillServingAsync(client);
    }
}
