using System.Runtime.CompilerServices;

namespace PySec.Syntax.Generator;

/// <summary>The command line behind Main, separate so that tests can drive it with their own writers.</summary>
public static class GeneratorCommand
{
    public const string SolutionFileName = "PySecLsp.sln";
    public const string GrammarPath = "server/PySec.Syntax/Syntax.txt";
    public const string SyntaxKindPath = "server/PySec.Syntax/SyntaxKind.cs";
    public const string OutputPath = "server/PySec.Syntax/Generated";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var check = false;
        string? grammarFile = null;
        string? root = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--check":
                    check = true;
                    break;
                case "--grammar" when i + 1 < args.Length:
                    grammarFile = args[++i];
                    break;
                case "--root" when i + 1 < args.Length:
                    root = args[++i];
                    break;
                default:
                    error.WriteLine($"unknown or incomplete argument '{args[i]}'; expected --check, --grammar <file>, --root <dir>");
                    return 2;
            }
        }

        root ??= FindRepositoryRoot(Directory.GetCurrentDirectory())
                 ?? FindRepositoryRoot(AppContext.BaseDirectory)
                 ?? FindRepositoryRoot(Path.GetDirectoryName(SourceFilePath()) ?? "");
        if (root is null && grammarFile is null)
        {
            error.WriteLine($"cannot find {SolutionFileName} in the current directory or above; pass --root <dir>");
            return 2;
        }

        var grammarPath = grammarFile ?? Path.Combine(root!, GrammarPath);
        if (!File.Exists(grammarPath))
        {
            error.WriteLine($"grammar file not found: {grammarPath}");
            return 2;
        }

        var parsed = SyntaxModel.Parse(File.ReadAllText(grammarPath));
        if (!parsed.Succeeded)
        {
            foreach (var e in parsed.Errors) error.WriteLine(e);
            return 1;
        }
        var model = parsed.Model!;

        // A custom grammar only gets validated: its node kinds and output belong to no project.
        if (grammarFile is not null)
        {
            output.WriteLine($"{grammarPath}: {model.Abstracts.Count} abstract types, {model.Nodes.Count} nodes");
            return 0;
        }

        var kindsPath = Path.Combine(root!, SyntaxKindPath);
        if (File.Exists(kindsPath))
        {
            var kindErrors = SyntaxKindConsistency.Check(model, File.ReadAllText(kindsPath));
            if (kindErrors.Count > 0)
            {
                foreach (var e in kindErrors) error.WriteLine(e);
                return 1;
            }
        }

        var outputDirectory = Path.Combine(root!, OutputPath);
        var files = SyntaxCodeWriter.Write(model);
        return check ? Check(outputDirectory, files, output, error) : WriteAll(outputDirectory, files, output);
    }

    // Where this file was compiled from: finds the checkout even when the build output lives elsewhere.
    private static string SourceFilePath([CallerFilePath] string path = "") => path;

    public static string? FindRepositoryRoot(string start)
    {
        if (start.Length == 0) return null;
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName))) return directory.FullName;
        return null;
    }

    /// <summary>Lists generated files that are missing, different, or no longer produced.</summary>
    public static IReadOnlyList<string> StaleFiles(string outputDirectory, IReadOnlyDictionary<string, string> files)
    {
        var stale = new List<string>();
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(outputDirectory, name);
            if (!File.Exists(path)) stale.Add($"{name} (missing)");
            else if (File.ReadAllText(path) != content) stale.Add($"{name} (differs)");
        }
        if (Directory.Exists(outputDirectory))
            foreach (var path in Directory.GetFiles(outputDirectory, "*.g.cs").Order(StringComparer.Ordinal))
                if (!files.ContainsKey(Path.GetFileName(path))) stale.Add($"{Path.GetFileName(path)} (no longer generated)");
        return stale;
    }

    private static int Check(string outputDirectory, IReadOnlyDictionary<string, string> files, TextWriter output, TextWriter error)
    {
        var stale = StaleFiles(outputDirectory, files);
        if (stale.Count == 0)
        {
            output.WriteLine($"{files.Count} generated files are up to date");
            return 0;
        }
        foreach (var s in stale) error.WriteLine($"out of date: {s}");
        error.WriteLine("run `dotnet run --project server/PySec.Syntax.Generator` to regenerate");
        return 1;
    }

    private static int WriteAll(string outputDirectory, IReadOnlyDictionary<string, string> files, TextWriter output)
    {
        Directory.CreateDirectory(outputDirectory);
        foreach (var path in Directory.GetFiles(outputDirectory, "*.g.cs"))
            if (!files.ContainsKey(Path.GetFileName(path))) File.Delete(path);
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(outputDirectory, name);
            if (!File.Exists(path) || File.ReadAllText(path) != content) File.WriteAllText(path, content);
        }
        output.WriteLine($"wrote {files.Count} files to {OutputPath}");
        return 0;
    }
}
