namespace PySec.Bench;

/// <summary>Command line of the benchmark. See <see cref="Usage"/>.</summary>
internal sealed record BenchOptions(int Iterations, int Warmup, bool CompareWithCPython, bool Strict, string? StdlibOverride, bool ShowHelp = false, bool AnalysisOnly = false)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/PySec.Bench -- [options]

        Measures, on one thread over every .py file of python3's standard library held in memory:
        decoding, the lexer alone, the full parse (lex + parse + green tree) and the semantic model
        built from parsed trees, then CPython's ast.parse over the same files, and compares against
        the targets.

        Options:
          --iterations N   timed passes over the corpus per phase; the median is reported (default 5)
          --warmup N       untimed passes first, so that the JIT has settled (default 2)
          --stdlib PATH    use this folder instead of asking python3 where its stdlib is
          --no-cpython     skip the CPython comparison
          --strict         exit with 1 when a target is missed
          --analysis-only  time only the full parse (the reference), the model and the rules: the
                           figures the analysis target is about, in a third of the time
          -h, --help       show this help
        """;

    /// <summary>Null, with an error message, when the arguments are wrong.</summary>
    public static BenchOptions? Parse(string[] args, out string? error)
    {
        error = null;
        var options = new BenchOptions(Iterations: 5, Warmup: 2, CompareWithCPython: true, Strict: false, StdlibOverride: null);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    return options with { ShowHelp = true };
                case "--iterations" or "--warmup" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n >= (args[i] == "--warmup" ? 0 : 1):
                    options = args[i] == "--iterations" ? options with { Iterations = n } : options with { Warmup = n };
                    i++;
                    break;
                case "--stdlib" when i + 1 < args.Length:
                    options = options with { StdlibOverride = args[++i] };
                    break;
                case "--no-cpython":
                    options = options with { CompareWithCPython = false };
                    break;
                case "--analysis-only":
                    options = options with { AnalysisOnly = true };
                    break;
                case "--strict":
                    options = options with { Strict = true };
                    break;
                default:
                    error = $"bad argument '{args[i]}' (a missing or invalid value?)";
                    return null;
            }
        }
        return options;
    }
}
