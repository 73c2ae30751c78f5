using PySec.Text;
using PySec.Text.Decoding;

namespace PySec.Workspace;

/// <summary>
/// Reads one discovered file for analysis, turning every way it can fail into a <see cref="SkippedFile"/>: gone or
/// unreadable, permission denied, larger than the limit (checked before reading; FIFOs and
/// devices never block the scan, see SpecialFileReader), binary (a NUL byte, which CPython
/// refuses too), or not decodable (invalid UTF-8 without a coding cookie, or bytes the declared encoding rejects).
/// </summary>
public static class SourceFileReader
{
    /// <summary>The decoded text, or null and the reason the file is skipped.</summary>
    public static SourceText? Read(string fullPath, string relativePath, long maxFileSize, out SkippedFile? skipped)
    {
        skipped = null;
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                skipped = new SkippedFile(relativePath, SkipReason.Unreadable, "the file disappeared before it could be read");
                return null;
            }
            if (info.Length > maxFileSize)
            {
                skipped = new SkippedFile(relativePath, SkipReason.TooLarge,
                    $"{info.Length:N0} bytes is over the {maxFileSize:N0}-byte limit (max-file-size)");
                return null;
            }
            // Length 0: an empty file, or a FIFO, device or kernel file, which the usual open could block on forever.
            bytes = info.Length == 0 ? SpecialFileReader.Read(fullPath, maxFileSize) : File.ReadAllBytes(fullPath);
        }
        catch (UnauthorizedAccessException exception)
        {
            skipped = new SkippedFile(relativePath, SkipReason.PermissionDenied, $"permission denied: {exception.Message}");
            return null;
        }
        catch (Exception exception) when (exception is IOException or System.Security.SecurityException or NotSupportedException)
        {
            skipped = new SkippedFile(relativePath, SkipReason.Unreadable, $"cannot read the file: {exception.Message}");
            return null;
        }
        // The size may have grown between the check and the read.
        if (bytes.LongLength > maxFileSize)
        {
            skipped = new SkippedFile(relativePath, SkipReason.TooLarge, $"{bytes.LongLength:N0} bytes is over the {maxFileSize:N0}-byte limit (max-file-size)");
            return null;
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            skipped = new SkippedFile(relativePath, SkipReason.Binary, $"binary file (a NUL byte at offset {nul})");
            return null;
        }
        var source = SourceText.FromBytes(bytes);
        foreach (var diagnostic in source.Diagnostics)
        {
            if (diagnostic.Code is not (DecodingDiagnosticCodes.InvalidUtf8 or DecodingDiagnosticCodes.UndecodableBytes)) continue;
            var position = source.Lines.GetLinePosition(diagnostic.Span.Start);
            skipped = new SkippedFile(relativePath, SkipReason.NotUtf8,
                $"cannot decode the file as {source.EncodingName} (line {position.Line + 1}, column {position.Character + 1}): {diagnostic.Message}");
            return null;
        }
        return source;
    }
}
