namespace PySec.Syntax.Literals;

/// <summary>The prefix letters of a string literal (case-insensitive, any order): r, b, u, f, t.</summary>
public readonly record struct StringPrefix(bool Raw, bool Bytes, bool Unicode, bool Format, bool Template, int Length)
{
    /// <summary>Reads the prefix letters at the start of a string token, up to the first quote.</summary>
    public static StringPrefix Parse(ReadOnlySpan<char> token)
    {
        bool raw = false, bytes = false, unicode = false, format = false, template = false;
        var i = 0;
        for (; i < token.Length; i++)
        {
            switch (token[i])
            {
                case 'r' or 'R': raw = true; break;
                case 'b' or 'B': bytes = true; break;
                case 'u' or 'U': unicode = true; break;
                case 'f' or 'F': format = true; break;
                case 't' or 'T': template = true; break;
                default: return new StringPrefix(raw, bytes, unicode, format, template, i);
            }
        }
        return new StringPrefix(raw, bytes, unicode, format, template, i);
    }
}
