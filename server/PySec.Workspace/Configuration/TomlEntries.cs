using Tomlyn.Syntax;

namespace PySec.Workspace;

/// <summary>One key/value pair of a TOML document with its full dotted path (table name and key) and 1-based line.</summary>
internal sealed record TomlEntry(IReadOnlyList<string> Path, ValueSyntax Value, int Line);

/// <summary>
/// Flattens a TOML syntax tree into entries with full key paths, whatever the spelling: <c>[tool.pysec]</c> tables,
/// dotted keys (<c>tool.pysec.select = ...</c>) and inline tables (<c>per-path-ignores = { "tests/**" = [...] }</c>) all
/// give the same paths. Works on the syntax tree rather than Tomlyn's model because the model forgets lines.
/// </summary>
internal static class TomlEntries
{
    /// <summary>The entries, and the 1-based lines of arrays of tables (<c>[[...]]</c>) by dotted name.</summary>
    public static (List<TomlEntry> Entries, List<(IReadOnlyList<string> Path, int Line)> TableArrays) Read(DocumentSyntax document)
    {
        var entries = new List<TomlEntry>();
        var tableArrays = new List<(IReadOnlyList<string>, int)>();
        foreach (var keyValue in document.KeyValues) Add(entries, [], keyValue);
        foreach (var table in document.Tables)
        {
            var name = KeyParts(table.Name);
            if (table is TableArraySyntax) tableArrays.Add((name, table.Span.Start.Line + 1));
            if (table.Items is null) continue;
            foreach (var keyValue in table.Items) Add(entries, name, keyValue);
        }
        return (entries, tableArrays);
    }

    /// <summary>Text of a key part: a bare key, or the value of a quoted one.</summary>
    public static string KeyText(BareKeyOrStringValueSyntax? key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax quoted => quoted.Value ?? "",
        _ => "",
    };

    public static List<string> KeyParts(KeySyntax? key)
    {
        var parts = new List<string>();
        if (key is null) return parts;
        parts.Add(KeyText(key.Key));
        if (key.DotKeys is { } dots)
            foreach (var dotted in dots) parts.Add(KeyText(dotted.Key));
        return parts;
    }

    private static void Add(List<TomlEntry> entries, IReadOnlyList<string> prefix, KeyValueSyntax keyValue)
    {
        if (keyValue.Value is null) return;
        var path = new List<string>(prefix);
        path.AddRange(KeyParts(keyValue.Key));
        if (keyValue.Value is InlineTableSyntax inline)
        {
            var before = entries.Count;
            if (inline.Items is { } items)
                foreach (var item in items)
                    if (item.KeyValue is { } nested) Add(entries, path, nested);
            // An empty inline table still says the key was given (as a table).
            if (entries.Count == before) entries.Add(new TomlEntry(path, inline, keyValue.Span.Start.Line + 1));
            return;
        }
        entries.Add(new TomlEntry(path, keyValue.Value, keyValue.Span.Start.Line + 1));
    }
}
