using System.Runtime.CompilerServices;
using PySec.Manual;

namespace PySec.Manual.Tests;

/// <summary>The manual of this repository, found from the test sources since the build output may live anywhere.</summary>
public static class RepositoryManual
{
    private static readonly Lazy<Manual> Loaded = new(() => Manual.Load(new FileSystemManual(Directory())));

    public static Manual Value => Loaded.Value;

    public static string Directory([CallerFilePath] string callerFile = "")
    {
        for (var directory = Path.GetDirectoryName(callerFile); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "PySecLsp.sln"))) return Path.Combine(directory, "manual");
        }
        throw new InvalidOperationException("the repository root (PySecLsp.sln) is not above the test sources");
    }
}
