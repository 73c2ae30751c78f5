namespace PySec.Syntax.Generator;

/// <summary>How grammar names map to C# identifiers.</summary>
internal static class CSharpNames
{
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    ];

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static string Parameter(string fieldName)
    {
        var camel = Camel(fieldName);
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    public static string BackingField(string fieldName) => "_" + Camel(fieldName);

    /// <summary>The red class for a grammar type; <c>Node</c> is any node.</summary>
    public static string RedType(string grammarType) =>
        grammarType == SyntaxModel.AnyNodeType ? "SyntaxNode" : grammarType + "Syntax";
}
