using PySec.Syntax.Green;
using PySec.Text;

namespace PySec.Syntax;

/// <summary>A piece of trivia with its absolute position and the token it belongs to.</summary>
public readonly struct SyntaxTrivia : IEquatable<SyntaxTrivia>
{
    internal SyntaxTrivia(SyntaxToken token, GreenTrivia green, int position)
    {
        Token = token;
        Green = green;
        Position = position;
    }

    public SyntaxToken Token { get; }
    public GreenTrivia? Green { get; }
    public int Position { get; }

    public SyntaxKind Kind => Green?.Kind ?? SyntaxKind.None;
    public string Text => Green?.Text ?? string.Empty;
    public int Width => Green?.Width ?? 0;

    /// <summary>Trivia has no trivia of its own, so its span and full span coincide.</summary>
    public TextSpan Span => new(Position, Width);

    public override string ToString() => Text;

    public bool Equals(SyntaxTrivia other) =>
        Token == other.Token && ReferenceEquals(Green, other.Green) && Position == other.Position;

    public override bool Equals(object? obj) => obj is SyntaxTrivia other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Token, Green, Position);
    public static bool operator ==(SyntaxTrivia left, SyntaxTrivia right) => left.Equals(right);
    public static bool operator !=(SyntaxTrivia left, SyntaxTrivia right) => !left.Equals(right);
}
