using System.Diagnostics;
using System.Text.Json;

namespace PySec.Bench;

/// <summary>CPython's own ast.parse timed over the same files, in one python3 process.</summary>
/// <param name="AcceptedFiles">The files CPython parses without error; both sides are compared on these only.</param>
internal sealed record CPythonResult(string Version, IReadOnlySet<string> AcceptedFiles, long SourceBytes, double[] Seconds)
{
    public double MedianSeconds => Median.Of(Seconds);

    public double MegabytesPerSecond => SourceBytes / 1e6 / MedianSeconds;
}

internal static class CPythonBaseline
{
    // Files are decoded to str before timing, as our side parses already decoded text.
    private const string Script = """
        import ast, io, json, sys, time, tokenize
        list_path, warmup, iterations = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
        with open(list_path, encoding="utf-8") as f:
            paths = [line.rstrip("\n") for line in f if line.strip()]
        sources, accepted, total = [], [], 0
        for path in paths:
            with open(path, "rb") as f:
                data = f.read()
            try:
                encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
                text = data.decode(encoding)
                ast.parse(text)
            except (SyntaxError, UnicodeDecodeError, ValueError, LookupError):
                continue
            sources.append(text)
            accepted.append(path)
            total += len(data)
        def one_pass():
            for text in sources:
                ast.parse(text)
        for _ in range(warmup):
            one_pass()
        times = []
        for _ in range(iterations):
            start = time.perf_counter()
            one_pass()
            times.append(time.perf_counter() - start)
        json.dump({"version": sys.version.split()[0], "accepted": accepted, "bytes": total, "seconds": times}, sys.stdout)
        """;

    public static CPythonResult Run(string pathListFile, int warmup, int iterations)
    {
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { "-c", Script, pathListFile, warmup.ToString(), iterations.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var errorTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"the CPython baseline failed ({process.ExitCode}): {errorTask.Result}");

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        return new CPythonResult(
            root.GetProperty("version").GetString() ?? "?",
            root.GetProperty("accepted").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal),
            root.GetProperty("bytes").GetInt64(),
            root.GetProperty("seconds").EnumerateArray().Select(e => e.GetDouble()).ToArray());
    }
}
