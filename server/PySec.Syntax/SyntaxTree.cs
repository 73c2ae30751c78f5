using PySec.Syntax.Green;
using PySec.Syntax.Lexing;
using PySec.Syntax.Parsing;
using PySec.Text;

namespace PySec.Syntax;

/// <summary>
/// A parsed Python source file: the lossless green tree, its red root (created on first use) and every diagnostic
/// found while decoding, lexing and parsing, sorted by position. Parsing never throws and never fails: any input
/// gives a tree whose text is exactly the source.
/// </summary>
public sealed class SyntaxTree
{
    private ModuleSyntax? _root;

    private SyntaxTree(string text, GreenNode greenRoot, IReadOnlyList<Diagnostic> diagnostics)
    {
        Text = text;
        GreenRoot = greenRoot;
        Diagnostics = diagnostics;
    }

    public string Text { get; }

    /// <summary>The green Module node.</summary>
    public GreenNode GreenRoot { get; }

    public ModuleSyntax Root => _root ??= (ModuleSyntax)SyntaxNode.CreateRoot(GreenRoot);

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static SyntaxTree Parse(string text, ParseOptions? options = null) =>
        Parse(text ?? string.Empty, [], options);

    /// <summary>Parses decoded source; the decoder's diagnostics are merged with the syntax diagnostics.</summary>
    public static SyntaxTree Parse(SourceText source, ParseOptions? options = null) =>
        Parse(source.Text, source.Diagnostics, options);

    private static SyntaxTree Parse(string text, IReadOnlyList<Diagnostic> decoderDiagnostics, ParseOptions? options)
    {
        var lexed = Lexer.Tokenize(text);
        var parser = new Parser(lexed.Tokens, options ?? ParseOptions.Default, lexed.Diagnostics);
        var module = parser.ParseModule();
        return new SyntaxTree(text, module, Merge(decoderDiagnostics, lexed.Diagnostics, parser.Diagnostics));
    }

    private static IReadOnlyList<Diagnostic> Merge(params IReadOnlyList<Diagnostic>[] sources)
    {
        var count = 0;
        foreach (var source in sources) count += source.Count;
        if (count == 0) return [];
        var all = new List<(Diagnostic Diagnostic, int Order)>(count);
        foreach (var source in sources)
            foreach (var diagnostic in source)
                all.Add((diagnostic, all.Count));
        // Stable by position: equal starts keep decoder, lexer, parser order.
        all.Sort(static (a, b) =>
        {
            var byStart = a.Diagnostic.Span.Start.CompareTo(b.Diagnostic.Span.Start);
            return byStart != 0 ? byStart : a.Order.CompareTo(b.Order);
        });
        var result = new Diagnostic[count];
        for (var i = 0; i < count; i++) result[i] = all[i].Diagnostic;
        return result;
    }
}
