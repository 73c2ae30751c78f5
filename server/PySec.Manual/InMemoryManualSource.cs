namespace PySec.Manual;

/// <summary>A manual held in memory: for tests, and for hosts that receive chapters from an editor buffer.</summary>
public sealed class InMemoryManualSource(IReadOnlyDictionary<string, string> files) : IManualSource
{
    public IReadOnlyList<string> ListMarkdownFiles() =>
        files.Keys.Where(p => p.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    public string ReadText(string relativePath) => files[relativePath];
}
