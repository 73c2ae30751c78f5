using System.Diagnostics;

namespace PySec.Syntax.Tests.Robustness;

/// <summary>
/// Shrinks a failing input by deleting ever smaller chunks while the same invariant still fails
/// (a simple form of delta debugging), within a time budget.
/// </summary>
public static class FuzzMinimiser
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    public static FuzzInput Minimise(FuzzInput input, InvariantViolation violation)
    {
        var stopwatch = Stopwatch.StartNew();
        var current = input;
        for (var chunk = Math.Max(1, current.Length / 2); chunk >= 1 && stopwatch.Elapsed < Budget; chunk /= 2)
        {
            var start = 0;
            while (start < current.Length && stopwatch.Elapsed < Budget)
            {
                var candidate = Without(current, start, Math.Min(chunk, current.Length - start));
                if (candidate.Check()?.Violation == violation) current = candidate;
                else start += chunk;
            }
        }
        return current;
    }

    private static FuzzInput Without(FuzzInput input, int start, int length) =>
        input.Text is { } text
            ? input.WithText(text.Remove(start, length))
            : input.WithBytes([.. input.Bytes!.AsSpan(0, start), .. input.Bytes.AsSpan(start + length)]);
}
