using System.Globalization;

namespace PySec.Bench;

/// <summary>Prints the results table and the verdict on each target.</summary>
internal static class Report
{
    public const double TargetMegabytesPerSecond = 50;
    public const double TargetRatioToCPython = 8;

    /// <summary>The model may take this share of the parse time, leaving the rest of the analysis budget to the rules.</summary>
    public const double TargetModelShareOfParse = 0.5;

    /// <summary>Everything after parsing (model and rules) together may take this share of the parse time.</summary>
    public const double TargetAnalysisShareOfParse = 1.0;

    /// <summary>Writes the report and returns whether every target was met.</summary>
    /// <param name="analysis">The phases after parsing (<paramref name="model"/> among them), listed after <paramref name="phases"/>.</param>
    public static bool Write(TextWriter w, Corpus corpus, IReadOnlyList<CorpusFile> measured, IReadOnlyList<PhaseResult> phases,
        PhaseResult parse, PhaseResult model, IReadOnlyList<PhaseResult> analysis, CPythonResult? cpython, long retainedTreeBytes,
        long peakHeap, long peakWorkingSet, BenchOptions options)
    {
        var measuredBytes = measured.Sum(f => (long)f.Bytes.Length);
        w.WriteLine();
        w.WriteLine($"Corpus: {corpus.Root}");
        w.WriteLine($"  {measured.Count} files, {Mb(measuredBytes)} MB measured" +
            (measured.Count < corpus.Files.Count ? $" (of {corpus.Files.Count}; the {corpus.Files.Count - measured.Count} CPython rejects are left out)" : ""));
        w.WriteLine($"  one thread, {options.Warmup} warm-up + {options.Iterations} timed passes per phase, median pass reported; MB = 10^6 bytes of source");
        w.WriteLine($"  GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} (pysec runs with the workstation GC; " +
                    "set DOTNET_gcServer=1 to compare)");
        w.WriteLine();
        w.WriteLine($"  {"phase",-34} {"MB/s",9} {"ms/pass",9} {"x parse",8} {"alloc B/MB",12} {"GCs 0/1/2",11}");
        foreach (var phase in phases.Concat(analysis))
            w.WriteLine($"  {phase.Name,-34} {F(phase.MegabytesPerSecond),9} {F(phase.MedianSeconds * 1000),9} {R(phase, parse),8} {phase.AllocatedBytesPerMegabyte,12:N0} {$"{phase.Gen0}/{phase.Gen1}/{phase.Gen2}",11}");
        if (cpython is not null)
            w.WriteLine($"  {$"CPython {cpython.Version} ast.parse(str)",-34} {F(cpython.MegabytesPerSecond),9} {F(cpython.MedianSeconds * 1000),9}");
        w.WriteLine();
        if (!options.AnalysisOnly)
        {
            w.WriteLine($"  green trees kept for all files: {Mb(retainedTreeBytes)} MB ({retainedTreeBytes / (measuredBytes / 1e6):N0} B per MB of source)");
            w.WriteLine($"  peak GC heap (all trees alive): {Mb(peakHeap)} MB; peak working set: {Mb(peakWorkingSet)} MB");
        }
        w.WriteLine($"  x parse = median pass time / full parse median pass time; analysis phases start from trees parsed untimed before each pass");
        w.WriteLine($"  checksums: {string.Join(", ", phases.Concat(analysis).Select(p => $"{p.Name.Split(' ')[0]}={p.Checksum}"))}");
        w.WriteLine();

        var allMet = true;
        w.WriteLine("Targets:");
        allMet &= Verdict(w, $"full parse >= {TargetMegabytesPerSecond} MB/s", parse.MegabytesPerSecond >= TargetMegabytesPerSecond, $"{F(parse.MegabytesPerSecond)} MB/s");
        if (cpython is null)
        {
            w.WriteLine($"  {$"full parse >= {TargetRatioToCPython}x CPython ast.parse",-40} SKIPPED (--no-cpython)");
        }
        else
        {
            var ratio = parse.MegabytesPerSecond / cpython.MegabytesPerSecond;
            allMet &= Verdict(w, $"full parse >= {TargetRatioToCPython}x CPython ast.parse", ratio >= TargetRatioToCPython, $"{ratio.ToString("0.0", CultureInfo.InvariantCulture)}x");
        }
        var modelShare = model.MedianSeconds / parse.MedianSeconds;
        allMet &= Verdict(w, $"model time <= {F(TargetModelShareOfParse)}x full parse", modelShare <= TargetModelShareOfParse, $"{modelShare.ToString("0.00", CultureInfo.InvariantCulture)}x");
        var analysisShare = analysis.Sum(p => p.MedianSeconds) / parse.MedianSeconds;
        var analysisNames = string.Join(" + ", analysis.Select(p => p.Name.Split(' ')[0]));
        allMet &= Verdict(w, $"{analysisNames} <= {F(TargetAnalysisShareOfParse)}x full parse", analysisShare <= TargetAnalysisShareOfParse, $"{analysisShare.ToString("0.00", CultureInfo.InvariantCulture)}x");
        return allMet;
    }

    private static bool Verdict(TextWriter w, string target, bool met, string measured)
    {
        w.WriteLine($"  {target,-40} {(met ? "PASS" : "MISS")}  ({measured})");
        return met;
    }

    private static string R(PhaseResult phase, PhaseResult parse) =>
        (phase.MedianSeconds / parse.MedianSeconds).ToString("0.00", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
    private static string Mb(long bytes) => (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture);
}
