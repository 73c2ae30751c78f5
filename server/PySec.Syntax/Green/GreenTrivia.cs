using System.Text;

namespace PySec.Syntax.Green;

/// <summary>A piece of trivia: whitespace, a comment, a line continuation, a non-logical line break, skipped text.</summary>
public sealed class GreenTrivia
{
    public GreenTrivia(SyntaxKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    public SyntaxKind Kind { get; }
    public string Text { get; }
    public int Width => Text.Length;

    public static readonly GreenTrivia Space = new(SyntaxKind.WhitespaceTrivia, " ");
    public static readonly GreenTrivia LineFeed = new(SyntaxKind.NewLineTrivia, "\n");

    internal static int WidthOf(GreenTrivia[]? trivia)
    {
        if (trivia is null) return 0;
        var width = 0;
        foreach (var t in trivia) width += t.Width;
        return width;
    }

    internal static void WriteAll(GreenTrivia[]? trivia, StringBuilder builder)
    {
        if (trivia is null) return;
        foreach (var t in trivia) builder.Append(t.Text);
    }

    public override string ToString() => $"{Kind} \"{Text}\"";
}
