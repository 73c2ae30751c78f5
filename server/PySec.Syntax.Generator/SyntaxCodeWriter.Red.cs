namespace PySec.Syntax.Generator;

public static partial class SyntaxCodeWriter
{
    private static string WriteRedNodes(SyntaxModel model)
    {
        var code = NewFile("PySec.Syntax.Green");
        code.Line("namespace PySec.Syntax;");
        foreach (var category in model.Abstracts)
        {
            code.Line();
            code.Summary(category.Documentation);
            code.Open($"public abstract partial class {category.Name}Syntax : {BaseClass(category)}");
            code.Line($"private protected {category.Name}Syntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) {{ }}");
            code.Close();
        }
        foreach (var node in model.Nodes)
        {
            code.Line();
            WriteRedNode(code, node);
        }
        return code.ToString();
    }

    private static string BaseClass(SyntaxTypeDeclaration declaration) =>
        declaration.Base is null ? "SyntaxNode" : declaration.Base + "Syntax";

    private static void WriteRedNode(CodeBuilder code, SyntaxTypeDeclaration node)
    {
        var className = node.Name + "Syntax";
        code.Summary(node.Documentation);
        code.Open($"public sealed partial class {className} : {BaseClass(node)}");
        var cached = node.Fields.Select((f, slot) => (Field: f, Slot: slot)).Where(x => x.Field.Shape != FieldShape.Token).ToList();
        foreach (var (field, _) in cached) code.Line($"private SyntaxNode? {CSharpNames.BackingField(field.Name)};");
        if (cached.Count > 0) code.Line();

        code.Line($"internal {className}(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) {{ }}");
        code.Line();

        for (var slot = 0; slot < node.Fields.Count; slot++)
            code.Line(RedProperty(node.Fields[slot], slot));
        code.Line();

        if (cached.Count == 0)
        {
            code.Line("internal override SyntaxNode? GetNodeSlot(int index) => null;");
        }
        else
        {
            code.Line("internal override SyntaxNode? GetNodeSlot(int index) => index switch");
            code.Line("{");
            foreach (var (field, slot) in cached)
                code.Line($"    {slot} => GetRed(ref {CSharpNames.BackingField(field.Name)}, {slot}),");
            code.Line("    _ => null,");
            code.Line("};");
        }
        code.Line();
        code.Line($"public override void Accept(SyntaxVisitor visitor) => visitor.Visit{node.Name}(this);");
        code.Line($"public override TResult? Accept<TResult>(SyntaxVisitor<TResult> visitor) where TResult : default => visitor.Visit{node.Name}(this);");
        code.Close();
    }

    private static string RedProperty(SyntaxField field, int slot)
    {
        var backing = field.Shape == FieldShape.Token ? "" : CSharpNames.BackingField(field.Name);
        switch (field.Shape)
        {
            case FieldShape.Token:
                return field.IsOptional
                    ? $"public SyntaxToken? {field.Name} => GetOptionalToken({slot});"
                    : $"public SyntaxToken {field.Name} => GetToken({slot});";
            case FieldShape.Node:
                var type = CSharpNames.RedType(field.ElementType!);
                return field.IsOptional
                    ? $"public {type}? {field.Name} => ({type}?)GetRed(ref {backing}, {slot});"
                    : $"public {type} {field.Name} => ({type})GetRed(ref {backing}, {slot})!;";
            case FieldShape.List when field.IsTokenElement:
                return $"public SyntaxTokenList {field.Name} => new(GetRed(ref {backing}, {slot}));";
            case FieldShape.SeparatedList when field.IsTokenElement:
                return $"public SeparatedSyntaxTokenList {field.Name} => new(GetRed(ref {backing}, {slot}));";
            case FieldShape.List:
                return $"public SyntaxList<{CSharpNames.RedType(field.ElementType!)}> {field.Name} => new(GetRed(ref {backing}, {slot}));";
            default:
                return $"public SeparatedSyntaxList<{CSharpNames.RedType(field.ElementType!)}> {field.Name} => new(GetRed(ref {backing}, {slot}));";
        }
    }

    private static string WriteCreateRed(SyntaxModel model)
    {
        var code = NewFile("PySec.Syntax.Green");
        code.Line("namespace PySec.Syntax;");
        code.Line();
        code.Open("public abstract partial class SyntaxNode");
        code.Line("/// <summary>Wraps a green node (not a token or list) in its red class.</summary>");
        code.Line("internal static SyntaxNode CreateRed(GreenNode green, SyntaxNode? parent, int position) => green.Kind switch");
        code.Line("{");
        foreach (var node in model.Nodes)
            code.Line($"    SyntaxKind.{node.Name} => new {node.Name}Syntax(green, parent, position),");
        code.Line("    _ => throw new ArgumentException($\"{green.Kind} is not a node kind\", nameof(green)),");
        code.Line("};");
        code.Close();
        return code.ToString();
    }

    private static string WriteVisitors(SyntaxModel model)
    {
        var code = NewFile();
        code.Line("namespace PySec.Syntax;");
        code.Line();
        code.Open("public abstract partial class SyntaxVisitor");
        foreach (var node in model.Nodes)
            code.Line($"public virtual void Visit{node.Name}({node.Name}Syntax node) => DefaultVisit(node);");
        code.Close();
        code.Line();
        code.Open("public abstract partial class SyntaxVisitor<TResult>");
        foreach (var node in model.Nodes)
            code.Line($"public virtual TResult? Visit{node.Name}({node.Name}Syntax node) => DefaultVisit(node);");
        code.Close();
        return code.ToString();
    }
}
