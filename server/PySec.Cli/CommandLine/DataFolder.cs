namespace PySec.Cli.CommandLine;

/// <summary>
/// Finds the folders pysec ships with (rules/, manual/): the one named by an option, else the copy beside the
/// executable (an installed tool or a build), else the one beside PySecLsp.sln above the current directory (a
/// checkout). Returns the folder and how messages should name it.
/// </summary>
public static class DataFolder
{
    private const string SolutionFile = "PySecLsp.sln";

    public static (string Directory, string DisplayPrefix) Find(string name, string? option, string optionName)
    {
        if (option is not null)
        {
            if (!Directory.Exists(option)) throw new UsageException($"{name} folder '{option}' does not exist");
            return (option, option.TrimEnd('/', Path.DirectorySeparatorChar) + "/");
        }
        for (var directory = Directory.GetCurrentDirectory(); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, SolutionFile)) && Directory.Exists(Path.Combine(directory, name)))
                return (Path.Combine(directory, name), name + "/");
        }
        var shipped = Path.Combine(AppContext.BaseDirectory, name);
        if (Directory.Exists(shipped)) return (shipped, name + "/");
        throw new UsageException($"no '{name}' folder beside pysec or in a checkout above the current directory; name it with --{optionName} DIR");
    }
}
