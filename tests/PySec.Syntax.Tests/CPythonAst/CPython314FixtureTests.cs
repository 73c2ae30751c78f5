using PySec.Syntax.CPythonAst;
using PySec.Syntax.Tests.Infrastructure;
using PySec.Text;

namespace PySec.Syntax.Tests.CPythonAst;

/// <summary>
/// Syntax newer than the local CPython (PEP 695/696 type parameters, PEP 701 f-strings, PEP 750 t-strings,
/// PEP 758 except lists): Fixtures/ast/NAME.py must lower to NAME.ast.json, the tree CPython 3.14's ast.parse
/// gives, written from its documentation and reviewed by hand.
/// </summary>
public class CPython314FixtureTests
{
    private const string SnippetFile = "cpython-snippets.py";

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(AstFixtures.Directory, "*.py").Order(StringComparer.Ordinal))
            if (Path.GetFileName(path) != SnippetFile) data.Add(Path.GetFileNameWithoutExtension(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Fixture_lowers_to_the_CPython_314_tree(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AstFixtures.Directory, name + ".py"));
        var tree = SyntaxTree.Parse(SourceText.FromBytes(bytes));
        Snapshot.Match($"Fixtures/ast/{name}.ast.json", CPythonAstJson.ToJson(tree, indented: true) + "\n");
        Assert.Empty(tree.Diagnostics);
    }
}
