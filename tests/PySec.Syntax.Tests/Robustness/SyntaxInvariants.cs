using System.Diagnostics;
using PySec.Text;

namespace PySec.Syntax.Tests.Robustness;

public enum InvariantViolation
{
    Exception,
    BytesRoundTrip,
    TextRoundTrip,
    DiagnosticOutsideText,
    TooSlow,
}

public sealed record InvariantFailure(InvariantViolation Violation, string Detail);

/// <summary>
/// The promises the syntax layer makes for every input: it does not throw, the tree gives back the exact
/// text (and the text the exact bytes), diagnostics point into the text, and parsing takes time roughly
/// proportional to the input. The time bound is a hang guard, far above any sane parse time; it is not
/// a speed test.
/// </summary>
public static class SyntaxInvariants
{
    public static TimeSpan TimeBound(int length) => TimeSpan.FromSeconds(1) + TimeSpan.FromTicks(length * 200L); // 1 s + 20 µs per char

    public static InvariantFailure? CheckBytes(byte[] bytes)
    {
        SourceText source;
        try
        {
            source = SourceText.FromBytes(bytes);
            var back = source.ToBytes();
            if (!back.AsSpan().SequenceEqual(bytes))
                return new InvariantFailure(InvariantViolation.BytesRoundTrip, $"bytes differ from offset {FirstDifference(bytes, back)}");
        }
        catch (Exception e)
        {
            return new InvariantFailure(InvariantViolation.Exception, e.ToString());
        }
        return Check(source);
    }

    public static InvariantFailure? CheckText(string text) => Check(SourceText.From(text));

    public static InvariantFailure? Check(SourceText source)
    {
        var text = source.Text;
        var stopwatch = Stopwatch.StartNew();
        SyntaxTree tree;
        try
        {
            tree = SyntaxTree.Parse(source);
        }
        catch (Exception e)
        {
            return new InvariantFailure(InvariantViolation.Exception, e.ToString());
        }
        stopwatch.Stop();

        try
        {
            var printed = tree.Root.ToFullString();
            if (printed != text || tree.GreenRoot.FullWidth != text.Length)
                return new InvariantFailure(InvariantViolation.TextRoundTrip,
                    $"tree text ({printed.Length} chars) differs from the source ({text.Length} chars) from offset {FirstDifference(text, printed)}");
            foreach (var diagnostic in tree.Diagnostics)
            {
                if (diagnostic.Span.Start < 0 || diagnostic.Span.Length < 0 || diagnostic.Span.End > text.Length)
                    return new InvariantFailure(InvariantViolation.DiagnosticOutsideText, $"{diagnostic} in a text of {text.Length} chars");
            }
        }
        catch (Exception e)
        {
            return new InvariantFailure(InvariantViolation.Exception, e.ToString());
        }

        var bound = TimeBound(text.Length);
        if (stopwatch.Elapsed > bound)
            return new InvariantFailure(InvariantViolation.TooSlow,
                $"parsing {text.Length} chars took {stopwatch.Elapsed.TotalMilliseconds:0} ms, bound {bound.TotalMilliseconds:0} ms");
        return null;
    }

    private static int FirstDifference<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        var length = Math.Min(a.Count, b.Count);
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < length; i++)
            if (!comparer.Equals(a[i], b[i])) return i;
        return length;
    }

    private static int FirstDifference(string a, string b) => FirstDifference(a.ToCharArray(), b.ToCharArray());
}
