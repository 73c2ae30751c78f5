using PySec.Manual;

namespace PySec.Manual.Tests;

/// <summary>
/// A tiny valid manual in memory: two runtime chapters that link to each other. Validation tests change one thing
/// in it and expect exactly the diagnostic for that thing.
/// </summary>
public static class SampleManual
{
    public const string SamplePath = "00-runtime/sample.md";
    public const string OtherPath = "00-runtime/other.md";

    public const string Sample = """
        ---
        id: sample
        title: A sample chapter
        category: runtime
        rules: [PYSEC001]
        cwe: [94]
        owasp: A03:2021 Injection
        python: "all"
        related: [other]
        ---
        # A sample chapter

        ## Summary
        Do not evaluate input; parse it instead (see [the other chapter](other.md#summary)).

        ## Why it is dangerous
        PYSEC001 (error) flags `eval` on anything.

        ## Vulnerable example
        ```python vulnerable
        value = eval(input())
        ```

        ## Safer alternatives
        When the input is a number:

        ```python safe
        value = int(input())
        ```

        When the input is a literal:

        ```python safe
        import ast

        text = input()
        value = ast.literal_eval(text)
        ```

        ## Fixing existing code
        No quick fix; see [the README](../README.md).

        ## Python version notes
        No version differences.

        ## References
        - [CWE-94](https://cwe.mitre.org/data/definitions/94.html)
        """;

    public const string Other = """
        ---
        id: other
        title: Another chapter
        category: runtime
        rules: [PYSEC002, PYSEC003]
        cwe: [20]
        owasp: A03:2021 Injection
        python: ">= 3.8"
        related: [sample]
        ---
        # Another chapter

        ## Summary
        Validate input.

        ## Why it is dangerous
        Because.

        ## Vulnerable example
        ```python vulnerable
        import os
        os.system(input())
        ```

        ## Safer alternatives
        Use a list.

        ```python safe
        import subprocess
        subprocess.run(["ls", input()], check=True)
        ```

        ## Fixing existing code
        None.

        ## Python version notes
        No version differences.

        ## References
        - [CWE-20](https://cwe.mitre.org/data/definitions/20.html)
        """;

    public static Dictionary<string, string> Files() => new(StringComparer.Ordinal)
    {
        [SamplePath] = Sample,
        [OtherPath] = Other,
        ["README.md"] = "# Manual\n\nSee the [index](index.md).\n",
        ["index.md"] = "# Contents\n\n- [Sample](00-runtime/sample.md)\n- [Other](00-runtime/other.md#summary)\n",
    };

    public static Manual Load() => Manual.Load(new InMemoryManualSource(Files()));

    /// <summary>The sample manual with the sample chapter's text changed by <paramref name="edit"/>.</summary>
    public static Manual LoadWithSample(Func<string, string> edit)
    {
        var files = Files();
        files[SamplePath] = edit(Sample);
        return Manual.Load(new InMemoryManualSource(files));
    }
}
