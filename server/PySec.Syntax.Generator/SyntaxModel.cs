namespace PySec.Syntax.Generator;

/// <summary>The shape of one slot of a node.</summary>
public enum FieldShape
{
    Token,
    Node,
    List,
    SeparatedList,
}

/// <param name="ElementType">The node or abstract type name for node, list and separated fields;
/// null when the field (or the list's elements) are tokens. <c>Node</c> means any node.</param>
public sealed record SyntaxField(string Name, FieldShape Shape, string? ElementType, bool IsOptional, int Line)
{
    public bool IsTokenElement => ElementType is null;
    public bool IsListShape => Shape is FieldShape.List or FieldShape.SeparatedList;
}

/// <param name="Documentation">The comment lines directly above the declaration, without their '#'.</param>
public sealed record SyntaxTypeDeclaration(
    string Name, string? Base, bool IsAbstract, IReadOnlyList<SyntaxField> Fields, int Line, IReadOnlyList<string> Documentation);

public sealed record SyntaxModelError(int Line, string Message)
{
    public override string ToString() => $"Syntax.txt({Line}): {Message}";
}

public sealed record SyntaxModelParseResult(SyntaxModel? Model, IReadOnlyList<SyntaxModelError> Errors)
{
    public bool Succeeded => Model is not null;
}

/// <summary>The validated content of Syntax.txt: abstract categories and concrete nodes, in declaration order.</summary>
public sealed class SyntaxModel
{
    /// <summary>The field type meaning "any node"; it is not declared in the grammar.</summary>
    public const string AnyNodeType = "Node";

    internal SyntaxModel(IReadOnlyList<SyntaxTypeDeclaration> abstracts, IReadOnlyList<SyntaxTypeDeclaration> nodes)
    {
        Abstracts = abstracts;
        Nodes = nodes;
    }

    public IReadOnlyList<SyntaxTypeDeclaration> Abstracts { get; }
    public IReadOnlyList<SyntaxTypeDeclaration> Nodes { get; }

    public static SyntaxModelParseResult Parse(string text) => SyntaxModelParser.Parse(text);

    public bool IsAbstract(string name) => Abstracts.Any(a => a.Name == name);

    /// <summary>The concrete nodes a field of type <paramref name="typeName"/> accepts, in declaration order.</summary>
    public IReadOnlyList<SyntaxTypeDeclaration> ConcreteNodesOf(string typeName)
    {
        if (typeName == AnyNodeType) return Nodes;
        return Nodes.Where(n => IsSameOrDerived(n, typeName)).ToList();
    }

    private bool IsSameOrDerived(SyntaxTypeDeclaration node, string typeName)
    {
        if (node.Name == typeName) return true;
        // The parser rejected inheritance cycles, so this walk ends.
        var current = node.Base;
        while (current is not null)
        {
            if (current == typeName) return true;
            current = Abstracts.FirstOrDefault(a => a.Name == current)?.Base;
        }
        return false;
    }
}
