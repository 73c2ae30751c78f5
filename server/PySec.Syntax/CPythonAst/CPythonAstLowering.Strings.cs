using System.Text;
using PySec.Syntax.Literals;
using S = PySec.Syntax.Green.SyntaxSlots;

namespace PySec.Syntax.CPythonAst;

public sealed partial class CPythonAstLowering
{
    /// <summary>
    /// Implicitly concatenated plain strings become one Constant; with any f-string part the whole
    /// literal is one JoinedStr (one TemplateStr with t-strings), whose adjacent text merges into one
    /// Constant and whose empty text disappears.
    /// </summary>
    private AstNode StringLiteral(GreenCursor node)
    {
        var parts = node.Items(S.StringLiteralExpression.Parts);
        if (parts.Count == 0) return Error(Span(node));
        var isTemplate = false;
        var isFormatted = false;
        foreach (var part in parts)
        {
            if (part.Kind != SyntaxKind.FString) continue;
            isFormatted = true;
            isTemplate |= part.KindOf(S.FString.Start) == SyntaxKind.TStringStart;
        }
        if (!isFormatted) return PlainConstant(parts).At(Span(node));

        var values = new TextRun(this);
        foreach (var part in parts)
        {
            if (part.Kind == SyntaxKind.PlainString)
            {
                var token = part[S.PlainString.Token]!.Value;
                values.AddText(StringLiteralDecoder.Decode(token.Text, token.Start, diagnostics: null).Value, token.Start, token.End);
                continue;
            }
            var raw = StringPrefix.Parse(part[S.FString.Start]!.Value.Text).Raw;
            AddFormatParts(values, part.Items(S.FString.Parts), raw, isTemplate);
        }
        return new AstNode(isTemplate ? "TemplateStr" : "JoinedStr").Add("values", values.Finish()).At(Span(node));
    }

    private static AstNode PlainConstant(List<GreenCursor> parts)
    {
        var text = new StringBuilder();
        DecodedString? first = null;
        foreach (var part in parts)
        {
            var token = part[S.PlainString.Token]!.Value;
            var decoded = StringLiteralDecoder.Decode(token.Text, token.Start, diagnostics: null);
            first ??= decoded;
            text.Append(decoded.Value);
        }
        object value = first!.IsBytes ? new AstBytes(new DecodedString(text.ToString(), true, false).ToBytes()) : text.ToString();
        return new AstNode("Constant").Add("value", value).Add("kind", first.HasUnicodePrefix ? "u" : null);
    }

    private void AddFormatParts(TextRun values, List<GreenCursor> parts, bool raw, bool isTemplate)
    {
        foreach (var part in parts)
        {
            if (part.Kind == SyntaxKind.FStringText)
            {
                var token = part[S.FStringText.Text]!.Value;
                values.AddText(StringLiteralDecoder.DecodeFormatText(token.Text, token.Start, raw, diagnostics: null), token.Start, token.End);
            }
            else if (part.Kind == SyntaxKind.FStringReplacementField)
            {
                ReplacementField(values, part, raw, isTemplate);
            }
        }
    }

    private void ReplacementField(TextRun values, GreenCursor field, bool raw, bool isTemplate)
    {
        var open = field[S.FStringReplacementField.OpenBrace]!.Value;
        var close = field[S.FStringReplacementField.CloseBrace]!.Value;
        var debug = field[S.FStringReplacementField.DebugEquals];
        var conversionToken = field[S.FStringReplacementField.Conversion];
        var formatSpec = field[S.FStringReplacementField.FormatSpec];
        var afterExpression = field[S.FStringReplacementField.Exclamation]?.Start ?? formatSpec?.Start ?? close.Start;

        // {x=} adds its source text, up to the conversion or format spec, as literal text before the value.
        if (debug is not null) values.AddText(SourceSlice(open.End, afterExpression), open.End, afterExpression);

        var conversion = conversionToken?.Text switch
        {
            "s" => 115,
            "r" => 114,
            "a" => 97,
            null => debug is not null && formatSpec is null ? 114 : -1,
            _ => -1,
        };
        AstNode? spec = null;
        if (formatSpec is { } specNode)
        {
            var specValues = new TextRun(this);
            // Fields nested in a format spec build the spec string eagerly, so they are FormattedValue even in t-strings.
            AddFormatParts(specValues, specNode.Items(S.FStringFormatSpec.Parts), raw, isTemplate: false);
            // CPython's format spec rule starts at the ':' and ends with the last part of the spec.
            spec = new AstNode("JoinedStr").Add("values", specValues.Finish()).At(Span(specNode));
        }

        var value = Expression(field, S.FStringReplacementField.Expression);
        AstNode lowered;
        if (isTemplate)
        {
            lowered = new AstNode("Interpolation")
                .Add("value", value)
                .Add("str", InterpolationText(SourceSlice(open.End, afterExpression)))
                .Add("conversion", conversion)
                .Add("format_spec", spec);
        }
        else
        {
            lowered = new AstNode("FormattedValue").Add("value", value).Add("conversion", conversion).Add("format_spec", spec);
        }
        values.AddNode(lowered.At(Span(open.Start, close.End)));
    }

    /// <summary>The expression text of a t-string field, as CPython keeps it: trailing blanks and the debug '=' removed.</summary>
    private static string InterpolationText(string fieldText)
    {
        var length = fieldText.Length;
        while (length > 0 && (char.IsWhiteSpace(fieldText[length - 1]) || fieldText[length - 1] == '=')) length--;
        return fieldText[..length];
    }

    /// <summary>Collects the values of a JoinedStr: adjacent literal text merges into one Constant.</summary>
    private sealed class TextRun(CPythonAstLowering owner)
    {
        private readonly List<AstNode> _values = [];
        private readonly StringBuilder _text = new();
        private int _start = -1;
        private int _end;

        public void AddText(string text, int start, int end)
        {
            if (text.Length == 0) return;
            if (_start < 0) _start = start;
            _text.Append(text);
            _end = end;
        }

        public void AddNode(AstNode node)
        {
            Flush();
            _values.Add(node);
        }

        public List<AstNode> Finish()
        {
            Flush();
            return _values;
        }

        private void Flush()
        {
            if (_text.Length == 0) return;
            _values.Add(Constant(_text.ToString()).At(owner.Span(_start, _end)));
            _text.Clear();
            _start = -1;
        }
    }
}
