namespace PySec.Manual.Tests;

/// <summary>One rule of the chapter format broken at a time in the otherwise valid sample manual.</summary>
public sealed class ValidationTests
{
    public sealed record Case(string Find, string Replace, string File, int Line, string Message, int Count = 1);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["no front matter"] = new("---\nid: sample\ntitle: A sample chapter\ncategory: runtime\nrules: [PYSEC001]\ncwe: [94]\nowasp: A03:2021 Injection\npython: \"all\"\nrelated: [other]\n---\n", "",
            SampleManual.SamplePath, 1, "no YAML front matter", 2),
        ["front matter not YAML"] = new("title: A sample chapter", "title: A: sample", SampleManual.SamplePath, 3, "not valid YAML", 2),
        ["missing field"] = new("owasp: A03:2021 Injection\n", "", SampleManual.SamplePath, 2, "front matter has no 'owasp'"),
        ["unknown field"] = new("python: \"all\"\n", "python: \"all\"\nauthor: me\n", SampleManual.SamplePath, 9, "unknown front matter key 'author'"),
        ["fields out of order"] = new("id: sample\ntitle: A sample chapter\n", "title: A sample chapter\nid: sample\n", SampleManual.SamplePath, 2, "front matter keys out of order"),
        ["list field given as text"] = new("rules: [PYSEC001]", "rules: PYSEC001", SampleManual.SamplePath, 5, "'rules' must be a list", 2),
        ["CWE with prefix"] = new("cwe: [94]", "cwe: [CWE-94]", SampleManual.SamplePath, 6, "CWE 'CWE-94' is not a number"),
        ["python versions not a range"] = new("python: \"all\"", "python: \"3.8+\"", SampleManual.SamplePath, 8, "python '3.8+' is not \"all\" or a version range"),
        ["owasp not a top 10 entry"] = new("owasp: A03:2021 Injection", "owasp: Injection", SampleManual.SamplePath, 7, "owasp 'Injection' is not an OWASP Top 10 entry"),
        ["empty title"] = new("title: A sample chapter", "title: \"\"", SampleManual.SamplePath, 3, "'title' must be a non-empty text"),
        ["id differs from file name"] = new("id: sample", "id: simple", SampleManual.SamplePath, 2, "does not match the file name 'sample.md'", 2),
        ["unknown category"] = new("category: runtime", "category: astrology", SampleManual.SamplePath, 4, "unknown category 'astrology'"),
        ["category of another folder"] = new("category: runtime", "category: files", SampleManual.SamplePath, 4, "does not match its folder '00-runtime'", 2),
        ["rule claimed twice"] = new("rules: [PYSEC001]", "rules: [PYSEC001, PYSEC002]", SampleManual.SamplePath, 5, "rule PYSEC002 is also claimed by 00-runtime/other.md"),
        ["malformed rule id"] = new("rules: [PYSEC001]", "rules: [PYSEC01]", SampleManual.SamplePath, 5, "'PYSEC01' does not match PYSEC followed by three digits"),
        ["rule id of another category"] = new("rules: [PYSEC001]", "rules: [PYSEC101]", SampleManual.SamplePath, 5, "outside category 'runtime'"),
        ["no rules"] = new("rules: [PYSEC001]", "rules: []", SampleManual.SamplePath, 5, "explains no rule"),
        ["related chapter missing"] = new("related: [other]", "related: [other, missing]", SampleManual.SamplePath, 9, "related chapter 'missing' does not exist"),
        ["title heading differs"] = new("# A sample chapter", "# A different title", SampleManual.SamplePath, 11, "differs from the title"),
        ["missing section"] = new("## Python version notes\nNo version differences.\n\n", "", SampleManual.SamplePath, 11, "missing section 'Python version notes'"),
        ["sections out of order"] = new("## Fixing existing code\nNo quick fix; see [the README](../README.md).\n\n## Python version notes\nNo version differences.\n",
            "## Python version notes\nNo version differences.\n\n## Fixing existing code\nNo quick fix; see [the README](../README.md).\n",
            SampleManual.SamplePath, 43, "section 'Fixing existing code' is out of order"),
        ["unexpected section"] = new("## Why it is dangerous", "## Background", SampleManual.SamplePath, 16, "unexpected section 'Background'", 2),
        ["empty summary"] = new("Do not evaluate input; parse it instead (see [the other chapter](other.md#summary)).", "", SampleManual.SamplePath, 13, "the summary is empty"),
        ["broken chapter link"] = new("(other.md#summary)", "(gone.md#summary)", SampleManual.SamplePath, 14, "link 'gone.md#summary' points to '00-runtime/gone.md', which does not exist"),
        ["broken link above the folder"] = new("(../README.md)", "(../READ.md)", SampleManual.SamplePath, 41, "points to 'READ.md', which does not exist"),
        ["no vulnerable block"] = new("```python vulnerable", "```sh", SampleManual.SamplePath, 19, "no ```python vulnerable block"),
        ["no safe block"] = new("```python safe", "```text", SampleManual.SamplePath, 24, "no ```python safe block"),
        ["untagged python"] = new("```python safe\nvalue = int", "```python\nvalue = int", SampleManual.SamplePath, 27, "neither 'vulnerable' nor 'safe'"),
        ["vulnerable block under the safe section"] = new("```python safe\nvalue = int", "```python vulnerable\nvalue = int", SampleManual.SamplePath, 27, "belongs under 'Vulnerable example'"),
        ["python that does not parse"] = new("value = ast.literal_eval(text)", "value = = ast.literal_eval(text)", SampleManual.SamplePath, 37, "python block does not parse: PS02"),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_broken_rule_is_reported_at_its_line(string name)
    {
        var (find, replace, file, line, message, count) = Cases[name];
        Assert.Contains(find, SampleManual.Sample);
        var manual = SampleManual.LoadWithSample(text => text.Replace(find, replace));

        Assert.True(manual.Diagnostics.Any(d => d.File == file && d.Line == line && d.Message.Contains(message, StringComparison.Ordinal)),
            $"expected {file}:{line} '{message}', got:\n{string.Join("\n", manual.Diagnostics)}");
        Assert.Equal(count, manual.Diagnostics.Count);
    }

    [Theory]
    [InlineData("python2")]
    [InlineData("invalid")]
    public void Blocks_marked_as_not_python3_are_not_parsed(string marker)
    {
        var manual = SampleManual.LoadWithSample(text =>
            text.Replace("```python safe\nvalue = int(input())", $"```python safe {marker}\nprint \"value\", int(raw_input())"));
        Assert.Empty(manual.Diagnostics);
    }

    [Fact]
    public void Yaml_the_parser_gives_up_on_is_a_diagnostic_not_an_exception()
    {
        var manual = SampleManual.LoadWithSample(text => text.Replace("title: A sample chapter", "title: [unclosed"));
        Assert.Contains(manual.Diagnostics, d => d.File == SampleManual.SamplePath && d.Message.StartsWith("front matter is not valid YAML", StringComparison.Ordinal));
        Assert.Null(manual.ById("sample"));
    }

    [Fact]
    public void The_table_of_contents_must_list_every_chapter_and_its_links_resolve()
    {
        var files = SampleManual.Files();
        files["index.md"] = "# Contents\n\n- [Sample](00-runtime/sample.md)\n- [Gone](00-runtime/gone.md)\n";
        files["README.md"] = "# Manual\n\nSee [the format](FORMAT.md).\n";
        var manual = Manual.Load(new InMemoryManualSource(files));
        Assert.Equal(
            [
                "README.md:3: error: link 'FORMAT.md' points to 'FORMAT.md', which does not exist",
                "index.md:1: error: the table of contents does not list 00-runtime/other.md",
                "index.md:4: error: link '00-runtime/gone.md' points to '00-runtime/gone.md', which does not exist",
            ],
            manual.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Two_chapters_with_one_id_are_reported()
    {
        var files = SampleManual.Files();
        files["01-injection/sample.md"] = SampleManual.Sample
            .Replace("category: runtime", "category: injection").Replace("PYSEC001", "PYSEC101");
        var manual = Manual.Load(new InMemoryManualSource(files));
        Assert.Contains(manual.Diagnostics, d => d.File == "01-injection/sample.md" && d.Line == 2 && d.Message.Contains("also used by 00-runtime/sample.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chapter_outside_the_category_folders_is_reported()
    {
        var files = SampleManual.Files();
        files["misc/sample2.md"] = SampleManual.Sample.Replace("id: sample", "id: sample2").Replace("PYSEC001", "PYSEC004");
        var manual = Manual.Load(new InMemoryManualSource(files));
        Assert.Contains(manual.Diagnostics, d => d.File == "misc/sample2.md" && d.Message.Contains("folder 'misc' is not a category folder", StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnostics_print_as_file_line_error_message()
    {
        var manual = SampleManual.LoadWithSample(text => text.Replace("cwe: [94]", "cwe: [x]"));
        Assert.Equal("00-runtime/sample.md:6: error: CWE 'x' is not a number (write 502, not CWE-502)", manual.Diagnostics.Single().ToString());
    }
}
