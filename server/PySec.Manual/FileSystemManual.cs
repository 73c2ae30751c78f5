using System.Text;

namespace PySec.Manual;

/// <summary>The only class of the library that touches the disk: reads a manual folder, writes rendered files.</summary>
public sealed class FileSystemManual(string rootDirectory) : IManualSource
{
    public string RootDirectory { get; } = Path.GetFullPath(rootDirectory);

    public IReadOnlyList<string> ListMarkdownFiles() =>
        Directory.EnumerateFiles(RootDirectory, "*.md", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RootDirectory, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public string ReadText(string relativePath) =>
        File.ReadAllText(Path.Combine(RootDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar)), Encoding.UTF8);

    /// <summary>Writes each file (relative '/' path to text) under <paramref name="outputDirectory"/> as UTF-8 without a BOM.</summary>
    public static void WriteAll(string outputDirectory, IReadOnlyDictionary<string, string> files)
    {
        var root = Path.GetFullPath(outputDirectory);
        foreach (var (relativePath, text) in files)
        {
            var path = Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }
}
