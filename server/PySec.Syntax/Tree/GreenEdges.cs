using PySec.Syntax.Green;

namespace PySec.Syntax;

/// <summary>
/// Questions about a whole green subtree asked by the red layer. Iterative because a left-nested chain such as
/// <c>1+1+1+...</c> can be many thousands of levels deep. (Edge trivia widths are GreenNode's own properties.)
/// </summary>
internal static class GreenEdges
{
    /// <summary>True when the subtree holds tokens and every one of them is missing.</summary>
    public static bool AllTokensMissing(GreenNode node)
    {
        if (node.IsToken || !node.ContainsErrors) return node.IsMissing;
        var sawToken = false;
        var stack = new Stack<GreenNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.IsToken)
            {
                if (!current.IsMissing) return false;
                sawToken = true;
                continue;
            }
            // Any real token disproves it, and the first one is usually reached at once: push in reverse.
            for (var i = current.SlotCount - 1; i >= 0; i--)
                if (current.GetSlot(i) is { } child) stack.Push(child);
        }
        return sawToken;
    }
}
