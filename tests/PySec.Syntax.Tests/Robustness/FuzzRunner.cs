using System.Diagnostics;
using PySec.Syntax.Tests.Infrastructure;
using PySec.Text;
using Xunit.Abstractions;

namespace PySec.Syntax.Tests.Robustness;

/// <summary>
/// Runs generated inputs through <see cref="SyntaxInvariants"/> on a worker thread watched for hangs, and
/// turns the first failure into a reproducible report: seed, case number, the input saved to a file and
/// a minimised version of it.
/// </summary>
/// <remarks>
/// PYSEC_FUZZ_SEED fixes the seed (default: a new one every run, printed); PYSEC_FUZZ_CASE runs that one
/// case only; PYSEC_FUZZ_SCALE multiplies the number of cases (e.g. 10 for a longer local run).
/// </remarks>
public static class FuzzRunner
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);
    private static readonly Lazy<int> LazySeed = new(() =>
        int.TryParse(Environment.GetEnvironmentVariable("PYSEC_FUZZ_SEED"), out var seed) ? seed : Random.Shared.Next());
    private static readonly Lazy<IReadOnlyList<string>> CorpusTexts = new(() =>
        StdlibCorpus.ValidFiles.Select(f => SourceText.FromBytes(f.Bytes).Text).ToList());

    /// <summary>One seed per test run, shared by all fuzz tests, so one number reproduces the run.</summary>
    public static int Seed => LazySeed.Value;

    public static void Run(int firstCase, int caseCount, ITestOutputHelper output)
    {
        var fuzzer = new MutationFuzzer(CorpusTexts.Value, Seed);
        if (int.TryParse(Environment.GetEnvironmentVariable("PYSEC_FUZZ_CASE"), out var only))
        {
            if (only < firstCase || only >= firstCase + caseCount) return;
            (firstCase, caseCount) = (only, 1);
        }
        else if (int.TryParse(Environment.GetEnvironmentVariable("PYSEC_FUZZ_SCALE"), out var scale) && scale > 1)
        {
            (firstCase, caseCount) = (firstCase * scale, caseCount * scale);
        }

        var state = new WorkerState();
        var worker = new Thread(() => Work(fuzzer, firstCase, caseCount, state)) { IsBackground = true, Name = "fuzz worker" };
        var stopwatch = Stopwatch.StartNew();
        worker.Start();
        while (!worker.Join(TimeSpan.FromMilliseconds(250)))
        {
            var running = Stopwatch.GetElapsedTime(Volatile.Read(ref state.CaseStartTimestamp));
            if (running <= HangLimit) continue;
            // The worker cannot be stopped; it is a background thread and dies with the test process.
            var hung = fuzzer.Generate(Volatile.Read(ref state.CurrentCase));
            Assert.Fail(Describe(Volatile.Read(ref state.CurrentCase), hung,
                new InvariantFailure(InvariantViolation.TooSlow, $"still parsing after {running.TotalSeconds:0} s (hang)"), minimise: false));
        }

        var summary = $"Fuzz seed {Seed}: cases {firstCase}..{firstCase + caseCount - 1}, {state.Checked} checked, " +
            $"{state.Characters / 1e6:0.0} M chars/bytes in {stopwatch.Elapsed.TotalSeconds:0.0} s; " +
            string.Join(", ", state.Kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"));
        output.WriteLine(summary);
        TestReport.Line(summary);
        if (state.GeneratorError is { } generatorError) Assert.Fail($"seed {Seed}: the input generator failed: {generatorError}");
        if (state.FailedCase is { } failedCase)
            Assert.Fail(Describe(failedCase, fuzzer.Generate(failedCase), state.Failure!, minimise: state.Failure!.Violation != InvariantViolation.TooSlow));
        Assert.Equal(caseCount, state.Checked);
    }

    private static void Work(MutationFuzzer fuzzer, int firstCase, int caseCount, WorkerState state)
    {
        for (var i = firstCase; i < firstCase + caseCount; i++)
        {
            Volatile.Write(ref state.CurrentCase, i);
            Volatile.Write(ref state.CaseStartTimestamp, Stopwatch.GetTimestamp());
            FuzzInput input;
            try
            {
                input = fuzzer.Generate(i);
            }
            catch (Exception e)
            {
                state.GeneratorError = $"case {i}: {e}";
                return;
            }
            var failure = input.Check();
            // On a busy machine one parse can be descheduled past the bound; a real hang is slow every time.
            if (failure?.Violation == InvariantViolation.TooSlow)
            {
                Volatile.Write(ref state.CaseStartTimestamp, Stopwatch.GetTimestamp());
                failure = input.Check();
            }
            state.Checked++;
            state.Characters += input.Length;
            state.Kinds[input.Kind] = state.Kinds.GetValueOrDefault(input.Kind) + 1;
            if (failure is null) continue;
            state.FailedCase = i;
            state.Failure = failure;
            return;
        }
    }

    private static string Describe(int caseNumber, FuzzInput input, InvariantFailure failure, bool minimise)
    {
        var directory = Path.Combine(Path.GetTempPath(), "pysec-fuzz");
        Directory.CreateDirectory(directory);
        var saved = Path.Combine(directory, $"seed{Seed}-case{caseNumber}.py");
        File.WriteAllBytes(saved, input.ToFileBytes());
        var message = $"Fuzz case {caseNumber} (seed {Seed}, {input.Kind}, {input.Length} chars/bytes) breaks an invariant: " +
            $"{failure.Violation}: {failure.Detail}\nInput saved to {saved}\n" +
            $"Reproduce with PYSEC_FUZZ_SEED={Seed} PYSEC_FUZZ_CASE={caseNumber}.";
        if (!minimise) return message;

        var smallest = FuzzMinimiser.Minimise(input, failure.Violation);
        var minimisedPath = Path.Combine(directory, $"seed{Seed}-case{caseNumber}-min.py");
        File.WriteAllBytes(minimisedPath, smallest.ToFileBytes());
        return message + $"\nMinimised to {smallest.Length} chars/bytes, saved to {minimisedPath}: {smallest.Preview()}";
    }

    private sealed class WorkerState
    {
        public int CurrentCase;
        public long CaseStartTimestamp = Stopwatch.GetTimestamp();
        public int Checked;
        public long Characters;
        public int? FailedCase;
        public InvariantFailure? Failure;
        public string? GeneratorError;
        public Dictionary<string, int> Kinds { get; } = [];
    }
}
