using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PySec.Manual;

/// <summary>
/// The YAML front matter of a chapter, read as a mapping so that key order, unknown keys and value shapes can be
/// reported with their lines instead of failing a typed deserialisation.
/// </summary>
internal sealed class FrontMatter
{
    public static readonly IReadOnlyList<string> Keys = ["id", "title", "category", "rules", "cwe", "owasp", "python", "related"];

    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Lines => _lines;

    /// <summary>Parses <paramref name="yaml"/> whose first line is line <paramref name="firstLine"/> of the file.</summary>
    public static FrontMatter? Parse(string yaml, int firstLine, string file, List<ManualDiagnostic> diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            diagnostics.Add(new(file, firstLine + Math.Max(0, (int)e.Start.Line - 1), $"front matter is not valid YAML: {e.Message}"));
            return null;
        }
        catch (Exception e)
        {
            // YamlDotNet's scanner can also fail with non-YAML exceptions on malformed input; loading must not throw.
            diagnostics.Add(new(file, firstLine, $"front matter is not valid YAML: {e.Message}"));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Add(new(file, firstLine, "front matter is not a YAML mapping"));
            return null;
        }

        var frontMatter = new FrontMatter();
        var order = new List<string>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var line = firstLine + (int)keyNode.Start.Line - 1;
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(key))
            {
                diagnostics.Add(new(file, line, $"unknown front matter key '{key}'"));
                continue;
            }
            if (!frontMatter._values.TryAdd(key, value))
            {
                diagnostics.Add(new(file, line, $"front matter key '{key}' given twice"));
                continue;
            }
            frontMatter._lines[key] = line;
            order.Add(key);
        }

        foreach (var missing in Keys.Where(k => !frontMatter._values.ContainsKey(k)))
            diagnostics.Add(new(file, firstLine, $"front matter has no '{missing}'"));
        var expectedOrder = Keys.Where(order.Contains).ToList();
        if (!order.SequenceEqual(expectedOrder))
            diagnostics.Add(new(file, firstLine, $"front matter keys out of order: expected {string.Join(", ", expectedOrder)}"));
        return frontMatter;
    }

    public string Scalar(string key, string file, List<ManualDiagnostic> diagnostics)
    {
        if (!_values.TryGetValue(key, out var node)) return "";
        if (node is YamlScalarNode { Value: { Length: > 0 } value } && !string.IsNullOrWhiteSpace(value)) return value;
        diagnostics.Add(new(file, _lines[key], $"front matter '{key}' must be a non-empty text"));
        return "";
    }

    public IReadOnlyList<string> List(string key, string file, List<ManualDiagnostic> diagnostics)
    {
        if (!_values.TryGetValue(key, out var node)) return [];
        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
            return sequence.Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
        diagnostics.Add(new(file, _lines[key], $"front matter '{key}' must be a list of values, e.g. [a, b]"));
        return [];
    }
}
