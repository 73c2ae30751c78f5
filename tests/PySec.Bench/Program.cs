using System.Diagnostics;
using PySec.Bench;
using PySec.Rules;
using PySec.Syntax;
using PySec.Syntax.Lexing;
using PySec.Text;

var options = BenchOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine($"bench: {error}");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}
if (options.ShowHelp)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}
#if DEBUG
Console.WriteLine("warning: Debug build; run with -c Release for representative figures");
#endif

var corpus = Corpus.Load(options.StdlibOverride);
Console.WriteLine($"Loaded {corpus.Files.Count} files, {corpus.TotalBytes / 1e6:0.0} MB, from {corpus.Root}");

CPythonResult? cpython = null;
var measured = corpus.Files;
if (options.CompareWithCPython)
{
    Console.WriteLine("Timing CPython's ast.parse ...");
    var listFile = corpus.WritePathList();
    try
    {
        // CPython has no JIT to settle: one warm-up pass (for the file cache and allocator) is enough.
        cpython = CPythonBaseline.Run(listFile, Math.Min(options.Warmup, 1), options.Iterations);
    }
    finally
    {
        File.Delete(listFile);
    }
    // Compare like with like: the files CPython rejects are left out on both sides.
    measured = corpus.Files.Where(f => cpython.AcceptedFiles.Contains(f.Path)).ToList();
}

Console.WriteLine(options.AnalysisOnly ? "Timing the parser ..." : "Timing decoding, lexer and parser ...");
IReadOnlyList<PhaseResult> front = options.AnalysisOnly ? [] :
[
    PhaseRunner.Run("decode (bytes -> SourceText)", measured,
        f => SourceText.FromBytes(f.Bytes).Length, options.Warmup, options.Iterations),
    PhaseRunner.Run("lexer (text -> tokens)", measured,
        f => Lexer.Tokenize(f.Text).Tokens.Length, options.Warmup, options.Iterations),
];
var parse = PhaseRunner.Run("full parse (text -> green tree)", measured,
    f => SyntaxTree.Parse(f.Text).GreenRoot.FullWidth, options.Warmup, options.Iterations);
Console.WriteLine("Timing the semantic model ...");
var model = AnalysisPhases.Model(measured, options);
var rules = RuleSet.Load(new FileSystemRuleSource(RulesFolder.Find()));
Console.WriteLine($"Timing {rules.Rules.Count} rules ...");
var ruleRun = AnalysisPhases.Rules(measured, rules, options);
IReadOnlyList<PhaseResult> analysis = [model, ruleRun];

var (retained, peakHeap) = options.AnalysisOnly ? (0L, 0L) : PhaseRunner.RetainedBytes(measured, f => SyntaxTree.Parse(f.Text).GreenRoot);

// The tree is lossless, so its width must be the text length: a cheap check that the figures are for real work.
var expectedWidth = measured.Sum(f => (long)f.Text.Length) * (options.Warmup + options.Iterations);
if (parse.Checksum != expectedWidth)
    Console.WriteLine($"warning: parsed trees cover {parse.Checksum} characters, expected {expectedWidth}");

using var self = Process.GetCurrentProcess();
self.Refresh();
var met = Report.Write(Console.Out, corpus, measured, [.. front, parse], parse, model, analysis, cpython, retained, peakHeap, self.PeakWorkingSet64, options);
return options.Strict && !met ? 1 : 0;
