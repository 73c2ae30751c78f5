using Xunit.Abstractions;

namespace PySec.Syntax.Tests.Robustness;

// Two classes, so that xunit runs the halves in parallel; together they check 100,000 inputs per run.

public class FuzzFirstHalfTests(ITestOutputHelper output)
{
    [Fact]
    public void Fifty_thousand_generated_inputs_keep_the_invariants() => FuzzRunner.Run(0, 50_000, output);
}

public class FuzzSecondHalfTests(ITestOutputHelper output)
{
    [Fact]
    public void Fifty_thousand_more_generated_inputs_keep_the_invariants() => FuzzRunner.Run(50_000, 50_000, output);
}
