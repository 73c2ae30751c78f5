using PySec.Syntax.Tests.Infrastructure;
using PySec.Text;
using Xunit.Abstractions;

namespace PySec.Syntax.Tests.Parsing;

/// <summary>
/// The standard library as a grammar test: every file CPython accepts must parse without a single diagnostic, the
/// nine it rejects must each get at least one, and every tree must spell its file exactly.
/// </summary>
public sealed class ParserCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_stdlib_file_parses_cleanly_except_the_nine_CPython_rejects()
    {
        var failures = new List<string>();
        var asExpected = 0;
        foreach (var file in StdlibCorpus.Files)
        {
            var source = SourceText.FromBytes(file.Bytes);
            var tree = SyntaxTree.Parse(source);
            var rejected = StdlibCorpus.RejectedByCPython.Contains(file.RelativePath);
            if (tree.GreenRoot.ToFullString() != source.Text)
                failures.Add($"{file.RelativePath}: the tree's text differs from the source");
            else if (rejected && tree.Diagnostics.Count == 0)
                failures.Add($"{file.RelativePath}: CPython rejects it but no diagnostic was reported");
            else if (!rejected && tree.Diagnostics.Count > 0)
                failures.Add($"{file.RelativePath}: {tree.Diagnostics.Count} diagnostics, first {tree.Diagnostics[0]}");
            else
                asExpected++;
        }
        var summary = $"Parser corpus: {asExpected} of {StdlibCorpus.Files.Count} stdlib files parsed as CPython does " +
                      $"({StdlibCorpus.RejectedByCPython.Count} rejected files included)";
        output.WriteLine(summary);
        TestReport.Line(summary);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(50)));
    }

    [Fact]
    public void Every_rejected_file_is_in_the_corpus()
    {
        // A renamed or missing file would silently shrink the rejection check above.
        foreach (var path in StdlibCorpus.RejectedByCPython) Assert.NotNull(StdlibCorpus.Get(path));
    }
}
