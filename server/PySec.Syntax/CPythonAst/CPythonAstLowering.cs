using System.Runtime.CompilerServices;
using System.Text;
using PySec.Syntax.Green;
using S = PySec.Syntax.Green.SyntaxSlots;

namespace PySec.Syntax.CPythonAst;

/// <summary>
/// Lowers the concrete syntax tree to the shape of CPython's <c>ast</c> module (3.14): the tree
/// <c>ast.parse</c> would return for the same source, with CPython's positions.
/// Parts the parser could not recognise lower to nodes of type "Error" (CPython has no equivalent).
/// </summary>
public sealed partial class CPythonAstLowering
{
    private readonly string _text;
    private readonly PositionMap _positions;

    private CPythonAstLowering(string text)
    {
        _text = text;
        _positions = new PositionMap(text);
    }

    /// <summary>The tree <c>ast.parse</c> would build for the parsed source (its Module node).</summary>
    public static AstNode Lower(SyntaxTree tree) => Lower(tree.GreenRoot, tree.Text);

    /// <summary>Lowers a Module green node. The tree is lossless, so the source text is rebuilt from it.</summary>
    public static AstNode Lower(GreenNode module) => Lower(module, module.ToFullString());

    /// <summary>Lowers a Module green node whose source text is <paramref name="text"/>.</summary>
    public static AstNode Lower(GreenNode module, string text)
    {
        var lowering = new CPythonAstLowering(text);
        return lowering.LowerModule(new GreenCursor(module, 0));
    }

    private AstNode LowerModule(GreenCursor module) =>
        new AstNode("Module")
            .Add("body", LowerStatements(module.Items(S.Module.Statements)))
            .Add("type_ignores", new List<AstNode>());

    private AstPosition Span(GreenCursor node) => _positions.Position(node.Start, node.End);
    private AstPosition Span(int start, int end) => _positions.Position(start, end);
    private AstPosition Span(GreenCursor first, GreenCursor last) => _positions.Position(first.Start, last.End);

    private static AstPosition Join(AstPosition first, AstPosition last) =>
        new(first.Line, first.Column, last.EndLine, last.EndColumn);

    /// <summary>Source text of a span, with line breaks read as CPython reads them.</summary>
    private string SourceSlice(int start, int end) =>
        _text.AsSpan(start, Math.Max(0, end - start)).ToString().Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>Identifiers are NFKC-normalised, as CPython does when it creates names.</summary>
    private static string Identifier(string text)
    {
        foreach (var c in text)
            if (c > 0x7F)
                return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        return text;
    }

    private static AstNode Error(AstPosition position) => new AstNode("Error").At(position);

    /// <summary>Guards recursion into nested constructs that are not left-nested chains (which are iterated).</summary>
    private static bool HasStackRoom() => RuntimeHelpers.TryEnsureSufficientExecutionStack();

    private static AstNode Context(ExpressionContext context) => new(context switch
    {
        ExpressionContext.Store => "Store",
        ExpressionContext.Del => "Del",
        _ => "Load",
    });
}

internal enum ExpressionContext { Load, Store, Del }
