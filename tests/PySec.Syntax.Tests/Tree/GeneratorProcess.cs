using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace PySec.Syntax.Tests.Tree;

/// <summary>
/// Runs the syntax generator (built beside the tests through a project reference) as a process, so tests exercise
/// exactly the command developers run.
/// </summary>
public sealed class GeneratorProcess
{
    public GeneratorProcess()
    {
        RepositoryRoot = FindRepositoryRoot();
        GeneratorDll = Path.Combine(AppContext.BaseDirectory, "PySec.Syntax.Generator.dll");
        if (!File.Exists(GeneratorDll)) throw new FileNotFoundException("the generator is not in the test output folder", GeneratorDll);
    }

    public string RepositoryRoot { get; }
    public string GeneratorDll { get; }

    public ProcessResult Generate(string workingDirectory, params string[] arguments) =>
        Run("dotnet", [GeneratorDll, .. arguments], workingDirectory);

    private static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }

    private static string FindRepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = start is null ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
                if (File.Exists(Path.Combine(directory.FullName, "PySecLsp.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root (PySecLsp.sln)");
    }
}

public sealed record ProcessResult(int ExitCode, string Output, string Error);
