using PySec.Manual;
using PySec.Testing;

namespace PySec.Manual.Tests;

/// <summary>The manual of this repository, found from the test sources since the build output may live anywhere.</summary>
public static class RepositoryManual
{
    private static readonly Lazy<Manual> Loaded = new(() => Manual.Load(new FileSystemManual(Directory())));

    public static Manual Value => Loaded.Value;

    public static string Directory() => RepositoryRoot.Combine("manual");
}
