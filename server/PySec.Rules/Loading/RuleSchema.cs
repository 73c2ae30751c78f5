using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PySec.Rules.Loading;

/// <summary>
/// rules/rule.schema.json, embedded in the assembly so that the loader and editors validate against the same
/// file. Errors are reduced to the most specific ones: a wrong key deep inside a matcher gives one message about
/// that key, not one per alternative the matcher could have been.
/// </summary>
internal static class RuleSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static string Text { get; } = ReadResource();

    public static IReadOnlyList<(string Pointer, string Message)> Validate(JsonNode? document)
    {
        var element = JsonSerializer.SerializeToElement(document);
        var results = Schema.Value.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        if (results.IsValid) return [];
        var errors = new List<(string Pointer, string Message)>();
        Collect(results, errors);
        if (errors.Count == 0) return [("", "the rule does not match the schema")];
        var deepest = errors.Max(e => Depth(e.Pointer));
        return errors.Where(e => Depth(e.Pointer) == deepest).Distinct().Take(3).ToList();
    }

    /// <summary>Errors of failed nodes whose parents failed too: a oneOf branch that failed inside a valid oneOf is noise.</summary>
    private static void Collect(EvaluationResults results, List<(string, string)> errors)
    {
        if (results.IsValid) return;
        if (results.Errors is { Count: > 0 } messages)
            foreach (var (_, message) in messages)
                errors.Add((results.InstanceLocation.ToString(), message));
        if (results.Details is { } details)
            foreach (var detail in details)
                if (!IsAlternative(detail.EvaluationPath.ToString())) Collect(detail, errors);
    }

    // The branches of oneOf/anyOf/if fail by design; when the combinator itself fails it says so at its own node.
    private static bool IsAlternative(string evaluationPath)
    {
        var segments = evaluationPath.Split('/');
        return segments.Length >= 2 && (segments[^2] is "oneOf" or "anyOf" || segments[^1] == "if");
    }

    private static int Depth(string pointer) => pointer.Count(c => c == '/');

    private static JsonSchema Load() => JsonSchema.FromText(Text);

    private static string ReadResource()
    {
        using var stream = typeof(RuleSchema).Assembly.GetManifestResourceStream("PySec.Rules.rule.schema.json")
            ?? throw new InvalidOperationException("the rule schema is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
