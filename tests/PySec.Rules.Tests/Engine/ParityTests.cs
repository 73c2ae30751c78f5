using System.Text.RegularExpressions;
using PySec.Testing;
using PySec.Text;

namespace PySec.Rules.Tests;

/// <summary>
/// Our corpus that mirrors each category of Bandit's examples (see Parity/README.md): every line Bandit flags is
/// flagged by one of our rules aliasing that check, or is marked quiet with the reason; everything we flag is marked.
/// </summary>
public sealed partial class ParityTests
{
    private static string Root => Path.Combine(AppContext.BaseDirectory, "Parity");

    private static IEnumerable<string> FileNames() =>
        Directory.Exists(Root) ? Directory.EnumerateFiles(Root, "*.py").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal) : [];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var name in FileNames()) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_bandit_finding_is_matched_or_deliberately_quiet(string file)
    {
        var result = Check(file);
        Assert.True(result.Problems.Count == 0, $"Parity/{file}:\n  " + string.Join("\n  ", result.Problems));
    }

    [Fact]
    public void Totals()
    {
        var results = FileNames().Select(Check).ToList();
        Assert.True(results.Count >= 40, $"only {results.Count} parity files");
        var bandit = results.Sum(r => r.BanditLines);
        var matched = results.Sum(r => r.Matched);
        var quiet = results.Sum(r => r.Quiet);
        var ours = results.Sum(r => r.OursOnly);
        TestReport.Line($"parity with Bandit's example categories: {results.Count} files, {bandit} lines Bandit flags: " +
            $"{matched} flagged by us too, {quiet} deliberately quiet (false positives fixed); {ours} findings Bandit misses");
    }

    private sealed record Result(List<string> Problems, int BanditLines, int Matched, int Quiet, int OursOnly);

    private static Result Check(string file)
    {
        var text = File.ReadAllText(Path.Combine(Root, file));
        var analysis = RepositoryRules.Analyze(text, "app/" + file);
        var lines = LineMap.Create(text);
        var fired = analysis.Active.Select(f => (f.RuleId, Line: lines.GetLineIndex(f.Span.Start), f.Rule, f.Message)).ToList();
        var expected = FixtureMarkers.Parse(text).Expected.Select(e => (e.Code, e.Line)).ToHashSet();
        var problems = new List<string>();
        foreach (var (code, line) in expected.Where(e => !fired.Any(f => f.RuleId == e.Code && f.Line == e.Line)))
            problems.Add($"line {line + 1}: expected {code}, not reported");
        foreach (var finding in fired.Where(f => !expected.Contains((f.RuleId, f.Line))))
            problems.Add($"line {finding.Line + 1}: unexpected {finding.RuleId}: {finding.Message}");

        int banditLines = 0, matched = 0, quiet = 0;
        var banditCovered = new HashSet<(string, int)>();
        for (var line = 0; line < lines.LineCount; line++)
        {
            var span = lines.GetLineSpan(line);
            foreach (Match mark in BanditMark().Matches(text.Substring(span.Start, span.Length)))
            {
                banditLines++;
                var id = mark.Groups["id"].Value;
                if (mark.Groups["quiet"].Success)
                {
                    quiet++;
                    continue;
                }
                var aliasing = fired.Where(f => f.Line == line && f.Rule.Metadata.Aliases.Contains(id)).ToList();
                if (aliasing.Count == 0) problems.Add($"line {line + 1}: Bandit reports {id} here; no rule aliasing {id} fires and the line is not marked quiet");
                else
                {
                    matched++;
                    foreach (var finding in aliasing) banditCovered.Add((finding.RuleId, line));
                }
            }
        }
        var oursOnly = expected.Count(e => !banditCovered.Contains(e));
        return new Result(problems, banditLines, matched, quiet, oursOnly);
    }

    [GeneratedRegex(@"#\s*bandit:\s*(?<id>B[0-9]{3})(?:\s*--\s*(?<quiet>quiet:\s*\S[^#]*))?")]
    private static partial Regex BanditMark();
}
