using System.Collections.Concurrent;

namespace PySec.Workspace.Tests;

public sealed class ScannerTests
{
    private static TempTree ManyFiles(int count)
    {
        var tree = new TempTree();
        for (var index = 0; index < count; index++)
        {
            // Files of very different sizes, so workers finish out of order.
            var body = string.Concat(Enumerable.Repeat($"def f{index}(cmd):\n    subprocess.run(cmd, shell=True)\n", 1 + index % 7 * 8));
            tree.Write($"pkg{index % 5}/mod_{index:D3}.py", "import subprocess, pickle\n" + body + "pickle.loads(b'')\n");
        }
        return tree;
    }

    private static string Render(ScanResult result) => string.Join('\n', result.Files.SelectMany(file =>
        file.Findings.Select(f => $"{file.Path}:{f.Location.Start.Line}:{f.Finding.RuleId}:{f.Fingerprint}")));

    [Fact]
    public void Parallel_scans_give_the_same_result_in_path_order_as_a_sequential_one()
    {
        using var tree = ManyFiles(60);
        var analyzer = new FileAnalyzer(TestRules.Value, PySecSettings.Default);
        var sequential = Scanner.Scan(tree.Root, [], analyzer, new ScanOptions { MaxDegreeOfParallelism = 1 });
        Assert.Equal(60, sequential.Files.Count);
        Assert.Equal(sequential.Files.Select(f => f.Path).Order(StringComparer.Ordinal), sequential.Files.Select(f => f.Path));
        for (var run = 0; run < 3; run++)
        {
            var parallel = Scanner.Scan(tree.Root, [], analyzer, new ScanOptions { MaxDegreeOfParallelism = 4 });
            Assert.Equal(Render(sequential), Render(parallel));
        }
    }

    [Fact]
    public void Progress_counts_every_file_once_up_to_the_total()
    {
        using var tree = ManyFiles(25);
        var reports = new ConcurrentBag<ScanProgress>();
        Scanner.Scan(tree.Root, [], new FileAnalyzer(TestRules.Value, PySecSettings.Default), new ScanOptions { Progress = reports.Add });
        Assert.Equal(Enumerable.Range(1, 25), reports.Select(r => r.Done).Order());
        Assert.All(reports, r => Assert.Equal(25, r.Total));
        Assert.Equal(25, reports.Select(r => r.LastPath).Distinct().Count());
    }

    [Fact]
    public void Paths_are_relative_to_the_root_with_forward_slashes()
    {
        using var tree = ManyFiles(3);
        var result = Scanner.Scan(tree.Root, [tree.PathOf("pkg1")], new FileAnalyzer(TestRules.Value, PySecSettings.Default));
        Assert.Equal(Path.GetFullPath(tree.Root), result.Root);
        Assert.Equal(["pkg1/mod_001.py"], result.Files.Select(f => f.Path));
    }

    [Fact]
    public void Explicit_files_are_scanned_even_when_excluded_unless_force_exclude()
    {
        using var tree = new TempTree();
        tree.Write("build/gen.py", "eval(x)\n");
        tree.Write("tool", "not python at all, but named on purpose\n");
        var analyzer = new FileAnalyzer(TestRules.Value, PySecSettings.Default);
        Assert.Empty(Scanner.Scan(tree.Root, [], analyzer).Files);
        Assert.Equal(["build/gen.py", "tool"],
            Scanner.Scan(tree.Root, [tree.PathOf("build/gen.py"), tree.PathOf("tool")], analyzer).Files.Select(f => f.Path));

        var forced = new FileAnalyzer(TestRules.Value, PySecSettings.Default with { ForceExclude = true });
        Assert.Equal(["tool"], Scanner.Scan(tree.Root, [tree.PathOf("build/gen.py"), tree.PathOf("tool")], forced).Files.Select(f => f.Path));
    }

    [Fact]
    public void A_file_named_twice_is_scanned_once()
    {
        using var tree = ManyFiles(2);
        var result = Scanner.Scan(tree.Root, [tree.Root, tree.PathOf("pkg0/mod_000.py"), tree.PathOf("pkg0")], new FileAnalyzer(TestRules.Value, PySecSettings.Default));
        Assert.Equal(["pkg0/mod_000.py", "pkg1/mod_001.py"], result.Files.Select(f => f.Path));
    }
}
