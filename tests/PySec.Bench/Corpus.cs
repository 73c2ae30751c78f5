using System.Diagnostics;
using System.Text;
using PySec.Text;

namespace PySec.Bench;

/// <summary>One corpus file in memory: its bytes and its decoded text.</summary>
internal sealed record CorpusFile(string Path, byte[] Bytes, string Text);

/// <summary>The .py files of python3's standard library (site-packages excluded), read and decoded up front.</summary>
internal sealed class Corpus
{
    private Corpus(string root, IReadOnlyList<CorpusFile> files)
    {
        Root = root;
        Files = files;
        TotalBytes = files.Sum(f => (long)f.Bytes.Length);
    }

    public string Root { get; }
    public IReadOnlyList<CorpusFile> Files { get; }
    public long TotalBytes { get; }

    public static Corpus Load(string? rootOverride)
    {
        var root = rootOverride ?? AskPythonForStdlib();
        var paths = new List<string>();
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(directory))
                if (System.IO.Path.GetFileName(sub) != "site-packages") pending.Push(sub);
            paths.AddRange(Directory.EnumerateFiles(directory, "*.py"));
        }
        paths.Sort(StringComparer.Ordinal);
        var files = paths.Select(p =>
        {
            var bytes = File.ReadAllBytes(p);
            return new CorpusFile(p, bytes, SourceText.FromBytes(bytes).Text);
        }).ToList();
        return new Corpus(root, files);
    }

    /// <summary>Writes the file paths one per line, for the CPython baseline to read.</summary>
    public string WritePathList()
    {
        var listPath = System.IO.Path.GetTempFileName();
        File.WriteAllLines(listPath, Files.Select(f => f.Path), new UTF8Encoding(false));
        return listPath;
    }

    private static string AskPythonForStdlib()
    {
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])" },
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var root = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0 || !Directory.Exists(root))
            throw new InvalidOperationException($"python3 did not name its stdlib folder (got '{root}'); pass --stdlib PATH");
        return root;
    }
}
