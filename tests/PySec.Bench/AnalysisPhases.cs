using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Bench;

/// <summary>
/// The phases that run after parsing, each timed alone over inputs made afresh (untimed) before every pass. The
/// issue's budget is for all of them together: analysis may take no longer than the parse it starts from.
/// To time another phase, add a method that prepares its input with the phases before it and pass the result to
/// <see cref="Report.Write"/> among the analysis phases, e.g. for a rule engine:
/// <code>
/// public static PhaseResult Rules(IReadOnlyList&lt;CorpusFile&gt; files, Func&lt;SemanticModel, long&gt; run, BenchOptions options) =>
///     PhaseRunner.RunOnPrepared("rules (model -> findings)", files, f => SemanticModel.Create(Parse(f)), run, options.Warmup, options.Iterations);
/// </code>
/// </summary>
internal static class AnalysisPhases
{
    public static PhaseResult Model(IReadOnlyList<CorpusFile> files, BenchOptions options) =>
        PhaseRunner.RunOnPrepared("model (tree -> semantic model)", files, Parse,
            static tree => Checksum(SemanticModel.Create(tree)), options.Warmup, options.Iterations);

    /// <summary>A fresh tree: its red nodes do not exist yet, as after a real parse.</summary>
    public static SyntaxTree Parse(CorpusFile file) => SyntaxTree.Parse(file.Text);

    // Counts that depend on the whole build (scopes, bindings, def-use links), so that none of it can be skipped.
    private static long Checksum(SemanticModel model)
    {
        long sum = model.Scopes.Count + model.Bindings.Count;
        foreach (var reference in model.References) sum += 1 + reference.Bindings.Count;
        return sum;
    }
}
