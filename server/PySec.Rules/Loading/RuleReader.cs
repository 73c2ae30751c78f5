using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PySec.Rules.Code;
using PySec.Rules.Fixes;
using PySec.Rules.Matching;
using PySec.Semantics;

namespace PySec.Rules.Loading;

/// <summary>
/// Builds a <see cref="Rule"/> from a rule document that already passed the schema: compiles regexes and
/// matchers, links C# rules, and reports what the schema cannot see (a bad regex, a matcher the engine could
/// never offer a node to) with the JSON pointer of the field.
/// </summary>
internal static class RuleReader
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public static Rule Read(JsonObject root, string sourcePath)
    {
        var id = (string)root["id"]!;
        var metadata = new RuleMetadata(
            id,
            (string)root["name"]!,
            (string)root["title"]!,
            (string)root["message"]!,
            RuleLevels.ParseSeverity((string)root["severity"]!),
            RuleLevels.ParseConfidence((string)root["confidence"]!),
            root["cwe"]!.AsArray().Select(n => (int)Long(n)!.Value).ToList(),
            (string)root["owasp"]!,
            Strings(root["tags"]),
            Strings(root["aliases"]),
            (string)root["manual"]!,
            Scope(root),
            sourcePath);

        Matcher? matcher = null;
        CodeRule? code = null;
        if (root["match"] is JsonObject match)
        {
            matcher = ReadMatcher(match, "/match");
            if (matcher.Kinds is null)
                throw new RuleFormatException("/match", "the matcher needs a condition on a kind of node (call, import, ...), not only not/inside");
        }
        else
        {
            code = CodeRuleRegistry.Create(id)
                ?? throw new RuleFormatException("/code", $"no C# rule class is registered with [CodeRule(\"{id}\")]");
        }

        var fixes = new List<FixTemplate>();
        if (root["fixes"] is JsonArray fixArray)
            for (var index = 0; index < fixArray.Count; index++)
                fixes.Add(ReadFix(fixArray[index]!.AsObject(), $"/fixes/{index}"));
        return new Rule(metadata, matcher, code, fixes);
    }

    private static RuleScope Scope(JsonObject root)
    {
        var files = root["files"] as JsonObject;
        var python = root["python"] as JsonObject;
        return new RuleScope(
            (bool?)files?["tests"] ?? true,
            files?["matches"] is JsonNode pattern ? Pattern((string)pattern!, "/files/matches") : null,
            Version(python?["min"], "/python/min"),
            Version(python?["below"], "/python/below"));
    }

    private static PythonVersion? Version(JsonNode? node, string pointer)
    {
        if (node is null) return null;
        return PythonVersion.TryParse((string)node!, out var version) ? version : throw new RuleFormatException(pointer, "not a Python version");
    }

    private static Matcher ReadMatcher(JsonObject node, string pointer)
    {
        var severity = node["severity"] is JsonNode s ? RuleLevels.ParseSeverity((string)s!) : (Severity?)null;
        var confidence = node["confidence"] is JsonNode c ? RuleLevels.ParseConfidence((string)c!) : (Confidence?)null;
        var message = (string?)node["message"];
        var (key, body) = node.First(p => p.Key is not ("severity" or "confidence" or "message"));
        var at = pointer + "/" + key;
        Matcher matcher = key switch
        {
            "call" => new CallMatcher(
                body!["names"] is JsonNode callNames ? Names(callNames) : null,
                body["methods"] is JsonArray methodNames ? methodNames.Select(m => (string)m!).ToHashSet(StringComparer.Ordinal) : null,
                body["receiver-imports"] is JsonNode imports ? Names(imports) : null,
                body["args"] is JsonArray args ? args.Select((a, i) => Argument(a!.AsObject(), $"{at}/args/{i}")).ToList() : [],
                (bool?)body["star-args"] ?? true),
            "import" => new ImportMatcher(Names(body!["modules"])),
            "attribute" => new AttributeMatcher(Names(body!["names"])),
            "assign" => new AssignMatcher(
                body!["names"] is JsonNode names ? Names(names) : null,
                OptionalPattern(body["target-matches"], at + "/target-matches"),
                Value(body["value"], at + "/value")),
            "keyword" => new KeywordMatcher(Pattern((string)body!["name-matches"]!, at + "/name-matches"), Value(body["value"], at + "/value")),
            "parameter" => new ParameterMatcher(Pattern((string)body!["name-matches"]!, at + "/name-matches"), Value(body["default"], at + "/default")),
            "decorator" => new DecoratorMatcher(Names(body!["names"])),
            "string" => new StringMatcher(Pattern((string)body!["matches"]!, at + "/matches")),
            "compare" => new CompareMatcher(
                OptionalPattern(body!["name-matches"], at + "/name-matches"),
                Value(body["value"], at + "/value"),
                body["operators"] is JsonArray ops ? ops.Select(o => (string)o!).ToHashSet() : null),
            "assert" => new AssertMatcher(),
            "except" => ReadExcept(body!.AsObject()),
            "inside" => new InsideMatcher((bool?)body!["main-guard"], (bool?)body["function"], (bool?)body["module-level"]),
            "all" => new AllMatcher(Parts(body!, at)),
            "any" => new AnyMatcher(Parts(body!, at)),
            "not" => new NotMatcher(ReadMatcher(body!.AsObject(), at)),
            _ => throw new RuleFormatException(at, $"unknown matcher '{key}'"),
        };
        return WithOverrides(matcher, severity, confidence, message);
    }

    private static Matcher WithOverrides(Matcher matcher, Severity? severity, Confidence? confidence, string? message)
    {
        if (severity is null && confidence is null && message is null) return matcher;
        // Overrides live on the alternative that matched: wrap it so the compiled matcher stays immutable.
        return new AllMatcher([matcher]) { Severity = severity, Confidence = confidence, Message = message };
    }

    private static List<Matcher> Parts(JsonNode body, string pointer) =>
        body.AsArray().Select((part, index) => ReadMatcher(part!.AsObject(), $"{pointer}/{index}")).ToList();

    private static ExceptMatcher ReadExcept(JsonObject body)
    {
        var types = body["types"] is JsonArray array ? array.Select(t => (string)t!).ToList() : null;
        var bare = types?.Remove("bare") ?? false;
        var bodies = body["body"] is JsonArray kinds ? kinds.Select(k => (string)k!).ToHashSet() : null;
        return new ExceptMatcher(types is { Count: > 0 } ? new NameSet(types) : null, bare, bodies);
    }

    private static ArgumentCondition Argument(JsonObject node, string pointer) =>
        new((string?)node["name"], (int?)Long(node["position"]), ReadValue(node, pointer));

    private static ValueCondition? Value(JsonNode? node, string pointer) => node is JsonObject value ? ReadValue(value, pointer) : null;

    private static ValueCondition ReadValue(JsonObject node, string pointer) => new()
    {
        Present = (bool?)node["present"],
        HasIs = node.ContainsKey("is"),
        Is = node["is"] is JsonNode literal ? (bool)literal : null,
        Truthy = (bool?)node["truthy"],
        Constant = (bool?)node["constant"],
        Matches = OptionalPattern(node["matches"], pointer + "/matches"),
        TemplateMatches = OptionalPattern(node["template-matches"], pointer + "/template-matches"),
        In = node["in"] is JsonArray @in ? Scalars(@in) : null,
        NotIn = node["not-in"] is JsonArray notIn ? Scalars(notIn) : null,
        LessThan = Double(node["less-than"]),
        GreaterThan = Double(node["greater-than"]),
        BitsAny = Long(node["bits-any"]),
        CallTo = node["call-to"] is JsonNode callTo ? Names(callTo) : null,
        Not = node["not"] is JsonObject not ? ReadValue(not, pointer + "/not") : null,
    };

    private static List<object?> Scalars(JsonArray array) => array.Select(Scalar).ToList();

    private static object? Scalar(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<long>(out var integer) => integer,
        JsonValue value when value.TryGetValue<int>(out var small) => (long)small,
        JsonValue value when value.TryGetValue<double>(out var number) => number,
        JsonValue value => (string?)value,
        _ => null,
    };

    private static FixTemplate ReadFix(JsonObject node, string pointer)
    {
        var edits = new List<FixOperation>();
        foreach (var edit in node["edits"]!.AsArray())
        {
            var (key, body) = edit!.AsObject().First();
            edits.Add(key switch
            {
                "rename" => new RenameOperation((string)body!),
                "remove-argument" => new RemoveArgumentOperation((string)body!),
                "set-argument" => new SetArgumentOperation((string)body!["name"]!, (string)body["value"]!),
                "replace-value" => new ReplaceValueOperation((string)body!),
                "split-command" => new SplitCommandOperation((string)body!),
                _ => throw new RuleFormatException(pointer + "/edits", $"unknown edit '{key}'"),
            });
        }
        return new FixTemplate(
            (string)node["title"]!,
            (string)node["safety"]! == "safe" ? FixSafety.Safe : FixSafety.Unsafe,
            node["when"] is JsonObject when ? ReadMatcher(when, pointer + "/when") : null,
            edits);
    }

    // The YAML reader stores integers as long and other numbers as double; the schema has checked which is where.
    private static long? Long(JsonNode? node) => node is JsonValue value
        ? value.TryGetValue<long>(out var integer) ? integer : (long)value.GetValue<double>()
        : null;

    private static double? Double(JsonNode? node) => node is JsonValue value
        ? value.TryGetValue<double>(out var number) ? number : value.GetValue<long>()
        : null;

    private static NameSet Names(JsonNode? node) => new(node!.AsArray().Select(n => (string)n!));

    private static List<string> Strings(JsonNode? node) => node is JsonArray array ? array.Select(n => (string)n!).ToList() : [];

    private static Regex? OptionalPattern(JsonNode? node, string pointer) => node is null ? null : Pattern((string)node!, pointer);

    private static Regex Pattern(string pattern, string pointer)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException exception)
        {
            throw new RuleFormatException(pointer, $"invalid regular expression: {exception.Message}");
        }
    }
}
