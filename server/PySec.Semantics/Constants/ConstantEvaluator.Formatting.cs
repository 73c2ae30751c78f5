using System.Text;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Semantics;

internal sealed partial class ConstantEvaluator
{
    /// <summary>
    /// <c>"..." % args</c> with a known format: %s, %r, %d, %i and %%. Unknown arguments become holes, so the
    /// template of <c>"SELECT %s FROM t" % name</c> is still visible; other conversions give unknown.
    /// </summary>
    private ConstantResult Percent(BinaryExpressionSyntax percent, int depth)
    {
        var left = Eval(percent.Left, depth + 1);
        if (left.Value is not PyStr format) return Arithmetic(percent, depth);
        var arguments = PercentArguments(percent.Right, depth);
        var fragments = new List<StringFragment>();
        var literal = new StringBuilder();
        var next = 0;
        var text = format.Value;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                literal.Append(text[i]);
                continue;
            }
            if (i + 1 >= text.Length) return ConstantResult.Unknown(percent.Span);
            var conversion = text[++i];
            if (conversion == '%')
            {
                literal.Append('%');
                continue;
            }
            if (conversion is not ('s' or 'r' or 'd' or 'i') || next >= arguments.Count) return ConstantResult.Unknown(percent.Span);
            var (value, span) = arguments[next++];
            var rendered = value is null ? null : conversion switch
            {
                's' => value.Str(),
                'r' => value.Repr(),
                _ => AsNumber(value) is PyInt number ? number.Repr() : null,
            };
            if (value is not null && rendered is null) return ConstantResult.Unknown(percent.Span);
            if (rendered is not null)
            {
                literal.Append(rendered);
                continue;
            }
            fragments.Add(StringFragment.Literal(literal.ToString()));
            literal.Clear();
            fragments.Add(StringFragment.Unknown(span));
        }
        if (next != arguments.Count) return ConstantResult.Unknown(percent.Span);
        fragments.Add(StringFragment.Literal(literal.ToString()));
        return ConstantResult.String(fragments);
    }

    /// <summary>The operands of %: the items of a tuple (display or constant), else the single right operand.</summary>
    private List<(PyValue? Value, TextSpan Span)> PercentArguments(ExpressionSyntax right, int depth)
    {
        var result = new List<(PyValue?, TextSpan)>();
        if (Parentheses.Strip(right) is TupleExpressionSyntax tuple)
        {
            foreach (var element in tuple.Elements) result.Add((Eval(element, depth + 1).Value, element.Span));
            return result;
        }
        var value = Eval(right, depth + 1).Value;
        if (value is PyTuple items)
            foreach (var item in items.Items) result.Add((item, right.Span));
        else
            result.Add((value, right.Span));
        return result;
    }

    private ConstantResult Call(CallExpressionSyntax call, int depth)
    {
        if (call.Function is not AttributeExpressionSyntax { Name.Text: var method } attribute)
            return ConstantResult.Unknown(call.Span);
        if (method is not ("format" or "join")) return ConstantResult.Unknown(call.Span);
        if (Eval(attribute.Value, depth + 1).Value is not PyStr receiver) return ConstantResult.Unknown(call.Span);
        return method == "format" ? Format(receiver.Value, call, depth) : Join(receiver.Value, call, depth);
    }

    private ConstantResult Join(string separator, CallExpressionSyntax call, int depth)
    {
        var arguments = call.Arguments.Arguments;
        if (arguments.Count != 1 || arguments[0].Star is not null || arguments[0].Name is not null) return ConstantResult.Unknown(call.Span);
        var items = Eval(arguments[0].Value, depth + 1).Value switch
        {
            PyList list => list.Items,
            PyTuple tuple => tuple.Items,
            _ => null,
        };
        if (items is null || items.Any(i => i is not PyStr)) return ConstantResult.Unknown(call.Span);
        return ConstantResult.Known(new PyStr(string.Join(separator, items.Select(i => ((PyStr)i).Value))));
    }

    /// <summary>
    /// <c>str.format</c> with fields {}, {0} and {name}, optionally !s/!r; unknown or formatted (":spec") arguments
    /// become holes; field expressions such as {0.attr} or {x[0]} make the whole call unknown.
    /// </summary>
    private ConstantResult Format(string format, CallExpressionSyntax call, int depth)
    {
        var positional = new List<ArgumentSyntax>();
        var keywords = new Dictionary<string, ArgumentSyntax>(StringComparer.Ordinal);
        foreach (var argument in call.Arguments.Arguments)
        {
            if (argument.Star is not null) return ConstantResult.Unknown(call.Span);
            if (argument.Name is { } name) keywords[name.Text] = argument;
            else positional.Add(argument);
        }

        var fragments = new List<StringFragment>();
        var literal = new StringBuilder();
        var automatic = 0;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}') i++;
                else return ConstantResult.Unknown(call.Span);
                literal.Append('}');
                continue;
            }
            if (c != '{')
            {
                literal.Append(c);
                continue;
            }
            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                literal.Append('{');
                i++;
                continue;
            }
            var close = format.IndexOf('}', i + 1);
            if (close < 0) return ConstantResult.Unknown(call.Span);
            var field = format[(i + 1)..close];
            i = close;
            if (field.Contains('{')) return ConstantResult.Unknown(call.Span);

            var colon = field.IndexOf(':');
            var spec = colon >= 0 ? field[(colon + 1)..] : "";
            if (colon >= 0) field = field[..colon];
            var bang = field.IndexOf('!');
            var conversion = bang >= 0 ? field[(bang + 1)..] : null;
            if (bang >= 0) field = field[..bang];

            ArgumentSyntax? argument;
            if (field.Length == 0) argument = automatic < positional.Count ? positional[automatic++] : null;
            else if (int.TryParse(field, out var index)) argument = index < positional.Count ? positional[index] : null;
            else if (field.All(ch => char.IsLetterOrDigit(ch) || ch == '_')) argument = keywords.GetValueOrDefault(field);
            else return ConstantResult.Unknown(call.Span);
            if (argument is null) return ConstantResult.Unknown(call.Span);

            var value = Eval(argument.Value, depth + 1).Value;
            var rendered = value is null || spec.Length > 0 ? null : conversion switch
            {
                null or "s" => value.Str(),
                "r" => value.Repr(),
                _ => null,
            };
            if (rendered is not null)
            {
                literal.Append(rendered);
                continue;
            }
            fragments.Add(StringFragment.Literal(literal.ToString()));
            literal.Clear();
            fragments.Add(StringFragment.Unknown(argument.Value.Span));
        }
        fragments.Add(StringFragment.Literal(literal.ToString()));
        return ConstantResult.String(fragments);
    }
}
