using System.Text.Json;
using System.Text.Json.Nodes;
using PySec.LanguageServer.Tests.EndToEnd.Client;

namespace PySec.LanguageServer.Tests.EndToEnd;

/// <summary>Pushed diagnostics: what is published on open and after each change, and the shape of each one.</summary>
public sealed class DiagnosticsTests
{
    [Theory]
    [InlineData("features.py")]
    [InlineData("multiline.py")]
    [InlineData("encoding.py")]
    public async Task Open_publishes_the_findings_the_fixture_expects(string fixture)
    {
        var text = E2E.Fixture(fixture);
        await using var client = await LspClient.StartInitializedAsync();
        var diagnostics = await client.OpenAndWaitAsync(Lsp.MemoryUri(fixture), text);
        Assert.Equal(E2E.Expected(text), E2E.Findings(diagnostics));
    }

    [Fact]
    public async Task Each_diagnostic_names_its_rule_chapter_and_source()
    {
        var text = E2E.Fixture("features.py");
        await using var client = await LspClient.StartInitializedAsync();
        var uri = Lsp.MemoryUri("features.py");
        var diagnostics = await client.OpenAndWaitAsync(uri, text);

        var pickle = E2E.Single(diagnostics, "PYSEC201");
        Assert.Equal("pysec", pickle.GetProperty("source").GetString());
        Assert.Equal("https://pysec.dev/manual/02-deserialization/pickle.html#pysec201",
            pickle.GetProperty("codeDescription").GetProperty("href").GetString());
        var data = pickle.GetProperty("data");
        Assert.Equal("PYSEC201", data.GetProperty("ruleId").GetString());
        Assert.Equal("pickle", data.GetProperty("chapterId").GetString());
        Assert.Contains("pickle.loads", pickle.GetProperty("message").GetString());
        Assert.InRange(pickle.GetProperty("severity").GetInt32(), 1, 4);
        // The range covers the risky expression, not the whole line.
        var document = new DocumentText(text);
        Assert.StartsWith("pickle.loads", document.Slice(pickle.GetProperty("range")));

        foreach (var diagnostic in diagnostics.EnumerateArray())
        {
            Assert.Equal("pysec", diagnostic.GetProperty("source").GetString());
            var code = Lsp.Code(diagnostic)!;
            Assert.Matches("^PYSEC[0-9]{3}$", code);
            Assert.EndsWith("#" + code.ToLowerInvariant(), diagnostic.GetProperty("codeDescription").GetProperty("href").GetString());
            Assert.StartsWith("https://pysec.dev/manual/", diagnostic.GetProperty("codeDescription").GetProperty("href").GetString());
        }
    }

    [Fact]
    public async Task A_high_severity_rule_is_reported_above_a_low_one()
    {
        var text = E2E.Fixture("multiline.py");
        await using var client = await LspClient.StartInitializedAsync();
        var diagnostics = await client.OpenAndWaitAsync(Lsp.MemoryUri("multiline.py"), text);
        var high = diagnostics.EnumerateArray().First(d => Lsp.Code(d) == "PYSEC301").GetProperty("severity").GetInt32();
        var low = E2E.Single(diagnostics, "PYSEC304").GetProperty("severity").GetInt32();
        Assert.True(high < low, $"PYSEC301 (high) has severity {high}, PYSEC304 (low) has {low}; 1 is Error, 4 is Hint");
    }

    [Fact]
    public async Task The_manual_base_url_from_initialization_options_is_used_in_code_descriptions()
    {
        var options = new ClientOptions { InitializationOptions = new JsonObject { ["manualBaseUrl"] = "https://docs.example.org/pysec/" } };
        await using var client = await LspClient.StartInitializedAsync(options);
        var diagnostics = await client.OpenAndWaitAsync(Lsp.MemoryUri("base.py"), E2E.ProbeText);
        Assert.Equal("https://docs.example.org/pysec/02-deserialization/pickle.html#pysec201",
            E2E.Single(diagnostics, "PYSEC201").GetProperty("codeDescription").GetProperty("href").GetString());
    }

    [Fact]
    public async Task A_syntax_error_is_published_with_its_PS_code()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var text = "import pickle\n\ndef broken(:\n    pass\n\npickle.loads(b'')\n";
        var diagnostics = await client.OpenAndWaitAsync(Lsp.MemoryUri("broken.py"), text);
        var syntax = diagnostics.EnumerateArray().Where(d => Lsp.Code(d)!.StartsWith("PS0", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(syntax);
        Assert.Equal(2, syntax[0].GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(1, syntax[0].GetProperty("severity").GetInt32());
    }

    [Fact]
    public async Task Diagnostics_carry_the_document_version()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var uri = Lsp.MemoryUri("versioned.py");
        var mark = client.Messages.Mark;
        await client.OpenAsync(uri, E2E.ProbeText, version: 7);
        var published = await client.Messages.WaitForAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri, mark);
        Assert.Equal(7, published.Params.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Edits_update_the_findings_and_closing_clears_them()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var uri = Lsp.MemoryUri("edited.py");
        var document = new DocumentText(E2E.ProbeText);
        Assert.Equal(["2 PYSEC201"], E2E.Findings(await client.OpenAndWaitAsync(uri, document.Text)));

        // Add a second finding below the first.
        var end = document.Text.Length;
        var mark = client.Messages.Mark;
        await client.ChangeAsync(uri, 2, Lsp.Change(document.RangeOf(end, end), "eval(input())\n"));
        document.Apply(end, end, "eval(input())\n");
        Assert.Equal(["2 PYSEC201", "3 PYSEC101"], E2E.Findings(await client.Messages.WaitForDiagnosticsAsync(uri, mark, 2)));

        // Make the first call safe: "pickle.loads" becomes "len", the finding below moves up a line when a line goes.
        var start = document.Text.IndexOf("pickle.loads", StringComparison.Ordinal);
        mark = client.Messages.Mark;
        await client.ChangeAsync(uri, 3,
            Lsp.Change(document.RangeOf(start, start + "pickle.loads".Length), "len"),
            Lsp.Change(Lsp.Range(0, 0, 1, 0), ""));
        Assert.Equal(["2 PYSEC101"], E2E.Findings(await client.Messages.WaitForDiagnosticsAsync(uri, mark, 3)));

        mark = client.Messages.Mark;
        await client.CloseAsync(uri);
        var cleared = await client.Messages.WaitForAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri, mark);
        Assert.Equal(0, cleared.Params.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task A_burst_of_edits_ends_with_the_diagnostics_of_the_last_version()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var uri = Lsp.MemoryUri("burst.py");
        await client.OpenAndWaitAsync(uri, "import pickle\n");
        var mark = client.Messages.Mark;
        // Typing "pickle.loads(b'')" one character at a time, faster than the debounce.
        var typed = "pickle.loads(b'')";
        for (var i = 0; i < typed.Length; i++)
            await client.ChangeAsync(uri, 2 + i, Lsp.Change(Lsp.Range(1, i, 1, i), typed[i].ToString()));
        var last = 1 + typed.Length;
        var diagnostics = await client.Messages.WaitForDiagnosticsAsync(uri, mark, last);
        Assert.Equal(["1 PYSEC201"], E2E.Findings(diagnostics));
        // Debounced: far fewer publications than keystrokes, and none after the last version's.
        var publications = client.Messages.All.Where(m => m.Sequence > mark && m.Method == "textDocument/publishDiagnostics" && m.Params.GetProperty("uri").GetString() == uri).ToList();
        Assert.True(publications.Count < typed.Length / 2, $"{publications.Count} publications for {typed.Length} keystrokes");
        Assert.All(publications, p => Assert.True(!p.Params.TryGetProperty("version", out var v) || v.GetInt32() <= last));
    }
}
