using PySec.Syntax;

namespace PySec.Semantics.Tests.Infrastructure;

/// <summary>Finds the nodes a marker talks about on its line (see "Subjects" in Fixtures/README.md).</summary>
public static class LineSubjects
{
    public static IEnumerable<T> StartingOn<T>(FixtureFile file, int line) where T : SyntaxNode =>
        file.Tree.Root.DescendantNodes()
            .OfType<T>()
            .Where(n => file.LineOf(n.Span.Start) == line)
            .OrderBy(n => n.Span.Start)
            .ThenByDescending(n => n.Span.Length);

    public static CallExpressionSyntax FirstCall(FixtureFile file, int line) =>
        StartingOn<CallExpressionSyntax>(file, line).FirstOrDefault()
        ?? throw new InvalidDataException($"{file.Name}:{line}: no call on the line");

    /// <summary>The callee of the first call, else the first attribute or name expression of the line.</summary>
    public static ExpressionSyntax NamedExpression(FixtureFile file, int line)
    {
        if (StartingOn<CallExpressionSyntax>(file, line).FirstOrDefault() is { } call) return call.Function;
        return StartingOn<ExpressionSyntax>(file, line).FirstOrDefault(e => e is AttributeExpressionSyntax or NameExpressionSyntax && IsRead(file, e))
            ?? throw new InvalidDataException($"{file.Name}:{line}: no call, attribute or name read on the line");
    }

    private static bool IsRead(FixtureFile file, ExpressionSyntax expression) =>
        expression is not NameExpressionSyntax name || file.Model.GetReference(name) is not null;

    public static ExpressionSyntax Subject(FixtureFile file, int line)
    {
        foreach (var statement in StartingOn<StatementSyntax>(file, line))
        {
            ExpressionSyntax? subject = statement switch
            {
                AssignmentStatementSyntax assignment => assignment.Value,
                AnnotatedAssignmentStatementSyntax annotated => annotated.Value,
                ReturnStatementSyntax @return => @return.Value,
                ExpressionStatementSyntax expression => expression.Expression,
                _ => null,
            };
            if (subject is not null) return subject;
        }
        throw new InvalidDataException($"{file.Name}:{line}: no assignment, return or expression statement starts on the line");
    }

    /// <summary>The reads of <paramref name="name"/> on the line, in source order.</summary>
    public static IReadOnlyList<NameReference> Reads(FixtureFile file, int line, string name) =>
        file.Model.References
            .Where(r => r.Name == name && file.LineOf(r.Span.Start) == line)
            .OrderBy(r => r.Span.Start)
            .ToList();
}
