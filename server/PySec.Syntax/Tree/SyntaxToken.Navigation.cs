namespace PySec.Syntax;

public readonly partial struct SyntaxToken
{
    /// <summary>
    /// The token after this one in source order, or null at the end of the tree. Zero-width tokens are skipped
    /// unless <paramref name="includeZeroWidth"/>, as in <see cref="SyntaxNode.GetFirstToken"/>.
    /// </summary>
    public SyntaxToken? GetNextToken(bool includeZeroWidth = false)
    {
        SyntaxNodeOrToken current = this;
        for (var parent = Parent; parent is not null; current = parent, parent = parent.Parent)
        {
            var passed = false;
            foreach (var child in parent.ChildNodesAndTokens())
            {
                if (!passed)
                {
                    passed = child == current;
                    continue;
                }
                if (FirstIn(child, includeZeroWidth) is { } found) return found;
            }
        }
        return null;
    }

    /// <summary>The token before this one in source order, or null at the start of the tree.</summary>
    public SyntaxToken? GetPreviousToken(bool includeZeroWidth = false)
    {
        SyntaxNodeOrToken current = this;
        for (var parent = Parent; parent is not null; current = parent, parent = parent.Parent)
        {
            var passed = false;
            foreach (var child in parent.ReverseChildren())
            {
                if (!passed)
                {
                    passed = child == current;
                    continue;
                }
                if (LastIn(child, includeZeroWidth) is { } found) return found;
            }
        }
        return null;
    }

    private static SyntaxToken? FirstIn(SyntaxNodeOrToken item, bool includeZeroWidth) =>
        item.AsNode() is { } node ? node.GetFirstToken(includeZeroWidth)
        : includeZeroWidth || item.AsToken().Width > 0 ? item.AsToken() : null;

    private static SyntaxToken? LastIn(SyntaxNodeOrToken item, bool includeZeroWidth) =>
        item.AsNode() is { } node ? node.GetLastToken(includeZeroWidth)
        : includeZeroWidth || item.AsToken().Width > 0 ? item.AsToken() : null;
}
