using System.Diagnostics;
using System.Text;
using PySec.Syntax.CPythonAst;

namespace PySec.Syntax.Tests.CPythonAst;

/// <summary>
/// Small programs (Fixtures/ast/cpython-snippets.py, sections separated by "# ---") whose AST must equal
/// what the local CPython's ast.parse gives, after the same version normalisations as the stdlib test.
/// </summary>
public class CPythonSnippetTests
{
    private const string Separator = "# ---\n";
    private static readonly string FixturePath = Path.Combine(AstFixtures.Directory, "cpython-snippets.py");
    private static readonly Lazy<string[]> Reference = new(RunCPython);

    private static string[] Snippets() => File.ReadAllText(FixturePath).ReplaceLineEndings("\n").Split(Separator);

    public static TheoryData<int> Indexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Snippets().Length; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Snippet_AST_matches_CPython(int index)
    {
        var source = Snippets()[index];
        var expected = Reference.Value[index];
        var tree = SyntaxTree.Parse(source);
        Assert.Null(CPythonDifferentialTests.Compare(tree, expected));
    }

    [Fact]
    public void A_different_program_is_reported_with_the_differing_path()
    {
        var firstSnippetChanged = Snippets()[0].Replace("x = y = z", "x = y = w", StringComparison.Ordinal);
        var difference = CPythonDifferentialTests.Compare(SyntaxTree.Parse(firstSnippetChanged), Reference.Value[0]);
        Assert.Equal("<Module>.body[0]<Assign>.value<Name>.id: ours \"w\", CPython \"z\"", difference);
    }

    private static string[] RunCPython()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Scripts", "cpython_ast_dump.py");
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { script, "--snippets", FixturePath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var errors = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        while (process.StandardOutput.ReadLine() is { } line) lines.Add(line[(line.IndexOf('\t') + 1)..]);
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"cpython_ast_dump.py failed: {errors.Result}");
        return [.. lines];
    }
}
