using System.Globalization;
using PySec.Syntax.Literals;

namespace PySec.Syntax.Tests.CPythonAst;

public class FloatReprTests
{
    public static TheoryData<string, string> Floats => AstFixtures.Rows("float-repr.tsv");

    [Theory]
    [MemberData(nameof(Floats))]
    public void Matches_python_repr_of_float_and_complex(string bits, string expected)
    {
        var value = BitConverter.Int64BitsToDouble(long.Parse(bits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        var parts = expected.Split('\t');
        Assert.Equal(parts[0], FloatRepr.Format(value));
        Assert.Equal(parts[1], FloatRepr.FormatImaginary(value));
    }

    [Theory]
    [InlineData(double.PositiveInfinity, "inf", "infj")]
    [InlineData(double.NaN, "nan", "nanj")]
    [InlineData(-0.0, "-0.0", "-0j")]
    public void Special_values(double value, string repr, string imaginary)
    {
        Assert.Equal(repr, FloatRepr.Format(value));
        Assert.Equal(imaginary, FloatRepr.FormatImaginary(value));
    }
}
