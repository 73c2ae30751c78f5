using System.Diagnostics;
using System.Text;

namespace PySec.LanguageServer.Tests.EndToEnd.Client;

/// <summary>
/// The built server as a real child process: <c>dotnet pysec.dll lsp</c> from the output folder (where the
/// project reference to the CLI puts it, with the rules and the manual beside it), talking over its pipes.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder standardError = new();
    private readonly RecordingStream output;

    private ServerProcess(Process process)
    {
        this.process = process;
        output = new RecordingStream(process.StandardOutput.BaseStream);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (standardError)
            {
                // Enough to explain a failure; a server that logs without end must not exhaust the test's memory.
                if (standardError.Length < 1 << 20) standardError.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>The pysec.dll the server runs from: beside this assembly, or PYSEC_LSP_DLL.</summary>
    public static string PysecDll
    {
        get
        {
            var overridden = Environment.GetEnvironmentVariable("PYSEC_LSP_DLL");
            var path = string.IsNullOrEmpty(overridden) ? Path.Combine(AppContext.BaseDirectory, "pysec.dll") : overridden;
            return File.Exists(path) ? path : throw new FileNotFoundException($"the built CLI is not at {path}; build the project that references PySec.Cli", path);
        }
    }

    public static ServerProcess Start(string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        // Under `dotnet test` the host that runs us is named by DOTNET_HOST_PATH; elsewhere dotnet is on PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(PysecDll);
        start.ArgumentList.Add("lsp");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("the server process did not start");
        return new ServerProcess(process);
    }

    public int Id => process.Id;

    /// <summary>The server's standard input (what the client writes).</summary>
    public Stream Input => process.StandardInput.BaseStream;

    /// <summary>The server's standard output (what the client reads), with a record of every byte read.</summary>
    public RecordingStream Output => output;

    public bool HasExited => process.HasExited;

    public string StandardError
    {
        get
        {
            lock (standardError) return standardError.ToString();
        }
    }

    /// <summary>The exit code, or null when the process is still running after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Peak resident set size in bytes (VmHWM from /proc); the working set where /proc is missing.</summary>
    public long PeakResidentBytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024;
        }
        catch (IOException)
        {
        }
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                try
                {
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                }
                if (await WaitForExitAsync(TimeSpan.FromSeconds(2)) is null) process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }
        process.Dispose();
    }
}
