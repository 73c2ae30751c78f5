namespace PySec.Bench;

internal static class Median
{
    /// <summary>The median of the timed passes: one slow pass (a GC, another process) does not move it.</summary>
    public static double Of(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
