using System.Text;
using PySec.Rules.Matching;
using PySec.Syntax;

namespace PySec.Rules;

/// <summary>Fills a rule message's placeholders: {callee}, {name} and {arg:NAME} (the source text of an argument).</summary>
internal static class MessageTemplate
{
    private const int MaxArgumentLength = 40;

    public static string Format(string template, IReadOnlyDictionary<string, string> captures, MatchContext context)
    {
        if (!template.Contains('{')) return template;
        var builder = new StringBuilder(template.Length + 16);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                builder.Append(template, position, template.Length - position);
                break;
            }
            builder.Append(template, position, open - position);
            var key = template[(open + 1)..close];
            builder.Append(Value(key, captures, context) ?? template[open..(close + 1)]);
            position = close + 1;
        }
        return builder.ToString();
    }

    private static string? Value(string key, IReadOnlyDictionary<string, string> captures, MatchContext context)
    {
        if (captures.TryGetValue(key, out var captured)) return captured;
        if (key.StartsWith("arg:", StringComparison.Ordinal) && context.Node is CallExpressionSyntax)
        {
            var value = context.Binding!.Get(key[4..]).Value;
            if (value is null) return null;
            var text = value.ToString();
            return text.Length > MaxArgumentLength ? text[..(MaxArgumentLength - 1)] + "…" : text;
        }
        return key is "callee" or "name" ? "this call" : null;
    }
}
