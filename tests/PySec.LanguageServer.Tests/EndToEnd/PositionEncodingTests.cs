using System.Text.Json;
using PySec.LanguageServer.Tests.EndToEnd.Client;

namespace PySec.LanguageServer.Tests.EndToEnd;

/// <summary>
/// Positions on lines with non-ASCII text, in the encoding the server negotiated: UTF-16 code units by default,
/// UTF-8 bytes when the client offers them; and documents with CRLF line ends.
/// </summary>
public sealed class PositionEncodingTests
{
    public static TheoryData<string[]?, string> Offers => new()
    {
        { null, "utf-16" },
        { ["utf-16"], "utf-16" },
        { ["utf-8", "utf-16"], "utf-8" },
        { ["utf-8"], "utf-8" },
        { ["utf-32", "utf-16"], "utf-16" },
    };

    [Theory]
    [MemberData(nameof(Offers))]
    public async Task The_server_chooses_the_encoding_the_specification_allows(string[]? offered, string expected)
    {
        await using var client = LspClient.Start(new ClientOptions { PositionEncodings = offered });
        var result = await client.InitializeAsync();
        var capabilities = result.GetProperty("capabilities");
        var chosen = capabilities.TryGetProperty("positionEncoding", out var encoding) ? encoding.GetString() : "utf-16";
        Assert.Equal(expected, chosen);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-8")]
    public async Task Diagnostic_ranges_and_hover_positions_count_in_the_negotiated_encoding(string encoding)
    {
        var text = E2E.Fixture("encoding.py");
        await using var client = await LspClient.StartInitializedAsync(new ClientOptions { PositionEncodings = [encoding] });
        Assert.Equal(encoding, client.PositionEncoding);
        var uri = Lsp.MemoryUri("encoding.py");
        var diagnostics = await client.OpenAndWaitAsync(uri, text);
        var document = new DocumentText(text, encoding);

        foreach (var (code, fragment) in new[] { ("PYSEC201", "pickle.loads(café)"), ("PYSEC101", "eval(input(x))") })
        {
            var start = text.IndexOf(fragment, StringComparison.Ordinal);
            var expected = document.RangeOf(start, start + fragment.Length);
            var range = E2E.Single(diagnostics, code).GetProperty("range");
            Assert.Equal(expected["start"]!.ToJsonString(), range.GetProperty("start").ToNode().ToJsonString());
            // The end may stop at the callee or run to the closing parenthesis, but never inside a character.
            Assert.StartsWith(fragment[..4], document.Slice(range));

            var (line, character) = document.PositionAt(start + 2);
            var hover = await client.HoverAsync(uri, line, character);
            Assert.Contains(code, Lsp.HoverText(hover));
        }
    }

    [Fact]
    public async Task Utf8_positions_after_a_four_byte_character_are_not_taken_as_utf16()
    {
        // In UTF-8, "pickle" after "😀😀😀; " starts at byte 14; as UTF-16 that column is inside "loads".
        var text = "import pickle\n😀😀😀; pickle.loads(b'')\n";
        await using var client = await LspClient.StartInitializedAsync(new ClientOptions { PositionEncodings = ["utf-8"] });
        var uri = Lsp.MemoryUri("bytes.py");
        var diagnostics = await client.OpenAndWaitAsync(uri, text);
        var start = E2E.Single(diagnostics, "PYSEC201").GetProperty("range").GetProperty("start");
        Assert.Equal((1, 14), Lsp.ReadPosition(start));
    }

    [Fact]
    public async Task Incremental_edits_in_utf8_positions_land_where_the_client_means()
    {
        var text = "import pickle\nname = \"é😀\"; value = len(name)\n";
        await using var client = await LspClient.StartInitializedAsync(new ClientOptions { PositionEncodings = ["utf-8"] });
        var uri = Lsp.MemoryUri("utf8-edit.py");
        Assert.Empty(E2E.Findings(await client.OpenAndWaitAsync(uri, text)));

        var document = new DocumentText(text, "utf-8");
        var start = text.IndexOf("len", StringComparison.Ordinal);
        var range = document.RangeOf(start, start + 3);
        Assert.Equal(25, range["start"]!["character"]!.GetValue<int>()); // bytes, not the 22 UTF-16 units
        var mark = client.Messages.Mark;
        await client.ChangeAsync(uri, 2, Lsp.Change(range, "pickle.loads"));
        var diagnostics = await client.Messages.WaitForDiagnosticsAsync(uri, mark, 2);
        Assert.Equal(["1 PYSEC201"], E2E.Findings(diagnostics));
        Assert.Equal((1, 25), Lsp.ReadPosition(E2E.Single(diagnostics, "PYSEC201").GetProperty("range").GetProperty("start")));
    }

    [Fact]
    public async Task A_CRLF_document_has_the_same_positions_as_its_LF_twin()
    {
        var lf = E2E.Fixture("features.py");
        var crlf = lf.Replace("\n", "\r\n");
        await using var client = await LspClient.StartInitializedAsync();
        var fromLf = await client.OpenAndWaitAsync(Lsp.MemoryUri("lf.py"), lf);
        var fromCrlf = await client.OpenAndWaitAsync(Lsp.MemoryUri("crlf.py"), crlf);
        Assert.Equal(Lsp.Summary(fromLf), Lsp.Summary(fromCrlf));
        Assert.Equal(E2E.Expected(lf), E2E.Findings(fromCrlf));
    }

    [Fact]
    public async Task Edits_across_CRLF_and_lone_CR_line_ends_keep_lines_in_step()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var uri = Lsp.MemoryUri("mixed.py");
        var text = "import pickle\r\nx = 1\ry = 2\n\r\nz = 3\r\n";
        Assert.Empty(E2E.Findings(await client.OpenAndWaitAsync(uri, text)));
        // Line 2 is "y = 2" (after a lone CR); replace "2" with a finding, then append one on the last line.
        var mark = client.Messages.Mark;
        await client.ChangeAsync(uri, 2,
            Lsp.Change(Lsp.Range(2, 4, 2, 5), "pickle.loads(b'')"),
            Lsp.Change(Lsp.Range(5, 0, 5, 0), "eval(input())\r\n"));
        var diagnostics = await client.Messages.WaitForDiagnosticsAsync(uri, mark, 2);
        Assert.Equal(["2 PYSEC201", "5 PYSEC101"], E2E.Findings(diagnostics));
        Assert.Equal((2, 4), Lsp.ReadPosition(E2E.Single(diagnostics, "PYSEC201").GetProperty("range").GetProperty("start")));
    }
}
