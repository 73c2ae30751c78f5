namespace PySec.Syntax.Lexing;

/// <summary>Stable codes of the diagnostics the lexer reports.</summary>
public static class LexerDiagnosticCodes
{
    /// <summary>A character that cannot start a token, e.g. '$' or a non-breaking space.</summary>
    public const string InvalidCharacter = "PS0101";
    /// <summary>A NUL character in the source.</summary>
    public const string NullCharacter = "PS0102";
    /// <summary>A single-quoted string that reaches the end of its line or of the file.</summary>
    public const string UnterminatedString = "PS0103";
    /// <summary>A triple-quoted string that reaches the end of the file.</summary>
    public const string UnterminatedTripleQuotedString = "PS0104";
    /// <summary>An f-string or t-string whose closing quote is missing.</summary>
    public const string UnterminatedFString = "PS0105";
    /// <summary>An f-string replacement field whose closing '}' is missing.</summary>
    public const string UnclosedFStringField = "PS0106";
    /// <summary>A lone '}' in the literal text of an f-string.</summary>
    public const string SingleCloseBraceInFString = "PS0107";
    /// <summary>A malformed number: bad digit, misplaced underscore, empty prefix, letters glued to the number.</summary>
    public const string InvalidNumber = "PS0108";
    /// <summary>A decimal integer with leading zeros, e.g. 0777.</summary>
    public const string LeadingZerosInInteger = "PS0109";
    /// <summary>A closing bracket of another kind than the innermost open one.</summary>
    public const string MismatchedBracket = "PS0110";
    /// <summary>A closing bracket with no open bracket.</summary>
    public const string UnmatchedBracket = "PS0111";
    /// <summary>An opening bracket that is never closed.</summary>
    public const string UnclosedBracket = "PS0112";
    /// <summary>Indentation whose meaning depends on the tab size.</summary>
    public const string InconsistentTabs = "PS0113";
    /// <summary>A dedent to a column that matches no enclosing indentation level.</summary>
    public const string UnindentMismatch = "PS0114";
    /// <summary>A backslash followed by something other than a line break.</summary>
    public const string UnexpectedCharacterAfterContinuation = "PS0115";
    /// <summary>A backslash at the very end of the file.</summary>
    public const string EndOfFileAfterContinuation = "PS0116";
}
