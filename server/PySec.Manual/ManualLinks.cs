namespace PySec.Manual;

/// <summary>Relative links between manual files: resolving them against a chapter's folder and rewriting them for the site.</summary>
public static class ManualLinks
{
    /// <summary>
    /// The manual-relative path a link points to, or null for a link that leaves the manual's files
    /// (a URL with a scheme, a same-page anchor, an empty link).
    /// </summary>
    public static string? Resolve(string fromFolder, string url)
    {
        if (IsExternalOrAnchor(url)) return null;
        var path = StripAnchor(url);
        var parts = new List<string>(fromFolder.Length == 0 || path.StartsWith('/') ? [] : fromFolder.Split('/'));
        foreach (var part in path.TrimStart('/').Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0) return "../" + path;
                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(Uri.UnescapeDataString(part));
                    break;
            }
        }
        return string.Join('/', parts);
    }

    /// <summary>A relative link to a Markdown file turned into one to its rendered page (anchor kept).</summary>
    public static string ToHtml(string url)
    {
        if (IsExternalOrAnchor(url)) return url;
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? "" : url[hash..];
        return path.EndsWith(".md", StringComparison.Ordinal) ? path[..^3] + ".html" + anchor : url;
    }

    private static bool IsExternalOrAnchor(string url) =>
        url.Length == 0 || url.StartsWith('#') || url.Contains("://", StringComparison.Ordinal) ||
        url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || StripAnchor(url).Length == 0;

    private static string StripAnchor(string url) => url.IndexOf('#') is var hash and >= 0 ? url[..hash] : url;
}
