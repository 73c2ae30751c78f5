using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace PySec.Syntax.Tests.CPythonAst;

/// <summary>
/// Compares two AST JSON texts structurally after the version normalisations below, and names the first
/// differing node path with both values.
/// </summary>
internal static class AstJsonDiff
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 100_000 };
    private static readonly string[] PositionKeys = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

    // Python strings may hold lone surrogates, which System.Text.Json refuses to decode: keep their escapes as text.
    private static readonly Regex SurrogateEscape = new(@"(?<!\\)((?:\\\\)*)\\u(d[89a-f][0-9a-f]{2})", RegexOptions.CultureInvariant);

    public static JsonNode Parse(string json) =>
        JsonNode.Parse(SurrogateEscape.Replace(json, @"$1\\u$2"), documentOptions: Options)!;

    /// <summary>Null when equal, else "path: ours X, CPython Y".</summary>
    public static string? FirstDifference(string ours, string cpython)
    {
        var left = Parse(ours);
        var right = Parse(cpython);
        NormalizeCPython311(left);
        NormalizeCPython311(right);
        return FirstDifference(left, right, "");
    }

    /// <summary>
    /// CPython 3.11 differs from the 3.14 shape we emit in ways its output cannot express; erase exactly those:
    /// before 3.12 (PEP 701) the Constant and FormattedValue values of a JoinedStr, and a format_spec JoinedStr,
    /// all carry the position of the whole string literal instead of their own, so their positions are dropped
    /// on both sides. Positions of the expressions inside replacement fields are still compared, except the
    /// columns of an unparenthesised tuple (f"{a, b}"): 3.11 parses the field text wrapped in parentheses and
    /// spans the tuple over those invented parentheses, one column more on each side.
    /// </summary>
    public static void NormalizeCPython311(JsonNode root)
    {
        var pending = new Stack<(JsonNode Node, bool InsideJoinedStr)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, insideJoinedStr) = pending.Pop();
            if (node is JsonArray array)
            {
                foreach (var item in array)
                    if (item is not null) pending.Push((item, insideJoinedStr));
                continue;
            }
            if (node is not JsonObject obj) continue;
            var type = obj["_type"]?.GetValue<string>();
            if (insideJoinedStr && type is "Constant" or "FormattedValue" or "JoinedStr")
                foreach (var key in PositionKeys) obj.Remove(key);
            if (type == "FormattedValue" && obj["value"] is JsonObject { } value0 && value0["_type"]?.GetValue<string>() == "Tuple")
            {
                value0.Remove("col_offset");
                value0.Remove("end_col_offset");
            }
            foreach (var (key, value) in obj)
            {
                if (value is null) continue;
                // The values of a JoinedStr and its format specs are affected; a replacement field's expression is not.
                var childInside = type switch
                {
                    "JoinedStr" => key == "values",
                    "FormattedValue" => key == "format_spec",
                    _ => false,
                };
                pending.Push((value, childInside));
            }
        }
    }

    private static string? FirstDifference(JsonNode? ours, JsonNode? cpython, string path)
    {
        switch (ours, cpython)
        {
            case (null, null):
                return null;
            case (JsonObject a, JsonObject b):
            {
                var at = a["_type"] is { } t ? $"{path}<{t}>" : path;
                var keysA = a.Select(p => p.Key).ToList();
                var keysB = b.Select(p => p.Key).ToList();
                foreach (var key in keysA.Intersect(keysB))
                    if (FirstDifference(a[key], b[key], $"{at}.{key}") is { } difference) return difference;
                if (!keysA.SequenceEqual(keysB))
                    return $"{at}: keys ours [{string.Join(",", keysA)}], CPython [{string.Join(",", keysB)}]";
                return null;
            }
            case (JsonArray a, JsonArray b):
            {
                for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
                    if (FirstDifference(a[i], b[i], $"{path}[{i}]") is { } difference) return difference;
                return a.Count == b.Count ? null : $"{path}: {a.Count} items ours, {b.Count} CPython";
            }
            default:
                var textA = ours?.ToJsonString() ?? "null";
                var textB = cpython?.ToJsonString() ?? "null";
                return textA == textB ? null : $"{path}: ours {Shorten(textA)}, CPython {Shorten(textB)}";
        }
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "...";
}
