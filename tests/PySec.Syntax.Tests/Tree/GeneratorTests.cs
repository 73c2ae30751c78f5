namespace PySec.Syntax.Tests.Tree;

public class GeneratorTests(GeneratorProcess generator) : IClassFixture<GeneratorProcess>, IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("pysec-generator-case-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void Committed_generated_files_match_the_grammar()
    {
        var result = generator.Generate(_scratch, "--check", "--root", generator.RepositoryRoot);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("up to date", result.Output);
    }

    [Fact]
    public void The_real_grammar_is_valid()
    {
        var grammar = Path.Combine(generator.RepositoryRoot, "server", "PySec.Syntax", "Syntax.txt");
        var result = generator.Generate(_scratch, "--grammar", grammar);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches(@"\d+ abstract types, \d+ nodes", result.Output);
    }

    [Theory]
    [InlineData("nod A\n", "Syntax.txt(1): bad syntax: expected 'abstract Name [: Base]' or 'node Name [: Base]', found 'nod A'")]
    [InlineData("node A\n  X token\n", "Syntax.txt(2): bad syntax: expected an indented 'Field: type', found 'X token'")]
    [InlineData("node A\n  X: list<>\n", "Syntax.txt(2): bad syntax: field 'X' has malformed type 'list<>'")]
    [InlineData("# comment\nnode A\n  X: Foo\n", "Syntax.txt(3): unknown type 'Foo' for field 'X' of 'A'")]
    [InlineData("node A\n  X: token\n  Y: Expr?\n  X: token?\n", "Syntax.txt(4): duplicate field 'X' in 'A' (first on line 2)")]
    [InlineData("node A\n  X: token\nnode A\n  Y: token\n", "Syntax.txt(3): duplicate type 'A' (first declared on line 1)")]
    [InlineData("node A : B\n  X: token\n", "Syntax.txt(1): unknown base type 'B' of 'A'")]
    [InlineData("node B\n  X: token\nnode A : B\n  Y: token\n", "Syntax.txt(3): base type 'B' of 'A' is a node, not an abstract")]
    [InlineData("abstract A : B\nabstract B : A\n", "Syntax.txt(1): 'A' inherits from itself")]
    [InlineData("node A\n  X: list<token>?\n", "Syntax.txt(2): field 'X': a list cannot be optional")]
    [InlineData("  X: token\n", "Syntax.txt(1): field 'X' is not inside a node declaration")]
    [InlineData("abstract A\n  X: token\n", "Syntax.txt(2): abstract 'A' cannot have fields")]
    [InlineData("node A\n  Kind: token\n", "Syntax.txt(2): field name 'Kind' is reserved")]
    [InlineData("node A\n", "Syntax.txt(1): node 'A' has no fields")]
    [InlineData("node Node\n  X: token\n", "Syntax.txt(1): 'Node' is a reserved name")]
    [InlineData("node Guard\n  Guard: token\n", "Syntax.txt(2): field 'Guard' clashes with its class name")]
    public void Malformed_grammar_is_rejected_with_the_line_and_problem(string grammar, string expectedError)
    {
        var file = Path.Combine(_scratch, "Syntax.txt");
        File.WriteAllText(file, grammar);
        var result = generator.Generate(_scratch, "--grammar", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expectedError, result.Error);
    }

    [Fact]
    public void Grammar_errors_are_all_reported_in_line_order()
    {
        var file = Path.Combine(_scratch, "Syntax.txt");
        File.WriteAllText(file, "node A\n  X: Foo\n  X: token\nnode B\n  Y: Bar\n");
        var result = generator.Generate(_scratch, "--grammar", file);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Syntax.txt(2)", "Syntax.txt(3)", "Syntax.txt(5)"], lines.Select(l => l[..l.IndexOf(':')]));
    }

    private const string SmallGrammar = "abstract Expression\n\n# a name\nnode Name : Expression\n  Identifier: token\n\nnode Pair\n  Left: Expression\n  Comma: token?\n  Rest: separated<Expression>\n";

    private string CreateRepository(string grammar, string kinds)
    {
        File.WriteAllText(Path.Combine(_scratch, "PySecLsp.sln"), "");
        var syntax = Directory.CreateDirectory(Path.Combine(_scratch, "server", "PySec.Syntax")).FullName;
        File.WriteAllText(Path.Combine(syntax, "Syntax.txt"), grammar);
        File.WriteAllText(Path.Combine(syntax, "SyntaxKind.cs"), $"namespace X;\npublic enum SyntaxKind : ushort\n{{\n    None = 0, // a comment mentioning Pair\n    {kinds}\n}}\n");
        return Path.Combine(syntax, "Generated");
    }

    [Fact]
    public void Node_without_a_syntax_kind_member_is_reported()
    {
        CreateRepository(SmallGrammar, "Identifier, List, Name,");
        var result = generator.Generate(_scratch, "--root", _scratch);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Syntax.txt(7): node 'Pair' has no SyntaxKind member", result.Error);
    }

    [Fact]
    public void Node_kinds_out_of_grammar_order_are_reported()
    {
        CreateRepository(SmallGrammar, "Identifier, List, Pair, Name,");
        var result = generator.Generate(_scratch, "--root", _scratch);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("SyntaxKind.Pair comes before SyntaxKind.Name, unlike in Syntax.txt", result.Error);
    }

    [Fact]
    public void Generation_is_deterministic_and_check_detects_edits_and_stale_files()
    {
        var output = CreateRepository(SmallGrammar, "Identifier, List, Name, Pair");
        Assert.Equal(0, generator.Generate(_scratch, "--root", _scratch).ExitCode);
        var first = Directory.GetFiles(output).Order().ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        Assert.Contains("GreenFactory.g.cs", first.Keys);
        Assert.All(first.Values, content => Assert.StartsWith("// <auto-generated>", content));
        Assert.Contains("public static GreenInnerNode Pair(GreenNode left, GreenToken? comma, GreenList? rest)", first["GreenFactory.g.cs"]);
        Assert.Contains("public SeparatedSyntaxList<ExpressionSyntax> Rest", first["SyntaxNodes.g.cs"]);
        Assert.Contains("/// a name", first["SyntaxNodes.g.cs"]);

        Assert.Equal(0, generator.Generate(_scratch, "--root", _scratch).ExitCode);
        Assert.Equal(first, Directory.GetFiles(output).Order().ToDictionary(f => Path.GetFileName(f), File.ReadAllText));
        Assert.Equal(0, generator.Generate(_scratch, "--check", "--root", _scratch).ExitCode);

        File.AppendAllText(Path.Combine(output, "SyntaxNodes.g.cs"), "// edited\n");
        File.WriteAllText(Path.Combine(output, "Old.g.cs"), "");
        var check = generator.Generate(_scratch, "--check", "--root", _scratch);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("out of date: SyntaxNodes.g.cs (differs)", check.Error);
        Assert.Contains("out of date: Old.g.cs (no longer generated)", check.Error);

        Assert.Equal(0, generator.Generate(_scratch, "--root", _scratch).ExitCode);
        Assert.False(File.Exists(Path.Combine(output, "Old.g.cs")));
        Assert.Equal(0, generator.Generate(_scratch, "--check", "--root", _scratch).ExitCode);
    }
}
