using System.Text.Json;
using System.Text.Json.Nodes;

namespace PySec.Workspace;

/// <summary>One fingerprint of a baseline: how many findings with it are accepted, and (for people reading the file) where.</summary>
public sealed record BaselineEntry(string Fingerprint, string RuleId, string Path, int Count);

/// <summary>A baseline file that cannot be used, with the 1-based line when the JSON itself is broken.</summary>
public sealed record BaselineError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>
/// Findings a team has accepted for now, so a scan reports only new ones. Matched by <see cref="Fingerprint"/> (which
/// survives moved lines) and counted: a baseline that holds one copy of a call accepts one, and a second identical
/// copy in the same place is a new finding (Bandit would accept every copy). The JSON format, version
/// <see cref="FormatVersion"/>, is described in <c>BASELINE-FORMAT.md</c> next to this file:
/// <code>
/// { "version": 1, "tool": "pysec",
///   "findings": [ { "fingerprint": "3f2a…", "ruleId": "PYSEC301", "path": "app/views.py", "count": 2 } ] }
/// </code>
/// </summary>
public sealed class Baseline
{
    public const int FormatVersion = 1;

    private readonly Dictionary<string, BaselineEntry> _entries;

    private Baseline(Dictionary<string, BaselineEntry> entries) => _entries = entries;

    /// <summary>Entries sorted by path, rule id and fingerprint (the order the file is written in).</summary>
    public IReadOnlyList<BaselineEntry> Entries =>
        _entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal).ToList();

    /// <summary>The number of findings the baseline accepts in all.</summary>
    public int TotalCount => _entries.Values.Sum(e => e.Count);

    /// <summary>A baseline accepting every active (not suppressed) finding of a scan.</summary>
    public static Baseline FromResult(ScanResult result)
    {
        var entries = new Dictionary<string, BaselineEntry>(StringComparer.Ordinal);
        foreach (var file in result.Files)
            foreach (var finding in file.Findings)
            {
                if (finding.Finding.IsSuppressed) continue;
                entries[finding.Fingerprint] = entries.TryGetValue(finding.Fingerprint, out var entry)
                    ? entry with { Count = entry.Count + 1 }
                    : new BaselineEntry(finding.Fingerprint, finding.Finding.RuleId, file.Path, 1);
            }
        return new Baseline(entries);
    }

    /// <summary>
    /// The scan without the findings the baseline accepts, with <see cref="ScanResult.BaselinedCount"/> set. Each
    /// entry accepts at most its count of findings, taken in path and position order; suppressed findings are left alone.
    /// </summary>
    public ScanResult Filter(ScanResult result)
    {
        var remaining = _entries.ToDictionary(pair => pair.Key, pair => pair.Value.Count, StringComparer.Ordinal);
        var baselined = 0;
        var files = new List<ScannedFile>(result.Files.Count);
        foreach (var file in result.Files)
        {
            List<ReportedFinding>? kept = null;
            for (var index = 0; index < file.Findings.Count; index++)
            {
                var finding = file.Findings[index];
                var accepted = !finding.Finding.IsSuppressed && remaining.TryGetValue(finding.Fingerprint, out var left) && left > 0;
                if (accepted)
                {
                    remaining[finding.Fingerprint]--;
                    baselined++;
                    kept ??= [.. file.Findings.Take(index)];
                }
                else kept?.Add(finding);
            }
            files.Add(kept is null ? file : file with { Findings = kept });
        }
        return result with { Files = files, BaselinedCount = result.BaselinedCount + baselined };
    }

    /// <summary>The baseline as indented JSON, entries in a stable order so that the file diffs well in review.</summary>
    public string ToJson()
    {
        var findings = new JsonArray();
        foreach (var entry in Entries)
            findings.Add(new JsonObject
            {
                ["fingerprint"] = entry.Fingerprint,
                ["ruleId"] = entry.RuleId,
                ["path"] = entry.Path,
                ["count"] = entry.Count,
            });
        var root = new JsonObject { ["version"] = FormatVersion, ["tool"] = "pysec", ["findings"] = findings };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>Reads a baseline's JSON; null and an error for broken JSON, another version, or a malformed entry.</summary>
    public static Baseline? Parse(string json, string path, out BaselineError? error)
    {
        error = null;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            error = new BaselineError(path, (int)(exception.LineNumber ?? 0) + 1, $"invalid JSON: {exception.Message}");
            return null;
        }
        if (root is not JsonObject document)
        {
            error = new BaselineError(path, 1, "a baseline must be a JSON object with \"version\" and \"findings\"");
            return null;
        }
        if (document["version"] is not JsonValue versionValue || !versionValue.TryGetValue<int>(out var version) || version != FormatVersion)
        {
            error = new BaselineError(path, 1, $"unsupported baseline version {document["version"]?.ToJsonString() ?? "(missing)"}; this pysec reads version {FormatVersion}");
            return null;
        }
        if (document["findings"] is not JsonArray findings)
        {
            error = new BaselineError(path, 1, "\"findings\" must be an array");
            return null;
        }
        var entries = new Dictionary<string, BaselineEntry>(StringComparer.Ordinal);
        for (var index = 0; index < findings.Count; index++)
        {
            if (findings[index] is not JsonObject item
                || !TryString(item, "fingerprint", out var fingerprint) || !TryString(item, "ruleId", out var ruleId)
                || !TryString(item, "path", out var filePath)
                || item["count"] is not JsonValue countValue || !countValue.TryGetValue<int>(out var count) || count < 1)
            {
                error = new BaselineError(path, 1, $"findings[{index}] must have \"fingerprint\", \"ruleId\" and \"path\" strings and a positive \"count\"");
                return null;
            }
            entries[fingerprint] = entries.TryGetValue(fingerprint, out var existing)
                ? existing with { Count = existing.Count + count }
                : new BaselineEntry(fingerprint, ruleId, filePath, count);
        }
        return new Baseline(entries);
    }

    /// <summary>Reads a baseline file; an unreadable file is an error, not an exception.</summary>
    public static Baseline? Load(string path, out BaselineError? error)
    {
        try
        {
            return Parse(File.ReadAllText(path), path, out error);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = new BaselineError(path, 1, $"cannot read the baseline: {exception.Message}");
            return null;
        }
    }

    /// <summary>Writes the baseline; null on success, else the error.</summary>
    public BaselineError? Save(string path)
    {
        try
        {
            File.WriteAllText(path, ToJson());
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new BaselineError(path, 1, $"cannot write the baseline: {exception.Message}");
        }
    }

    private static bool TryString(JsonObject item, string name, out string value)
    {
        value = "";
        if (item[name] is not JsonValue node || !node.TryGetValue<string>(out var text) || text.Length == 0) return false;
        value = text;
        return true;
    }
}
