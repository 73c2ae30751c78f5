using System.Numerics;
using System.Runtime.CompilerServices;
using PySec.Syntax;
using PySec.Syntax.Literals;
using PySec.Text;

namespace PySec.Semantics;

/// <summary>
/// Folds expressions made of literals, displays, the string operators and names bound once to such expressions.
/// Never guesses: an operation it does not model gives "unknown", except that a string built from known and
/// unknown parts keeps a template of which is which.
/// </summary>
internal sealed partial class ConstantEvaluator(SemanticModel model)
{
    // Name hops and nesting; a deeper constant is unlikely and the bound keeps cycles and deep trees cheap.
    private const int MaxDepth = 64;

    // Results larger than this (e.g. "x" * 10**9) are not worth materialising.
    private const int MaxLength = 1 << 16;

    public ConstantResult Evaluate(ExpressionSyntax expression) => Eval(expression, 0);

    private ConstantResult Eval(ExpressionSyntax expression, int depth)
    {
        if (depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) return ConstantResult.Unknown(expression.Span);
        var node = Parentheses.Strip(expression);
        return node switch
        {
            NumberExpressionSyntax number => Number(number),
            KeywordLiteralExpressionSyntax keyword => keyword.Keyword.Kind switch
            {
                SyntaxKind.TrueKeyword => ConstantResult.Known(new PyBool(true)),
                SyntaxKind.FalseKeyword => ConstantResult.Known(new PyBool(false)),
                SyntaxKind.NoneKeyword => ConstantResult.Known(PyNone.Instance),
                _ => ConstantResult.Unknown(node.Span),
            },
            StringLiteralExpressionSyntax text => StringLiteral(text, depth),
            TupleExpressionSyntax tuple => Sequence(tuple.Elements, node.Span, depth, items => new PyTuple(items)),
            ListExpressionSyntax list => Sequence(list.Elements, node.Span, depth, items => new PyList(items)),
            DictExpressionSyntax dict => Dict(dict, depth),
            UnaryExpressionSyntax unary => Unary(unary, depth),
            BinaryExpressionSyntax { Operator.Kind: SyntaxKind.Plus } plus => Concatenation(plus, depth),
            BinaryExpressionSyntax { Operator.Kind: SyntaxKind.Percent } percent => Percent(percent, depth),
            BinaryExpressionSyntax binary => Arithmetic(binary, depth),
            CallExpressionSyntax call => Call(call, depth),
            NameExpressionSyntax name => Name(name, depth),
            _ => ConstantResult.Unknown(node.Span),
        };
    }

    private static ConstantResult Number(NumberExpressionSyntax number)
    {
        var token = number.Token;
        if (token.Text.Length == 0) return ConstantResult.Unknown(number.Span);
        var value = NumberLiteralDecoder.Decode(token.Text, token.Span.Start, null);
        return value.Kind switch
        {
            NumberKind.Integer => ConstantResult.Known(new PyInt(value.Integer)),
            NumberKind.Float => ConstantResult.Known(new PyFloat(value.Float)),
            _ => ConstantResult.Unknown(number.Span),
        };
    }

    /// <summary>A name read whose only reaching binding assigns it an expression: the value of that expression.</summary>
    private ConstantResult Name(NameExpressionSyntax name, int depth)
    {
        if (model.GetReference(name) is not { Bindings: [var binding] }) return ConstantResult.Unknown(name.Span);
        if (binding.Kind is not (BindingKind.Assignment or BindingKind.AnnotatedAssignment or BindingKind.NamedExpression)
            || binding.Value is not { } value)
            return ConstantResult.Unknown(name.Span);
        var result = Eval(value, depth + 1);
        return result.IsKnown ? result : ConstantResult.Unknown(name.Span);
    }

    private ConstantResult Sequence(SeparatedSyntaxList<ExpressionSyntax> elements, TextSpan span, int depth,
        Func<IReadOnlyList<PyValue>, PyValue> create)
    {
        var items = new List<PyValue>(elements.Count);
        var unknown = new List<TextSpan>();
        foreach (var element in elements)
        {
            if (element is StarredExpressionSyntax)
            {
                unknown.Add(element.Span);
                continue;
            }
            var result = Eval(element, depth + 1);
            if (result.Value is { } value) items.Add(value);
            else unknown.AddRange(result.NonConstantSpans);
        }
        return unknown.Count == 0 ? ConstantResult.Known(create(items)) : ConstantResult.Unknown(unknown);
    }

    private ConstantResult Dict(DictExpressionSyntax dict, int depth)
    {
        var entries = new List<KeyValuePair<PyValue, PyValue>>();
        var unknown = new List<TextSpan>();
        foreach (var element in dict.Elements)
        {
            if (element is not DictEntrySyntax entry)
            {
                unknown.Add(element.Span);
                continue;
            }
            var key = Eval(entry.Key, depth + 1);
            var value = Eval(entry.Value, depth + 1);
            if (key.Value is null) unknown.AddRange(key.NonConstantSpans);
            if (value.Value is null) unknown.AddRange(value.NonConstantSpans);
            if (key.Value is null || value.Value is null) continue;
            var existing = entries.FindIndex(e => e.Key.Equals(key.Value));
            if (existing >= 0) entries[existing] = new(key.Value, value.Value);
            else entries.Add(new(key.Value, value.Value));
        }
        return unknown.Count == 0 ? ConstantResult.Known(new PyDict(entries)) : ConstantResult.Unknown(unknown);
    }

    private ConstantResult Unary(UnaryExpressionSyntax unary, int depth)
    {
        var operand = Eval(unary.Operand, depth + 1);
        PyValue? result = (unary.Operator.Kind, operand.Value) switch
        {
            (SyntaxKind.Minus, PyInt i) => new PyInt(-i.Value),
            (SyntaxKind.Minus, PyFloat f) => new PyFloat(-f.Value),
            (SyntaxKind.Minus, PyBool b) => new PyInt(b.Value ? -1 : 0),
            (SyntaxKind.Plus, PyInt or PyFloat) => operand.Value,
            (SyntaxKind.Tilde, PyInt i) => new PyInt(-i.Value - 1),
            (SyntaxKind.NotKeyword, { } value) when PyTruth.Of(value) is { } truth => new PyBool(!truth),
            _ => null,
        };
        return result is null ? ConstantResult.Unknown(operand.IsKnown ? [unary.Span] : operand.NonConstantSpans) : ConstantResult.Known(result);
    }

    private ConstantResult Arithmetic(BinaryExpressionSyntax binary, int depth)
    {
        var left = Eval(binary.Left, depth + 1);
        var right = Eval(binary.Right, depth + 1);
        if (left.Value is null || right.Value is null)
            return ConstantResult.Unknown([.. left.NonConstantSpans, .. right.NonConstantSpans]);
        var result = (binary.Operator.Kind, AsNumber(left.Value), AsNumber(right.Value)) switch
        {
            (SyntaxKind.Minus, PyInt a, PyInt b) => new PyInt(a.Value - b.Value),
            (SyntaxKind.Star, PyInt a, PyInt b) when Small(a, b) => new PyInt(a.Value * b.Value),
            (SyntaxKind.DoubleSlash, PyInt a, PyInt b) when !b.Value.IsZero => new PyInt(FloorDiv(a.Value, b.Value)),
            (SyntaxKind.Pipe, PyInt a, PyInt b) => new PyInt(a.Value | b.Value),
            (SyntaxKind.Ampersand, PyInt a, PyInt b) => new PyInt(a.Value & b.Value),
            (SyntaxKind.Caret, PyInt a, PyInt b) => new PyInt(a.Value ^ b.Value),
            (SyntaxKind.LeftShift, PyInt a, PyInt b) when b.Value >= 0 && b.Value <= 256 => new PyInt(a.Value << (int)b.Value),
            (SyntaxKind.RightShift, PyInt a, PyInt b) when b.Value >= 0 && b.Value <= 256 => new PyInt(a.Value >> (int)b.Value),
            (SyntaxKind.DoubleStar, PyInt a, PyInt b) when b.Value >= 0 && b.Value <= 256 && Small(a, a) => new PyInt(BigInteger.Pow(a.Value, (int)b.Value)),
            (SyntaxKind.Minus, { } a, { } b) when Float(a) is { } x && Float(b) is { } y => new PyFloat(x - y),
            (SyntaxKind.Star, { } a, { } b) when Float(a) is { } x && Float(b) is { } y => new PyFloat(x * y),
            (SyntaxKind.Slash, { } a, { } b) when Float(a) is { } x && Float(b) is { } y && y != 0 => new PyFloat(x / y),
            _ => Repeat(binary.Operator.Kind, left.Value, right.Value),
        };
        return result is null ? ConstantResult.Unknown(binary.Span) : ConstantResult.Known(result);
    }

    private static PyValue? Repeat(SyntaxKind op, PyValue left, PyValue right)
    {
        if (op != SyntaxKind.Star) return null;
        var (text, count) = (left, right) switch
        {
            (PyStr s, PyInt n) => (s.Value, n.Value),
            (PyInt n, PyStr s) => (s.Value, n.Value),
            _ => (null, BigInteger.Zero),
        };
        if (text is null || count * text.Length > MaxLength) return null;
        return new PyStr(count <= 0 ? "" : string.Concat(Enumerable.Repeat(text, (int)count)));
    }

    private static PyValue AsNumber(PyValue value) => value is PyBool b ? new PyInt(b.Value ? 1 : 0) : value;

    private static double? Float(PyValue value) => value switch
    {
        PyFloat f => f.Value,
        PyInt i => (double)i.Value,
        _ => null,
    };

    private static bool Small(PyInt a, PyInt b) => a.Value.GetBitLength() < 4096 && b.Value.GetBitLength() < 4096;

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var quotient = BigInteger.DivRem(a, b, out var remainder);
        return !remainder.IsZero && (remainder.Sign < 0) != (b.Sign < 0) ? quotient - 1 : quotient;
    }
}
