using System.Diagnostics;

namespace PySec.Rules;

/// <summary>
/// Time spent in each rule, summed over the files analysed with it; for the benchmark and for finding a slow rule.
/// Thread-safe, so one profile can collect a parallel scan.
/// </summary>
public sealed class RuleProfile
{
    private readonly Dictionary<string, (long Ticks, long Offers)> _byRule = new(StringComparer.Ordinal);

    internal void Record(string ruleId, long ticks, long offers)
    {
        lock (_byRule)
        {
            var (total, count) = _byRule.GetValueOrDefault(ruleId);
            _byRule[ruleId] = (total + ticks, count + offers);
        }
    }

    /// <summary>Rules with their total time and the number of nodes offered to them, slowest first.</summary>
    public IReadOnlyList<(string RuleId, TimeSpan Time, long Offers)> Slowest()
    {
        lock (_byRule)
            return _byRule.Select(p => (p.Key, TimeSpan.FromSeconds(p.Value.Ticks / (double)Stopwatch.Frequency), p.Value.Offers))
                .OrderByDescending(p => p.Item2).ToList();
    }
}
