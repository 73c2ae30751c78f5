using System.Diagnostics;
using System.Text;
using PySec.Syntax.CPythonAst;
using PySec.Syntax.Tests.Infrastructure;
using PySec.Text;
using Xunit.Abstractions;

namespace PySec.Syntax.Tests.CPythonAst;

/// <summary>
/// Parses every standard-library file with PySec and with the local CPython, and compares the ASTs as
/// JSON text (structurally, after the documented version normalisations, when the text differs).
/// </summary>
public class CPythonDifferentialTests(ITestOutputHelper output)
{
    private const int ListedDisagreements = 15;

    [Fact]
    public void Stdlib_ASTs_agree_with_CPython()
    {
        var root = StdlibCorpus.Root;
        var disagreements = new List<string>();
        var total = 0;
        var identical = 0;
        foreach (var (relativePath, cpythonJson) in CPythonDump(root))
        {
            total++;
            var bytes = File.ReadAllBytes(Path.Combine(root, relativePath));
            var tree = SyntaxTree.Parse(SourceText.FromBytes(bytes));
            if (Compare(tree, cpythonJson, out var sameText) is { } problem) disagreements.Add($"{relativePath}: {problem}");
            if (sameText) identical++;
        }
        var agree = total - disagreements.Count;
        output.WriteLine($"CPython differential: {agree} of {total} files agree");
        TestReport.Line($"CPython differential: {agree} of {total} files agree");
        output.WriteLine($"{identical} of them byte-identical before the version normalisations");
        TestReport.Line($"{identical} of them byte-identical before the version normalisations");
        Assert.True(total >= 1000, $"the CPython dump listed only {total} files");
        if (disagreements.Count > 0)
        {
            Assert.Fail($"CPython differential: {agree} of {total} files agree. First disagreements:\n" +
                string.Join("\n", disagreements.Take(ListedDisagreements)));
        }
    }

    /// <summary>Null when PySec agrees with CPython about the file, else what differs.</summary>
    internal static string? Compare(SyntaxTree tree, string cpythonJson) => Compare(tree, cpythonJson, out _);

    private static string? Compare(SyntaxTree tree, string cpythonJson, out bool sameText)
    {
        sameText = false;
        if (cpythonJson.StartsWith("{\"_error\":", StringComparison.Ordinal))
            return tree.Diagnostics.Count > 0 ? null : $"CPython rejects it ({cpythonJson}), PySec reports nothing";
        if (tree.Diagnostics.Count > 0)
            return $"CPython accepts it, PySec reports {tree.Diagnostics.Count} diagnostics, first {tree.Diagnostics[0]}";
        var ours = CPythonAstJson.ToJson(tree, indented: false);
        sameText = ours == cpythonJson;
        if (sameText) return null;
        return AstJsonDiff.FirstDifference(ours, cpythonJson);
    }

    /// <summary>Streams the dump script's output (relative path, JSON) without holding it all in memory.</summary>
    private static IEnumerable<(string RelativePath, string Json)> CPythonDump(string root)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Scripts", "cpython_ast_dump.py");
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { script, root },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var errors = process.StandardError.ReadToEndAsync();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            yield return (line[..tab], line[(tab + 1)..]);
        }
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"cpython_ast_dump.py failed: {errors.Result}");
    }
}
