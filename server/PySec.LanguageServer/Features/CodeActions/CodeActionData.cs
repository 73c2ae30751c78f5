namespace PySec.LanguageServer.Features.CodeActions;

/// <summary>What a lazily resolved code action carries to codeAction/resolve: which edit to compute, on which version.</summary>
public sealed record CodeActionData(string Kind, string Uri, int Version, string? RuleId = null, int Start = 0, int Length = 0)
{
    public const string Suppress = "suppress";
    public const string FixAllSafe = "fixAll";
}
