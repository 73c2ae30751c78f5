namespace PySec.Syntax.Tests.Infrastructure;

public class FixtureMarkersTests
{
    [Fact]
    public void Trailing_expect_comment_is_about_its_own_line()
    {
        var markers = FixtureMarkers.Parse("x = 1\neval(data)  # expect: PYSEC101, PYSEC102\n");

        Assert.Equal([new ExpectedCode("PYSEC101", 1), new ExpectedCode("PYSEC102", 1)], markers.Expected);
    }

    [Fact]
    public void Own_line_expect_comment_is_about_the_next_code_line()
    {
        var markers = FixtureMarkers.Parse("# expect: PYSEC101\n# expect: PYSEC7\n\nrun(cmd)\n# expect: PYSEC9");

        Assert.Equal(
            [new ExpectedCode("PYSEC101", 3), new ExpectedCode("PYSEC7", 3), new ExpectedCode("PYSEC9", 4)],
            markers.Expected);
    }

    [Fact]
    public void Caret_lines_point_at_columns_of_the_code_line_above()
    {
        const string text = "a = 1\nx = eval(data)\n#   ^ hover\n#        ^^ definition: data\n";

        var markers = FixtureMarkers.Parse(text);

        Assert.Equal(
            [new CaretMarker(1, 4, 10, "hover"), new CaretMarker(1, 9, 15, "definition: data"), new CaretMarker(1, 10, 16, "definition: data")],
            markers.Carets);
        Assert.Equal('e', text[markers.Carets[0].Offset]);
        Assert.Empty(markers.Expected);
    }

    [Fact]
    public void Ordinary_comments_are_not_markers()
    {
        var markers = FixtureMarkers.Parse("# this is not expect: X\n# see x^2 below\nx = 1  # expected: nothing\n");

        Assert.Empty(markers.Expected);
        Assert.Empty(markers.Carets);
    }
}
