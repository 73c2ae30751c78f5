using PySec.Syntax.Green;

namespace PySec.Syntax;

/// <summary>
/// Trivia widths at the edges of a green subtree, found by walking down the first or last non-empty child.
/// Iterative because a left-nested chain such as <c>1+1+1+...</c> can be many thousands of levels deep.
/// </summary>
internal static class GreenEdges
{
    public static int LeadingTriviaWidth(GreenNode node)
    {
        while (true)
        {
            if (node is GreenToken token) return token.LeadingTriviaWidth;
            GreenNode? next = null;
            for (var i = 0; i < node.SlotCount; i++)
            {
                var child = node.GetSlot(i);
                if (child is { FullWidth: > 0 })
                {
                    next = child;
                    break;
                }
            }
            if (next is null) return 0;
            node = next;
        }
    }

    public static int TrailingTriviaWidth(GreenNode node)
    {
        while (true)
        {
            if (node is GreenToken token) return token.TrailingTriviaWidth;
            GreenNode? next = null;
            for (var i = node.SlotCount - 1; i >= 0; i--)
            {
                var child = node.GetSlot(i);
                if (child is { FullWidth: > 0 })
                {
                    next = child;
                    break;
                }
            }
            if (next is null) return 0;
            node = next;
        }
    }

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
