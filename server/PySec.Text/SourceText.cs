using System.Text;
using PySec.Text.Decoding;

namespace PySec.Text;

/// <summary>
/// The text of one source file, with how it was decoded. Decoding follows CPython (PEP 263/3120) but never
/// fails: problems become <see cref="Diagnostics"/> and undecodable bytes are kept as escape characters, so
/// <see cref="ToBytes"/> gives back the exact input.
/// </summary>
public sealed class SourceText
{
    private readonly Encoding _encoding;
    private readonly byte[]? _originalBytes;
    private LineMap? _lines;

    private SourceText(string text, string encodingName, Encoding encoding, bool hasByteOrderMark,
        byte[]? originalBytes, IReadOnlyList<Diagnostic> diagnostics)
    {
        Text = text;
        EncodingName = encodingName;
        _encoding = encoding;
        HasByteOrderMark = hasByteOrderMark;
        _originalBytes = originalBytes;
        Diagnostics = diagnostics;
    }

    /// <summary>Wraps text that is already decoded (an editor buffer). A leading U+FEFF counts as a byte order mark.</summary>
    public static SourceText From(string text)
    {
        text ??= string.Empty;
        return new SourceText(text, "utf-8", new UTF8Encoding(false), text.StartsWith('\uFEFF'), null, []);
    }

    /// <summary>
    /// Decodes file bytes as CPython would. A UTF-8 byte order mark stays in the text as U+FEFF at offset 0
    /// so that the text still covers every input byte; each byte the encoding cannot decode becomes
    /// U+DC00 + byte (Python's surrogateescape) and is reported once per run of such bytes.
    /// </summary>
    public static SourceText FromBytes(ReadOnlySpan<byte> bytes)
    {
        var decoded = SourceDecoder.Decode(bytes);
        return new SourceText(decoded.Text, decoded.EncodingName, decoded.Encoding, decoded.HasByteOrderMark,
            decoded.OriginalBytes, decoded.Diagnostics);
    }

    public string Text { get; }
    public int Length => Text.Length;
    public char this[int index] => Text[index];

    /// <summary>Decoding problems (codes PS00xx), with spans in the decoded text.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The encoding used, in CPython's spelling of the cookie ("utf-8", "iso-8859-1", "cp1252", ...).</summary>
    public string EncodingName { get; }

    public bool HasByteOrderMark { get; }

    public LineMap Lines
    {
        get
        {
            if (_lines is null) Interlocked.CompareExchange(ref _lines, LineMap.Create(Text), null);
            return _lines;
        }
    }

    /// <summary>The bytes this text came from: re-encoded, with escape characters turned back into their bytes.</summary>
    public byte[] ToBytes() => _originalBytes is not null ? (byte[])_originalBytes.Clone() : SurrogateEscape.Encode(Text, _encoding);

    public string ToString(TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, Text.Length);
        var end = Math.Clamp(span.End, start, Text.Length);
        return Text[start..end];
    }

    public override string ToString() => Text;
}
