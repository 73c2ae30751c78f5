namespace PySec.Syntax.Parsing;

/// <summary>The codes of the diagnostics the parser reports. Codes are stable: tools and suppressions refer to them.</summary>
public static class ParserDiagnosticCodes
{
    /// <summary>A token that cannot appear where it stands ("invalid syntax").</summary>
    public const string InvalidSyntax = "PS0201";
    /// <summary>A required token is absent ("expected ':'").</summary>
    public const string ExpectedToken = "PS0202";
    /// <summary>An expression is required but absent.</summary>
    public const string ExpectedExpression = "PS0203";
    /// <summary>An expression that cannot be assigned to, deleted or annotated is used as a target.</summary>
    public const string InvalidTarget = "PS0204";
    /// <summary>A compound statement header is not followed by an indented block.</summary>
    public const string ExpectedIndentedBlock = "PS0205";
    /// <summary>A line is indented more than its context allows.</summary>
    public const string UnexpectedIndent = "PS0206";
    /// <summary>Nesting beyond <see cref="ParseOptions.MaxNestingDepth"/>; the nested text is skipped.</summary>
    public const string TooDeeplyNested = "PS0207";
    /// <summary>Parameters in an order Python forbids (default before non-default, misplaced '/', '*' or '**').</summary>
    public const string InvalidParameters = "PS0208";
    /// <summary>Call arguments in an order Python forbids, or an unparenthesised generator among several arguments.</summary>
    public const string InvalidArguments = "PS0209";
    /// <summary>A starred or unpacking expression where Python does not allow one.</summary>
    public const string InvalidStarredExpression = "PS0210";
    /// <summary>A Python 2 print or exec statement.</summary>
    public const string LegacyPrintStatement = "PS0211";
    /// <summary>A malformed match-statement pattern.</summary>
    public const string InvalidPattern = "PS0212";
    /// <summary>A malformed try statement (no handler, mixed except and except*, ungrouped exception types with 'as').</summary>
    public const string InvalidTryStatement = "PS0213";
    /// <summary>A malformed import statement.</summary>
    public const string InvalidImport = "PS0214";

    /// <summary>Every code with its meaning, for documentation and configuration tools.</summary>
    public static IReadOnlyList<(string Code, string Meaning)> All { get; } =
    [
        (InvalidSyntax, "invalid syntax: a token that cannot appear here"),
        (ExpectedToken, "a required token is missing"),
        (ExpectedExpression, "an expression is missing"),
        (InvalidTarget, "invalid assignment, deletion, annotation or loop target"),
        (ExpectedIndentedBlock, "expected an indented block"),
        (UnexpectedIndent, "unexpected indent"),
        (TooDeeplyNested, "too deeply nested; the nested text was skipped"),
        (InvalidParameters, "invalid parameter list"),
        (InvalidArguments, "invalid argument list"),
        (InvalidStarredExpression, "starred or unpacking expression not allowed here"),
        (LegacyPrintStatement, "Python 2 print or exec statement"),
        (InvalidPattern, "invalid match pattern"),
        (InvalidTryStatement, "invalid try statement"),
        (InvalidImport, "invalid import statement"),
    ];
}
