namespace PySec.Text.Decoding;

/// <summary>Codes of the diagnostics <see cref="SourceText.FromBytes"/> reports. PS00xx belongs to decoding.</summary>
public static class DecodingDiagnosticCodes
{
    /// <summary>The coding cookie names an encoding Python does not have. The text is decoded as UTF-8.</summary>
    public const string UnknownEncoding = "PS0001";

    /// <summary>A UTF-8 byte order mark together with a coding cookie naming another encoding.</summary>
    public const string EncodingConflictsWithBom = "PS0002";

    /// <summary>Bytes that are not valid UTF-8 (no cookie, a utf-8 cookie, or a BOM).</summary>
    public const string InvalidUtf8 = "PS0003";

    /// <summary>Bytes the declared (non-UTF-8) encoding cannot decode.</summary>
    public const string UndecodableBytes = "PS0004";

    /// <summary>Summary when a binary-looking file has more undecodable runs than are worth listing.</summary>
    public const string TooManyDecodingErrors = "PS0005";

    /// <summary>Every code with its meaning, for documentation and configuration tools.</summary>
    public static IReadOnlyList<(string Code, string Meaning)> All { get; } =
    [
        (UnknownEncoding, "the coding cookie names an unknown encoding; the file is read as UTF-8"),
        (EncodingConflictsWithBom, "a UTF-8 byte order mark together with a cookie naming another encoding"),
        (InvalidUtf8, "bytes that are not valid UTF-8"),
        (UndecodableBytes, "bytes the declared encoding cannot decode"),
        (TooManyDecodingErrors, "further undecodable byte sequences, not listed one by one"),
    ];
}
