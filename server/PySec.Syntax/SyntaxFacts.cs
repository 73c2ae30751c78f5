namespace PySec.Syntax;

/// <summary>Fixed facts about token kinds: keyword spellings, operator texts, operator classes.</summary>
public static class SyntaxFacts
{
    /// <summary>The hard keyword spelled <paramref name="text"/>, or null. Soft keywords are not hard keywords.</summary>
    public static SyntaxKind? GetKeywordKind(string text) => GetKeywordKind(text.AsSpan());

    /// <inheritdoc cref="GetKeywordKind(string)"/>
    public static SyntaxKind? GetKeywordKind(ReadOnlySpan<char> text) => text switch
    {
        "False" => SyntaxKind.FalseKeyword,
        "None" => SyntaxKind.NoneKeyword,
        "True" => SyntaxKind.TrueKeyword,
        "and" => SyntaxKind.AndKeyword,
        "as" => SyntaxKind.AsKeyword,
        "assert" => SyntaxKind.AssertKeyword,
        "async" => SyntaxKind.AsyncKeyword,
        "await" => SyntaxKind.AwaitKeyword,
        "break" => SyntaxKind.BreakKeyword,
        "class" => SyntaxKind.ClassKeyword,
        "continue" => SyntaxKind.ContinueKeyword,
        "def" => SyntaxKind.DefKeyword,
        "del" => SyntaxKind.DelKeyword,
        "elif" => SyntaxKind.ElifKeyword,
        "else" => SyntaxKind.ElseKeyword,
        "except" => SyntaxKind.ExceptKeyword,
        "finally" => SyntaxKind.FinallyKeyword,
        "for" => SyntaxKind.ForKeyword,
        "from" => SyntaxKind.FromKeyword,
        "global" => SyntaxKind.GlobalKeyword,
        "if" => SyntaxKind.IfKeyword,
        "import" => SyntaxKind.ImportKeyword,
        "in" => SyntaxKind.InKeyword,
        "is" => SyntaxKind.IsKeyword,
        "lambda" => SyntaxKind.LambdaKeyword,
        "nonlocal" => SyntaxKind.NonlocalKeyword,
        "not" => SyntaxKind.NotKeyword,
        "or" => SyntaxKind.OrKeyword,
        "pass" => SyntaxKind.PassKeyword,
        "raise" => SyntaxKind.RaiseKeyword,
        "return" => SyntaxKind.ReturnKeyword,
        "try" => SyntaxKind.TryKeyword,
        "while" => SyntaxKind.WhileKeyword,
        "with" => SyntaxKind.WithKeyword,
        "yield" => SyntaxKind.YieldKeyword,
        _ => null,
    };

    /// <summary>
    /// The soft keyword kind for <paramref name="text"/> (match, case, type), or null. The lexer never produces
    /// these kinds; the parser uses them when it decides an identifier acts as a keyword.
    /// </summary>
    public static SyntaxKind? GetSoftKeywordKind(string text) => text switch
    {
        "match" => SyntaxKind.MatchKeyword,
        "case" => SyntaxKind.CaseKeyword,
        "type" => SyntaxKind.TypeKeyword,
        _ => null,
    };

    /// <summary>True for the identifiers that act as keywords only in some positions: match, case, type and _.</summary>
    public static bool IsSoftKeyword(string text) => text is "match" or "case" or "type" or "_";

    /// <summary>True for hard keyword kinds.</summary>
    public static bool IsKeyword(SyntaxKind kind) => kind is >= SyntaxKind.FalseKeyword and <= SyntaxKind.YieldKeyword;

    /// <summary>True for the soft keyword kinds the parser may assign (match, case, type).</summary>
    public static bool IsSoftKeywordKind(SyntaxKind kind) => kind is >= SyntaxKind.MatchKeyword and <= SyntaxKind.TypeKeyword;

    public static bool IsTrivia(SyntaxKind kind) => kind is >= SyntaxKind.WhitespaceTrivia and <= SyntaxKind.ByteOrderMarkTrivia;

    /// <summary>True for punctuation and operator kinds.</summary>
    public static bool IsPunctuation(SyntaxKind kind) => kind is >= SyntaxKind.OpenParen and <= SyntaxKind.RightShiftEquals;

    /// <summary>True for `+=` and the other augmented assignment operators.</summary>
    public static bool IsAugmentedAssignmentOperator(SyntaxKind kind) =>
        kind is >= SyntaxKind.PlusEquals and <= SyntaxKind.RightShiftEquals;

    /// <summary>
    /// The binary operator an augmented assignment applies (PlusEquals -> Plus), or None when
    /// <paramref name="kind"/> is not an augmented assignment.
    /// </summary>
    public static SyntaxKind GetAugmentedAssignmentBinaryOperator(SyntaxKind kind) => kind switch
    {
        SyntaxKind.PlusEquals => SyntaxKind.Plus,
        SyntaxKind.MinusEquals => SyntaxKind.Minus,
        SyntaxKind.StarEquals => SyntaxKind.Star,
        SyntaxKind.SlashEquals => SyntaxKind.Slash,
        SyntaxKind.DoubleSlashEquals => SyntaxKind.DoubleSlash,
        SyntaxKind.PercentEquals => SyntaxKind.Percent,
        SyntaxKind.DoubleStarEquals => SyntaxKind.DoubleStar,
        SyntaxKind.AtEquals => SyntaxKind.At,
        SyntaxKind.PipeEquals => SyntaxKind.Pipe,
        SyntaxKind.AmpersandEquals => SyntaxKind.Ampersand,
        SyntaxKind.CaretEquals => SyntaxKind.Caret,
        SyntaxKind.LeftShiftEquals => SyntaxKind.LeftShift,
        SyntaxKind.RightShiftEquals => SyntaxKind.RightShift,
        _ => SyntaxKind.None,
    };

    /// <summary>True for the comparison operators other than the keyword ones (in, not in, is, is not).</summary>
    public static bool IsComparisonOperator(SyntaxKind kind) =>
        kind is >= SyntaxKind.Less and <= SyntaxKind.NotEquals;

    /// <summary>The fixed text of a punctuation, operator or keyword kind (soft keywords included); null otherwise.</summary>
    public static string? GetText(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OpenParen => "(",
        SyntaxKind.CloseParen => ")",
        SyntaxKind.OpenBracket => "[",
        SyntaxKind.CloseBracket => "]",
        SyntaxKind.OpenBrace => "{",
        SyntaxKind.CloseBrace => "}",
        SyntaxKind.Comma => ",",
        SyntaxKind.Colon => ":",
        SyntaxKind.Semicolon => ";",
        SyntaxKind.Dot => ".",
        SyntaxKind.Ellipsis => "...",
        SyntaxKind.Arrow => "->",
        SyntaxKind.At => "@",
        SyntaxKind.Equals => "=",
        SyntaxKind.ColonEquals => ":=",
        SyntaxKind.Exclamation => "!",
        SyntaxKind.Plus => "+",
        SyntaxKind.Minus => "-",
        SyntaxKind.Star => "*",
        SyntaxKind.Slash => "/",
        SyntaxKind.DoubleSlash => "//",
        SyntaxKind.Percent => "%",
        SyntaxKind.DoubleStar => "**",
        SyntaxKind.Pipe => "|",
        SyntaxKind.Ampersand => "&",
        SyntaxKind.Caret => "^",
        SyntaxKind.Tilde => "~",
        SyntaxKind.LeftShift => "<<",
        SyntaxKind.RightShift => ">>",
        SyntaxKind.Less => "<",
        SyntaxKind.Greater => ">",
        SyntaxKind.LessEquals => "<=",
        SyntaxKind.GreaterEquals => ">=",
        SyntaxKind.EqualsEquals => "==",
        SyntaxKind.NotEquals => "!=",
        SyntaxKind.PlusEquals => "+=",
        SyntaxKind.MinusEquals => "-=",
        SyntaxKind.StarEquals => "*=",
        SyntaxKind.SlashEquals => "/=",
        SyntaxKind.DoubleSlashEquals => "//=",
        SyntaxKind.PercentEquals => "%=",
        SyntaxKind.DoubleStarEquals => "**=",
        SyntaxKind.AtEquals => "@=",
        SyntaxKind.PipeEquals => "|=",
        SyntaxKind.AmpersandEquals => "&=",
        SyntaxKind.CaretEquals => "^=",
        SyntaxKind.LeftShiftEquals => "<<=",
        SyntaxKind.RightShiftEquals => ">>=",
        SyntaxKind.FalseKeyword => "False",
        SyntaxKind.NoneKeyword => "None",
        SyntaxKind.TrueKeyword => "True",
        SyntaxKind.AndKeyword => "and",
        SyntaxKind.AsKeyword => "as",
        SyntaxKind.AssertKeyword => "assert",
        SyntaxKind.AsyncKeyword => "async",
        SyntaxKind.AwaitKeyword => "await",
        SyntaxKind.BreakKeyword => "break",
        SyntaxKind.ClassKeyword => "class",
        SyntaxKind.ContinueKeyword => "continue",
        SyntaxKind.DefKeyword => "def",
        SyntaxKind.DelKeyword => "del",
        SyntaxKind.ElifKeyword => "elif",
        SyntaxKind.ElseKeyword => "else",
        SyntaxKind.ExceptKeyword => "except",
        SyntaxKind.FinallyKeyword => "finally",
        SyntaxKind.ForKeyword => "for",
        SyntaxKind.FromKeyword => "from",
        SyntaxKind.GlobalKeyword => "global",
        SyntaxKind.IfKeyword => "if",
        SyntaxKind.ImportKeyword => "import",
        SyntaxKind.InKeyword => "in",
        SyntaxKind.IsKeyword => "is",
        SyntaxKind.LambdaKeyword => "lambda",
        SyntaxKind.NonlocalKeyword => "nonlocal",
        SyntaxKind.NotKeyword => "not",
        SyntaxKind.OrKeyword => "or",
        SyntaxKind.PassKeyword => "pass",
        SyntaxKind.RaiseKeyword => "raise",
        SyntaxKind.ReturnKeyword => "return",
        SyntaxKind.TryKeyword => "try",
        SyntaxKind.WhileKeyword => "while",
        SyntaxKind.WithKeyword => "with",
        SyntaxKind.YieldKeyword => "yield",
        SyntaxKind.MatchKeyword => "match",
        SyntaxKind.CaseKeyword => "case",
        SyntaxKind.TypeKeyword => "type",
        _ => null,
    };
}
