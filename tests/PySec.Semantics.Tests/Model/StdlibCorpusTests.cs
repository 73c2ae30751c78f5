using PySec.Semantics.Tests.Infrastructure;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Semantics.Tests.Model;

/// <summary>The model must build over real code of every style; it also must give every read a scope and consistent def-use links.</summary>
public sealed class StdlibCorpusTests
{
    [Fact]
    public void Model_builds_over_every_stdlib_file_and_its_links_are_consistent()
    {
        var files = PySec.Testing.StdlibCorpus.Files;
        Assert.True(files.Count > 1000, $"only {files.Count} stdlib files found");
        var failures = new List<string>();
        long references = 0, resolvedCalls = 0, calls = 0;
        foreach (var file in files)
        {
            var path = file.RelativePath;
            try
            {
                var tree = SyntaxTree.Parse(SourceText.FromBytes(file.Bytes));
                var model = SemanticModel.Create(tree);
                references += model.References.Count;
                CheckDefUseLinks(path, model, failures);
                foreach (var call in tree.Root.DescendantNodes().OfType<CallExpressionSyntax>())
                {
                    calls++;
                    if (model.GetCalleeName(call) is not null) resolvedCalls++;
                    model.BindCall(call);
                    foreach (var argument in call.Arguments.Arguments) model.Evaluate(argument.Value);
                }
            }
            catch (Exception e)
            {
                failures.Add($"{path}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
            if (failures.Count > 20) break;
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.True(references > 100_000, $"only {references} name reads in the whole stdlib");
        // Most stdlib calls go to builtins, imports and module functions; a collapse here means resolution broke.
        Assert.True(resolvedCalls * 4 > calls, $"{resolvedCalls} of {calls} calls resolved");
    }

    /// <summary>
    /// Each read lists the bindings reaching it exactly when each of those bindings lists the read, and the scope
    /// found from the tree alone agrees with the one the walk recorded.
    /// </summary>
    private static void CheckDefUseLinks(string path, SemanticModel model, List<string> failures)
    {
        var uses = model.Bindings.ToDictionary(b => b, b => b.Uses.ToHashSet());
        long forward = 0, backward = 0;
        foreach (var reference in model.References)
        {
            if (model.GetEnclosingScope(reference.Node) != reference.Scope)
                failures.Add($"{path}: {reference} is read in {reference.Scope} but GetEnclosingScope says {model.GetEnclosingScope(reference.Node)}");
            foreach (var binding in reference.Bindings)
            {
                forward++;
                if (!uses[binding].Contains(reference)) failures.Add($"{path}: {reference} is not among the uses of {binding}");
            }
        }
        foreach (var binding in model.Bindings) backward += binding.Uses.Count;
        if (forward != backward) failures.Add($"{path}: {forward} read-to-binding links but {backward} binding-to-read links");
    }
}
