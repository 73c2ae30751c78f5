namespace PySec.Syntax.Literals;

/// <summary>Diagnostic codes reported while decoding literal values. CPython rejects all of these at compile time.</summary>
public static class LiteralDiagnosticCodes
{
    public const string UnknownCharacterName = "PS0150";
    public const string TruncatedHexEscape = "PS0151";
    public const string TruncatedUnicodeEscape = "PS0152";
    public const string IllegalUnicodeCharacter = "PS0153";
    public const string NonAsciiInBytes = "PS0154";
    public const string MalformedCharacterName = "PS0155";
    public const string InvalidNumber = "PS0156";
}
