using System.Text;
using System.Text.RegularExpressions;

namespace PySec.LanguageServer.Analysis;

/// <summary>
/// The glob form of the <c>exclude</c> setting, matched against a path relative to its workspace folder with '/'
/// separators: <c>*</c> and <c>?</c> stay within a path segment, <c>**</c> spans segments, and a pattern without
/// a '/' matches a file or folder name at any depth (as in .gitignore).
/// </summary>
public static class PathGlob
{
    public static bool IsMatch(string pattern, string relativePath)
    {
        pattern = pattern.Replace('\\', '/').Trim();
        if (pattern.Length == 0) return false;
        if (pattern.StartsWith("./", StringComparison.Ordinal)) pattern = pattern[2..];
        var anchored = pattern.TrimEnd('/').Contains('/');
        var body = ToRegex(pattern.Trim('/'));
        // A pattern naming a folder excludes everything under it.
        var regex = anchored ? $"^{body}(/.*)?$" : $"(^|/){body}(/.*)?$";
        return Regex.IsMatch(relativePath.Replace('\\', '/'), regex, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
    }

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                i++;
                if (i + 1 < glob.Length && glob[i + 1] == '/')
                {
                    i++;
                    regex.Append("(.*/)?");
                }
                else regex.Append(".*");
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return regex.ToString();
    }
}
