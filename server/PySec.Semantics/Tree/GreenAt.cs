using PySec.Syntax;
using PySec.Syntax.Green;
using PySec.Text;

namespace PySec.Semantics;

/// <summary>
/// A green node at its absolute position: what the model's walk reads instead of red nodes. Creating the red node
/// of every node of a file costs more than the whole model may take (the budget), so the walk reads the
/// green tree and red nodes are made later, only for what a caller asks for (<see cref="NodeLocator"/>).
/// </summary>
internal readonly struct GreenAt(GreenNode green, int position)
{
    public GreenNode Green { get; } = green;

    /// <summary>Start of the full span, as <see cref="SyntaxNode.Position"/>.</summary>
    public int Position { get; } = position;

    public SyntaxKind Kind => Green.Kind;
    public TextSpan FullSpan => new(Position, Green.FullWidth);

    /// <summary>The same span as <see cref="SyntaxNode.Span"/> of the red node.</summary>
    public TextSpan Span
    {
        get
        {
            if (Green.FullWidth == 0) return new TextSpan(Position, 0);
            var start = Position + Green.LeadingTriviaWidth;
            var end = Position + Green.FullWidth - Green.TrailingTriviaWidth;
            return TextSpan.FromBounds(start, Math.Max(start, end));
        }
    }

    /// <summary>The node in <paramref name="slot"/>; null when the slot is empty or holds a token or a list.</summary>
    public GreenAt? Node(int slot)
    {
        var child = Green.GetSlot(slot);
        return child is null || child.IsToken || child.IsList ? null : new GreenAt(child, Position + Green.GetSlotOffset(slot));
    }

    /// <summary>The token in <paramref name="slot"/>; an absent token (empty text) when the slot holds none.</summary>
    public TokenAt Token(int slot) =>
        Green.GetSlot(slot) is GreenToken token ? new TokenAt(token, Position + Green.GetSlotOffset(slot)) : default;

    /// <summary>The list in <paramref name="slot"/>; empty when the slot is.</summary>
    public ListAt List(int slot, bool separated) =>
        Green.GetSlot(slot) is { IsList: true } list ? new ListAt(list, Position + Green.GetSlotOffset(slot), separated) : default;
}

/// <summary>A green token at its absolute position; <c>default</c> stands for an absent token.</summary>
internal readonly struct TokenAt(GreenToken? green, int position)
{
    public GreenToken? Green { get; } = green;
    public bool IsPresent => Green is not null;
    public string Text => Green?.Text ?? string.Empty;
    public bool IsMissing => Green?.IsMissing ?? false;

    /// <summary>The same span as <see cref="SyntaxToken.Span"/>.</summary>
    public TextSpan Span => new(position + (Green?.LeadingTriviaWidth ?? 0), Green?.Width ?? 0);
}

/// <summary>
/// The elements of a list&lt;T&gt; or separated&lt;T&gt; slot with their positions (separators skipped), enumerated
/// without allocating. Elements are nodes or, for token lists, tokens (<see cref="Token"/>).
/// </summary>
internal readonly struct ListAt(GreenNode? list, int position, bool separated)
{
    public int Count => list is null ? 0 : separated ? (list.SlotCount + 1) / 2 : list.SlotCount;

    public Enumerator GetEnumerator() => new(list, position, separated ? 2 : 1);

    public static TokenAt Token(GreenAt element) => element.Green is GreenToken token ? new TokenAt(token, element.Position) : default;

    public struct Enumerator(GreenNode? list, int position, int step)
    {
        private int _slot = -step;
        private int _position = position;
        private GreenNode? _current;

        public readonly GreenAt Current => new(_current!, _position);

        public bool MoveNext()
        {
            if (list is null) return false;
            if (_current is not null)
            {
                // Step over the current element and the separator after it.
                for (var i = _slot; i < _slot + step && i < list.SlotCount; i++) _position += list.GetSlot(i)!.FullWidth;
            }
            _slot += step;
            if (_slot >= list.SlotCount) return false;
            _current = list.GetSlot(_slot)!;
            return true;
        }
    }
}
