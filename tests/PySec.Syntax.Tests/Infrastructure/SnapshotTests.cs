namespace PySec.Syntax.Tests.Infrastructure;

public class SnapshotTests
{
    private const string Committed = "Fixtures/text/snapshot-sample.txt";

    [Fact]
    public void Matching_text_passes_whatever_the_line_endings()
    {
        Snapshot.Match(Committed, "first line\nsecond line\n");
        Snapshot.Match(Committed, "first line\r\nsecond line\r\n");
    }

    [Fact]
    public void Differing_text_fails_and_names_the_first_differing_line()
    {
        if (Environment.GetEnvironmentVariable(Snapshot.UpdateVariable) == "1") return; // updating accepts anything

        var failure = Assert.ThrowsAny<Exception>(() => Snapshot.Match(Committed, "first line\nsecond LINE\n"));

        Assert.Contains("line 2", failure.Message);
        Assert.Contains("second LINE", failure.Message);
    }
}
