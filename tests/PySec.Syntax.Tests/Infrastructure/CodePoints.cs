using System.Globalization;
using System.Text.RegularExpressions;

namespace PySec.Syntax.Tests.Infrastructure;

/// <summary>
/// Spells lone surrogates in test data as "{U+DCF6}". Attribute arguments and theory-data serialisation
/// turn a real lone surrogate into U+FFFD, so tests that expect escaped bytes write them this way.
/// </summary>
public static partial class CodePoints
{
    public static string Expand(string text) =>
        Notation().Replace(text, match =>
        {
            var value = int.Parse(match.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return value > 0xFFFF ? char.ConvertFromUtf32(value) : ((char)value).ToString();
        });

    [GeneratedRegex(@"\{U\+([0-9A-Fa-f]{4,6})\}")]
    private static partial Regex Notation();
}
