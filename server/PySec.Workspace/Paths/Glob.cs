using System.Text;
using System.Text.RegularExpressions;

namespace PySec.Workspace;

/// <summary>
/// A path pattern in the syntax of <c>.gitignore</c>, used for excludes, per-path ignores and ignore files alike so
/// that users learn one syntax: <c>*</c> and <c>?</c> stay inside one path segment, <c>**</c> crosses segments,
/// <c>[a-z]</c> / <c>[!a-z]</c> are character classes, <c>\</c> escapes. A pattern without a slash (other than a
/// trailing one) matches a name at any depth; a leading or inner slash anchors it to the base folder; a trailing
/// slash matches folders only. Paths given to <see cref="IsMatch"/> are relative to the base, with '/' separators.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;

    private Glob(string pattern, Regex regex, bool directoryOnly)
    {
        Pattern = pattern;
        _regex = regex;
        DirectoryOnly = directoryOnly;
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>True for a pattern with a trailing slash: it matches folders, and through them what they hold.</summary>
    public bool DirectoryOnly { get; }

    /// <summary>Compiles a pattern; null with an explanation when it is malformed (an unclosed '[' or a lone '\').</summary>
    public static Glob? TryParse(string pattern, out string? error)
    {
        error = null;
        var body = pattern;
        var directoryOnly = false;
        if (body.Length > 1 && body.EndsWith('/') && !body.EndsWith("\\/"))
        {
            directoryOnly = true;
            body = body.TrimEnd('/');
        }
        if (body.Length == 0 || body == "/")
        {
            error = "an empty pattern matches nothing";
            return null;
        }
        var anchored = body.StartsWith('/') || body.TrimEnd('/').Contains('/');
        if (body.StartsWith('/')) body = body[1..];
        if (body.StartsWith("./")) body = body[2..];

        var regex = new StringBuilder("^");
        // gitignore: "**/x" and a slash-less "x" both match x at any depth.
        if (!anchored) regex.Append("(?:.*/)?");
        for (var index = 0; index < body.Length; index++)
        {
            var c = body[index];
            switch (c)
            {
                case '*' when index + 1 < body.Length && body[index + 1] == '*':
                {
                    var atStart = index == 0 || body[index - 1] == '/';
                    var end = index + 2;
                    while (end < body.Length && body[end] == '*') end++;
                    var atEnd = end == body.Length || body[end] == '/';
                    if (atStart && atEnd)
                    {
                        if (end == body.Length) regex.Append(".*");
                        else
                        {
                            regex.Append("(?:.*/)?");
                            end++; // the slash after "**" is part of the "zero or more folders"
                        }
                    }
                    else regex.Append("[^/]*"); // "a**b" is two stars in one segment, as in git
                    index = end - 1;
                    break;
                }
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                {
                    var close = FindClassEnd(body, index);
                    if (close < 0)
                    {
                        error = $"unclosed '[' at character {index + 1}";
                        return null;
                    }
                    regex.Append(TranslateClass(body[(index + 1)..close]));
                    index = close;
                    break;
                }
                case '\\':
                    if (index + 1 >= body.Length)
                    {
                        error = "the pattern ends with a lone '\\'";
                        return null;
                    }
                    regex.Append(Regex.Escape(body[++index].ToString()));
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        regex.Append('$');
        // Linear-time matching: a pattern from a config or ignore file (say "a*a*a*a*b") must not make discovery crawl.
        return new Glob(pattern, new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking), directoryOnly);
    }

    /// <summary>Compiles a pattern that is known to be valid (built-in defaults, tests).</summary>
    public static Glob Parse(string pattern) =>
        TryParse(pattern, out var error) ?? throw new ArgumentException($"invalid pattern '{pattern}': {error}", nameof(pattern));

    /// <summary>Whether the path itself matches (not its folders; see <see cref="IsMatchOrInside"/>).</summary>
    public bool IsMatch(string relativePath, bool isDirectory)
    {
        if (DirectoryOnly && !isDirectory) return false;
        return _regex.IsMatch(relativePath);
    }

    /// <summary>Whether the path or one of the folders it is in matches, as excluding a folder excludes its contents.</summary>
    public bool IsMatchOrInside(string relativePath, bool isDirectory)
    {
        if (IsMatch(relativePath, isDirectory)) return true;
        for (var slash = relativePath.IndexOf('/'); slash > 0; slash = relativePath.IndexOf('/', slash + 1))
            if (IsMatch(relativePath[..slash], isDirectory: true)) return true;
        return false;
    }

    public override string ToString() => Pattern;

    private static int FindClassEnd(string body, int open)
    {
        var index = open + 1;
        if (index < body.Length && (body[index] == '!' || body[index] == '^')) index++;
        if (index < body.Length && body[index] == ']') index++; // a ']' first is a literal member
        for (; index < body.Length; index++)
        {
            if (body[index] == '\\') index++;
            else if (body[index] == ']') return index;
        }
        return -1;
    }

    private static string TranslateClass(string members)
    {
        var builder = new StringBuilder("[");
        var index = 0;
        if (members.Length > 0 && (members[0] == '!' || members[0] == '^'))
        {
            builder.Append('^');
            index = 1;
        }
        for (; index < members.Length; index++)
        {
            var c = members[index];
            if (c == '\\' && index + 1 < members.Length) c = members[++index];
            else if (c == '-' && index > 0 && index < members.Length - 1)
            {
                builder.Append('-');
                continue;
            }
            if (c is '\\' or ']' or '[' or '^' or '-') builder.Append('\\');
            builder.Append(c);
        }
        // A class never matches the separator, like '*' and '?'.
        if (builder[1] == '^') builder.Append('/');
        return builder.Append(']').ToString();
    }
}
