using PySec.Syntax.Lexing;

namespace PySec.Syntax.Tests.Lexing;

public sealed class SyntaxFactsTests
{
    public static TheoryData<SyntaxKind> FixedTextKinds()
    {
        var data = new TheoryData<SyntaxKind>();
        foreach (var kind in Enum.GetValues<SyntaxKind>())
            if (SyntaxFacts.GetText(kind) is not null && !SyntaxFacts.IsSoftKeywordKind(kind)) data.Add(kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(FixedTextKinds))]
    public void Fixed_text_lexes_back_to_its_kind(SyntaxKind kind)
    {
        var text = SyntaxFacts.GetText(kind)!;
        var tokens = Lexer.Tokenize(text).Tokens;
        Assert.Equal(kind, tokens[0].Kind);
        Assert.Equal(text, tokens[0].Text);
    }

    [Fact]
    public void Keywords_round_trip_through_their_text()
    {
        var keywords = Enum.GetValues<SyntaxKind>().Where(SyntaxFacts.IsKeyword).ToList();
        Assert.Equal(35, keywords.Count);
        foreach (var kind in keywords) Assert.Equal(kind, SyntaxFacts.GetKeywordKind(SyntaxFacts.GetText(kind)!));
    }

    [Theory]
    [InlineData("match", true)]
    [InlineData("case", true)]
    [InlineData("type", true)]
    [InlineData("_", true)]
    [InlineData("print", false)]
    [InlineData("if", false)]
    public void Soft_keywords(string text, bool expected)
    {
        Assert.Equal(expected, SyntaxFacts.IsSoftKeyword(text));
        if (expected) Assert.Null(SyntaxFacts.GetKeywordKind(text));
    }

    [Fact]
    public void Augmented_assignment_operators_map_to_their_binary_operator()
    {
        var augmented = Enum.GetValues<SyntaxKind>().Where(SyntaxFacts.IsAugmentedAssignmentOperator).ToList();
        Assert.Equal(13, augmented.Count);
        foreach (var kind in augmented)
        {
            var binary = SyntaxFacts.GetAugmentedAssignmentBinaryOperator(kind);
            Assert.Equal(SyntaxFacts.GetText(kind), SyntaxFacts.GetText(binary) + "=");
        }
        Assert.False(SyntaxFacts.IsAugmentedAssignmentOperator(SyntaxKind.EqualsEquals));
        Assert.False(SyntaxFacts.IsAugmentedAssignmentOperator(SyntaxKind.Equals));
    }

    [Fact]
    public void Names_are_not_keywords()
    {
        Assert.Null(SyntaxFacts.GetKeywordKind("If"));
        Assert.Null(SyntaxFacts.GetKeywordKind("none"));
        Assert.Null(SyntaxFacts.GetKeywordKind("print"));
        Assert.Equal(SyntaxKind.NoneKeyword, SyntaxFacts.GetKeywordKind("None"));
    }
}
