using S = PySec.Syntax.Green.SyntaxSlots;

namespace PySec.Syntax.CPythonAst;

public sealed partial class CPythonAstLowering
{
    /// <summary>CPython's `arguments` node from a def or lambda parameter list (possibly absent for `lambda: x`).</summary>
    private AstNode Arguments(GreenCursor? parameterList)
    {
        var positionalOnly = new List<AstNode>();
        var positional = new List<AstNode>();
        var defaults = new List<AstNode>();
        var keywordOnly = new List<AstNode>();
        var keywordDefaults = new List<AstNode?>();
        AstNode? varArg = null, kwArg = null;
        var afterStar = false;
        var parameters = parameterList is { } list ? list.Items(S.ParameterList.Parameters, separated: true) : [];
        foreach (var parameter in parameters)
        {
            if (parameter.Kind == SyntaxKind.ParameterSeparator)
            {
                if (parameter.KindOf(S.ParameterSeparator.Token) == SyntaxKind.Slash)
                {
                    positionalOnly.AddRange(positional);
                    positional.Clear();
                }
                else
                {
                    afterStar = true;
                }
                continue;
            }
            var arg = Arg(parameter);
            var defaultValue = OptionalExpression(parameter, S.Parameter.Default);
            switch (parameter.KindOf(S.Parameter.Star))
            {
                case SyntaxKind.Star:
                    varArg = arg;
                    afterStar = true;
                    break;
                case SyntaxKind.DoubleStar:
                    kwArg = arg;
                    break;
                default:
                    if (afterStar)
                    {
                        keywordOnly.Add(arg);
                        keywordDefaults.Add(defaultValue);
                    }
                    else
                    {
                        positional.Add(arg);
                        if (defaultValue is not null) defaults.Add(defaultValue);
                    }
                    break;
            }
        }
        return new AstNode("arguments")
            .Add("posonlyargs", positionalOnly)
            .Add("args", positional)
            .Add("vararg", varArg)
            .Add("kwonlyargs", keywordOnly)
            .Add("kw_defaults", keywordDefaults)
            .Add("kwarg", kwArg)
            .Add("defaults", defaults);
    }

    /// <summary>An `arg` spans the name and annotation: not the star before it, not the default after it.</summary>
    private AstNode Arg(GreenCursor parameter)
    {
        var name = parameter[S.Parameter.Name]!.Value;
        var annotation = parameter[S.Parameter.Annotation];
        return new AstNode("arg")
            .Add("arg", Identifier(name.Text))
            .Add("annotation", annotation is { } a ? Lower(a) : null)
            .Add("type_comment", null)
            .At(Span(name.Start, annotation is { } end ? end.End : name.End));
    }

    private List<AstNode> TypeParameters(GreenCursor? typeParameterList)
    {
        var result = new List<AstNode>();
        if (typeParameterList is not { } list) return result;
        foreach (var parameter in list.Items(S.TypeParameterList.Parameters, separated: true))
        {
            var name = Identifier(parameter[S.TypeParameter.Name]!.Value.Text);
            var defaultValue = OptionalExpression(parameter, S.TypeParameter.Default);
            var lowered = parameter.KindOf(S.TypeParameter.Star) switch
            {
                SyntaxKind.Star => new AstNode("TypeVarTuple").Add("name", name).Add("default_value", defaultValue),
                SyntaxKind.DoubleStar => new AstNode("ParamSpec").Add("name", name).Add("default_value", defaultValue),
                _ => new AstNode("TypeVar").Add("name", name)
                    .Add("bound", OptionalExpression(parameter, S.TypeParameter.Bound))
                    .Add("default_value", defaultValue),
            };
            result.Add(lowered.At(Span(parameter)));
        }
        return result;
    }
}
