namespace PySec.Manual;

/// <summary>A rule category: its folder (which fixes the order), its front-matter slug and its heading.</summary>
public sealed record ManualCategory(string Folder, string Slug, string Title, char RuleDigit);

/// <summary>The categories of manual/README.md. Rule ids start with PYSEC and the category digit.</summary>
public static class ManualCategories
{
    public static IReadOnlyList<ManualCategory> All { get; } =
    [
        new("00-runtime", "runtime", "Runtime and interpreter hardening", '0'),
        new("01-injection", "injection", "Code execution and injection", '1'),
        new("02-deserialization", "deserialization", "Deserialisation", '2'),
        new("03-processes", "processes", "Processes and shells", '3'),
        new("04-files", "files", "Files, permissions and races", '4'),
        new("05-archives", "archives", "Archives and decompression", '5'),
        new("06-xml", "xml", "XML and HTML output", '6'),
        new("07-crypto", "crypto", "Cryptography and secrets", '7'),
        new("08-network", "network", "Network, TLS and web frameworks", '8'),
        new("09-data", "data", "Numbers, Unicode, logging and native memory", '9'),
    ];

    public static ManualCategory? ByFolder(string folder) => All.FirstOrDefault(c => c.Folder == folder);

    public static ManualCategory? BySlug(string slug) => All.FirstOrDefault(c => c.Slug == slug);
}
