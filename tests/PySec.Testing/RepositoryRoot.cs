using System.Runtime.CompilerServices;

namespace PySec.Testing;

/// <summary>The repository's root folder (the one holding PySecLsp.sln), found from the test sources, since build output may live anywhere.</summary>
public static class RepositoryRoot
{
    public static string Path([CallerFilePath] string callerFile = "")
    {
        for (var directory = System.IO.Path.GetDirectoryName(callerFile); !string.IsNullOrEmpty(directory); directory = System.IO.Path.GetDirectoryName(directory))
            if (File.Exists(System.IO.Path.Combine(directory, "PySecLsp.sln"))) return directory;
        throw new InvalidOperationException("the repository root (PySecLsp.sln) is not above the test sources");
    }

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path(), .. parts]);
}
