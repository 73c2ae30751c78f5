using PySec.Syntax;
using PySec.Syntax.Green;

namespace PySec.Semantics;

/// <summary>
/// Finds the red node of a green node the walk recorded, creating only the red nodes on the path to it. The
/// model hands out red nodes (<see cref="Binding.Node"/>, <see cref="NameReference.Node"/> ...) through this,
/// on first use, so that building it creates almost none.
/// </summary>
internal sealed class NodeLocator
{
    private readonly SyntaxTree _tree;

    public NodeLocator(SyntaxTree tree)
    {
        _tree = tree;
        // SyntaxTree.Root is not safe to create from two threads at once; readers of the model may race.
        _ = tree.Root;
    }

    public SyntaxNode Find(GreenNode green, int position)
    {
        SyntaxNode root = _tree.Root;
        if (ReferenceEquals(root.Green, green)) return root;
        if (green.FullWidth > 0)
        {
            // The token at the node's start lies inside it, so the node is among that token's ancestors.
            for (var node = root.FindToken(position).Parent; node is not null; node = node.Parent)
                if (ReferenceEquals(node.Green, green) && node.Position == position) return node;
        }
        return Search(root, green, position);
    }

    /// <summary>A zero-width node has no token to be found by: search the nodes whose full span touches the position.</summary>
    private static SyntaxNode Search(SyntaxNode root, GreenNode green, int position)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var child in pending.Pop().ChildNodesAndTokens())
            {
                if (child.AsNode() is not { } node || node.Position > position || node.EndPosition < position) continue;
                if (ReferenceEquals(node.Green, green) && node.Position == position) return node;
                pending.Push(node);
            }
        }
        throw new InvalidOperationException($"no {green.Kind} node at {position} in this tree");
    }
}

/// <summary>Where a lazily created red node comes from, and the node once created.</summary>
internal struct LazyNode(NodeLocator locator, GreenNode green, int position)
{
    private SyntaxNode? _node;

    public readonly GreenNode Green => green;
    public readonly int Position => position;

    // Racing readers find the same red node (red children are published once), so a plain write is enough.
    public SyntaxNode Get() => _node ??= locator.Find(green, position);
}
