namespace PySec.Syntax;

/// <summary>How far a <see cref="SyntaxWalker"/> descends.</summary>
public enum SyntaxWalkerDepth
{
    /// <summary>Nodes only.</summary>
    Node,
    /// <summary>Nodes and tokens (<see cref="SyntaxWalker.VisitToken"/>).</summary>
    Token,
    /// <summary>Nodes, tokens and their trivia (<see cref="SyntaxWalker.VisitTrivia"/>).</summary>
    Trivia,
}

/// <summary>
/// Visits every descendant node depth-first in source order. Override a VisitX method and call the base to keep
/// descending; code after the base call runs after the node's children.
/// </summary>
public abstract class SyntaxWalker : SyntaxVisitor
{
    protected SyntaxWalker(SyntaxWalkerDepth depth = SyntaxWalkerDepth.Node) => Depth = depth;

    protected SyntaxWalkerDepth Depth { get; }

    public override void DefaultVisit(SyntaxNode node)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } childNode) Visit(childNode);
            else if (Depth >= SyntaxWalkerDepth.Token) VisitToken(child.AsToken());
        }
    }

    public virtual void VisitToken(SyntaxToken token)
    {
        if (Depth < SyntaxWalkerDepth.Trivia) return;
        foreach (var trivia in token.LeadingTrivia) VisitTrivia(trivia);
        foreach (var trivia in token.TrailingTrivia) VisitTrivia(trivia);
    }

    public virtual void VisitTrivia(SyntaxTrivia trivia)
    {
    }
}
