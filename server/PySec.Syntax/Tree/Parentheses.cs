namespace PySec.Syntax;

public static class Parentheses
{
    /// <summary>
    /// The expression inside any number of parentheses: <c>((x))</c> is <c>x</c>. Grouping parentheses change no
    /// meaning, so whatever asks what an expression is (the model, the rules) looks through them first.
    /// </summary>
    public static ExpressionSyntax Strip(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
        return expression;
    }
}
