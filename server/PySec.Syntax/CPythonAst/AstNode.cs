using System.Numerics;

namespace PySec.Syntax.CPythonAst;

/// <summary>
/// One node of the CPython-shaped AST: CPython's class name, its fields in <c>_fields</c> order, then
/// the position attributes when the class has them. Field values are <see cref="AstNode"/>,
/// <see cref="IReadOnlyList{T}"/> of nodes, string, <see cref="BigInteger"/>, int, bool, double,
/// <see cref="AstComplex"/>, <see cref="AstBytes"/>, <see cref="AstEllipsis"/> or null.
/// </summary>
public sealed class AstNode
{
    // Context and operator nodes (Load, Add, ...) have no fields: the list is created on the first Add.
    private List<KeyValuePair<string, object?>>? _fields;

    public AstNode(string type) => Type = type;

    public string Type { get; }
    public IReadOnlyList<KeyValuePair<string, object?>> Fields => (IReadOnlyList<KeyValuePair<string, object?>>?)_fields ?? [];
    public AstPosition? Position { get; set; }

    public AstNode Add(string name, object? value)
    {
        (_fields ??= new(6)).Add(new(name, value));
        return this;
    }

    public object? this[string name]
    {
        get
        {
            foreach (var field in Fields)
                if (field.Key == name) return field.Value;
            return null;
        }
        set
        {
            _fields ??= new(6);
            for (var i = 0; i < _fields.Count; i++)
            {
                if (_fields[i].Key != name) continue;
                _fields[i] = new(name, value);
                return;
            }
            _fields.Add(new(name, value));
        }
    }

    public AstNode At(AstPosition position)
    {
        Position = position;
        return this;
    }

    public override string ToString() => CPythonAstJson.ToJson(this, indented: false);
}

/// <summary>CPython's location attributes: 1-based lines, columns in UTF-8 bytes from the start of the line.</summary>
public readonly record struct AstPosition(int Line, int Column, int EndLine, int EndColumn);

/// <summary>An imaginary literal's value (CPython complex with a zero real part).</summary>
public readonly record struct AstComplex(double Imaginary);

/// <summary>A bytes constant.</summary>
public sealed record AstBytes(byte[] Value);

/// <summary>The <c>...</c> constant.</summary>
public sealed class AstEllipsis
{
    public static readonly AstEllipsis Instance = new();
    private AstEllipsis() { }
}
