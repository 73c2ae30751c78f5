using System.Text;

namespace PySec.Workspace.Tests;

/// <summary>Every kind of file a scan cannot analyse: each becomes a skipped entry with its path and reason, and the scan goes on.</summary>
public sealed class BadInputTests
{
    private static ScanResult Scan(TempTree tree, PySecSettings? settings = null, IReadOnlyList<string>? paths = null)
    {
        var analyzer = new FileAnalyzer(TestRules.Value, settings ?? PySecSettings.Default);
        return Scanner.Scan(tree.Root, paths ?? [], analyzer);
    }

    private static TempTree TreeWithGoodFile()
    {
        var tree = new TempTree();
        tree.Write("good.py", "import pickle\npickle.loads(data)\n");
        return tree;
    }

    private static void AssertGoodFileScanned(ScanResult result) =>
        Assert.Contains(result.Files, f => f.Path == "good.py" && f.Findings.Any(x => x.Finding.RuleId == "PYSEC201"));

    [Fact]
    public void A_file_over_the_size_limit_is_skipped_without_being_read()
    {
        using var tree = TreeWithGoodFile();
        var big = new StringBuilder();
        while (big.Length <= 10 * 1024 * 1024) big.Append("# padding padding padding padding padding padding padding padding\n"); // cheap to analyse when the limit is raised
        tree.Write("big.py", big.ToString());
        var result = Scan(tree);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(("big.py", SkipReason.TooLarge), (skipped.Path, skipped.Reason));
        Assert.Contains("10,485,760-byte limit", skipped.Message);
        AssertGoodFileScanned(result);

        var raised = Scan(tree, PySecSettings.Default with { MaxFileSize = 20L * 1024 * 1024 });
        Assert.Empty(raised.Skipped);
        Assert.Contains(raised.Files, f => f.Path == "big.py");
    }

    [Fact]
    public void Binary_and_undecodable_files_are_skipped_with_where_it_failed()
    {
        using var tree = TreeWithGoodFile();
        tree.WriteBytes("blob.py", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        tree.WriteBytes("latin.py", Encoding.Latin1.GetBytes("x = 1\nname = 'café'\n"));
        tree.WriteBytes("declared.py", Encoding.Latin1.GetBytes("# -*- coding: latin-1 -*-\nname = 'café'\n"));
        var result = Scan(tree);
        Assert.Equal(
            [("blob.py", SkipReason.Binary), ("latin.py", SkipReason.NotUtf8)],
            result.Skipped.Select(s => (s.Path, s.Reason)));
        Assert.Contains("offset 4", result.Skipped[0].Message);
        Assert.Contains("line 2", result.Skipped[1].Message);
        Assert.Contains(result.Files, f => f.Path == "declared.py"); // a coding cookie makes it valid Python
        AssertGoodFileScanned(result);
    }

    [Fact]
    public void A_link_back_to_an_ancestor_folder_is_a_loop_and_is_not_followed()
    {
        using var tree = TreeWithGoodFile();
        tree.Write("pkg/mod.py", "x = 1\n");
        Directory.CreateSymbolicLink(tree.PathOf("pkg/again"), tree.Root);
        var result = Scan(tree);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(("pkg/again", SkipReason.SymlinkLoop), (skipped.Path, skipped.Reason));
        Assert.Equal(["good.py", "pkg/mod.py"], result.Files.Select(f => f.Path));
    }

    [Fact]
    public void A_link_to_itself_and_a_broken_link_are_reported()
    {
        using var tree = TreeWithGoodFile();
        File.CreateSymbolicLink(tree.PathOf("self.py"), tree.PathOf("self.py"));
        File.CreateSymbolicLink(tree.PathOf("gone.py"), tree.PathOf("nowhere.py"));
        var result = Scan(tree);
        Assert.Equal([("gone.py", SkipReason.BrokenSymlink), ("self.py", SkipReason.SymlinkLoop)], result.Skipped.Select(s => (s.Path, s.Reason)));
        Assert.Contains("nowhere.py", result.Skipped[0].Message);
        AssertGoodFileScanned(result);
    }

    [Fact]
    public void A_folder_reached_twice_through_links_is_scanned_once()
    {
        using var tree = TreeWithGoodFile();
        tree.Write("real/mod.py", "x = 1\n");
        Directory.CreateSymbolicLink(tree.PathOf("alias"), tree.PathOf("real"));
        var result = Scan(tree);
        Assert.Empty(result.Skipped);
        Assert.Equal(["alias/mod.py", "good.py"], result.Files.Select(f => f.Path)); // "alias" sorts first and wins
    }

    [Fact]
    public void A_file_that_cannot_be_opened_is_permission_denied()
    {
        using var tree = TreeWithGoodFile();
        if (Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root")
        {
            // Root reads any mode-000 file; this kernel file refuses even root (EACCES), through a link named like Python.
            Assert.True(File.Exists("/proc/sys/vm/compact_memory"), "this test needs a non-root user or /proc/sys/vm/compact_memory");
            File.CreateSymbolicLink(tree.PathOf("secret.py"), "/proc/sys/vm/compact_memory");
        }
        else
        {
            tree.Write("secret.py", "x = 1\n");
            File.SetUnixFileMode(tree.PathOf("secret.py"), UnixFileMode.None);
        }
        var result = Scan(tree);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(("secret.py", SkipReason.PermissionDenied), (skipped.Path, skipped.Reason));
        AssertGoodFileScanned(result);
    }

    [Fact]
    public void A_fifo_named_like_python_does_not_hang_the_scan()
    {
        using var tree = TreeWithGoodFile();
        var fifo = tree.PathOf("pipe.py");
        using (var process = System.Diagnostics.Process.Start("mkfifo", [fifo])) process.WaitForExit();
        Assert.True(File.Exists(fifo));
        var scan = Task.Run(() => Scan(tree));
        Assert.True(scan.Wait(TimeSpan.FromSeconds(60)), "the scan blocked on a FIFO");
        Assert.Contains(scan.Result.Files, f => f.Path == "pipe.py" && f.Source.Length == 0);
        AssertGoodFileScanned(scan.Result);
    }

    [Fact]
    public void A_missing_explicit_path_is_reported_and_the_others_are_scanned()
    {
        using var tree = TreeWithGoodFile();
        var result = Scan(tree, paths: [tree.PathOf("good.py"), tree.PathOf("missing.py")]);
        Assert.Equal(("missing.py", SkipReason.NotFound), (Assert.Single(result.Skipped).Path, result.Skipped[0].Reason));
        AssertGoodFileScanned(result);
    }
}
