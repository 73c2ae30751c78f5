using PySec.Rules;
using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Bench;

/// <summary>
/// The phases that run after parsing, each timed alone over inputs made afresh (untimed) before every pass. The
/// issue's budget is for all of them together: analysis may take no longer than the parse it starts from.
/// To time another phase, add a method that prepares its input with the phases before it and pass the result to
/// <see cref="Report.Write"/> among the analysis phases.
/// </summary>
internal static class AnalysisPhases
{
    public static PhaseResult Model(IReadOnlyList<CorpusFile> files, BenchOptions options) =>
        PhaseRunner.RunOnPrepared("model (tree -> semantic model)", files, Parse,
            static tree => Checksum(SemanticModel.Create(tree)), options.Warmup, options.Iterations);

    /// <summary>Every rule of the repository over models built (untimed) from fresh trees; the checksum counts findings.</summary>
    public static PhaseResult Rules(IReadOnlyList<CorpusFile> files, RuleSet rules, BenchOptions options) =>
        PhaseRunner.RunOnPrepared("rules (model -> findings)", files, static f => SemanticModel.Create(Parse(f)),
            model => RuleEngine.Analyze(rules, model).Findings.Count, options.Warmup, options.Iterations);

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
