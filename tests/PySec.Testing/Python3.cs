using System.Diagnostics;

namespace PySec.Testing;

/// <summary>Runs the machine's python3: CPython is the reference the tests compare against.</summary>
public static class Python3
{
    /// <summary>Runs python3 with the arguments, feeding the input, and returns its standard output; fails on a non-zero exit.</summary>
    public static string Run(IReadOnlyList<string> arguments, string? standardInput = null)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started");
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }
        var errorTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"python3 {string.Join(' ', arguments)} failed: {errorTask.Result}");
        return output;
    }
}
