namespace PySec.Testing;

/// <summary>One .py file of the corpus, its path relative to the stdlib root with '/' separators.</summary>
public sealed record CorpusFile(string RelativePath, string FullPath, byte[] Bytes)
{
    public override string ToString() => RelativePath;
}

/// <summary>
/// The local CPython's standard library (found through python3's sysconfig, site-packages excluded) as a
/// test corpus: about 1,800 files of real-world Python, loaded once per test run.
/// </summary>
/// <remarks>
/// PYSEC_STDLIB overrides the location. Without python3 and without the override every corpus test
/// fails with a message saying so: a corpus test that passes on no files would prove nothing.
/// </remarks>
public static class StdlibCorpus
{
    /// <summary>The files CPython itself refuses to compile (ast.parse raises SyntaxError), relative paths.</summary>
    public static readonly IReadOnlySet<string> RejectedByCPython = new HashSet<string>(StringComparer.Ordinal)
    {
        "test/tokenizedata/bad_coding.py",
        "test/tokenizedata/bad_coding2.py",
        "test/tokenizedata/badsyntax_pep3120.py",
        "test/tokenizedata/badsyntax_3131.py",
        "lib2to3/tests/data/bom.py",
        "lib2to3/tests/data/crlf.py",
        "lib2to3/tests/data/false_encoding.py",
        "lib2to3/tests/data/py2_test_grammar.py",
        "lib2to3/tests/data/different_encoding.py",
    };

    private static readonly Lazy<string> LazyRoot = new(FindRoot);
    private static readonly Lazy<IReadOnlyList<CorpusFile>> LazyFiles = new(LoadFiles);

    public static string Root => LazyRoot.Value;

    /// <summary>Every corpus file, ordered by relative path (ordinal), bytes loaded.</summary>
    public static IReadOnlyList<CorpusFile> Files => LazyFiles.Value;

    /// <summary>The files CPython accepts.</summary>
    public static IEnumerable<CorpusFile> ValidFiles => Files.Where(f => !RejectedByCPython.Contains(f.RelativePath));

    /// <summary>Relative paths for [MemberData]: one theory case per file keeps failures readable.</summary>
    public static TheoryData<string> RelativePaths()
    {
        var data = new TheoryData<string>();
        foreach (var file in Files) data.Add(file.RelativePath);
        return data;
    }

    public static CorpusFile Get(string relativePath) =>
        Files.FirstOrDefault(f => f.RelativePath == relativePath)
        ?? throw new ArgumentException($"'{relativePath}' is not in the corpus at {Root}");

    private static IReadOnlyList<CorpusFile> LoadFiles()
    {
        var root = Root;
        var files = new List<CorpusFile>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(directory))
                if (Path.GetFileName(sub) != "site-packages") pending.Push(sub);
            foreach (var path in Directory.EnumerateFiles(directory, "*.py"))
            {
                var relative = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
                files.Add(new CorpusFile(relative, path, File.ReadAllBytes(path)));
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        if (files.Count < 1000)
            throw new InvalidOperationException($"only {files.Count} .py files under {root}; is this a CPython standard library?");
        return files;
    }

    private static string FindRoot()
    {
        var overridden = Environment.GetEnvironmentVariable("PYSEC_STDLIB");
        if (!string.IsNullOrEmpty(overridden)) return Existing(overridden, "PYSEC_STDLIB");

        try
        {
            var output = Python3.Run(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).Trim();
            return Existing(output, "python3's sysconfig stdlib path");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("the stdlib corpus needs python3 on PATH (or PYSEC_STDLIB set)", e);
        }
    }

    private static string Existing(string path, string source) =>
        Directory.Exists(path) ? path : throw new InvalidOperationException($"{source} '{path}' is not a directory");
}
