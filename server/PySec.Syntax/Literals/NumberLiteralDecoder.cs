using System.Globalization;
using System.Numerics;
using PySec.Text;

namespace PySec.Syntax.Literals;

public enum NumberKind { Integer, Float, Imaginary }

/// <summary>The value of a number literal: <see cref="Integer"/> for ints, <see cref="Float"/> otherwise (the imaginary part for imaginary literals).</summary>
public readonly record struct NumberValue(NumberKind Kind, BigInteger Integer, double Float);

/// <summary>Computes the value of Python number literals: all bases, underscores, floats correctly rounded, imaginary.</summary>
public static class NumberLiteralDecoder
{
    public static NumberValue Decode(string text, int tokenStart, List<Diagnostic>? diagnostics)
    {
        var digits = text.Replace("_", "", StringComparison.Ordinal);
        if (digits.Length > 1 && digits[0] == '0' && char.IsAsciiLetter(digits[1]) && digits[1] is not ('e' or 'E' or 'j' or 'J'))
        {
            var radix = char.ToLowerInvariant(digits[1]) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (radix != 0 && TryParseRadix(digits.AsSpan(2), radix, out var value))
                return new NumberValue(NumberKind.Integer, value, 0);
            return Invalid(text, tokenStart, diagnostics);
        }

        var last = digits.Length > 0 ? digits[^1] : '\0';
        if (last is 'j' or 'J')
        {
            return TryParseFloat(digits[..^1], out var imaginary)
                ? new NumberValue(NumberKind.Imaginary, BigInteger.Zero, imaginary)
                : Invalid(text, tokenStart, diagnostics);
        }
        if (digits.AsSpan().IndexOfAny(".eE") >= 0)
        {
            return TryParseFloat(digits, out var real)
                ? new NumberValue(NumberKind.Float, BigInteger.Zero, real)
                : Invalid(text, tokenStart, diagnostics);
        }
        if (digits.Length > 0 && digits.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
            return new NumberValue(NumberKind.Integer, BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture), 0);
        return Invalid(text, tokenStart, diagnostics);
    }

    private static NumberValue Invalid(string text, int tokenStart, List<Diagnostic>? diagnostics)
    {
        diagnostics?.Add(Diagnostic.Error(LiteralDiagnosticCodes.InvalidNumber, new TextSpan(tokenStart, text.Length), $"invalid number literal '{text}'"));
        return new NumberValue(NumberKind.Integer, BigInteger.Zero, 0);
    }

    private static bool TryParseFloat(string digits, out double value)
    {
        value = 0;
        if (digits.Length == 0 || digits.AsSpan().IndexOfAnyExcept("0123456789.eE+-") >= 0) return false;
        // .NET Core parses IEEE-correctly (round-to-nearest-even) and gives infinity on overflow, like CPython.
        return double.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseRadix(ReadOnlySpan<char> digits, int radix, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (digits.IsEmpty) return false;
        var bitsPerDigit = radix switch { 16 => 4, 8 => 3, _ => 1 };
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (digit >= radix) return false;
            value = (value << bitsPerDigit) | digit;
        }
        return true;
    }
}
