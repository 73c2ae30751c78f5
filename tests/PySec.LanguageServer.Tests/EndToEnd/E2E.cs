using System.Text.Json;
using PySec.LanguageServer.Tests.EndToEnd.Client;
using PySec.Testing;

namespace PySec.LanguageServer.Tests.EndToEnd;

/// <summary>Fixtures and checks shared by the end-to-end tests.</summary>
internal static class E2E
{
    public static string FixturePath(string name) =>
        RepositoryRoot.Combine("tests", "PySec.LanguageServer.Tests", "EndToEnd", "Fixtures", name);

    /// <summary>A fixture's text with "\n" line ends whatever the checkout did to them.</summary>
    public static string Fixture(string name) => File.ReadAllText(FixturePath(name)).Replace("\r\n", "\n");

    /// <summary>The fixture's "# expect:" markers as sorted "line CODE" strings.</summary>
    public static IReadOnlyList<string> Expected(string text) =>
        FixtureMarkers.Parse(text).Expected.Select(e => $"{e.Line} {e.Code}").Order(StringComparer.Ordinal).ToList();

    /// <summary>Published findings (rule ids, not syntax errors) as sorted "line CODE" strings.</summary>
    public static IReadOnlyList<string> Findings(JsonElement diagnostics) =>
        diagnostics.EnumerateArray()
            .Where(d => Lsp.Code(d)?.StartsWith("PYSEC", StringComparison.Ordinal) == true)
            .Select(d => $"{d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32()} {Lsp.Code(d)}")
            .Order(StringComparer.Ordinal).ToList();

    public static JsonElement Single(JsonElement diagnostics, string code) =>
        diagnostics.EnumerateArray().Single(d => Lsp.Code(d) == code);

    /// <summary>The JSON-RPC error code of an error response, whichever exception StreamJsonRpc turned it into.</summary>
    public static int? ErrorCode(StreamJsonRpc.RemoteRpcException error) => error switch
    {
        StreamJsonRpc.RemoteInvocationException invocation => invocation.ErrorCode,
        StreamJsonRpc.RemoteMethodNotFoundException notFound => (int)notFound.ErrorCode,
        _ => null,
    };

    public const string ProbeText = "import pickle\n\npickle.loads(b'')\n";

    /// <summary>
    /// The check every bad-input test ends with: the server still analyses a new document and answers a hover
    /// on its finding.
    /// </summary>
    public static async Task AssertStillServingAsync(LspClient client, string name = "probe.py")
    {
        Assert.True(client.Disconnection is null, $"the server closed the connection: {client.Disconnection?.Description} {client.Disconnection?.Exception}");
        var uri = Lsp.MemoryUri(name);
        JsonElement diagnostics;
        try
        {
            diagnostics = await client.OpenAndWaitAsync(uri, ProbeText);
        }
        catch (TimeoutException e)
        {
            var exit = await client.Process.WaitForExitAsync(TimeSpan.Zero);
            var logs = string.Join(" | ", client.Messages.Of("window/logMessage").Select(m => m.Params.GetProperty("message").GetString()));
            throw new TimeoutException($"{e.Message}; the server {(exit is null ? "still runs" : $"exited with code {exit}")}; " +
                $"its log messages: {logs}; stderr: {client.Process.StandardError}", e);
        }
        Assert.Equal(["2 PYSEC201"], Findings(diagnostics));
        var hover = await client.HoverAsync(uri, 2, 9);
        Assert.Contains("PYSEC201", Lsp.HoverText(hover));
    }
}

/// <summary>A temporary folder that is deleted afterwards; for workspace folders, pyproject files and scans.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pysec-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Uri => Lsp.FileUri(Path);

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public string UriOf(string relativePath) => Lsp.FileUri(System.IO.Path.Combine(Path, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
