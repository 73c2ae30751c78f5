using PySec.Syntax.Literals;
using S = PySec.Syntax.Green.SyntaxSlots;

namespace PySec.Syntax.CPythonAst;

public sealed partial class CPythonAstLowering
{
    private AstNode Expression(GreenCursor parent, int slot, ExpressionContext context = ExpressionContext.Load) =>
        parent[slot] is { } child ? Lower(child, context) : Error(Span(parent));

    private AstNode? OptionalExpression(GreenCursor parent, int slot, ExpressionContext context = ExpressionContext.Load) =>
        parent[slot] is { } child ? Lower(child, context) : null;

    private List<AstNode> Expressions(List<GreenCursor> nodes, ExpressionContext context = ExpressionContext.Load)
    {
        var result = new List<AstNode>(nodes.Count);
        foreach (var node in nodes) result.Add(Lower(node, context));
        return result;
    }

    private AstNode Lower(GreenCursor node, ExpressionContext context = ExpressionContext.Load)
    {
        if (!HasStackRoom() || node.IsMissing) return Error(Span(node));
        switch (node.Kind)
        {
            case SyntaxKind.BinaryExpression when IsBooleanOperator(node):
                return BoolOp(node);
            case SyntaxKind.BinaryExpression or SyntaxKind.AttributeExpression or SyntaxKind.CallExpression or SyntaxKind.SubscriptExpression:
                return LeftChain(node, context);
            case SyntaxKind.ParenthesizedExpression:
                return Expression(node, S.ParenthesizedExpression.Expression, context);
            case SyntaxKind.NameExpression:
                return Name(node[S.NameExpression.Identifier]!.Value, context).At(Span(node));
            case SyntaxKind.NumberExpression:
                return Constant(Number(node[S.NumberExpression.Token]!.Value)).At(Span(node));
            case SyntaxKind.KeywordLiteralExpression:
                return Constant(node[S.KeywordLiteralExpression.Keyword]!.Value.Kind switch
                {
                    SyntaxKind.TrueKeyword => true,
                    SyntaxKind.FalseKeyword => false,
                    _ => null,
                }).At(Span(node));
            case SyntaxKind.EllipsisExpression:
                return Constant(AstEllipsis.Instance).At(Span(node));
            case SyntaxKind.StringLiteralExpression:
                return StringLiteral(node);
            case SyntaxKind.TupleExpression:
                return new AstNode("Tuple")
                    .Add("elts", Expressions(node.Items(S.TupleExpression.Elements, separated: true), context))
                    .Add("ctx", Context(context)).At(Span(node));
            case SyntaxKind.ListExpression:
                return new AstNode("List")
                    .Add("elts", Expressions(node.Items(S.ListExpression.Elements, separated: true), context))
                    .Add("ctx", Context(context)).At(Span(node));
            case SyntaxKind.SetExpression:
                return new AstNode("Set").Add("elts", Expressions(node.Items(S.SetExpression.Elements, separated: true))).At(Span(node));
            case SyntaxKind.DictExpression:
                return Dict(node);
            case SyntaxKind.ListComprehension:
                return new AstNode("ListComp")
                    .Add("elt", Expression(node, S.ListComprehension.Element))
                    .Add("generators", Comprehensions(node.Items(S.ListComprehension.Clauses))).At(Span(node));
            case SyntaxKind.SetComprehension:
                return new AstNode("SetComp")
                    .Add("elt", Expression(node, S.SetComprehension.Element))
                    .Add("generators", Comprehensions(node.Items(S.SetComprehension.Clauses))).At(Span(node));
            case SyntaxKind.DictComprehension:
                return new AstNode("DictComp")
                    .Add("key", Expression(node, S.DictComprehension.Key))
                    .Add("value", Expression(node, S.DictComprehension.Value))
                    .Add("generators", Comprehensions(node.Items(S.DictComprehension.Clauses))).At(Span(node));
            case SyntaxKind.GeneratorExpression:
                return new AstNode("GeneratorExp")
                    .Add("elt", Expression(node, S.GeneratorExpression.Element))
                    .Add("generators", Comprehensions(node.Items(S.GeneratorExpression.Clauses))).At(Span(node));
            case SyntaxKind.SliceExpression:
                return new AstNode("Slice")
                    .Add("lower", OptionalExpression(node, S.SliceExpression.Lower))
                    .Add("upper", OptionalExpression(node, S.SliceExpression.Upper))
                    .Add("step", OptionalExpression(node, S.SliceExpression.Step)).At(Span(node));
            case SyntaxKind.UnaryExpression:
                return new AstNode("UnaryOp")
                    .Add("op", new AstNode(node[S.UnaryExpression.Operator]!.Value.Kind switch
                    {
                        SyntaxKind.Minus => "USub",
                        SyntaxKind.Plus => "UAdd",
                        SyntaxKind.Tilde => "Invert",
                        _ => "Not",
                    }))
                    .Add("operand", Expression(node, S.UnaryExpression.Operand)).At(Span(node));
            case SyntaxKind.ComparisonExpression:
                return Compare(node);
            case SyntaxKind.ConditionalExpression:
                return new AstNode("IfExp")
                    .Add("test", Expression(node, S.ConditionalExpression.Condition))
                    .Add("body", Expression(node, S.ConditionalExpression.Body))
                    .Add("orelse", Expression(node, S.ConditionalExpression.OrElse)).At(Span(node));
            case SyntaxKind.LambdaExpression:
                return new AstNode("Lambda")
                    .Add("args", Arguments(node[S.LambdaExpression.Parameters]))
                    .Add("body", Expression(node, S.LambdaExpression.Body)).At(Span(node));
            case SyntaxKind.AwaitExpression:
                return new AstNode("Await").Add("value", Expression(node, S.AwaitExpression.Expression)).At(Span(node));
            case SyntaxKind.YieldExpression:
                return new AstNode(node[S.YieldExpression.FromKeyword] is null ? "Yield" : "YieldFrom")
                    .Add("value", OptionalExpression(node, S.YieldExpression.Value)).At(Span(node));
            case SyntaxKind.StarredExpression:
                return new AstNode("Starred")
                    .Add("value", Expression(node, S.StarredExpression.Expression, context))
                    .Add("ctx", Context(context)).At(Span(node));
            case SyntaxKind.NamedExpression:
                return new AstNode("NamedExpr")
                    .Add("target", Expression(node, S.NamedExpression.Name, ExpressionContext.Store))
                    .Add("value", Expression(node, S.NamedExpression.Value)).At(Span(node));
            default:
                return Error(Span(node));
        }
    }

    private AstNode Name(GreenCursor identifier, ExpressionContext context) =>
        new AstNode("Name").Add("id", Identifier(identifier.Text)).Add("ctx", Context(context)).At(Span(identifier));

    private static AstNode Constant(object? value) => new AstNode("Constant").Add("value", value).Add("kind", null);

    private static object Number(GreenCursor token)
    {
        var number = NumberLiteralDecoder.Decode(token.Text, token.Start, diagnostics: null);
        return number.Kind switch
        {
            NumberKind.Integer => number.Integer,
            NumberKind.Float => number.Float,
            _ => new AstComplex(number.Float),
        };
    }

    private static bool IsBooleanOperator(GreenCursor node) =>
        node.KindOf(S.BinaryExpression.Operator) is SyntaxKind.AndKeyword or SyntaxKind.OrKeyword;

    /// <summary>
    /// Binary operations, attribute access, calls and subscripts nest to the left, so their chains can
    /// be as long as the source: walk down the chain, then build the AST bottom-up, without recursion.
    /// </summary>
    private AstNode LeftChain(GreenCursor top, ExpressionContext context)
    {
        var chain = new List<GreenCursor>();
        GreenCursor? current = top;
        while (current is { } link && !link.IsMissing && IsChainLink(link))
        {
            chain.Add(link);
            current = link[link.Kind switch
            {
                SyntaxKind.BinaryExpression => S.BinaryExpression.Left,
                SyntaxKind.AttributeExpression => S.AttributeExpression.Value,
                SyntaxKind.CallExpression => S.CallExpression.Function,
                _ => S.SubscriptExpression.Value,
            }];
        }
        var start = current is { } bottom ? bottom.Start : chain[^1].Start;
        var result = current is { } innermost ? Lower(innermost) : Error(Span(chain[^1]));
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var link = chain[i];
            var linkContext = i == 0 ? context : ExpressionContext.Load;
            result = ChainLink(link, result, linkContext).At(Span(start, link.End));
        }
        return result;
    }

    private static bool IsChainLink(GreenCursor node) => node.Kind switch
    {
        SyntaxKind.BinaryExpression => !IsBooleanOperator(node),
        SyntaxKind.AttributeExpression or SyntaxKind.CallExpression or SyntaxKind.SubscriptExpression => true,
        _ => false,
    };

    private AstNode ChainLink(GreenCursor link, AstNode inner, ExpressionContext context)
    {
        switch (link.Kind)
        {
            case SyntaxKind.BinaryExpression:
                return new AstNode("BinOp")
                    .Add("left", inner)
                    .Add("op", Operator(link[S.BinaryExpression.Operator]!.Value.Kind))
                    .Add("right", Expression(link, S.BinaryExpression.Right));
            case SyntaxKind.AttributeExpression:
                return new AstNode("Attribute")
                    .Add("value", inner)
                    .Add("attr", Identifier(link[S.AttributeExpression.Name]!.Value.Text))
                    .Add("ctx", Context(context));
            case SyntaxKind.CallExpression:
            {
                var (args, keywords) = link[S.CallExpression.Arguments] is { } list ? CallArguments(list) : ([], []);
                return new AstNode("Call").Add("func", inner).Add("args", args).Add("keywords", keywords);
            }
            default:
                return new AstNode("Subscript")
                    .Add("value", inner)
                    .Add("slice", SubscriptSlice(link))
                    .Add("ctx", Context(context));
        }
    }

    private AstNode SubscriptSlice(GreenCursor subscript)
    {
        var elements = subscript.Items(S.SubscriptExpression.Elements, separated: true);
        var list = subscript[S.SubscriptExpression.Elements];
        var trailingComma = list is { } l && l.Green.SlotCount % 2 == 0;
        if (elements.Count == 1 && !trailingComma && elements[0].Kind != SyntaxKind.StarredExpression)
            return Lower(elements[0]);
        if (elements.Count == 0 || list is null) return Error(Span(subscript));
        // a[x, y] and a[*xs]: the subscript is a tuple spanning the items and any trailing comma.
        return new AstNode("Tuple").Add("elts", Expressions(elements)).Add("ctx", Context(ExpressionContext.Load)).At(Span(list.Value));
    }

    private (List<AstNode> Args, List<AstNode> Keywords) CallArguments(GreenCursor argumentList)
    {
        var args = new List<AstNode>();
        var keywords = new List<AstNode>();
        var arguments = argumentList.Items(S.ArgumentList.Arguments, separated: true);
        foreach (var argument in arguments)
        {
            var star = argument[S.Argument.Star];
            var name = argument[S.Argument.Name];
            if (star is { Kind: SyntaxKind.DoubleStar } || name is not null)
            {
                keywords.Add(new AstNode("keyword")
                    .Add("arg", name is { } n ? Identifier(n.Text) : null)
                    .Add("value", Expression(argument, S.Argument.Value))
                    .At(Span(argument)));
            }
            else if (star is not null)
            {
                args.Add(new AstNode("Starred")
                    .Add("value", Expression(argument, S.Argument.Value))
                    .Add("ctx", Context(ExpressionContext.Load))
                    .At(Span(argument)));
            }
            else
            {
                var value = Expression(argument, S.Argument.Value);
                // f(x for x in y): the generator's position is that of the call's parentheses.
                if (arguments.Count == 1 && argument[S.Argument.Value] is { Kind: SyntaxKind.GeneratorExpression } generator
                    && generator[S.GeneratorExpression.OpenParen] is null)
                    value.At(Span(argumentList));
                args.Add(value);
            }
        }
        return (args, keywords);
    }

    private AstNode BoolOp(GreenCursor node)
    {
        var op = node[S.BinaryExpression.Operator]!.Value.Kind;
        // An unparenthesised chain of the same operator is one BoolOp; walk it with a stack, in source order.
        var values = new List<AstNode>();
        var pending = new Stack<GreenCursor>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current.Kind == SyntaxKind.BinaryExpression && !current.IsMissing && current.KindOf(S.BinaryExpression.Operator) == op)
            {
                if (current[S.BinaryExpression.Right] is { } right) pending.Push(right);
                if (current[S.BinaryExpression.Left] is { } left) pending.Push(left);
                continue;
            }
            values.Add(Lower(current));
        }
        return new AstNode("BoolOp")
            .Add("op", new AstNode(op == SyntaxKind.AndKeyword ? "And" : "Or"))
            .Add("values", values)
            .At(Span(node));
    }

    private AstNode Compare(GreenCursor node)
    {
        var ops = new List<AstNode>();
        var comparators = new List<AstNode>();
        foreach (var clause in node.Items(S.ComparisonExpression.Comparisons))
        {
            var first = clause[S.ComparisonClause.Operator]!.Value.Kind;
            var second = clause.KindOf(S.ComparisonClause.SecondOperator);
            ops.Add(new AstNode((first, second) switch
            {
                (SyntaxKind.EqualsEquals, _) => "Eq",
                (SyntaxKind.NotEquals, _) => "NotEq",
                (SyntaxKind.Less, _) => "Lt",
                (SyntaxKind.LessEquals, _) => "LtE",
                (SyntaxKind.Greater, _) => "Gt",
                (SyntaxKind.GreaterEquals, _) => "GtE",
                (SyntaxKind.IsKeyword, SyntaxKind.NotKeyword) => "IsNot",
                (SyntaxKind.IsKeyword, _) => "Is",
                (SyntaxKind.NotKeyword, _) => "NotIn",
                _ => "In",
            }));
            comparators.Add(Expression(clause, S.ComparisonClause.Right));
        }
        return new AstNode("Compare")
            .Add("left", Expression(node, S.ComparisonExpression.Left))
            .Add("ops", ops)
            .Add("comparators", comparators)
            .At(Span(node));
    }

    private static AstNode Operator(SyntaxKind kind) => new(kind switch
    {
        SyntaxKind.Plus or SyntaxKind.PlusEquals => "Add",
        SyntaxKind.Minus or SyntaxKind.MinusEquals => "Sub",
        SyntaxKind.Star or SyntaxKind.StarEquals => "Mult",
        SyntaxKind.At or SyntaxKind.AtEquals => "MatMult",
        SyntaxKind.Slash or SyntaxKind.SlashEquals => "Div",
        SyntaxKind.DoubleSlash or SyntaxKind.DoubleSlashEquals => "FloorDiv",
        SyntaxKind.Percent or SyntaxKind.PercentEquals => "Mod",
        SyntaxKind.DoubleStar or SyntaxKind.DoubleStarEquals => "Pow",
        SyntaxKind.LeftShift or SyntaxKind.LeftShiftEquals => "LShift",
        SyntaxKind.RightShift or SyntaxKind.RightShiftEquals => "RShift",
        SyntaxKind.Pipe or SyntaxKind.PipeEquals => "BitOr",
        SyntaxKind.Caret or SyntaxKind.CaretEquals => "BitXor",
        SyntaxKind.Ampersand or SyntaxKind.AmpersandEquals => "BitAnd",
        _ => "Error",
    });

    private AstNode Dict(GreenCursor node)
    {
        var keys = new List<AstNode?>();
        var values = new List<AstNode>();
        foreach (var element in node.Items(S.DictExpression.Elements, separated: true))
        {
            if (element.Kind == SyntaxKind.DictUnpack)
            {
                keys.Add(null);
                values.Add(Expression(element, S.DictUnpack.Expression));
            }
            else
            {
                keys.Add(Expression(element, S.DictEntry.Key));
                values.Add(Expression(element, S.DictEntry.Value));
            }
        }
        return new AstNode("Dict").Add("keys", keys).Add("values", values).At(Span(node));
    }

    private List<AstNode> Comprehensions(List<GreenCursor> clauses)
    {
        var generators = new List<AstNode>();
        List<AstNode>? ifs = null;
        foreach (var clause in clauses)
        {
            if (clause.Kind == SyntaxKind.ComprehensionFor)
            {
                ifs = [];
                generators.Add(new AstNode("comprehension")
                    .Add("target", Expression(clause, S.ComprehensionFor.Target, ExpressionContext.Store))
                    .Add("iter", Expression(clause, S.ComprehensionFor.Iterable))
                    .Add("ifs", ifs)
                    .Add("is_async", clause[S.ComprehensionFor.AsyncKeyword] is null ? 0 : 1));
            }
            else if (ifs is not null)
            {
                ifs.Add(Expression(clause, S.ComprehensionIf.Condition));
            }
        }
        return generators;
    }
}
