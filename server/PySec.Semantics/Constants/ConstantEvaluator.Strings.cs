using PySec.Syntax;
using PySec.Syntax.Literals;
using PySec.Text;

namespace PySec.Semantics;

internal sealed partial class ConstantEvaluator
{
    /// <summary>Implicitly concatenated parts: plain strings, bytes and f-strings (t-strings are not strings).</summary>
    private ConstantResult StringLiteral(StringLiteralExpressionSyntax literal, int depth)
    {
        var fragments = new List<StringFragment>();
        bool sawBytes = false, sawText = false;
        foreach (var part in literal.Parts)
        {
            switch (part)
            {
                case PlainStringSyntax plain:
                    var decoded = StringLiteralDecoder.Decode(plain.Token.Text, plain.Token.Span.Start, null);
                    if (decoded.IsBytes) sawBytes = true;
                    else sawText = true;
                    fragments.Add(StringFragment.Literal(decoded.Value));
                    break;
                case FStringSyntax fstring when fstring.Start.Kind == SyntaxKind.FStringStart:
                    sawText = true;
                    FString(fstring, fragments, depth);
                    break;
                default:
                    return ConstantResult.Unknown(literal.Span);
            }
        }
        if (sawBytes && sawText) return ConstantResult.Unknown(literal.Span);
        if (sawBytes) return ConstantResult.Known(new PyBytes(string.Concat(fragments.Select(f => f.Text))));
        return ConstantResult.String(fragments);
    }

    private void FString(FStringSyntax fstring, List<StringFragment> fragments, int depth)
    {
        var raw = StringPrefix.Parse(fstring.Start.Text).Raw;
        foreach (var part in fstring.Parts) FStringPart(part, raw, fragments, depth);
    }

    private void FStringPart(FStringPartSyntax part, bool raw, List<StringFragment> fragments, int depth)
    {
        if (part is FStringTextSyntax text)
        {
            fragments.Add(StringFragment.Literal(StringLiteralDecoder.DecodeFormatText(text.Text.Text, text.Text.Span.Start, raw, null)));
            return;
        }
        if (part is not FStringReplacementFieldSyntax field)
        {
            fragments.Add(StringFragment.Unknown(part.Span));
            return;
        }
        var conversion = field.Conversion?.Text;
        if (field.DebugEquals is { } equals)
        {
            // f"{x=}" writes the expression's source text and "=" before the value, repr() by default.
            var source = model.Tree.Text;
            var start = field.OpenBrace.Span.End;
            fragments.Add(StringFragment.Literal(source[start..equals.Span.End]));
            conversion ??= field.FormatSpec is null ? "r" : null;
        }
        var value = Eval(field.Expression, depth + 1).Value;
        var rendered = field.FormatSpec is not null || value is null ? null : conversion switch
        {
            null or "s" => value.Str(),
            "r" => value.Repr(),
            _ => null,
        };
        fragments.Add(rendered is null ? StringFragment.Unknown(field.Expression.Span) : StringFragment.Literal(rendered));
    }

    /// <summary>
    /// A chain <c>a + b + c</c>, flattened so long concatenations do not recurse. Numbers and sequences add as in
    /// Python; a string plus something unknown is still a string, so it becomes a template.
    /// </summary>
    private ConstantResult Concatenation(BinaryExpressionSyntax plus, int depth)
    {
        var operands = new Stack<ExpressionSyntax>();
        ExpressionSyntax current = plus;
        while (Parentheses.Strip(current) is BinaryExpressionSyntax { Operator.Kind: SyntaxKind.Plus } chain)
        {
            operands.Push(chain.Right);
            current = chain.Left;
        }
        operands.Push(current);

        // A node's span is found by descending to its first token, so it is computed once for the whole chain.
        var span = plus.Span;
        ConstantResult? accumulated = null;
        while (operands.Count > 0)
        {
            var next = Eval(operands.Pop(), depth + 1);
            accumulated = accumulated is null ? next : Add(accumulated, next, span);
        }
        return accumulated!;
    }

    private static ConstantResult Add(ConstantResult left, ConstantResult right, TextSpan span)
    {
        if (left.Value is { } a && right.Value is { } b)
        {
            PyValue? sum = (AsNumber(a), AsNumber(b)) switch
            {
                (PyStr x, PyStr y) when x.Value.Length + y.Value.Length <= MaxLength => new PyStr(x.Value + y.Value),
                (PyBytes x, PyBytes y) when x.Value.Length + y.Value.Length <= MaxLength => new PyBytes(x.Value + y.Value),
                (PyInt x, PyInt y) => new PyInt(x.Value + y.Value),
                (PyTuple x, PyTuple y) => new PyTuple([.. x.Items, .. y.Items]),
                (PyList x, PyList y) => new PyList([.. x.Items, .. y.Items]),
                ({ } x, { } y) when Float(x) is { } f && Float(y) is { } g => new PyFloat(f + g),
                _ => null,
            };
            return sum is null ? ConstantResult.Unknown(span) : ConstantResult.Known(sum);
        }
        if (left.Template is not null || right.Template is not null)
            return ConstantResult.String([.. Fragments(left), .. Fragments(right)]);
        return ConstantResult.Unknown([.. left.NonConstantSpans, .. right.NonConstantSpans]);
    }

    private static IReadOnlyList<StringFragment> Fragments(ConstantResult result)
    {
        if (result.Template is { } template) return template;
        if (result.NonConstantSpans.Count == 0) return [];
        var first = result.NonConstantSpans[0];
        var last = result.NonConstantSpans[^1];
        return [StringFragment.Unknown(TextSpan.FromBounds(first.Start, Math.Max(first.End, last.End)))];
    }
}
