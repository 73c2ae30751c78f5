using PySec.Syntax.Green;

namespace PySec.Syntax.Lexing;

/// <summary>
/// Trivia that recur everywhere (line breaks, runs of spaces, single tabs) are shared across all trees: green trivia
/// are immutable and position-free. Each also has a shared one-element array for tokens carrying only that trivia.
/// </summary>
internal static class SharedTrivia
{
    private const int MaxSpaces = 64;

    public static readonly GreenTrivia ByteOrderMark = new(SyntaxKind.ByteOrderMarkTrivia, "\uFEFF");
    public static readonly GreenTrivia LineFeed = GreenTrivia.LineFeed;
    public static readonly GreenTrivia CarriageReturnLineFeed = new(SyntaxKind.NewLineTrivia, "\r\n");
    public static readonly GreenTrivia CarriageReturn = new(SyntaxKind.NewLineTrivia, "\r");
    public static readonly GreenTrivia Tab = new(SyntaxKind.WhitespaceTrivia, "\t");

    public static readonly GreenTrivia[] LineFeedArray = [LineFeed];
    public static readonly GreenTrivia[] CarriageReturnLineFeedArray = [CarriageReturnLineFeed];
    public static readonly GreenTrivia[] CarriageReturnArray = [CarriageReturn];
    public static readonly GreenTrivia[] TabArray = [Tab];

    private static readonly GreenTrivia[] Spaces = BuildSpaces();
    private static readonly GreenTrivia[][] SpaceArrays = Array.ConvertAll(Spaces, t => new[] { t });

    public static GreenTrivia[] SingleSpaceArray => SpaceArrays[1];

    // A line feed followed by indentation: the leading trivia of every continuation line inside brackets.
    private static readonly GreenTrivia[][] LineFeedThenSpaceArrays =
        Array.ConvertAll(Spaces, t => new[] { LineFeed, t });

    /// <summary>The shared array [line feed, n spaces], or null when n is out of range.</summary>
    public static GreenTrivia[]? LineFeedThenSpaces(int count) =>
        count is >= 1 and <= MaxSpaces ? LineFeedThenSpaceArrays[count] : null;

    /// <summary>True when <paramref name="trivia"/> is a shared [line feed, n spaces] array.</summary>
    public static bool IsSharedLineFeedThenSpaces(GreenTrivia[] trivia, out int count)
    {
        count = trivia.Length == 2 ? trivia[1].Width : 0;
        return count is >= 1 and <= MaxSpaces && ReferenceEquals(trivia, LineFeedThenSpaceArrays[count]);
    }

    /// <summary>True when <paramref name="trivia"/> is the shared one-element array of a run of spaces.</summary>
    public static bool IsSharedSpaces(GreenTrivia[] trivia, out int count)
    {
        count = trivia.Length == 1 ? trivia[0].Width : 0;
        return count is >= 1 and <= MaxSpaces && ReferenceEquals(trivia, SpaceArrays[count]);
    }

    private static GreenTrivia[] BuildSpaces()
    {
        var spaces = new GreenTrivia[MaxSpaces + 1];
        spaces[1] = GreenTrivia.Space;
        for (var n = 2; n <= MaxSpaces; n++) spaces[n] = new GreenTrivia(SyntaxKind.WhitespaceTrivia, new string(' ', n));
        spaces[0] = spaces[1]; // never used; keeps the arrays free of nulls
        return spaces;
    }

    /// <summary>The shared trivia for a run of <paramref name="count"/> spaces, or null when the run is too long.</summary>
    public static GreenTrivia? SpacesOf(int count, out GreenTrivia[]? singleton)
    {
        if (count is >= 1 and <= MaxSpaces)
        {
            singleton = SpaceArrays[count];
            return Spaces[count];
        }
        singleton = null;
        return null;
    }
}
