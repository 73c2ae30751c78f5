namespace PySec.Syntax.Green;

/// <summary>
/// A node with a fixed number of slots (one per field in Syntax.txt). Null slots are absent optional children.
/// Nodes of up to six slots keep them in fields rather than an array: trees are built for every keystroke and
/// the array (its header, length and the pointer to it) was a third of each node's size.
/// </summary>
public abstract class GreenInnerNode : GreenNode
{
    private protected GreenInnerNode(SyntaxKind kind, ReadOnlySpan<GreenNode?> slots) : base(kind)
    {
        var width = 0;
        var flags = GreenFlags.None;
        foreach (var slot in slots)
        {
            if (slot is null) continue;
            width += slot.FullWidth;
            flags |= InheritedFlags(slot);
        }
        FullWidth = width;
        Flags = flags;
    }

    public static GreenInnerNode Create(SyntaxKind kind, params ReadOnlySpan<GreenNode?> slots) => slots.Length switch
    {
        1 => new WithOne(kind, slots),
        2 => new WithTwo(kind, slots),
        3 => new WithThree(kind, slots),
        4 => new WithFour(kind, slots),
        5 => new WithFive(kind, slots),
        6 => new WithSix(kind, slots),
        _ => new WithMany(kind, slots),
    };

    private sealed class WithOne(SyntaxKind kind, ReadOnlySpan<GreenNode?> s) : GreenInnerNode(kind, s)
    {
        private readonly GreenNode? _0 = s[0];
        public override int SlotCount => 1;
        public override GreenNode? GetSlot(int index) => index == 0 ? _0 : throw new ArgumentOutOfRangeException(nameof(index));
    }

    private sealed class WithTwo(SyntaxKind kind, ReadOnlySpan<GreenNode?> s) : GreenInnerNode(kind, s)
    {
        private readonly GreenNode? _0 = s[0], _1 = s[1];
        public override int SlotCount => 2;
        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => _0, 1 => _1,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithThree(SyntaxKind kind, ReadOnlySpan<GreenNode?> s) : GreenInnerNode(kind, s)
    {
        private readonly GreenNode? _0 = s[0], _1 = s[1], _2 = s[2];
        public override int SlotCount => 3;
        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => _0, 1 => _1, 2 => _2,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithFour(SyntaxKind kind, ReadOnlySpan<GreenNode?> s) : GreenInnerNode(kind, s)
    {
        private readonly GreenNode? _0 = s[0], _1 = s[1], _2 = s[2], _3 = s[3];
        public override int SlotCount => 4;
        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => _0, 1 => _1, 2 => _2, 3 => _3,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithFive(SyntaxKind kind, ReadOnlySpan<GreenNode?> s) : GreenInnerNode(kind, s)
    {
        private readonly GreenNode? _0 = s[0], _1 = s[1], _2 = s[2], _3 = s[3], _4 = s[4];
        public override int SlotCount => 5;
        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => _0, 1 => _1, 2 => _2, 3 => _3, 4 => _4,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithSix(SyntaxKind kind, ReadOnlySpan<GreenNode?> s) : GreenInnerNode(kind, s)
    {
        private readonly GreenNode? _0 = s[0], _1 = s[1], _2 = s[2], _3 = s[3], _4 = s[4], _5 = s[5];
        public override int SlotCount => 6;
        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => _0, 1 => _1, 2 => _2, 3 => _3, 4 => _4, 5 => _5,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithMany(SyntaxKind kind, ReadOnlySpan<GreenNode?> s) : GreenInnerNode(kind, s)
    {
        private readonly GreenNode?[] _slots = s.ToArray();
        public override int SlotCount => _slots.Length;
        public override GreenNode? GetSlot(int index) => _slots[index];
    }
}
