namespace PySec.Syntax;

/// <summary>
/// Every kind of token, trivia and node. Node kinds must match the node names in Syntax.txt
/// (the generator checks this); token kinds are produced by the lexer.
/// </summary>
public enum SyntaxKind : ushort
{
    None = 0,

    // ---- Tokens with variable text ----
    EndOfFile,
    NewLine,            // logical line end (NEWLINE); zero-width when the file does not end with one
    Indent,             // zero-width; the indentation itself is leading whitespace trivia of the next token
    Dedent,             // zero-width
    Identifier,         // includes soft keywords until the parser reclassifies them
    Number,             // int, float, imaginary literal, with underscores
    String,             // a complete non-f/t string literal including prefix and quotes (bytes too)
    FStringStart,       // f" / rf''' ... (prefix and opening quote)
    FStringMiddle,      // literal text between replacement fields (escaped braces included as written)
    FStringEnd,         // closing quote
    TStringStart,
    TStringMiddle,
    TStringEnd,
    BadToken,           // a character that cannot start any token ($, ?, stray backtick, invalid char)

    // ---- Punctuation and operators ----
    OpenParen, CloseParen, OpenBracket, CloseBracket, OpenBrace, CloseBrace,
    Comma, Colon, Semicolon, Dot, Ellipsis, Arrow, At, Equals, ColonEquals, Exclamation,
    Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar, Pipe, Ampersand, Caret, Tilde,
    LeftShift, RightShift,
    Less, Greater, LessEquals, GreaterEquals, EqualsEquals, NotEquals,
    PlusEquals, MinusEquals, StarEquals, SlashEquals, DoubleSlashEquals, PercentEquals, DoubleStarEquals,
    AtEquals, PipeEquals, AmpersandEquals, CaretEquals, LeftShiftEquals, RightShiftEquals,

    // ---- Hard keywords ----
    FalseKeyword, NoneKeyword, TrueKeyword, AndKeyword, AsKeyword, AssertKeyword, AsyncKeyword, AwaitKeyword,
    BreakKeyword, ClassKeyword, ContinueKeyword, DefKeyword, DelKeyword, ElifKeyword, ElseKeyword, ExceptKeyword,
    FinallyKeyword, ForKeyword, FromKeyword, GlobalKeyword, IfKeyword, ImportKeyword, InKeyword, IsKeyword,
    LambdaKeyword, NonlocalKeyword, NotKeyword, OrKeyword, PassKeyword, RaiseKeyword, ReturnKeyword, TryKeyword,
    WhileKeyword, WithKeyword, YieldKeyword,

    // ---- Soft keywords: lexed as Identifier, reclassified by the parser where they act as keywords ----
    MatchKeyword, CaseKeyword, TypeKeyword,

    // ---- Trivia ----
    WhitespaceTrivia,        // spaces, tabs, form feeds (indentation included)
    CommentTrivia,           // '#' to end of line, excluding the line break
    LineContinuationTrivia,  // backslash followed by a line break
    NewLineTrivia,           // a line break that does not end a logical line (blank lines, inside brackets)
    SkippedTokenTrivia,      // text of a token the parser could not use
    ByteOrderMarkTrivia,     // U+FEFF at the start of the file

    // ---- Lists (untyped containers for list<T> and separated<T> fields) ----
    List,

    // ---- Nodes: one per `node` in Syntax.txt (kept in the same order) ----
    Module,
    // statements
    ExpressionStatement, AssignmentStatement, AssignmentTarget, AnnotatedAssignmentStatement,
    AugmentedAssignmentStatement, PassStatement, BreakStatement, ContinueStatement, ReturnStatement,
    RaiseStatement, GlobalStatement, NonlocalStatement, DeleteStatement, AssertStatement, ImportStatement,
    ImportFromStatement, ImportAlias, DottedName, TypeAliasStatement,
    Block, IfStatement, ElifClause, ElseClause, WhileStatement, ForStatement, TryStatement, ExceptClause,
    FinallyClause, WithStatement, WithItem, FunctionDefinition, ClassDefinition, Decorator,
    MatchStatement, CaseClause, Guard,
    // parameters and type parameters
    ParameterList, Parameter, ParameterSeparator, TypeParameterList, TypeParameter,
    // patterns
    ValuePattern, CapturePattern, WildcardPattern, AsPattern, OrPattern, SequencePattern, StarPattern,
    MappingPattern, MappingPatternEntry, DoubleStarPattern, ClassPattern, KeywordPattern, GroupPattern,
    // expressions
    NameExpression, NumberExpression, KeywordLiteralExpression, EllipsisExpression, StringLiteralExpression,
    PlainString, FString, FStringText, FStringReplacementField, FStringFormatSpec,
    ParenthesizedExpression, TupleExpression, ListExpression, SetExpression, DictExpression, DictEntry, DictUnpack,
    ListComprehension, SetComprehension, DictComprehension, GeneratorExpression, ComprehensionFor, ComprehensionIf,
    AttributeExpression, SubscriptExpression, SliceExpression, CallExpression, ArgumentList, Argument,
    UnaryExpression, BinaryExpression, ComparisonExpression, ComparisonClause, ConditionalExpression,
    LambdaExpression, AwaitExpression, YieldExpression, StarredExpression, NamedExpression,
}
