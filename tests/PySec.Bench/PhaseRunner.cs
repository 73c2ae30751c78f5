using System.Diagnostics;

namespace PySec.Bench;

/// <summary>Timings of one phase over the corpus.</summary>
/// <param name="Seconds">Wall time of each timed pass.</param>
/// <param name="AllocatedBytes">Bytes allocated by one pass (the same every pass once warmed up).</param>
/// <param name="Checksum">Sum of what the work returned, printed so the work cannot be optimised away.</param>
internal sealed record PhaseResult(string Name, long SourceBytes, double[] Seconds, long AllocatedBytes, long Checksum, int Gen0, int Gen1, int Gen2)
{
    public double MedianSeconds => Median.Of(Seconds);

    public double MegabytesPerSecond => SourceBytes / 1e6 / MedianSeconds;

    public double AllocatedBytesPerMegabyte => AllocatedBytes / (SourceBytes / 1e6);
}

/// <summary>Runs one phase over every file, on the calling thread only: warm-up passes, then timed passes.</summary>
internal static class PhaseRunner
{
    public static PhaseResult Run(string name, IReadOnlyList<CorpusFile> files, Func<CorpusFile, long> work, int warmup, int iterations)
    {
        var sourceBytes = files.Sum(f => (long)f.Bytes.Length);
        long checksum = 0;
        for (var pass = 0; pass < warmup; pass++)
            foreach (var file in files) checksum += work(file);

        var seconds = new double[iterations];
        long allocated = 0;
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        for (var pass = 0; pass < iterations; pass++)
        {
            // Every pass starts from the same, clean heap so that one pass's garbage does not bill the next.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var stopwatch = Stopwatch.StartNew();
            foreach (var file in files) checksum += work(file);
            stopwatch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            seconds[pass] = stopwatch.Elapsed.TotalSeconds;
        }
        // Collections made by the explicit GC.Collect calls are excluded: two full collections per pass.
        var explicitCollections = 2 * iterations;
        return new PhaseResult(name, sourceBytes, seconds, allocated, checksum,
            GC.CollectionCount(0) - gen0 - explicitCollections,
            GC.CollectionCount(1) - gen1 - explicitCollections,
            GC.CollectionCount(2) - gen2 - explicitCollections);
    }

    /// <summary>
    /// Bytes still reachable after producing every file's result and keeping them all (the size of the trees
    /// themselves, as an editor holding the whole workspace would pay), and the largest GC heap seen meanwhile.
    /// </summary>
    public static (long Retained, long PeakHeap) RetainedBytes(IReadOnlyList<CorpusFile> files, Func<CorpusFile, object> produce)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var kept = new List<object>(files.Count);
        var peak = before;
        foreach (var file in files)
        {
            kept.Add(produce(file));
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kept);
        return (after - before, peak);
    }
}
