using System.Text;
using PySec.Syntax;
using PySec.Testing;
using PySec.Text;

namespace PySec.Rules.Tests;

/// <summary>
/// Every fix the fixtures produce, applied one at a time: the result parses with no new syntax errors and the
/// finding is gone. The edits themselves are kept as a snapshot per fixture (before and after each changed line).
/// </summary>
public sealed class FixTests
{
    [Theory]
    [MemberData(nameof(RuleFixture.Paths), MemberType = typeof(RuleFixture))]
    public void Fixes_parse_and_remove_the_finding(string relativePath)
    {
        var fixture = RuleFixture.Load(relativePath);
        var before = RepositoryRules.Analyze(fixture.Text, relativePath);
        var errorsBefore = SyntaxTree.Parse(fixture.Text).Diagnostics.Count;
        var lines = LineMap.Create(fixture.Text);
        var snapshot = new StringBuilder();

        // Only the fixture's own rules: another category's fix (a timeout added to the same call) belongs to its fixture.
        foreach (var finding in before.Active.Where(f => fixture.CheckedRules.Contains(f.RuleId)))
        {
            foreach (var fix in finding.Fixes)
            {
                var fixedText = fix.ApplyTo(fixture.Text);
                var line = lines.GetLineIndex(finding.Span.Start);
                var reparsed = SyntaxTree.Parse(fixedText);
                Assert.True(reparsed.Diagnostics.Count <= errorsBefore,
                    $"{relativePath}:{line + 1}: fix '{fix.Title}' introduces syntax errors:\n{Changed(fixture.Text, fixedText)}");
                var after = RepositoryRules.Analyze(fixedText, relativePath);
                Assert.True(Count(after, finding.RuleId) < Count(before, finding.RuleId),
                    $"{relativePath}:{line + 1}: {finding.RuleId} still fires after fix '{fix.Title}':\n{Changed(fixture.Text, fixedText)}");
                snapshot.AppendLine($"line {line + 1}: {finding.RuleId} {fix.Title} ({fix.Safety.ToString().ToLowerInvariant()})");
                snapshot.Append(Changed(fixture.Text, fixedText));
            }
        }
        if (snapshot.Length > 0 || File.Exists(Path.Combine(RuleFixture.Root, "..", "Snapshots", relativePath + ".fixes.txt")))
            Snapshot.Match(Path.Combine("Snapshots", relativePath + ".fixes.txt"), snapshot.ToString());
    }

    private static int Count(FileAnalysis analysis, string ruleId) => analysis.Active.Count(f => f.RuleId == ruleId);

    /// <summary>The lines that differ, as "- old" / "+ new" (fixes never add or remove lines).</summary>
    private static string Changed(string before, string after)
    {
        var old = before.Split('\n');
        var @new = after.Split('\n');
        var builder = new StringBuilder();
        for (var index = 0; index < Math.Max(old.Length, @new.Length); index++)
        {
            var a = index < old.Length ? old[index] : "";
            var b = index < @new.Length ? @new[index] : "";
            if (a == b) continue;
            builder.AppendLine("- " + a.TrimEnd('\r'));
            builder.AppendLine("+ " + b.TrimEnd('\r'));
        }
        return builder.ToString();
    }
}
