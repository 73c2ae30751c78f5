using System.Globalization;
using System.Text;

namespace PySec.Syntax.Literals;

/// <summary>Formats doubles exactly as CPython's <c>repr(float)</c> and <c>repr(complex)</c> do.</summary>
public static class FloatRepr
{
    /// <summary>repr(float): shortest round-tripping digits, "1.0", "1e+16", "1e-05", "inf", "nan".</summary>
    public static string Format(double value) => Format(value, forceDecimalPoint: true);

    /// <summary>repr of an imaginary number 0+<paramref name="imaginary"/>j: "2j", "1.5j", "1e+16j", "infj".</summary>
    public static string FormatImaginary(double imaginary) => Format(imaginary, forceDecimalPoint: false) + "j";

    private static string Format(double value, bool forceDecimalPoint)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsPositiveInfinity(value)) return "inf";
        if (double.IsNegativeInfinity(value)) return "-inf";

        var (negative, digits, pointPosition) = ShortestDigits(value);
        var builder = new StringBuilder(24);
        if (negative) builder.Append('-');

        // CPython's 'r' mode switches to exponent notation outside 1e-4 <= |x| < 1e16.
        if (pointPosition > -4 && pointPosition <= 16)
        {
            if (pointPosition <= 0)
            {
                builder.Append("0.").Append('0', -pointPosition).Append(digits);
            }
            else if (pointPosition >= digits.Length)
            {
                builder.Append(digits).Append('0', pointPosition - digits.Length);
                if (forceDecimalPoint) builder.Append(".0");
            }
            else
            {
                builder.Append(digits, 0, pointPosition).Append('.').Append(digits, pointPosition, digits.Length - pointPosition);
            }
            return builder.ToString();
        }

        builder.Append(digits[0]);
        if (digits.Length > 1) builder.Append('.').Append(digits, 1, digits.Length - 1);
        var exponent = pointPosition - 1;
        builder.Append('e').Append(exponent < 0 ? '-' : '+');
        var magnitude = Math.Abs(exponent);
        if (magnitude < 10) builder.Append('0');
        builder.Append(magnitude.ToString(CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    /// <summary>
    /// The shortest decimal digits that round-trip (no leading or trailing zeros) and the position of the
    /// decimal point relative to them: value = 0.DIGITS × 10^pointPosition.
    /// </summary>
    private static (bool Negative, string Digits, int PointPosition) ShortestDigits(double value)
    {
        var negative = double.IsNegative(value);
        if (value == 0) return (negative, "0", 1);

        // .NET's "R" gives the shortest round-tripping representation, e.g. "1.2345E-05" or "123.45".
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var dot = text.IndexOf('.');
        var integerDigits = dot < 0 ? text.Length : dot;
        var allDigits = dot < 0 ? text : text.Remove(dot, 1);
        var leadingZeros = 0;
        while (leadingZeros < allDigits.Length - 1 && allDigits[leadingZeros] == '0') leadingZeros++;
        var digits = allDigits[leadingZeros..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        return (negative, digits, integerDigits - leadingZeros + exponent);
    }
}
