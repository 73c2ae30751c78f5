using PySec.Cli.CommandLine;
using PySec.Syntax;
using PySec.Syntax.CPythonAst;
using PySec.Text;

namespace PySec.Cli.Commands;

/// <summary>"pysec parse FILE": the syntax tree or the CPython-shaped AST of one file, diagnostics on stderr.</summary>
public sealed class ParseCommand : ICommand
{
    private const string Tree = "tree";
    private const string AstJson = "ast-json";

    public string Name => "parse";
    public string Summary => "Parse a Python file; print its syntax tree or CPython AST";
    public string Usage => "FILE [--format tree|ast-json]";

    public string Description => """
        Decodes FILE as CPython does (a UTF-8 byte order mark or a PEP 263 coding cookie, else UTF-8),
        parses it and prints the result on standard output. FILE '-' reads standard input.

        Problems are printed on standard error as "FILE:LINE:COLUMN: error CODE: message" (1-based).
        The parser always produces a tree, so the output is printed even when there are problems.

        Exit status: 0 without problems, 1 with problems, 2 when FILE cannot be read or the arguments are wrong.
        """;

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("format", "tree: the concrete syntax tree, one node or token per line (default); " +
            "ast-json: the tree CPython's ast.parse would build, as indented JSON", "FORMAT", [Tree, AstJson]),
    ];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        var path = arguments.Single("FILE");
        var format = arguments.Get("format", Tree);
        var source = SourceText.FromBytes(context.ReadInput(path));
        var tree = SyntaxTree.Parse(source);

        if (format == AstJson)
        {
            CPythonAstJson.Write(CPythonAstLowering.Lower(tree), context.Output, indented: true);
            context.Output.WriteLine();
        }
        else
        {
            context.Output.Write(SyntaxTreePrinter.Print(tree.Root));
        }

        var displayPath = path == "-" ? "<stdin>" : path;
        foreach (var diagnostic in tree.Diagnostics)
            context.Error.WriteLine(DiagnosticFormatter.Format(displayPath, source.Lines, diagnostic));
        return tree.Diagnostics.Count == 0 ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }
}
