using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PySec.Rules.Loading;

/// <summary>
/// A YAML file read as JSON (the shape the schema validates) together with the line of every value, keyed by
/// JSON pointer, so that schema and semantic errors can name the line and the field.
/// </summary>
internal sealed class YamlDocument
{
    private readonly Dictionary<string, int> _lines;

    private YamlDocument(JsonNode? root, Dictionary<string, int> lines)
    {
        Root = root;
        _lines = lines;
    }

    public JsonNode? Root { get; }

    /// <summary>1-based line of the value at <paramref name="pointer"/>, or of its nearest parent that has one.</summary>
    public int LineOf(string pointer)
    {
        for (var current = pointer; ; current = current[..current.LastIndexOf('/')])
        {
            if (_lines.TryGetValue(current, out var line)) return line;
            if (current.Length == 0) return 1;
        }
    }

    /// <summary>Parses one YAML document; syntax errors come back as (line, message).</summary>
    public static YamlDocument? Parse(string text, out (int Line, string Message)? error)
    {
        error = null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            error = ((int)exception.Start.Line, FirstLine(exception.InnerException?.Message ?? exception.Message));
            return null;
        }
        if (stream.Documents.Count != 1)
        {
            error = (1, stream.Documents.Count == 0 ? "the file is empty" : "a rule file holds one YAML document");
            return null;
        }
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var root = Convert(stream.Documents[0].RootNode, "", lines);
        return new YamlDocument(root, lines);
    }

    private static JsonNode? Convert(YamlNode node, string pointer, Dictionary<string, int> lines)
    {
        lines[pointer] = (int)node.Start.Line;
        switch (node)
        {
            case YamlMappingNode mapping:
                var result = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
                    var childPointer = pointer + "/" + key.Replace("~", "~0").Replace("/", "~1");
                    // A repeated key is an error YAML parsers disagree on; keep the first and let the line show.
                    if (!result.ContainsKey(key)) result[key] = Convert(valueNode, childPointer, lines);
                }
                return result;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var index = 0; index < sequence.Children.Count; index++)
                    array.Add(Convert(sequence.Children[index], pointer + "/" + index, lines));
                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    /// <summary>YAML 1.2 core schema typing for plain scalars; quoted scalars are always strings.</summary>
    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
            return JsonValue.Create(value);
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL": return null;
            case "true" or "True" or "TRUE": return JsonValue.Create(true);
            case "false" or "False" or "FALSE": return JsonValue.Create(false);
        }
        if (value.StartsWith("0o", StringComparison.Ordinal) && TryBase(value[2..], 8, out var octal)) return JsonValue.Create(octal);
        if (value.StartsWith("0x", StringComparison.Ordinal) && TryBase(value[2..], 16, out var hex)) return JsonValue.Create(hex);
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return JsonValue.Create(integer);
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && char.IsDigit(value[^1]))
            return JsonValue.Create(number);
        return JsonValue.Create(value);
    }

    private static bool TryBase(string digits, int radix, out long value)
    {
        value = 0;
        if (digits.Length == 0) return false;
        try
        {
            value = System.Convert.ToInt64(digits, radix);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            return false;
        }
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}
