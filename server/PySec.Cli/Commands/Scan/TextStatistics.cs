using System.Globalization;
using PySec.Workspace;

namespace PySec.Cli.Commands.Scan;

/// <summary>--statistics beside a machine-readable report: findings per rule on standard error, most frequent first.</summary>
internal sealed class TextStatistics(ScanResult scan)
{
    public void WriteTo(TextWriter writer)
    {
        var counts = scan.ActiveFindings.GroupBy(f => f.Finding.Rule)
            .Select(g => (Rule: g.Key, Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Rule.Id, StringComparer.Ordinal).ToList();
        if (counts.Count == 0) return;
        var width = counts.Max(c => c.Count).ToString(CultureInfo.InvariantCulture).Length;
        foreach (var (rule, count) in counts)
            writer.WriteLine($"{count.ToString(CultureInfo.InvariantCulture).PadLeft(width)}  {rule.Id}  {rule.Name}");
    }
}
