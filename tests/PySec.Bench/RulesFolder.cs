namespace PySec.Bench;

/// <summary>The repository's rules folder: beside PySecLsp.sln above the current directory (the bench runs from a checkout).</summary>
internal static class RulesFolder
{
    public static string Find()
    {
        for (var directory = Directory.GetCurrentDirectory(); directory is not null; directory = Path.GetDirectoryName(directory))
            if (File.Exists(Path.Combine(directory, "PySecLsp.sln"))) return Path.Combine(directory, "rules");
        throw new InvalidOperationException("run the bench from inside the repository (no PySecLsp.sln above the current directory)");
    }
}
