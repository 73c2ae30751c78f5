namespace PySec.LspBench;

/// <summary>The table the benchmark prints: figures, targets and whether each target was met.</summary>
public sealed class Report(TextWriter output)
{
    private int missed;

    public bool AllMet => missed == 0;

    public void Header()
    {
        output.WriteLine();
        output.WriteLine($"{"measure",-52} {"n",5} {"p50",10} {"p95",10} {"max",10}   {"target",-14} result");
        output.WriteLine(new string('-', 112));
    }

    public void Row(Latencies latencies, string? target = null, double? limitMs = null, double? figure = null)
    {
        var judged = figure ?? latencies.Percentile(95);
        var result = limitMs is null ? "" : judged <= limitMs ? "pass" : "MISS";
        if (result == "MISS") missed++;
        output.WriteLine($"{latencies.Name,-52} {latencies.Count,5} {Ms(latencies.Percentile(50)),10} {Ms(latencies.Percentile(95)),10} {Ms(latencies.Max),10}   {target ?? "",-14} {result}");
    }

    public void Figure(string name, string value, string? target = null, bool? met = null)
    {
        if (met == false) missed++;
        output.WriteLine($"{name,-52} {"",5} {value,10} {"",10} {"",10}   {target ?? "",-14} {(met is null ? "" : met.Value ? "pass" : "MISS")}");
    }

    public void Note(string text) => output.WriteLine("  " + text);

    private static string Ms(double value) => double.IsNaN(value) ? "-" : $"{value:0.0} ms";
}
