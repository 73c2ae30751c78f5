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
    public static PhaseResult Run(string name, IReadOnlyList<CorpusFile> files, Func<CorpusFile, long> work, int warmup, int iterations) =>
        RunOnPrepared(name, files, static file => file, work, warmup, iterations);

    /// <summary>
    /// Like <see cref="Run"/>, for a phase that starts from what earlier phases made: before every pass,
    /// <paramref name="prepare"/> makes each file's input afresh, untimed, so that nothing the work caches on its
    /// input (red nodes created on first use, memoised answers) carries over from one pass to the next.
    /// </summary>
    public static PhaseResult RunOnPrepared<TInput>(string name, IReadOnlyList<CorpusFile> files, Func<CorpusFile, TInput> prepare,
        Func<TInput, long> work, int warmup, int iterations)
    {
        var sourceBytes = files.Sum(f => (long)f.Bytes.Length);
        long checksum = 0;
        for (var pass = 0; pass < warmup; pass++)
            foreach (var input in Prepare(files, prepare)) checksum += work(input);

        var seconds = new double[iterations];
        long allocated = 0;
        int gen0 = 0, gen1 = 0, gen2 = 0;
        for (var pass = 0; pass < iterations; pass++)
        {
            var inputs = Prepare(files, prepare);
            // Every pass starts from the same, clean heap so that one pass's garbage does not bill the next.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            // Collections are counted inside the timed section only: not the explicit ones, nor preparation's.
            var (gen0Before, gen1Before, gen2Before) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var stopwatch = Stopwatch.StartNew();
            foreach (var input in inputs) checksum += work(input);
            stopwatch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            gen0 += GC.CollectionCount(0) - gen0Before;
            gen1 += GC.CollectionCount(1) - gen1Before;
            gen2 += GC.CollectionCount(2) - gen2Before;
            seconds[pass] = stopwatch.Elapsed.TotalSeconds;
            GC.KeepAlive(inputs);
        }
        return new PhaseResult(name, sourceBytes, seconds, allocated, checksum, gen0, gen1, gen2);
    }

    private static TInput[] Prepare<TInput>(IReadOnlyList<CorpusFile> files, Func<CorpusFile, TInput> prepare)
    {
        var inputs = new TInput[files.Count];
        for (var i = 0; i < inputs.Length; i++) inputs[i] = prepare(files[i]);
        return inputs;
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
