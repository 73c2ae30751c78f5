using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace PySec.Syntax.Literals;

/// <summary>
/// Resolves Unicode character names and name aliases to code points, as \N{NAME} escapes do.
/// Matching ignores case, like CPython. The table is loaded once, on first use.
/// </summary>
public static class UnicodeNames
{
    private const string CjkPrefix = "CJK UNIFIED IDEOGRAPH-";
    private const string HangulPrefix = "HANGUL SYLLABLE ";

    private static readonly Lazy<Table> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The code point named <paramref name="name"/>, or -1.</summary>
    public static int Lookup(string name)
    {
        var upper = name.ToUpperInvariant();
        if (upper.StartsWith(CjkPrefix, StringComparison.Ordinal)) return LookupCjk(upper[CjkPrefix.Length..]);
        if (upper.StartsWith(HangulPrefix, StringComparison.Ordinal)) return Hangul.Lookup(upper[HangulPrefix.Length..]);
        return Data.Value.Names.TryGetValue(upper, out var codePoint) ? codePoint : -1;
    }

    private static int LookupCjk(string hex)
    {
        if (hex.Length is < 4 or > 5) return -1;
        foreach (var c in hex)
            if (!char.IsAsciiHexDigitUpper(c) && !char.IsAsciiDigit(c)) return -1;
        var codePoint = int.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        foreach (var (first, last) in Data.Value.CjkRanges)
            if (codePoint >= first && codePoint <= last) return codePoint;
        return -1;
    }

    private sealed record Table(Dictionary<string, int> Names, (int First, int Last)[] CjkRanges);

    private static Table Load()
    {
        using var stream = typeof(UnicodeNames).Assembly.GetManifestResourceStream("PySec.Syntax.UnicodeNames.txt.gz")
            ?? throw new InvalidOperationException("the Unicode name table is not embedded");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        var names = new Dictionary<string, int>(40_000, StringComparer.Ordinal);
        var ranges = new List<(int, int)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("cjk ", StringComparison.Ordinal))
            {
                foreach (var range in line[4..].Split(','))
                {
                    var dash = range.IndexOf('-');
                    ranges.Add((Hex(range[..dash]), Hex(range[(dash + 1)..])));
                }
                continue;
            }
            var tab = line.IndexOf('\t');
            if (tab > 0) names.TryAdd(line[(tab + 1)..], Hex(line[..tab]));
        }
        return new Table(names, [.. ranges]);
    }

    private static int Hex(string text) => int.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>Hangul syllable names are built from jamo short names (Unicode §3.12).</summary>
    private static class Hangul
    {
        private const int First = 0xAC00, VowelCount = 21, TrailCount = 28;
        private static readonly string[] Leads = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
        private static readonly string[] Vowels = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
        private static readonly string[] Trails = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

        public static int Lookup(string syllable)
        {
            // Several splits can match a prefix (e.g. "G" vs "GG"): try every lead and vowel.
            for (var l = 0; l < Leads.Length; l++)
            {
                if (!syllable.StartsWith(Leads[l], StringComparison.Ordinal)) continue;
                for (var v = 0; v < Vowels.Length; v++)
                {
                    var afterLead = syllable.AsSpan(Leads[l].Length);
                    if (!afterLead.StartsWith(Vowels[v], StringComparison.Ordinal)) continue;
                    var rest = afterLead[Vowels[v].Length..];
                    for (var t = 0; t < Trails.Length; t++)
                        if (rest.SequenceEqual(Trails[t]))
                            return First + (l * VowelCount + v) * TrailCount + t;
                }
            }
            return -1;
        }
    }
}
