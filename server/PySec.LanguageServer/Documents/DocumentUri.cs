namespace PySec.LanguageServer.Documents;

/// <summary>file: URIs to local paths and back, and folder containment, the way VS Code spells them.</summary>
public static class DocumentUri
{
    public static string? ToPath(string uri)
    {
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile) return null;
        return parsed.LocalPath;
    }

    public static string FromPath(string path) => new System.Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>Whether the document lies inside the folder (both URIs, compared on their unescaped form).</summary>
    public static bool IsUnder(string documentUri, string folderUri)
    {
        var document = Normalize(documentUri);
        var folder = Normalize(folderUri).TrimEnd('/');
        return document.StartsWith(folder + "/", StringComparison.Ordinal);
    }

    /// <summary>Unescaped, with a lower-case Windows drive letter, so "file:///C%3A/x" and "file:///c:/x" agree.</summary>
    public static string Normalize(string uri)
    {
        var unescaped = System.Uri.UnescapeDataString(uri);
        if (unescaped.StartsWith("file:///", StringComparison.OrdinalIgnoreCase) && unescaped.Length > 10 && unescaped[9] == ':')
            unescaped = "file:///" + char.ToLowerInvariant(unescaped[8]) + unescaped[9..];
        return unescaped;
    }
}
