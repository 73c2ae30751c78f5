namespace PySec.Syntax.Green;

/// <summary>A node with a fixed number of slots (one per field in Syntax.txt). Null slots are absent optional children.</summary>
public sealed class GreenInnerNode : GreenNode
{
    private readonly GreenNode?[] _slots;

    public GreenInnerNode(SyntaxKind kind, GreenNode?[] slots) : base(kind)
    {
        _slots = slots;
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

    public override int SlotCount => _slots.Length;
    public override GreenNode? GetSlot(int index) => _slots[index];
}
