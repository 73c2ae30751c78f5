using System.Collections.Concurrent;
using System.Text;

namespace PySec.Text.Decoding;

/// <summary>
/// Decodes with a declared non-UTF-8 encoding, turning each byte the encoding cannot decode into an
/// escape character (see <see cref="SurrogateEscape"/>) and recording it as a run.
/// </summary>
internal static class CodePageDecoder
{
    private const char Undecodable = '\uFFFF';
    private static readonly ConcurrentDictionary<int, char[]> SingleByteTables = new();

    public static string Decode(Encoding encoding, ReadOnlySpan<byte> bytes, List<UndecodableRun> runs) =>
        encoding.IsSingleByte ? DecodeSingleByte(encoding, bytes, runs) : DecodeMultiByte(encoding, bytes, runs);

    private static string DecodeSingleByte(Encoding encoding, ReadOnlySpan<byte> bytes, List<UndecodableRun> runs)
    {
        var table = SingleByteTables.GetOrAdd(encoding.CodePage, _ => BuildTable(encoding));
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var c = table[bytes[i]];
            if (c == Undecodable)
            {
                c = SurrogateEscape.Escape(bytes[i]);
                SurrogateEscape.AddRun(runs, new UndecodableRun(i, i, 1, bytes[i], null));
            }
            chars[i] = c;
        }
        return new string(chars);
    }

    /// <summary>What each byte decodes to on its own, or <see cref="Undecodable"/>.</summary>
    private static char[] BuildTable(Encoding encoding)
    {
        var table = new char[256];
        for (var b = 0; b < 256; b++)
        {
            var fallback = new MarkingDecoderFallback();
            var probe = (Encoding)encoding.Clone();
            probe.DecoderFallback = fallback;
            var decoded = probe.GetString([(byte)b]);
            table[b] = fallback.Unknown.Count == 0 && decoded.Length == 1 ? decoded[0] : Undecodable;
        }
        return table;
    }

    private static string DecodeMultiByte(Encoding encoding, ReadOnlySpan<byte> bytes, List<UndecodableRun> runs)
    {
        var fallback = new MarkingDecoderFallback();
        var marking = (Encoding)encoding.Clone();
        marking.DecoderFallback = fallback;
        var chars = new char[marking.GetCharCount(bytes)];
        fallback.Unknown.Clear();
        var written = marking.GetChars(bytes, chars);

        var markers = chars.AsSpan(0, written).Count(MarkingDecoderFallback.Marker);
        // A U+FFFF the encoding itself produced would be ambiguous; then leave the markers as they are.
        // SourceText keeps the original bytes whenever re-encoding does not reproduce them.
        if (markers != fallback.Unknown.Count) return new string(chars, 0, written);

        var next = 0;
        for (var i = 0; i < written; i++)
        {
            if (chars[i] != MarkingDecoderFallback.Marker) continue;
            var (byteOffset, value) = fallback.Unknown[next++];
            chars[i] = SurrogateEscape.Escape(value);
            SurrogateEscape.AddRun(runs, new UndecodableRun(byteOffset, i, 1, value, null));
        }
        return new string(chars, 0, written);
    }
}
