namespace PySec.LspBench;

/// <summary>Round-trip times of one kind of request, in milliseconds, with the percentiles the targets name.</summary>
public sealed class Latencies(string name)
{
    private readonly List<double> samples = [];

    public string Name { get; } = name;
    public int Count => samples.Count;

    public void Add(TimeSpan elapsed) => samples.Add(elapsed.TotalMilliseconds);

    /// <summary>Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it.</summary>
    public double Percentile(double p)
    {
        if (samples.Count == 0) return double.NaN;
        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public double Max => samples.Count == 0 ? double.NaN : samples.Max();
}
