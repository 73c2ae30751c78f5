namespace PySec.Syntax;

/// <summary>
/// Dispatches on node type: <see cref="Visit"/> calls the Visit method of the node's class (generated, one per
/// node), whose default is <see cref="DefaultVisit"/>. Deep recursion is safe: when the stack runs low,
/// <see cref="Visit"/> continues on a fresh stack.
/// </summary>
public abstract partial class SyntaxVisitor
{
    public virtual void Visit(SyntaxNode? node)
    {
        if (node is null) return;
        if (StackGuard.IsStackLow) StackGuard.RunOnFreshStack(() => node.Accept(this));
        else node.Accept(this);
    }

    public virtual void DefaultVisit(SyntaxNode node)
    {
    }
}

/// <summary>The value-returning form of <see cref="SyntaxVisitor"/>.</summary>
public abstract partial class SyntaxVisitor<TResult>
{
    public virtual TResult? Visit(SyntaxNode? node)
    {
        if (node is null) return default;
        return StackGuard.IsStackLow ? StackGuard.RunOnFreshStack(() => node.Accept(this)) : node.Accept(this);
    }

    public virtual TResult? DefaultVisit(SyntaxNode node) => default;
}
