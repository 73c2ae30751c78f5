namespace PySec.Syntax.Tests.Infrastructure;

public class StdlibCorpusTests
{
    [Fact]
    public void Corpus_is_the_whole_stdlib_without_site_packages()
    {
        var files = StdlibCorpus.Files;

        Assert.True(files.Count >= 1000, $"{files.Count} files");
        Assert.DoesNotContain(files, f => f.RelativePath.Contains("site-packages/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.RelativePath == "os.py");
        Assert.All(files, f => Assert.Equal(new FileInfo(f.FullPath).Length, f.Bytes.Length));
    }

    [Fact]
    public void Every_file_CPython_rejects_is_in_the_corpus()
    {
        var paths = StdlibCorpus.Files.Select(f => f.RelativePath).ToHashSet();

        Assert.All(StdlibCorpus.RejectedByCPython, path => Assert.Contains(path, paths));
        Assert.Equal(StdlibCorpus.Files.Count - StdlibCorpus.RejectedByCPython.Count, StdlibCorpus.ValidFiles.Count());
    }
}
