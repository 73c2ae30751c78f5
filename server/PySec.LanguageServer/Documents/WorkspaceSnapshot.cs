using System.Collections.Immutable;
using PySec.LanguageServer.Configuration;

namespace PySec.LanguageServer.Documents;

/// <summary>
/// The whole server state a request can read: open documents, workspace folders and settings. Immutable; the
/// <see cref="WorkspaceStore"/> swaps in a new one for each change.
/// </summary>
public sealed record WorkspaceSnapshot(
    ImmutableDictionary<string, DocumentSnapshot> Documents,
    ImmutableArray<Protocol.WorkspaceFolder> Folders,
    SettingsSnapshot Settings)
{
    public static WorkspaceSnapshot Empty { get; } = new(
        ImmutableDictionary.Create<string, DocumentSnapshot>(StringComparer.Ordinal), [], SettingsSnapshot.Empty);

    public DocumentSnapshot? GetDocument(string uri) => Documents.GetValueOrDefault(uri);

    /// <summary>The innermost workspace folder holding the document, or null outside every folder.</summary>
    public Protocol.WorkspaceFolder? FolderOf(string uri) =>
        Folders.Where(f => DocumentUri.IsUnder(uri, f.Uri)).OrderByDescending(f => f.Uri.Length).FirstOrDefault();

    /// <summary>The settings that apply to a document: its folder's, else the global ones.</summary>
    public EffectiveSettings SettingsFor(string uri) => Settings.For(FolderOf(uri)?.Uri);
}
