using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PySec.Text.Decoding;

/// <summary>
/// Lossless decoding in the manner of Python's "surrogateescape" error handler: every byte that cannot be
/// decoded becomes the lone surrogate U+DC00 + byte, and encoding turns such a lone surrogate back into
/// that byte. Thus any byte sequence survives bytes -> text -> bytes unchanged.
/// </summary>
internal static class SurrogateEscape
{
    private const char EscapeFirst = '\uDC00';
    private const char EscapeLast = '\uDCFF';

    public static char Escape(byte b) => (char)(EscapeFirst + b);

    /// <summary>
    /// True when text[index] is an escaped byte: a U+DC00..U+DCFF not completing a surrogate pair.
    /// Decoded valid UTF-8 never holds a lone surrogate, so this cannot mistake real text for an escape.
    /// </summary>
    public static bool IsEscape(ReadOnlySpan<char> text, int index) =>
        text[index] is >= EscapeFirst and <= EscapeLast && (index == 0 || !char.IsHighSurrogate(text[index - 1]));

    /// <summary>Decodes UTF-8, escaping every byte of each invalid sequence (Unicode's maximal subparts).</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, List<UndecodableRun> runs)
    {
        if (Utf8.IsValid(bytes)) return Encoding.UTF8.GetString(bytes);

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            // A UTF-8 sequence never decodes to more UTF-16 units than it has bytes, and an escape is 1:1.
            var read = 0;
            var written = 0;
            while (read < bytes.Length)
            {
                Utf8.ToUtf16(bytes[read..], buffer.AsSpan(written), out var validBytes, out var validChars,
                    replaceInvalidSequences: false, isFinalBlock: true);
                read += validBytes;
                written += validChars;
                if (read >= bytes.Length) break;

                Rune.DecodeFromUtf8(bytes[read..], out _, out var invalidLength);
                invalidLength = Math.Max(1, invalidLength);
                AddRun(runs, new UndecodableRun(read, written, invalidLength, bytes[read],
                    Utf8Reason(bytes[read], read + invalidLength == bytes.Length)));
                for (var i = 0; i < invalidLength; i++) buffer[written++] = Escape(bytes[read++]);
            }
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Encodes <paramref name="text"/>, turning escapes back into their bytes.</summary>
    public static byte[] Encode(string text, Encoding encoding)
    {
        var span = text.AsSpan();
        var firstEscape = FindEscape(span, 0);
        if (firstEscape < 0) return encoding.GetBytes(text);

        var output = new ArrayBufferWriter<byte>(text.Length + 16);
        var segmentStart = 0;
        for (var escape = firstEscape; escape >= 0; escape = FindEscape(span, segmentStart))
        {
            Write(output, encoding, span[segmentStart..escape]);
            output.GetSpan(1)[0] = (byte)(span[escape] - EscapeFirst);
            output.Advance(1);
            segmentStart = escape + 1;
        }
        Write(output, encoding, span[segmentStart..]);
        return output.WrittenSpan.ToArray();
    }

    private static int FindEscape(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length)
        {
            var found = text[from..].IndexOfAnyInRange(EscapeFirst, EscapeLast);
            if (found < 0) return -1;
            var index = from + found;
            if (IsEscape(text, index)) return index;
            from = index + 1;
        }
        return -1;
    }

    private static void Write(ArrayBufferWriter<byte> output, Encoding encoding, ReadOnlySpan<char> segment)
    {
        if (segment.IsEmpty) return;
        var count = encoding.GetByteCount(segment);
        var written = encoding.GetBytes(segment, output.GetSpan(count));
        output.Advance(written);
    }

    /// <summary>Extends the previous run when the new one directly follows it: one diagnostic per run of bad bytes.</summary>
    internal static void AddRun(List<UndecodableRun> runs, UndecodableRun run)
    {
        if (runs.Count > 0)
        {
            var last = runs[^1];
            if (last.ByteOffset + last.Length == run.ByteOffset && last.CharOffset + last.Length == run.CharOffset)
            {
                runs[^1] = last with { Length = last.Length + run.Length };
                return;
            }
        }
        runs.Add(run);
    }

    private static string Utf8Reason(byte first, bool reachesEnd)
    {
        var isLeadByte = first is >= 0xC2 and <= 0xF4;
        if (!isLeadByte) return "invalid start byte";
        return reachesEnd ? "unexpected end of data" : "invalid continuation byte";
    }
}
