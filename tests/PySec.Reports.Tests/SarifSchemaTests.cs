using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PySec.Testing;

namespace PySec.Reports.Tests;

/// <summary>The SARIF report is valid against the official SARIF 2.1.0 schema and carries what code scanning reads.</summary>
public sealed class SarifSchemaTests
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_report_is_valid_against_the_official_schema(bool showSuppressed)
    {
        var sarif = ReportSnapshotTests.Write("sarif", SampleScan.Options(showSuppressed));
        var errors = Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_schema_rejects_a_broken_report()
    {
        // Proves the validation can fail: a result without a message and a region with line 0 are invalid.
        var document = JsonNode.Parse(ReportSnapshotTests.Write("sarif", SampleScan.Options()))!;
        var result = document["runs"]![0]!["results"]![0]!.AsObject();
        result.Remove("message");
        result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 0;
        Assert.NotEmpty(Validate(document.ToJsonString()));
    }

    [Fact]
    public void Rules_carry_what_github_code_scanning_reads()
    {
        var run = JsonNode.Parse(ReportSnapshotTests.Write("sarif", SampleScan.Options()))!["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        var pickle = rules.Single(r => (string)r!["id"]! == "PYSEC207")!;
        Assert.Equal("8.0", (string)pickle["properties"]!["security-severity"]!);
        var tags = pickle["properties"]!["tags"]!.AsArray().Select(t => (string)t!).ToList();
        Assert.Contains("security", tags);
        Assert.Contains("external/cwe/cwe-502", tags);
        Assert.StartsWith("https://pysec.dev/manual/02-deserialization/", (string)pickle["helpUri"]!);
        Assert.Contains("safe_load", (string)pickle["help"]!["markdown"]!);

        foreach (var result in run["results"]!.AsArray())
        {
            var index = (int)result!["ruleIndex"]!;
            Assert.Equal((string)result["ruleId"]!, (string)rules[index]!["id"]!);
        }
        Assert.Equal(2, run["invocations"]![0]!["toolExecutionNotifications"]!.AsArray().Count);
        Assert.Equal("file:///project/", (string)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!);
    }

    private static List<string> Validate(string sarif)
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var results = Schema.Evaluate(JsonDocument.Parse(sarif).RootElement, options);
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToList();
    }
}
