using System.Text;
using PySec.Semantics;
using PySec.Syntax;
using PySec.Testing;
using PySec.Text;

namespace PySec.Rules.Tests;

/// <summary>The engine runs over real code of every style and over inputs built to hurt, without throwing.</summary>
public sealed class EngineRobustnessTests
{
    [Fact]
    public void All_rules_run_over_every_stdlib_file()
    {
        var files = StdlibCorpus.Files;
        Assert.True(files.Count > 1000, $"only {files.Count} stdlib files found");
        var failures = new List<string>();
        var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
        long findings = 0, fixes = 0;
        foreach (var file in files)
        {
            try
            {
                var model = SemanticModel.Create(SyntaxTree.Parse(SourceText.FromBytes(file.Bytes)));
                var analysis = RuleEngine.Analyze(RepositoryRules.Value, model, new FileFacts("Lib/" + file.RelativePath));
                foreach (var failed in analysis.Diagnostics.Where(d => d.Code == RuleEngine.RuleFailedCode))
                    failures.Add($"{file.RelativePath}: {failed.Message}");
                foreach (var finding in analysis.Findings)
                {
                    findings++;
                    fixes += finding.Fixes.Count;
                    byRule[finding.RuleId] = byRule.GetValueOrDefault(finding.RuleId) + 1;
                    Assert.True(finding.Span.End <= model.Tree.Text.Length, $"{file.RelativePath}: {finding.RuleId} span past the end");
                    foreach (var fix in finding.Fixes) fix.ApplyTo(model.Tree.Text);
                }
            }
            catch (Exception exception)
            {
                failures.Add($"{file.RelativePath}: {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}");
                if (failures.Count > 10) break;
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var top = string.Join(", ", byRule.OrderByDescending(p => p.Value).Take(8).Select(p => $"{p.Key} {p.Value}"));
        TestReport.Line($"rules over the stdlib: {findings} findings in {files.Count} files, {byRule.Count} rules fired, {fixes} fixes offered; most frequent: {top}");
    }

    public static TheoryData<string, string> HostileInputs() => new()
    {
        { "100,000 open parentheses", "eval" + new string('(', 100_000) },
        { "10,000 nested blocks", string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 10_000) + "eval(x)\n" },
        { "100,000-term call chain", "import os\nos.system(" + string.Join(" + ", Enumerable.Repeat("x", 100_000)) + ")\n" },
        { "100,000 chained attribute calls", "import yaml\nyaml" + string.Concat(Enumerable.Repeat(".load(x)", 100_000)) + "\n" },
        { "alias chain", "import os\na0 = os.system\n" + string.Concat(Enumerable.Range(1, 5_000).Select(i => $"a{i} = a{i - 1}\n")) + "a5000('x')\n" },
        { "self-referencing alias", "import os\nx = x.system\nx = os\nx.system(y)\n" },
        { "broken syntax", "import subprocess\nsubprocess.run(cmd, shell=True\ndef (:\n  eval(\n" },
        { "suppression in broken code", "import subprocess\nsubprocess.run(  # nosec B602 B\n" },
        { "comments only", "# nosec\n# pysec: ignore[\n# noqa:\n" },
        { "empty", "" },
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Hostile_inputs_give_findings_not_exceptions(string name, string source)
    {
        var analysis = RepositoryRules.Analyze(source);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Code == RuleEngine.RuleFailedCode);
        Assert.All(analysis.Findings, f => Assert.True(f.Span.End <= source.Length, name));
    }

    [Fact]
    public void Invalid_utf8_and_a_ten_megabyte_file_are_analysed()
    {
        var bytes = Encoding.UTF8.GetBytes("import pickle\npickle.loads(data)  # \xff\n").Concat(new byte[] { 0xff, 0xfe, 0x80, 0x0a }).ToArray();
        var source = SourceText.FromBytes(bytes);
        Assert.NotEmpty(RuleEngine.Analyze(RepositoryRules.Value, SemanticModel.Create(SyntaxTree.Parse(source))).Findings);

        var big = new StringBuilder(10_100_000);
        while (big.Length < 10_000_000) big.Append("import subprocess\nsubprocess.run(cmd, shell=True)  # nosec\nx = [1, 2, 3]\n");
        var analysis = RepositoryRules.Analyze(big.ToString());
        Assert.True(analysis.Findings.Count > 100_000);
        Assert.All(analysis.Findings, f => Assert.True(f.IsSuppressed));
    }
}
