namespace PySec.Workspace.Tests;

/// <summary>Which .gitignore files apply when a scan starts below the top of a repository, or outside any.</summary>
public sealed class GitIgnoreScopeTests
{
    private static IReadOnlyList<string> Found(TempTree tree, string scanned, PySecSettings? settings = null) =>
        FileDiscovery.Discover(tree.Root, [tree.PathOf(scanned)], settings ?? PySecSettings.Default).Files.Select(f => f.RelativePath).ToList();

    [Fact]
    public void Ignore_files_above_the_scanned_folder_apply_up_to_the_repository_top()
    {
        using var tree = new TempTree();
        Directory.CreateDirectory(tree.PathOf("repo/.git"));
        tree.Write("repo/.gitignore", "generated_*.py\n");
        tree.Write("repo/src/.gitignore", "!generated_keep.py\n");
        tree.Write("repo/src/pkg/generated_api.py", "x = 1\n");
        tree.Write("repo/src/pkg/generated_keep.py", "x = 1\n");
        tree.Write("repo/src/pkg/mod.py", "x = 1\n");
        Assert.Equal(["repo/src/pkg/generated_keep.py", "repo/src/pkg/mod.py"], Found(tree, "repo/src/pkg"));
    }

    [Fact]
    public void Outside_a_repository_only_the_scanned_folders_own_ignore_files_apply()
    {
        using var tree = new TempTree();
        tree.Write(".gitignore", "*.py\n"); // above the scanned folder, and no .git anywhere: not ours to apply
        tree.Write("proj/.gitignore", "skip_me.py\n");
        tree.Write("proj/mod.py", "x = 1\n");
        tree.Write("proj/skip_me.py", "x = 1\n");
        Assert.Equal(["proj/mod.py"], Found(tree, "proj"));
    }

    [Fact]
    public void Respect_gitignore_off_finds_ignored_files()
    {
        using var tree = new TempTree();
        tree.Write(".gitignore", "ignored.py\n");
        tree.Write("ignored.py", "x = 1\n");
        tree.Write("kept.py", "x = 1\n");
        Assert.Equal(["kept.py"], Found(tree, "."));
        Assert.Equal(["ignored.py", "kept.py"], Found(tree, ".", PySecSettings.Default with { RespectGitIgnore = false }));
    }
}
