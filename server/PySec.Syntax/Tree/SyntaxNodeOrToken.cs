using PySec.Text;

namespace PySec.Syntax;

/// <summary>Either a node or a token: one child of a node, as returned by <see cref="SyntaxNode.ChildNodesAndTokens"/>.</summary>
public readonly struct SyntaxNodeOrToken : IEquatable<SyntaxNodeOrToken>
{
    private readonly SyntaxNode? _node;
    private readonly SyntaxToken _token;

    public SyntaxNodeOrToken(SyntaxNode node)
    {
        _node = node;
        _token = default;
    }

    public SyntaxNodeOrToken(SyntaxToken token)
    {
        _node = null;
        _token = token;
    }

    public bool IsNode => _node is not null;
    public bool IsToken => _node is null && _token.Green is not null;

    public SyntaxNode? AsNode() => _node;
    public SyntaxToken AsToken() => _token;

    public SyntaxNode? Parent => _node is not null ? _node.Parent : _token.Parent;
    public SyntaxKind Kind => _node?.Kind ?? _token.Kind;
    public int Position => _node?.Position ?? _token.Position;
    public TextSpan FullSpan => _node?.FullSpan ?? _token.FullSpan;
    public TextSpan Span => _node?.Span ?? _token.Span;
    public bool IsMissing => _node?.IsMissing ?? _token.IsMissing;
    public bool ContainsErrors => _node?.ContainsErrors ?? _token.ContainsErrors;

    public string ToFullString() => _node?.ToFullString() ?? _token.ToFullString();
    public override string ToString() => _node?.ToString() ?? _token.ToString();

    public static implicit operator SyntaxNodeOrToken(SyntaxNode node) => new(node);
    public static implicit operator SyntaxNodeOrToken(SyntaxToken token) => new(token);

    public bool Equals(SyntaxNodeOrToken other) => ReferenceEquals(_node, other._node) && _token == other._token;
    public override bool Equals(object? obj) => obj is SyntaxNodeOrToken other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(_node, _token);
    public static bool operator ==(SyntaxNodeOrToken left, SyntaxNodeOrToken right) => left.Equals(right);
    public static bool operator !=(SyntaxNodeOrToken left, SyntaxNodeOrToken right) => !left.Equals(right);
}
