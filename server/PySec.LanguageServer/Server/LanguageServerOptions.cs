namespace PySec.LanguageServer.Server;

/// <summary>Where the server finds what it ships with. The CLI resolves the folders the way its other verbs do.</summary>
public sealed record LanguageServerOptions(string RulesDirectory, string ManualDirectory)
{
    /// <summary>Extra rule packs (user folders), loaded after ours.</summary>
    public IReadOnlyList<string> ExtraRuleDirectories { get; init; } = [];

    /// <summary>Milliseconds of quiet before re-analysing a document that is being edited in a burst.</summary>
    public int DebounceMilliseconds { get; init; } = 50;

    /// <summary>The product version reported in serverInfo.</summary>
    public string ServerVersion { get; init; } = "0.0.0";
}
