namespace PySec.Syntax.Lexing;

internal enum StringPrefixKind { Invalid, Plain, Format, RawFormat, Template, RawTemplate }

/// <summary>Which letters before a quote make a string prefix: r u b br rb, f fr rf, t tr rt, in any case.</summary>
internal static class StringPrefix
{
    public static StringPrefixKind Classify(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length == 1)
        {
            return char.ToLowerInvariant(prefix[0]) switch
            {
                'r' or 'u' or 'b' => StringPrefixKind.Plain,
                'f' => StringPrefixKind.Format,
                't' => StringPrefixKind.Template,
                _ => StringPrefixKind.Invalid,
            };
        }
        if (prefix.Length != 2) return StringPrefixKind.Invalid;
        var a = char.ToLowerInvariant(prefix[0]);
        var b = char.ToLowerInvariant(prefix[1]);
        if ((a, b) is ('b', 'r') or ('r', 'b')) return StringPrefixKind.Plain;
        if ((a, b) is ('f', 'r') or ('r', 'f')) return StringPrefixKind.RawFormat;
        if ((a, b) is ('t', 'r') or ('r', 't')) return StringPrefixKind.RawTemplate;
        return StringPrefixKind.Invalid;
    }
}
