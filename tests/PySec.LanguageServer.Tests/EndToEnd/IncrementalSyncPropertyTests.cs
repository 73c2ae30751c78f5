using System.Text.Json;
using System.Text.Json.Nodes;
using PySec.LanguageServer.Tests.EndToEnd.Client;
using PySec.Testing;

namespace PySec.LanguageServer.Tests.EndToEnd;

/// <summary>
/// Seeded random edit sequences: after the edits, the server's view of the document equals a fresh open of the
/// final text. The server's text is observed through what depends on it: the diagnostics (ranges, codes,
/// messages) and the edits of the code actions offered for them. PYSEC_SYNC_SEED replays a seed.
/// </summary>
public sealed class IncrementalSyncPropertyTests
{
    private const int Sequences = 12;
    private const int EditsPerSequence = 25;

    /// <summary>Fragments the edits insert: findings, non-ASCII text (surrogate pairs too) and every line end.</summary>
    private static readonly string[] Pieces =
    [
        "pickle.loads(data)", "eval(input())", "yaml.load(stream)", "subprocess.run(cmd, shell=True, timeout=5)",
        "x = 1", "\n", "\r\n", "\r", "    ", "é", "😀", "naïve", "# comment", "(", ")", "\"", "'''", ":", "def f():\n    ",
        "rsa.generate_private_key(public_exponent=65537, key_size=1024)", "",
    ];

    [Fact]
    public async Task Random_edits_end_in_the_same_state_as_a_fresh_open()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PYSEC_SYNC_SEED"), out var fixedSeed) ? fixedSeed : Environment.TickCount;
        var random = new Random(seed);
        var start = E2E.Fixture("features.py");
        await using var client = await LspClient.StartInitializedAsync();
        for (var sequence = 0; sequence < Sequences; sequence++)
        {
            var uri = Lsp.MemoryUri($"edited-{sequence}.py");
            var text = sequence % 3 == 2 ? start.Replace("\n", "\r\n") : start;
            await client.OpenAndWaitAsync(uri, text);
            var document = new DocumentText(text);
            var version = 1;
            for (var edit = 0; edit < EditsPerSequence; edit++)
            {
                // One to three changes per notification, each against the text the previous one left.
                var changes = new List<JsonNode>();
                for (var count = random.Next(1, 4); count > 0; count--) changes.Add(RandomChange(random, document));
                await client.ChangeAsync(uri, ++version, changes.ToArray());
            }
            var edited = await client.Messages.WaitForDiagnosticsAsync(uri, 0, version);

            var freshUri = Lsp.MemoryUri($"fresh-{sequence}.py");
            var fresh = await client.OpenAndWaitAsync(freshUri, document.Text);
            var context = $"seed {seed} (PYSEC_SYNC_SEED={seed} replays it), sequence {sequence}; final text:\n{document.Text}";
            Assert.True(Normalised(fresh, freshUri) == Normalised(edited, uri), $"diagnostics differ after the edits, {context}\nedited: {Normalised(edited, uri)}\nfresh:  {Normalised(fresh, freshUri)}");
            foreach (var diagnostic in fresh.EnumerateArray())
            {
                var range = diagnostic.GetProperty("range").ToNode();
                var forEdited = await client.CodeActionsAsync(uri, range, new JsonArray(diagnostic.ToNode()));
                var forFresh = await client.CodeActionsAsync(freshUri, range, new JsonArray(diagnostic.ToNode()));
                Assert.True(Edits(forFresh, freshUri) == Edits(forEdited, uri), $"code actions differ at {range.ToJsonString()}, {context}");
            }
            await client.CloseAsync(uri);
            await client.CloseAsync(freshUri);
        }
        TestReport.Line($"LSP incremental sync: {Sequences} random edit sequences of {EditsPerSequence} notifications matched a fresh open (seed {seed})");
    }

    private static JsonObject RandomChange(Random random, DocumentText document)
    {
        var text = document.Text;
        if (random.Next(40) == 0)
        {
            // Now and then a full-text change, as clients may send at any time.
            var full = text + Pieces[random.Next(Pieces.Length)];
            document.Apply(0, text.Length, full);
            return Lsp.FullChange(full);
        }
        var a = SafeOffset(text, random.Next(text.Length + 1));
        var b = random.Next(3) == 0 ? a : SafeOffset(text, Math.Min(text.Length, a + random.Next(40)));
        var (start, end) = (Math.Min(a, b), Math.Max(a, b));
        var inserted = Pieces[random.Next(Pieces.Length)];
        var range = document.RangeOf(start, end);
        document.Apply(start, end, inserted);
        return Lsp.Change(range, inserted);
    }

    /// <summary>An offset that splits neither a surrogate pair nor a CRLF, which no position can name.</summary>
    private static int SafeOffset(string text, int offset)
    {
        while (offset > 0 && offset < text.Length &&
               ((char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1])) || (text[offset] == '\n' && text[offset - 1] == '\r')))
            offset--;
        return offset;
    }

    /// <summary>The diagnostics as sorted JSON lines, without what names the document (its URI, and the version in data).</summary>
    private static string Normalised(JsonElement diagnostics, string uri) =>
        string.Join("\n", diagnostics.EnumerateArray().Select(d =>
        {
            var node = d.ToNode();
            if (node["data"] is JsonObject data) data.Remove("version");
            return node.ToJsonString().Replace(uri, "URI", StringComparison.Ordinal);
        }).Order(StringComparer.Ordinal));

    /// <summary>The titles and edits of the actions, with the document's URI taken out so two documents compare.</summary>
    private static string Edits(JsonElement actions, string uri) =>
        actions.ValueKind != JsonValueKind.Array ? "" :
        string.Join("\n", actions.EnumerateArray().Select(a => a.GetProperty("title").GetString() + " " +
            (a.TryGetProperty("edit", out var edit) ? edit.GetRawText().Replace(uri, "URI", StringComparison.Ordinal) : "")).Order(StringComparer.Ordinal));
}
