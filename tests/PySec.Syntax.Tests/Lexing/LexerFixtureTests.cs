using PySec.Syntax.Lexing;

namespace PySec.Syntax.Tests.Lexing;

/// <summary>Runs every case of Fixtures/lexing/*.txt: the token dump must match exactly.</summary>
public sealed class LexerFixtureTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var fixture in LexerFixture.LoadAll()) data.Add(fixture.File, fixture.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_case_lexes_as_expected(string file, string name)
    {
        var fixture = LexerFixture.Load(Path.Combine(LexerFixture.Directory, file)).Single(f => f.Name == name);
        var result = Lexer.Tokenize(fixture.Source);

        Assert.Equal(fixture.Expected, TokenDump.Format(result));
        LexerInvariants.AssertWellFormed(fixture.Source, result);
    }

    [Fact]
    public void Fixture_files_have_unique_case_names()
    {
        var fixtures = LexerFixture.LoadAll().ToList();
        Assert.True(fixtures.Count >= 50, $"expected the lexing fixtures to be found, got {fixtures.Count} cases");
        var duplicates = fixtures.GroupBy(f => (f.File, f.Name)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }
}
