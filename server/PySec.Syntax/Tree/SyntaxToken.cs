using PySec.Syntax.Green;
using PySec.Text;

namespace PySec.Syntax;

/// <summary>
/// A token in the red tree: a green token with its parent and absolute position. A cheap value; two tokens are
/// equal when they are the same token at the same place of the same tree. <c>default</c> is the "no token" value
/// (kind None, empty text) returned where a required slot was left empty.
/// </summary>
public readonly partial struct SyntaxToken : IEquatable<SyntaxToken>
{
    internal SyntaxToken(SyntaxNode? parent, GreenToken green, int position, int index)
    {
        Parent = parent;
        Green = green;
        Position = position;
        Index = index;
    }

    public SyntaxNode? Parent { get; }
    public GreenToken? Green { get; }

    /// <summary>Start of the full span: leading trivia included.</summary>
    public int Position { get; }

    /// <summary>Index of the token among its parent's <see cref="SyntaxNode.ChildNodesAndTokens"/>.</summary>
    public int Index { get; }

    public SyntaxKind Kind => Green?.Kind ?? SyntaxKind.None;
    public string Text => Green?.Text ?? string.Empty;
    public int Width => Green?.Width ?? 0;
    public int FullWidth => Green?.FullWidth ?? 0;
    public int EndPosition => Position + FullWidth;
    public TextSpan FullSpan => new(Position, FullWidth);
    public TextSpan Span => new(Position + (Green?.LeadingTriviaWidth ?? 0), Width);
    public bool IsMissing => Green?.IsMissing ?? false;
    public bool ContainsErrors => Green?.ContainsErrors ?? false;

    public SyntaxTriviaList LeadingTrivia => Green is null ? default : new SyntaxTriviaList(this, Green.Leading, Position);

    public SyntaxTriviaList TrailingTrivia =>
        Green is null ? default : new SyntaxTriviaList(this, Green.Trailing, Position + Green.LeadingTriviaWidth + Green.Width);

    /// <summary>The token's text with its trivia, exactly as in the source.</summary>
    public string ToFullString() => Green?.ToFullString() ?? string.Empty;

    /// <summary>The token's own text, without trivia.</summary>
    public override string ToString() => Text;

    public bool Equals(SyntaxToken other) =>
        ReferenceEquals(Parent, other.Parent) && ReferenceEquals(Green, other.Green) &&
        Position == other.Position && Index == other.Index;

    public override bool Equals(object? obj) => obj is SyntaxToken other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Parent, Green, Position, Index);

    public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);
    public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);
}
