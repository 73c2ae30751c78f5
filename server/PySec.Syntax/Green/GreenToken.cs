using System.Text;

namespace PySec.Syntax.Green;

/// <summary>
/// A token with its trivia. Leading trivia is everything between the previous token and this one
/// (indentation, blank lines, comment lines, skipped tokens); trailing trivia is whitespace, a comment
/// and line continuations up to, not including, the next line break.
/// </summary>
public sealed class GreenToken : GreenNode
{
    private static readonly GreenTrivia[] NoTrivia = [];

    public GreenToken(SyntaxKind kind, string text, GreenTrivia[]? leading = null, GreenTrivia[]? trailing = null, bool isMissing = false)
        : base(kind)
    {
        Text = text;
        Leading = leading is { Length: > 0 } ? leading : null;
        Trailing = trailing is { Length: > 0 } ? trailing : null;
        FullWidth = text.Length + GreenTrivia.WidthOf(Leading) + GreenTrivia.WidthOf(Trailing);
        var flags = isMissing ? GreenFlags.IsMissing | GreenFlags.ContainsErrors : GreenFlags.None;
        if (HasSkipped(Leading) || HasSkipped(Trailing)) flags |= GreenFlags.ContainsErrors;
        Flags = flags;
    }

    /// <summary>A zero-width token standing for one the source lacks.</summary>
    public static GreenToken Missing(SyntaxKind kind) => new(kind, string.Empty, isMissing: true);

    /// <summary>The token's own text (no trivia). For a missing token, empty.</summary>
    public string Text { get; }
    public int Width => Text.Length;
    public IReadOnlyList<GreenTrivia> LeadingTrivia => Leading ?? NoTrivia;
    public IReadOnlyList<GreenTrivia> TrailingTrivia => Trailing ?? NoTrivia;
    internal GreenTrivia[]? Leading { get; }
    internal GreenTrivia[]? Trailing { get; }

    public override bool IsToken => true;
    public override int LeadingTriviaWidth => GreenTrivia.WidthOf(Leading);
    public override int TrailingTriviaWidth => GreenTrivia.WidthOf(Trailing);

    public GreenToken WithKind(SyntaxKind kind) => new(kind, Text, Leading, Trailing, IsMissing);
    public GreenToken WithLeadingTrivia(GreenTrivia[]? leading) => new(Kind, Text, leading, Trailing, IsMissing);
    public GreenToken WithTrailingTrivia(GreenTrivia[]? trailing) => new(Kind, Text, Leading, trailing, IsMissing);

    internal void WriteTokenTo(StringBuilder builder)
    {
        GreenTrivia.WriteAll(Leading, builder);
        builder.Append(Text);
        GreenTrivia.WriteAll(Trailing, builder);
    }

    private static bool HasSkipped(GreenTrivia[]? trivia)
    {
        if (trivia is null) return false;
        foreach (var t in trivia)
            if (t.Kind == SyntaxKind.SkippedTokenTrivia) return true;
        return false;
    }

    public override string ToString() => $"{Kind} \"{Text}\"";
}
