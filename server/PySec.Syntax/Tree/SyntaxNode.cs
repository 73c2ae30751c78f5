using PySec.Syntax.Green;
using PySec.Text;

namespace PySec.Syntax;

/// <summary>
/// A node of the red tree: a green node plus its parent and absolute position. Red nodes are created on demand
/// when a parent's child is first asked for, then cached, so an unexplored subtree costs nothing.
/// Lists (list&lt;T&gt; and separated&lt;T&gt; fields) are transparent: their elements and separator tokens have
/// the node owning the field as parent and appear among its children.
/// <para>
/// Typed accessors (generated from Syntax.txt) follow one convention: an optional token (<c>token?</c>) is a
/// <c>SyntaxToken?</c> that is null when absent; a required token is a <see cref="SyntaxToken"/> that is always
/// there but may be <see cref="SyntaxToken.IsMissing"/> (zero-width, invented by the parser). Optional nodes are
/// nullable references; lists are value views that are empty, never null, when the source has no element.
/// </para>
/// </summary>
public abstract partial class SyntaxNode
{
    private protected SyntaxNode(GreenNode green, SyntaxNode? parent, int position)
    {
        Green = green;
        Parent = parent;
        Position = position;
    }

    public GreenNode Green { get; }
    public SyntaxNode? Parent { get; }

    /// <summary>Start of the full span: the first token's leading trivia included.</summary>
    public int Position { get; }

    public SyntaxKind Kind => Green.Kind;
    public int EndPosition => Position + Green.FullWidth;
    public TextSpan FullSpan => new(Position, Green.FullWidth);

    /// <summary>The full span without the first token's leading trivia and the last token's trailing trivia.</summary>
    public TextSpan Span
    {
        get
        {
            if (Green.FullWidth == 0) return new TextSpan(Position, 0);
            var start = Position + Green.LeadingTriviaWidth;
            var end = EndPosition - Green.TrailingTriviaWidth;
            return TextSpan.FromBounds(start, Math.Max(start, end));
        }
    }

    /// <summary>True when the node stands for source that is absent: all its tokens are missing.</summary>
    public bool IsMissing => GreenEdges.AllTokensMissing(Green);

    /// <summary>This node or a descendant is missing or holds skipped-token trivia.</summary>
    public bool ContainsErrors => Green.ContainsErrors;

    /// <summary>Builds the red root over a parsed green tree; its runtime type is the node's class (ModuleSyntax for a Module).</summary>
    public static SyntaxNode CreateRoot(GreenNode green)
    {
        ArgumentNullException.ThrowIfNull(green);
        if (green.IsToken) throw new ArgumentException("a token cannot be the root of a tree", nameof(green));
        return green.IsList ? new SyntaxListNode(green, null, 0, -1) : CreateRed(green, null, 0);
    }

    /// <summary>The red node of a node or list slot (created on first use); null for token and empty slots.</summary>
    internal abstract SyntaxNode? GetNodeSlot(int index);

    public abstract void Accept(SyntaxVisitor visitor);
    public abstract TResult? Accept<TResult>(SyntaxVisitor<TResult> visitor);

    /// <summary>Exact source text of the node, trivia included.</summary>
    public string ToFullString() => Green.ToFullString();

    /// <summary>Source text of <see cref="Span"/>.</summary>
    public override string ToString()
    {
        var span = Span;
        return span.IsEmpty ? string.Empty : ToFullString().Substring(span.Start - Position, span.Length);
    }

    /// <summary>
    /// Returns the cached red child of <paramref name="slot"/>, creating it on first use. Racing threads may both
    /// build one; only the first published is ever returned, so callers always see a single child instance.
    /// </summary>
    private protected SyntaxNode? GetRed(ref SyntaxNode? field, int slot)
    {
        var red = Volatile.Read(ref field);
        if (red is not null) return red;
        var green = Green.GetSlot(slot);
        if (green is null || green.IsToken) return null;
        var position = Position + Green.GetSlotOffset(slot);
        var created = green.IsList ? new SyntaxListNode(green, this, position, slot) : CreateRed(green, this, position);
        return Interlocked.CompareExchange(ref field, created, null) ?? created;
    }

    /// <summary>The token in <paramref name="slot"/>; a default token (kind None) if the slot is empty.</summary>
    private protected SyntaxToken GetToken(int slot) => GetOptionalToken(slot) ?? default;

    private protected SyntaxToken? GetOptionalToken(int slot) =>
        Green.GetSlot(slot) is GreenToken token
            ? new SyntaxToken(this, token, Position + Green.GetSlotOffset(slot), ChildIndexOfSlot(slot))
            : null;

    /// <summary>Index in <see cref="ChildNodesAndTokens"/> of the first child coming from <paramref name="slot"/>.</summary>
    internal int ChildIndexOfSlot(int slot)
    {
        var index = 0;
        for (var i = 0; i < slot; i++)
        {
            var child = Green.GetSlot(i);
            if (child is null) continue;
            index += child.IsList ? child.SlotCount : 1;
        }
        return index;
    }
}
