namespace PySec.Syntax.Generator;

public static partial class SyntaxCodeWriter
{
    private static string WriteGreenFactory(SyntaxModel model)
    {
        var code = NewFile("System.Diagnostics");
        code.Line("namespace PySec.Syntax.Green;");
        code.Line();
        code.Line("/// <summary>");
        code.Line("/// Builds green nodes with their slots in Syntax.txt field order. Optional slots and empty lists are null.");
        code.Line("/// DEBUG builds check that required slots are present and that every child has a kind its field allows.");
        code.Line("/// </summary>");
        code.Open("public static partial class GreenFactory");
        foreach (var node in model.Nodes)
        {
            WriteFactoryMethod(model, code, node);
            code.Line();
        }
        WriteFactoryChecks(code);
        code.Close();
        return code.ToString();
    }

    private static void WriteFactoryMethod(SyntaxModel model, CodeBuilder code, SyntaxTypeDeclaration node)
    {
        var parameters = node.Fields.Select(f => $"{GreenParameterType(f)} {CSharpNames.Parameter(f.Name)}");
        code.Summary(node.Documentation);
        code.Open($"public static GreenInnerNode {node.Name}({string.Join(", ", parameters)})");
        foreach (var field in node.Fields)
        {
            var name = CSharpNames.Parameter(field.Name);
            var label = $"\"{node.Name}.{field.Name}\"";
            var required = field.IsOptional || field.IsListShape ? "false" : "true";
            switch (field.Shape)
            {
                case FieldShape.Token:
                    code.Line($"CheckToken({name}, {required}, {label});");
                    break;
                case FieldShape.Node:
                    code.Line($"CheckNode({name}, {required}, {KindPredicate(model, field.ElementType!)}, {label});");
                    break;
                default:
                    var separated = field.Shape == FieldShape.SeparatedList ? "true" : "false";
                    var element = field.IsTokenElement ? "null" : KindPredicate(model, field.ElementType!);
                    code.Line($"CheckList({name}, {element}, {separated}, {label});");
                    break;
            }
        }
        var slots = string.Join(", ", node.Fields.Select(f => CSharpNames.Parameter(f.Name)));
        code.Line($"return GreenInnerNode.Create(SyntaxKind.{node.Name}, {slots});");
        code.Close();
    }

    private static string GreenParameterType(SyntaxField field) => field.Shape switch
    {
        FieldShape.Token => field.IsOptional ? "GreenToken?" : "GreenToken",
        FieldShape.Node => field.IsOptional ? "GreenNode?" : "GreenNode",
        _ => "GreenList?",
    };

    private static void WriteFactoryChecks(CodeBuilder code)
    {
        string[] lines =
        [
            "private static bool IsTokenKind(SyntaxKind kind) => kind > SyntaxKind.None && kind < SyntaxKind.WhitespaceTrivia;",
            "",
            "[Conditional(\"DEBUG\")]",
            "private static void CheckToken(GreenToken? token, bool required, string field)",
            "{",
            "    Debug.Assert(token is not null || !required, $\"{field} is required\");",
            "    Debug.Assert(token is null || IsTokenKind(token.Kind), $\"{field} holds {token?.Kind}, which is not a token kind\");",
            "}",
            "",
            "[Conditional(\"DEBUG\")]",
            "private static void CheckNode(GreenNode? node, bool required, Func<SyntaxKind, bool> allowed, string field)",
            "{",
            "    Debug.Assert(node is not null || !required, $\"{field} is required\");",
            "    Debug.Assert(node is null || (!node.IsToken && !node.IsList && allowed(node.Kind)), $\"{field} cannot hold {node?.Kind}\");",
            "}",
            "",
            "/// <param name=\"element\">Which node kinds the list holds; null for a list of tokens.</param>",
            "[Conditional(\"DEBUG\")]",
            "private static void CheckList(GreenList? list, Func<SyntaxKind, bool>? element, bool separated, string field)",
            "{",
            "    if (list is null) return;",
            "    Debug.Assert(list.SlotCount > 0, $\"{field}: an empty list must be null\");",
            "    for (var i = 0; i < list.SlotCount; i++)",
            "    {",
            "        var child = list.GetSlot(i);",
            "        Debug.Assert(child is not null, $\"{field}[{i}] is null\");",
            "        if (child is null) continue;",
            "        if ((separated && i % 2 == 1) || element is null)",
            "            Debug.Assert(child.IsToken && IsTokenKind(child.Kind), $\"{field}[{i}] must be a token, not {child.Kind}\");",
            "        else",
            "            Debug.Assert(!child.IsToken && !child.IsList && element(child.Kind), $\"{field}[{i}] cannot hold {child.Kind}\");",
            "    }",
            "}",
        ];
        foreach (var line in lines) code.Line(line);
    }

    private static string WriteCategories(SyntaxModel model)
    {
        var code = NewFile();
        code.Line("namespace PySec.Syntax;");
        code.Line();
        code.Line("/// <summary>Which node kinds belong to each abstract category of Syntax.txt.</summary>");
        code.Open("public static partial class SyntaxNodeCategories");
        code.Line("/// <summary>True for the kind of any concrete node (not tokens, trivia or lists).</summary>");
        WriteKindSet(code, "IsNode", model.Nodes);
        foreach (var category in model.Abstracts)
        {
            code.Line();
            WriteKindSet(code, "Is" + category.Name, model.ConcreteNodesOf(category.Name));
        }
        code.Close();
        return code.ToString();
    }

    private static void WriteKindSet(CodeBuilder code, string method, IReadOnlyList<SyntaxTypeDeclaration> nodes)
    {
        if (nodes.Count == 0)
        {
            code.Line($"public static bool {method}(SyntaxKind kind) => false;");
            return;
        }
        code.Line($"public static bool {method}(SyntaxKind kind) => kind is");
        for (var i = 0; i < nodes.Count; i++)
            code.Line($"    {(i == 0 ? "" : "or ")}SyntaxKind.{nodes[i].Name}{(i == nodes.Count - 1 ? ";" : "")}");
    }

    private static string WriteSlots(SyntaxModel model)
    {
        var code = NewFile();
        code.Line("namespace PySec.Syntax.Green;");
        code.Line();
        code.Line("/// <summary>");
        code.Line("/// The slot index of every field of every node, in Syntax.txt field order, for code that reads green nodes");
        code.Line("/// directly: <c>node.GetSlot(SyntaxSlots.BinaryExpression.Operator)</c>. <c>Count</c> is the node's slot count.");
        code.Line("/// </summary>");
        code.Open("public static class SyntaxSlots");
        for (var n = 0; n < model.Nodes.Count; n++)
        {
            var node = model.Nodes[n];
            if (n > 0) code.Line();
            code.Open($"public static class {node.Name}");
            for (var slot = 0; slot < node.Fields.Count; slot++)
                code.Line($"public const int {node.Fields[slot].Name} = {slot};");
            code.Line($"public const int Count = {node.Fields.Count};");
            code.Close();
        }
        code.Close();
        return code.ToString();
    }
}
