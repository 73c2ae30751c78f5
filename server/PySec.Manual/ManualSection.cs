namespace PySec.Manual;

/// <summary>A level-2 section: its heading, its Markdown body (without the heading) and the heading's 1-based line.</summary>
public sealed record ManualSection(string Name, string Markdown, int Line);

/// <summary>The level-2 headings every chapter has, in this order and no others (manual/README.md).</summary>
public static class SectionNames
{
    public const string Summary = "Summary";
    public const string Why = "Why it is dangerous";
    public const string Vulnerable = "Vulnerable example";
    public const string Safer = "Safer alternatives";
    public const string Fixing = "Fixing existing code";
    public const string Versions = "Python version notes";
    public const string References = "References";

    public static IReadOnlyList<string> Required { get; } = [Summary, Why, Vulnerable, Safer, Fixing, Versions, References];
}
