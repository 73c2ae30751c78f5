using PySec.Syntax.Green;

namespace PySec.Syntax.Parsing;

// Target checks. Targets are parsed as expressions (as CPython's invalid_* rules do) and then checked, so that the
// tree keeps the user's text and the diagnostic can name what cannot be assigned to.
internal sealed partial class Parser
{
    private enum TargetContext
    {
        Assignment,
        Delete,
    }

    /// <summary>Checks a star_targets / del_targets expression whose full text starts at <paramref name="fullStart"/>.</summary>
    private void ValidateTarget(GreenNode node, int fullStart, TargetContext context, bool topLevel = true)
    {
        switch (node.Kind)
        {
            case SyntaxKind.NameExpression:
            case SyntaxKind.AttributeExpression:
            case SyntaxKind.SubscriptExpression:
                return;
            case SyntaxKind.ParenthesizedExpression:
                ValidateTarget(node.GetSlot(1)!, fullStart + node.GetSlotOffset(1), context, topLevel);
                return;
            case SyntaxKind.TupleExpression:
            case SyntaxKind.ListExpression:
            {
                var elements = node.GetSlot(1);
                if (elements is null) return;
                var offset = fullStart + node.GetSlotOffset(1);
                for (var i = 0; i < elements.SlotCount; i++)
                {
                    var element = elements.GetSlot(i)!;
                    if (i % 2 == 0) ValidateTarget(element, offset, context, topLevel: false);
                    offset += element.FullWidth;
                }
                return;
            }
            case SyntaxKind.StarredExpression:
                if (context == TargetContext.Delete)
                    Report(ParserDiagnosticCodes.InvalidTarget, SpanAt(node, fullStart), "cannot delete starred");
                else if (topLevel)
                    Report(ParserDiagnosticCodes.InvalidTarget, SpanAt(node, fullStart),
                        "starred assignment target must be in a list or tuple");
                else
                    ValidateTarget(node.GetSlot(1)!, fullStart + node.GetSlotOffset(1), context, topLevel: false);
                return;
        }
        var verb = context == TargetContext.Delete ? "delete" : "assign to";
        Report(ParserDiagnosticCodes.InvalidTarget, SpanAt(node, fullStart), $"cannot {verb} {DescribeExpression(node)}");
    }

    /// <summary>Annotated assignment: a single name, attribute or subscript, possibly parenthesised.</summary>
    private void ValidateAnnotationTarget(GreenNode node)
    {
        var fullStart = LastFullEnd - node.FullWidth;
        var inner = node;
        var innerStart = fullStart;
        while (inner.Kind == SyntaxKind.ParenthesizedExpression)
        {
            innerStart += inner.GetSlotOffset(1);
            inner = inner.GetSlot(1)!;
        }
        var message = inner.Kind switch
        {
            SyntaxKind.NameExpression or SyntaxKind.AttributeExpression or SyntaxKind.SubscriptExpression => null,
            SyntaxKind.TupleExpression => "only single target (not tuple) can be annotated",
            SyntaxKind.ListExpression => "only single target (not list) can be annotated",
            _ => "illegal target for annotation",
        };
        if (message is not null) Report(ParserDiagnosticCodes.InvalidTarget, SpanAt(node, fullStart), message);
    }

    private void ValidateAugmentedTarget(GreenNode node)
    {
        var fullStart = LastFullEnd - node.FullWidth;
        var inner = node;
        while (inner.Kind == SyntaxKind.ParenthesizedExpression) inner = inner.GetSlot(1)!;
        if (inner.Kind is SyntaxKind.NameExpression or SyntaxKind.AttributeExpression or SyntaxKind.SubscriptExpression)
            return;
        Report(ParserDiagnosticCodes.InvalidTarget, SpanAt(node, fullStart),
            $"'{DescribeExpression(inner)}' is an illegal expression for augmented assignment");
    }

    /// <summary>The name CPython's messages use for an expression kind.</summary>
    private static string DescribeExpression(GreenNode node) => node.Kind switch
    {
        SyntaxKind.CallExpression => "function call",
        SyntaxKind.NumberExpression => "literal",
        SyntaxKind.StringLiteralExpression => IsFString(node) ? "f-string expression" : "literal",
        SyntaxKind.KeywordLiteralExpression => ((GreenToken)node.GetSlot(0)!).Text,
        SyntaxKind.EllipsisExpression => "ellipsis",
        SyntaxKind.BinaryExpression or SyntaxKind.UnaryExpression => "expression",
        SyntaxKind.ComparisonExpression => "comparison",
        SyntaxKind.ConditionalExpression => "conditional expression",
        SyntaxKind.LambdaExpression => "lambda",
        SyntaxKind.AwaitExpression => "await expression",
        SyntaxKind.YieldExpression => "yield expression",
        SyntaxKind.NamedExpression => "named expression",
        SyntaxKind.ListComprehension => "list comprehension",
        SyntaxKind.SetComprehension => "set comprehension",
        SyntaxKind.DictComprehension => "dict comprehension",
        SyntaxKind.GeneratorExpression => "generator expression",
        SyntaxKind.DictExpression => "dict literal",
        SyntaxKind.SetExpression => "set display",
        SyntaxKind.TupleExpression => "tuple",
        SyntaxKind.ListExpression => "list",
        SyntaxKind.StarredExpression => "starred",
        SyntaxKind.NameExpression => "name",
        SyntaxKind.AttributeExpression => "attribute",
        SyntaxKind.SubscriptExpression => "subscript",
        _ => "expression",
    };

    private static bool IsFString(GreenNode literal)
    {
        var parts = literal.GetSlot(0);
        for (var i = 0; parts is not null && i < parts.SlotCount; i++)
            if (parts.GetSlot(i)!.Kind == SyntaxKind.FString) return true;
        return false;
    }
}
