using PySec.Text;

namespace PySec.Rules.Matching;

internal static class TextSpanExtensions
{
    /// <summary>From the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static TextSpan Between(TextSpan first, TextSpan last) => TextSpan.FromBounds(first.Start, Math.Max(first.End, last.End));
}
