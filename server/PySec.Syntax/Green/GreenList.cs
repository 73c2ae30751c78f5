namespace PySec.Syntax.Green;

/// <summary>
/// The children of a list&lt;T&gt; or separated&lt;T&gt; field. In a separated list elements sit at even
/// indexes and separator tokens at odd ones.
/// </summary>
public sealed class GreenList : GreenNode
{
    private readonly GreenNode[] _children;

    public GreenList(GreenNode[] children) : base(SyntaxKind.List)
    {
        _children = children;
        var width = 0;
        var flags = GreenFlags.None;
        foreach (var child in children)
        {
            width += child.FullWidth;
            flags |= InheritedFlags(child);
        }
        FullWidth = width;
        Flags = flags;
    }

    /// <summary>Null for an empty list, so that empty list slots cost nothing.</summary>
    public static GreenList? Create(IReadOnlyCollection<GreenNode>? children) =>
        children is null || children.Count == 0 ? null : new GreenList([.. children]);

    public override bool IsList => true;
    public override int SlotCount => _children.Length;
    public override GreenNode? GetSlot(int index) => _children[index];
}
