using System.Text.Json;
using PySec.LanguageServer.Tests.EndToEnd.Client;
using PySec.Testing;

namespace PySec.LanguageServer.Tests.EndToEnd;

/// <summary>
/// Hovers at the caret markers of the fixtures: "hover: CODE" over a finding shows the rule's manual entry with a
/// link that opens the chapter; "hover-note: CHAPTER" over a risky API used safely links that chapter;
/// "no-hover" gets null.
/// </summary>
public sealed class HoverTests
{
    public static TheoryData<string> Fixtures => new() { "features.py" };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Every_caret_gets_the_hover_it_names(string fixture)
    {
        var text = E2E.Fixture(fixture);
        var carets = FixtureMarkers.Parse(text).Carets.Where(c => c.Label.Contains("hover", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(carets);
        await using var client = await LspClient.StartInitializedAsync();
        var uri = Lsp.MemoryUri(fixture);
        await client.OpenAndWaitAsync(uri, text);

        foreach (var caret in carets)
        {
            var hover = await client.HoverAsync(uri, caret.Line, caret.Character);
            var where = $"hover at {caret.Line}:{caret.Character} ({caret.Label})";
            var (kind, argument) = Split(caret.Label);
            switch (kind)
            {
                case "no-hover":
                    Assert.True(hover.ValueKind == JsonValueKind.Null, $"{where}: expected null, got {hover}");
                    break;
                case "hover":
                {
                    var markdown = Markdown(hover, where);
                    Assert.Contains(argument, markdown);
                    var chapter = await LinkedChapterAsync(client, markdown, where);
                    Assert.Contains(argument, chapter.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
                    // The range of a hover over a finding is the finding's range, which contains the caret.
                    var range = hover.GetProperty("range");
                    Assert.True(Lsp.ReadPosition(range.GetProperty("start")).Line <= caret.Line, where);
                    break;
                }
                case "hover-note":
                {
                    var markdown = Markdown(hover, where);
                    var chapter = await LinkedChapterAsync(client, markdown, where);
                    Assert.Equal(argument, chapter.GetProperty("id").GetString());
                    break;
                }
                default:
                    Assert.Fail($"unknown caret label '{caret.Label}'");
                    break;
            }
        }
    }

    [Fact]
    public async Task A_hover_over_a_finding_shows_the_manual_summary_and_a_safer_example()
    {
        var text = E2E.Fixture("features.py");
        await using var client = await LspClient.StartInitializedAsync();
        var uri = Lsp.MemoryUri("features.py");
        await client.OpenAndWaitAsync(uri, text);
        var document = new DocumentText(text);
        var (line, character) = document.PositionAt(text.IndexOf("pickle.loads", StringComparison.Ordinal) + 3);
        var markdown = Markdown(await client.HoverAsync(uri, line, character), "pickle.loads");
        // The chapter's summary opens with this sentence (manual/02-deserialization/pickle.md).
        Assert.Contains("Unpickling runs a small program", markdown);
        Assert.Contains("```python", markdown);
        Assert.Contains("https://cwe.mitre.org/data/definitions/502.html", markdown);
    }

    [Fact]
    public async Task A_hover_in_an_unopened_document_is_null_or_an_error_and_the_server_goes_on()
    {
        await using var client = await LspClient.StartInitializedAsync();
        try
        {
            var hover = await client.HoverAsync(Lsp.MemoryUri("never-opened.py"), 0, 0);
            Assert.Equal(JsonValueKind.Null, hover.ValueKind);
        }
        catch (StreamJsonRpc.RemoteInvocationException)
        {
        }
        await E2E.AssertStillServingAsync(client);
    }

    /// <summary>The chapter the hover's "open chapter" link names, resolved by the server's own manual request.</summary>
    private static async Task<JsonElement> LinkedChapterAsync(LspClient client, string markdown, string where)
    {
        var link = System.Text.RegularExpressions.Regex.Match(markdown, @"command:pysec\.showManualChapter\?(?<args>[^)\s""]+)");
        Assert.True(link.Success, $"{where}: no link to pysec.showManualChapter in:\n{markdown}");
        var arguments = JsonDocument.Parse(Uri.UnescapeDataString(link.Groups["args"].Value)).RootElement;
        var id = arguments[0].GetString()!;
        return await client.RequestAsync("pysec/manualChapter", new System.Text.Json.Nodes.JsonObject { ["id"] = id });
    }

    private static (string Kind, string Argument) Split(string label)
    {
        var colon = label.IndexOf(':');
        return colon < 0 ? (label, "") : (label[..colon].Trim(), label[(colon + 1)..].Trim());
    }

    private static string Markdown(JsonElement hover, string where)
    {
        Assert.True(hover.ValueKind == JsonValueKind.Object, $"{where}: expected a hover, got {hover}");
        var contents = hover.GetProperty("contents");
        Assert.Equal("markdown", contents.GetProperty("kind").GetString());
        return contents.GetProperty("value").GetString()!;
    }
}
