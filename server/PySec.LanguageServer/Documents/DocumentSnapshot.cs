using PySec.Text;

namespace PySec.LanguageServer.Documents;

/// <summary>One open document at one version: immutable, so a read can hold it while edits go on.</summary>
public sealed class DocumentSnapshot(string uri, string languageId, int version, string text)
{
    private LineMap? _lines;

    public string Uri { get; } = uri;
    public string LanguageId { get; } = languageId;
    public int Version { get; } = version;
    public string Text { get; } = text;
    public LineMap Lines => _lines ??= LineMap.Create(Text);

    /// <summary>The local path for a file: URI (used for test-file detection and folder settings), else the URI itself.</summary>
    public string Path => DocumentUri.ToPath(Uri) ?? Uri;

    public DocumentSnapshot WithText(int version, string text) => new(Uri, LanguageId, version, text);
}
