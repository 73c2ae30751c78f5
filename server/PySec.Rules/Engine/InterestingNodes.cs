using PySec.Syntax;
using PySec.Syntax.Green;

namespace PySec.Rules.Engine;

/// <summary>
/// The red nodes of the kinds some rule looks at, in document order, found by walking the green tree. Creating
/// every red node of a file costs more than parsing it; this creates only the wanted nodes and their ancestors.
/// The walk keeps the path from the root as an explicit stack (deep trees cannot overflow), and a red node is
/// made from its nearest realised ancestor when first needed.
/// </summary>
internal static class InterestingNodes
{
    private struct Frame(GreenNode green, int position, int slotInParent)
    {
        public readonly GreenNode Green = green;
        public readonly int Position = position;
        public readonly int SlotInParent = slotInParent;
        public SyntaxNode? Red;
        public int NextSlot;
        public int NextOffset;
    }

    /// <param name="wantedKinds">Indexed by kind: nodes of the kind are all wanted.</param>
    /// <param name="filteredKinds">Indexed by kind: some nodes of the kind are wanted, those <paramref name="accept"/> takes.</param>
    public static IEnumerable<SyntaxNode> Find(SyntaxTree tree, bool[] wantedKinds, bool[]? filteredKinds = null, Func<GreenNode, bool>? accept = null)
    {
        var path = new List<Frame> { new(tree.GreenRoot, 0, -1) { Red = tree.Root } };
        if (Wanted(tree.GreenRoot.Kind, wantedKinds)) yield return tree.Root;
        while (path.Count > 0)
        {
            var top = path.Count - 1;
            var frame = path[top];
            if (frame.NextSlot >= frame.Green.SlotCount)
            {
                path.RemoveAt(top);
                continue;
            }
            var slot = frame.NextSlot;
            var child = frame.Green.GetSlot(slot);
            var childPosition = frame.Position + frame.NextOffset;
            frame.NextSlot++;
            frame.NextOffset += child?.FullWidth ?? 0;
            path[top] = frame;
            if (child is null || child.IsToken) continue;
            path.Add(new Frame(child, childPosition, slot));
            if (child.IsList) continue;
            if (Wanted(child.Kind, wantedKinds) || (filteredKinds is not null && Wanted(child.Kind, filteredKinds) && accept!(child)))
                yield return Realise(path);
        }
    }

    private static bool Wanted(SyntaxKind kind, bool[] wantedKinds) => (int)kind < wantedKinds.Length && wantedKinds[(int)kind];

    /// <summary>The red node of the last frame, creating the red nodes between it and the nearest realised ancestor.</summary>
    private static SyntaxNode Realise(List<Frame> path)
    {
        var start = path.Count - 1;
        while (path[start].Red is null) start--;
        var red = path[start].Red!;
        for (var index = start + 1; index < path.Count; index++)
        {
            var frame = path[index];
            if (frame.Green.IsList) continue; // lists have no red node of their own: their items are the parent's children
            var parent = path[index - 1];
            red = (parent.Green.IsList
                    ? red.ChildNodeAtSlot(parent.SlotInParent, frame.SlotInParent)
                    : red.ChildNodeAtSlot(frame.SlotInParent))
                ?? throw new InvalidOperationException($"no {frame.Green.Kind} child at {frame.Position} under {red.Kind}");
            frame.Red = red;
            path[index] = frame;
        }
        return red;
    }
}
