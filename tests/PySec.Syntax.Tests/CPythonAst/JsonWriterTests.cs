using System.Numerics;
using PySec.Syntax.CPythonAst;

namespace PySec.Syntax.Tests.CPythonAst;

public class JsonWriterTests
{
    private static AstNode Sample() =>
        new AstNode("Module")
            .Add("body", new List<AstNode>
            {
                new AstNode("Expr").Add("value", new AstNode("Constant").Add("value", "\u00e9\"\\\n\u007f\U0001F600\t").Add("kind", null).At(new(1, 0, 1, 9)))
                    .At(new(1, 0, 1, 9)),
                new AstNode("Global").Add("names", new List<string> { "a", "b" }).At(new(2, 0, 2, 11)),
                new AstNode("Expr").Add("value", new AstNode("Tuple").Add("elts", new List<AstNode?>
                {
                    new AstNode("Constant").Add("value", BigInteger.Parse("123456789012345678901234567890")).Add("kind", null),
                    new AstNode("Constant").Add("value", 1e16).Add("kind", "u"),
                    new AstNode("Constant").Add("value", double.PositiveInfinity).Add("kind", null),
                    new AstNode("Constant").Add("value", new AstComplex(2)).Add("kind", null),
                    new AstNode("Constant").Add("value", new AstBytes([0, 65, 255])).Add("kind", null),
                    new AstNode("Constant").Add("value", AstEllipsis.Instance).Add("kind", null),
                    new AstNode("Constant").Add("value", true).Add("kind", null),
                    null,
                }).Add("ctx", new AstNode("Load"))),
            })
            .Add("type_ignores", new List<AstNode>());

    // Both expectations were produced by Python's json.dumps of the same structure.
    [Fact]
    public void Compact_output_matches_python_json_dumps()
    {
        const string expected =
            "{\"_type\":\"Module\",\"body\":[{\"_type\":\"Expr\",\"value\":{\"_type\":\"Constant\",\"value\":\"\\u00e9\\\"\\\\\\n\\u007f\\ud83d\\ude00\\t\",\"kind\":null," +
            "\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,\"end_col_offset\":9},\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,\"end_col_offset\":9}," +
            "{\"_type\":\"Global\",\"names\":[\"a\",\"b\"],\"lineno\":2,\"col_offset\":0,\"end_lineno\":2,\"end_col_offset\":11}," +
            "{\"_type\":\"Expr\",\"value\":{\"_type\":\"Tuple\",\"elts\":[{\"_type\":\"Constant\",\"value\":123456789012345678901234567890,\"kind\":null}," +
            "{\"_type\":\"Constant\",\"value\":1e+16,\"kind\":\"u\"},{\"_type\":\"Constant\",\"value\":{\"_float\":\"inf\"},\"kind\":null}," +
            "{\"_type\":\"Constant\",\"value\":{\"_complex\":\"2j\"},\"kind\":null},{\"_type\":\"Constant\",\"value\":{\"_bytes\":\"\\u0000A\\u00ff\"},\"kind\":null}," +
            "{\"_type\":\"Constant\",\"value\":{\"_type\":\"Ellipsis\"},\"kind\":null},{\"_type\":\"Constant\",\"value\":true,\"kind\":null},null]," +
            "\"ctx\":{\"_type\":\"Load\"}}}],\"type_ignores\":[]}";
        Assert.Equal(expected, CPythonAstJson.ToJson(Sample(), indented: false));
    }

    [Fact]
    public void Indented_output_matches_python_json_dumps_with_indent_2()
    {
        var node = new AstNode("Module")
            .Add("body", new List<AstNode> { new AstNode("Pass").At(new(1, 0, 1, 4)) })
            .Add("type_ignores", new List<AstNode>());
        const string expected = """
            {
              "_type": "Module",
              "body": [
                {
                  "_type": "Pass",
                  "lineno": 1,
                  "col_offset": 0,
                  "end_lineno": 1,
                  "end_col_offset": 4
                }
              ],
              "type_ignores": []
            }
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), CPythonAstJson.ToJson(node, indented: true));
    }

    [Fact]
    public void Indented_constants_that_json_cannot_express_are_nested_objects()
    {
        var node = new AstNode("Tuple").Add("elts", new List<AstNode>
        {
            new AstNode("Constant").Add("value", AstEllipsis.Instance),
            new AstNode("Constant").Add("value", double.NaN),
        });
        // json.dumps({"_type": "Tuple", "elts": [{"_type": "Constant", "value": {"_type": "Ellipsis"}},
        //     {"_type": "Constant", "value": {"_float": "nan"}}]}, indent=2)
        const string expected = """
            {
              "_type": "Tuple",
              "elts": [
                {
                  "_type": "Constant",
                  "value": {
                    "_type": "Ellipsis"
                  }
                },
                {
                  "_type": "Constant",
                  "value": {
                    "_float": "nan"
                  }
                }
              ]
            }
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), CPythonAstJson.ToJson(node, indented: true));
    }

    [Fact]
    public void Deep_trees_are_written_without_recursion()
    {
        var node = new AstNode("Name").Add("id", "x");
        for (var i = 0; i < 200_000; i++) node = new AstNode("UnaryOp").Add("op", new AstNode("Not")).Add("operand", node);
        var json = CPythonAstJson.ToJson(node, indented: false);
        Assert.StartsWith("{\"_type\":\"UnaryOp\",\"op\":{\"_type\":\"Not\"},\"operand\":{\"_type\":\"UnaryOp\"", json);
        Assert.EndsWith("\"id\":\"x\"" + new string('}', 200_001), json);
    }
}
