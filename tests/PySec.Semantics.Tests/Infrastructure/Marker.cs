namespace PySec.Semantics.Tests.Infrastructure;

/// <summary>One check written in a fixture comment (see Fixtures/README.md).</summary>
public sealed record Marker(string File, int Line, string Kind, string Value)
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "qname", "instance", "binds", "uses", "arg", "const", "template", "holes",
    };

    /// <summary>Shown as the test case name: file, 1-based line, and the marker as written.</summary>
    public override string ToString() => $"{File}:{Line}: {Kind}: {Value}";
}
