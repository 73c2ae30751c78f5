using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using PySec.LanguageServer.Tests.EndToEnd.Client;
using PySec.LspBench;

// Latency harness over the real `pysec lsp` process (see README, "Benchmark"). Prints p50/p95 against the targets.
var edits = 200;
var requests = 200;
var coldStarts = 5;
string? stdlib = null;
var scanStdlib = true;
var strict = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--edits" when i + 1 < args.Length: edits = int.Parse(args[++i]); break;
        case "--requests" when i + 1 < args.Length: requests = int.Parse(args[++i]); break;
        case "--cold-starts" when i + 1 < args.Length: coldStarts = int.Parse(args[++i]); break;
        case "--stdlib" when i + 1 < args.Length: stdlib = args[++i]; break;
        case "--no-stdlib": scanStdlib = false; break;
        case "--strict": strict = true; break;
        case "-h" or "--help":
            Console.WriteLine("usage: PySec.LspBench [--edits N] [--requests N] [--cold-starts N] [--stdlib DIR | --no-stdlib] [--strict]");
            Console.WriteLine("  --strict  exit 1 when a target is missed");
            return 0;
        default:
            Console.Error.WriteLine($"lspbench: unknown argument '{args[i]}' (see --help)");
            return 2;
    }
}
#if DEBUG
Console.WriteLine("warning: Debug build of the harness; the server is measured as built, run with -c Release");
#endif
Console.WriteLine($"Server: dotnet {ServerProcess.PysecDll} lsp; {Environment.ProcessorCount} cores");

var report = new Report(Console.Out);
var text = BenchDocument.Create();
var bigUri = Lsp.MemoryUri("bench_5000_lines.py");

// 1. Cold start: process start to the first diagnostics of a small file.
var cold = new Latencies("cold start to first diagnostics");
for (var run = 0; run < coldStarts; run++)
{
    var clock = Stopwatch.StartNew();
    await using var client = LspClient.Start();
    await client.InitializeAsync();
    await client.OpenAndWaitAsync(Lsp.MemoryUri("cold.py"), "import pickle\n\npickle.loads(b'')\n", timeout: TimeSpan.FromMinutes(1));
    cold.Add(clock.Elapsed);
    await client.ShutdownAndExitAsync();
}

// 2. Edits, hovers and code actions on the 5,000-line file, pushed and pulled diagnostics.
var push = new Latencies($"edit -> pushed diagnostics ({BenchDocument.Lines} lines)");
var pull = new Latencies($"edit -> pulled diagnostics ({BenchDocument.Lines} lines)");
var hover = new Latencies("hover on a finding");
var hoverPlain = new Latencies("hover on plain code");
var codeAction = new Latencies("code action on a finding");
var openLatency = new Latencies($"open -> diagnostics ({BenchDocument.Lines} lines)");
await using (var client = await LspClient.StartInitializedAsync(new ClientOptions()))
{
    var clock = Stopwatch.StartNew();
    var diagnostics = await client.OpenAndWaitAsync(bigUri, text, timeout: TimeSpan.FromMinutes(1));
    openLatency.Add(clock.Elapsed);
    Console.WriteLine($"Opened {BenchDocument.Lines} lines ({text.Length:N0} characters): {diagnostics.GetArrayLength()} diagnostics");
    var version = 1;
    version = await Edits(client, text, version, edits, push, pulled: false);

    var findings = diagnostics.EnumerateArray().Select(d => d.Clone()).ToList();
    var document = new DocumentText(text);
    for (var i = 0; i < requests; i++)
    {
        var finding = findings[i % findings.Count];
        var start = finding.GetProperty("range").GetProperty("start");
        clock.Restart();
        var result = await client.HoverAsync(bigUri, start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32() + 1);
        hover.Add(clock.Elapsed);
        if (result.ValueKind != JsonValueKind.Object) throw new InvalidOperationException("a hover on a finding returned nothing");

        var (line, character) = document.PositionAt(text.IndexOf("self.store = store", (i * 7919) % (text.Length / 2), StringComparison.Ordinal) + 5);
        clock.Restart();
        await client.HoverAsync(bigUri, line, character);
        hoverPlain.Add(clock.Elapsed);

        clock.Restart();
        var actions = await client.CodeActionsAsync(bigUri, finding.GetProperty("range").ToNode(), new JsonArray(finding.ToNode()));
        codeAction.Add(clock.Elapsed);
        if (actions.GetArrayLength() == 0) throw new InvalidOperationException("a finding got no code action");
    }
    await client.ShutdownAndExitAsync();
}
await using (var client = await LspClient.StartInitializedAsync(new ClientOptions { PullDiagnostics = true }))
{
    await client.OpenAsync(bigUri, text);
    await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = bigUri } }, timeout: TimeSpan.FromMinutes(1));
    await Edits(client, text, 1, edits, pull, pulled: true);
    await client.ShutdownAndExitAsync();
}

// 3. Peak memory with the standard library scanned as a workspace.
long? peakRss = null;
TimeSpan scanTime = default;
JsonElement scanResult = default;
if (scanStdlib)
{
    stdlib ??= StdlibPath();
    var folderUri = Lsp.FileUri(stdlib);
    await using var client = await LspClient.StartInitializedAsync(new ClientOptions { WorkspaceFolders = [(folderUri, "stdlib")] });
    var clock = Stopwatch.StartNew();
    scanResult = await client.RequestAsync("pysec/scanWorkspace", new JsonObject { ["workDoneToken"] = "bench" }, timeout: TimeSpan.FromMinutes(30));
    scanTime = clock.Elapsed;
    peakRss = client.Process.PeakResidentBytes();
    await client.ShutdownAndExitAsync();
}

report.Header();
report.Row(cold, "<= 500 ms", 500, cold.Percentile(50));
report.Row(openLatency);
report.Row(push, "p95 <= 15 ms", 15);
report.Row(pull, "p95 <= 15 ms", 15);
report.Row(hover, "p95 <= 2 ms", 2);
report.Row(hoverPlain, "p95 <= 2 ms", 2);
report.Row(codeAction);
if (peakRss is { } rss)
{
    report.Figure($"peak RSS, stdlib scanned as a workspace", $"{rss / 1048576.0:0} MB", "<= 200 MB", rss <= 200L * 1048576);
    report.Note($"scan of {stdlib}: {scanResult.GetProperty("files").GetInt32():N0} files, {scanResult.GetProperty("findings").GetInt32():N0} findings, " +
                $"{scanResult.GetProperty("skipped").GetInt32()} skipped, {scanTime.TotalSeconds:0.0} s");
}
report.Note("cold start is judged on its median; pushed diagnostics include the server's debounce, pulled ones do not.");
report.Note("ratios: pushed / pulled p95 = " + $"{push.Percentile(95) / pull.Percentile(95):0.0}x; hover p95 / target = {hover.Percentile(95) / 2:0.0}x; edit (pulled) p95 / target = {pull.Percentile(95) / 15:0.0}x");
Console.WriteLine(report.AllMet ? "All targets met." : "Some targets missed.");
return strict && !report.AllMet ? 1 : 0;

// Switches one block's value line between safe and risky code per edit, so every edit changes the findings,
// and times the change until the server's diagnostics for that version arrive (pushed) or are answered (pulled).
static async Task<int> Edits(LspClient client, string text, int version, int count, Latencies latencies, bool pulled)
{
    var document = new DocumentText(text);
    var random = new Random(1234);
    var uri = Lsp.MemoryUri("bench_5000_lines.py");
    for (var i = 0; i < count; i++)
    {
        var risky = document.Text.Contains(BenchDocument.RiskyValue, StringComparison.Ordinal) && random.Next(2) == 0;
        var (find, replace) = risky ? (BenchDocument.RiskyValue, BenchDocument.SafeValue) : (BenchDocument.SafeValue, BenchDocument.RiskyValue);
        var occurrences = new List<int>();
        for (var at = document.Text.IndexOf(find, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(find, at + 1, StringComparison.Ordinal)) occurrences.Add(at);
        var start = occurrences[random.Next(occurrences.Count)];
        var range = document.RangeOf(start, start + find.Length);
        document.Apply(start, start + find.Length, replace);
        version++;
        var mark = client.Messages.Mark;
        var clock = Stopwatch.StartNew();
        await client.ChangeAsync(uri, version, Lsp.Change(range, replace));
        if (pulled)
            await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        else
            await client.Messages.WaitForDiagnosticsAsync(uri, mark, version, TimeSpan.FromMinutes(1));
        latencies.Add(clock.Elapsed);
    }
    return version;
}

static string StdlibPath()
{
    var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
    start.ArgumentList.Add("-c");
    start.ArgumentList.Add("import sysconfig; print(sysconfig.get_paths()['stdlib'])");
    using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start; pass --stdlib DIR");
    var path = process.StandardOutput.ReadToEnd().Trim();
    process.WaitForExit();
    return Directory.Exists(path) ? path : throw new InvalidOperationException($"python3 names '{path}' as its stdlib, which is not a folder; pass --stdlib DIR");
}
