namespace PySec.Cli.Tests.Scan;

/// <summary>
/// A throw-away project folder for "pysec scan" tests, anchored by its own pyproject.toml so paths in reports are
/// relative to it and no configuration above it is picked up.
/// </summary>
internal sealed class ScanProject : IDisposable
{
    public ScanProject(string pyproject = "[project]\nname = \"demo\"\n")
    {
        Root = Directory.CreateTempSubdirectory("pysec-scan-").FullName;
        Write("pyproject.toml", pyproject);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteBytes(string relative, byte[] content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Runs "pysec scan" with the project folder as the path unless the arguments name paths.</summary>
    public CliRun Scan(params string[] arguments)
    {
        var namesPath = arguments.Length > 0 && !arguments[0].StartsWith('-');
        return CliRun.Of(["scan", .. namesPath ? [] : new[] { Root }, .. arguments]);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test's symlink loop or unreadable folder must not fail the test run.
        }
    }
}
