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

    // Rule files are a page or two; the limits keep a hostile file from exhausting memory or the stack.
    private const int MaxLength = 1 << 20;
    private const int MaxDepth = 64;

    /// <summary>Parses one YAML document; syntax errors come back as (line, message).</summary>
    public static YamlDocument? Parse(string text, out (int Line, string Message)? error)
    {
        error = null;
        if (text.Length > MaxLength)
        {
            error = (1, $"the file is larger than {MaxLength / 1024} KB; a rule file is much smaller");
            return null;
        }
        if (FlowDepthExceeded(text) is { } deepLine)
        {
            error = (deepLine, $"brackets nest deeper than {MaxDepth} levels");
            return null;
        }
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
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException)
        {
            // The YAML library throws these for some malformed input instead of a YamlException.
            error = (LastGoodLine(text), "not valid YAML: " + FirstLine(exception.Message));
            return null;
        }
        if (stream.Documents.Count != 1)
        {
            error = (1, stream.Documents.Count == 0 ? "the file is empty" : "a rule file holds one YAML document");
            return null;
        }
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        try
        {
            var root = Convert(stream.Documents[0].RootNode, "", lines, path);
            return new YamlDocument(root, lines);
        }
        catch (YamlStructureException exception)
        {
            error = (exception.Line, exception.Message);
            return null;
        }
    }

    private sealed class YamlStructureException(int line, string message) : Exception(message)
    {
        public int Line { get; } = line;
    }

    /// <summary>The line where [ and { nest too deep (quoted text and comments skipped), or null.</summary>
    private static int? FlowDepthExceeded(string text)
    {
        var depth = 0;
        var line = 1;
        char quote = '\0';
        var comment = false;
        foreach (var c in text)
        {
            if (c == '\n') { line++; comment = false; continue; }
            if (comment) continue;
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            switch (c)
            {
                case '"' or '\'': quote = c; break;
                case '#': comment = true; break;
                case '[' or '{': if (++depth > MaxDepth) return line; break;
                case ']' or '}': depth = Math.Max(0, depth - 1); break;
            }
        }
        return null;
    }

    private static JsonNode? Convert(YamlNode node, string pointer, Dictionary<string, int> lines, HashSet<YamlNode> path)
    {
        lines[pointer] = (int)node.Start.Line;
        // Aliases share nodes: one that contains itself would never end.
        if (node is not YamlScalarNode && !path.Add(node))
            throw new YamlStructureException((int)node.Start.Line, "an alias refers to a node that contains it");
        if (path.Count > MaxDepth) throw new YamlStructureException((int)node.Start.Line, $"the document nests deeper than {MaxDepth} levels");
        try
        {
            return ConvertNode(node, pointer, lines, path);
        }
        finally
        {
            path.Remove(node);
        }
    }

    private static JsonNode? ConvertNode(YamlNode node, string pointer, Dictionary<string, int> lines, HashSet<YamlNode> path)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var result = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
                    var childPointer = pointer + "/" + key.Replace("~", "~0").Replace("/", "~1");
                    // A repeated key is an error YAML parsers disagree on; keep the first and let the line show.
                    if (!result.ContainsKey(key)) result[key] = Convert(valueNode, childPointer, lines, path);
                }
                return result;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var index = 0; index < sequence.Children.Count; index++)
                    array.Add(Convert(sequence.Children[index], pointer + "/" + index, lines, path));
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

    /// <summary>Where parsing got to before it failed: the end of the last event read.</summary>
    private static int LastGoodLine(string text)
    {
        var parser = new Parser(new StringReader(text));
        var line = 1;
        try
        {
            while (parser.MoveNext()) line = (int)(parser.Current?.End.Line ?? line);
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException or FormatException)
        {
        }
        return line;
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}
