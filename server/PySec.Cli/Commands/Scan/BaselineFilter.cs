using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PySec.Cli.CommandLine;
using PySec.Workspace;

namespace PySec.Cli.Commands.Scan;

/// <summary>
/// Baseline files: the fingerprints of a scan's active findings with how many findings share each. A later scan
/// with the baseline drops as many findings of a fingerprint as the baseline counted, so a new copy of a recorded
/// call is still reported. Fingerprints leave line numbers out, so moved code stays recorded.
/// <code>
/// { "version": 1, "findings": [ { "fingerprint": "…", "ruleId": "PYSEC201", "path": "app/views.py", "count": 2 } ] }
/// </code>
/// </summary>
internal static class BaselineFilter
{
    public const int Version = 1;

    /// <summary>Writes the baseline of <paramref name="scan"/>; returns the number of findings recorded.</summary>
    public static int Write(ScanResult scan, string path)
    {
        var groups = scan.Files
            .SelectMany(file => file.Findings.Where(f => !f.Finding.IsSuppressed).Select(f => (file.Path, Reported: f)))
            .GroupBy(f => (f.Reported.Fingerprint, f.Reported.Finding.RuleId, f.Path))
            .OrderBy(g => g.Key.Path, StringComparer.Ordinal).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Fingerprint, StringComparer.Ordinal)
            .ToList();
        var findings = new JsonArray();
        foreach (var group in groups)
            findings.Add(new JsonObject
            {
                ["fingerprint"] = group.Key.Fingerprint,
                ["ruleId"] = group.Key.RuleId,
                ["path"] = group.Key.Path,
                ["count"] = group.Count(),
            });
        var document = new JsonObject { ["version"] = Version, ["findings"] = findings };
        try
        {
            File.WriteAllText(path, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", new UTF8Encoding(false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write baseline '{path}': {exception.Message}");
        }
        return groups.Sum(g => g.Count());
    }

    /// <summary>The scan without the active findings the baseline records (up to its count per fingerprint).</summary>
    public static ScanResult Apply(ScanResult scan, string path)
    {
        var remaining = Read(path);
        var files = scan.Files.Select(file =>
        {
            var kept = file.Findings.Where(f =>
            {
                if (f.Finding.IsSuppressed || !remaining.TryGetValue(f.Fingerprint, out var left) || left == 0) return true;
                remaining[f.Fingerprint] = left - 1;
                return false;
            }).ToList();
            return kept.Count == file.Findings.Count ? file : file with { Findings = kept };
        }).ToList();
        return scan with { Files = files };
    }

    private static Dictionary<string, int> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read baseline '{path}': {exception.Message}");
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            if (JsonNode.Parse(text) is not JsonObject root) throw new UsageException($"baseline '{path}': expected a JSON object");
            if (root["version"] is not JsonValue version || version.GetValueKind() != JsonValueKind.Number || version.GetValue<int>() != Version)
                throw new UsageException($"baseline '{path}': unsupported or missing \"version\" (expected {Version})");
            if (root["findings"] is not JsonArray findings) throw new UsageException($"baseline '{path}': \"findings\" must be an array");
            for (var index = 0; index < findings.Count; index++)
            {
                if (findings[index] is not JsonObject entry
                    || entry["fingerprint"] is not JsonValue fingerprint || fingerprint.GetValueKind() != JsonValueKind.String
                    || entry["count"] is not JsonValue count || count.GetValueKind() != JsonValueKind.Number || count.GetValue<double>() < 1)
                    throw new UsageException($"baseline '{path}': findings[{index}] needs a string \"fingerprint\" and a positive \"count\"");
                var key = fingerprint.GetValue<string>();
                counts[key] = counts.GetValueOrDefault(key) + (int)count.GetValue<double>();
            }
        }
        catch (JsonException exception)
        {
            throw new UsageException($"baseline '{path}' is not valid JSON: {exception.Message}");
        }
        return counts;
    }
}
