using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace PySec.Syntax.Tests.Tree;

/// <summary>
/// Builds the syntax generator once into a private temporary folder and runs it as a process, so tests exercise
/// exactly the command developers run.
/// </summary>
public sealed class GeneratorProcess : IDisposable
{
    private readonly string _artifacts = Path.Combine(Path.GetTempPath(), "pysec-generator-tests-" + Guid.NewGuid().ToString("N"));

    public GeneratorProcess()
    {
        RepositoryRoot = FindRepositoryRoot();
        var project = Path.Combine(RepositoryRoot, "server", "PySec.Syntax.Generator", "PySec.Syntax.Generator.csproj");
        var build = Run("dotnet", ["build", project, "--artifacts-path", _artifacts, "--nologo", "-v", "quiet", "-nodeReuse:false"], Path.GetTempPath());
        if (build.ExitCode != 0) throw new InvalidOperationException($"generator build failed:\n{build.Output}\n{build.Error}");
        GeneratorDll = Directory.GetFiles(Path.Combine(_artifacts, "bin"), "PySec.Syntax.Generator.dll", SearchOption.AllDirectories).Single();
    }

    public string RepositoryRoot { get; }
    public string GeneratorDll { get; }

    public ProcessResult Generate(string workingDirectory, params string[] arguments) =>
        Run("dotnet", [GeneratorDll, .. arguments], workingDirectory);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_artifacts, recursive: true);
        }
        catch (IOException)
        {
            // A leftover build folder in the temp directory is harmless.
        }
    }

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
        // The test host's MSBuild settings would otherwise leak into the nested build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
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
