using System.Text;

namespace PySec.Text.Decoding;

/// <summary>The result of decoding source bytes.</summary>
/// <param name="OriginalBytes">Kept only when re-encoding the text would not reproduce the input (some code pages are not bijective).</param>
internal sealed record DecodedSource(
    string Text, string EncodingName, Encoding Encoding, bool HasByteOrderMark, byte[]? OriginalBytes,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Decodes Python source bytes as CPython 3.11 does (PEP 263 and PEP 3120): UTF-8 unless a UTF-8 byte order
/// mark or a coding cookie says otherwise, with CPython's error messages; but where CPython gives up, this
/// reports a diagnostic and carries on, decoding undecodable bytes losslessly (see <see cref="SurrogateEscape"/>).
/// </summary>
internal static class SourceDecoder
{
    private const int MaxReportedRuns = 100;
    private static readonly Encoding Utf8WithoutPreamble = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static DecodedSource Decode(ReadOnlySpan<byte> bytes)
    {
        var hasBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var bomLength = hasBom ? 3 : 0;
        var diagnostics = new List<Diagnostic>();

        var encodingName = CodingCookie.Utf8;
        Encoding? declared = null;
        (string Code, string Message, CodingCookie Cookie)? cookieProblem = null;
        if (CodingCookie.Find(bytes[bomLength..]) is { } cookie && cookie.Name != CodingCookie.Utf8)
        {
            // CPython compares the normalised name only: with a BOM even "utf8" is a conflict.
            if (hasBom)
                cookieProblem = (DecodingDiagnosticCodes.EncodingConflictsWithBom, $"encoding problem: {cookie.Name} with BOM", cookie);
            else if (PythonEncodings.Resolve(cookie.Name) is not { } resolved)
                cookieProblem = (DecodingDiagnosticCodes.UnknownEncoding, $"unknown encoding: {cookie.Name}", cookie);
            else
            {
                encodingName = cookie.Name;
                if (resolved.CodePage != Encoding.UTF8.CodePage) declared = resolved;
            }
        }

        var runs = new List<UndecodableRun>();
        string text;
        byte[]? original = null;
        if (declared is null)
            text = SurrogateEscape.DecodeUtf8(bytes, runs);
        else if (!TryDecodeWith(declared, bytes, runs, out text, out original))
        {
            runs.Clear();
            diagnostics.Add(Diagnostic.Error(DecodingDiagnosticCodes.UndecodableBytes, new TextSpan(0, 0),
                $"'{encodingName}' codec failed on this file; decoded as UTF-8 instead"));
            text = SurrogateEscape.DecodeUtf8(bytes, runs);
            declared = null;
            encodingName = CodingCookie.Utf8;
        }

        if (cookieProblem is { } problem)
        {
            // Only reported when decoding as UTF-8, so the prefix before the name decodes the same way.
            var nameStart = SurrogateEscape.DecodeUtf8(bytes[..(bomLength + problem.Cookie.Start)], []).Length;
            diagnostics.Add(Diagnostic.Error(problem.Code, new TextSpan(nameStart, problem.Cookie.Length), problem.Message));
        }
        AddRunDiagnostics(diagnostics, runs, declared is null ? null : encodingName);

        return new DecodedSource(text, encodingName, declared ?? Utf8WithoutPreamble, hasBom, original, diagnostics);
    }

    private static bool TryDecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes, List<UndecodableRun> runs,
        out string text, out byte[]? original)
    {
        text = string.Empty;
        original = null;
        try
        {
            text = CodePageDecoder.Decode(encoding, bytes, runs);
            var roundTrip = SurrogateEscape.Encode(text, encoding);
            if (!roundTrip.AsSpan().SequenceEqual(bytes)) original = bytes.ToArray();
            return true;
        }
        catch (Exception)
        {
            // Code page decoders are platform code; a decoder that throws on some input must not make
            // source loading throw. The caller falls back to UTF-8 and says so.
            return false;
        }
    }

    private static void AddRunDiagnostics(List<Diagnostic> diagnostics, List<UndecodableRun> runs, string? codec)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var span = new TextSpan(run.CharOffset, run.Length);
            if (i == MaxReportedRuns)
            {
                diagnostics.Add(Diagnostic.Error(DecodingDiagnosticCodes.TooManyDecodingErrors, span,
                    $"{runs.Count - i} more undecodable byte sequences not reported"));
                return;
            }
            var where = run.Length == 1
                ? $"byte 0x{run.FirstByte:x2} in position {run.ByteOffset}"
                : $"bytes in position {run.ByteOffset}-{run.ByteOffset + run.Length - 1}";
            diagnostics.Add(codec is null
                ? Diagnostic.Error(DecodingDiagnosticCodes.InvalidUtf8, span,
                    $"(unicode error) 'utf-8' codec can't decode {where}: {run.Reason}")
                : Diagnostic.Error(DecodingDiagnosticCodes.UndecodableBytes, span,
                    $"(unicode error) '{codec}' codec can't decode {where}"));
        }
    }
}
