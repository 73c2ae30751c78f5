using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Archives;

/// <summary>
/// Zip slip: a file written at a path built from a zip member's name (namelist() entries, infolist() entries'
/// filename) in a function with no containment check. Code because it follows names through the function: loop
/// targets over namelist()/infolist(), the variables assigned from them, and the writes that use them.
/// </summary>
[CodeRule("PYSEC504")]
internal sealed class ZipMemberWrittenByName : CodeRule
{
    private static readonly HashSet<string> MemberLists = new(StringComparer.Ordinal) { "namelist", "infolist" };

    // Calls whose use in the function counts as a containment check of the resolved target.
    private static readonly HashSet<string> ContainmentMethods = new(StringComparer.Ordinal)
    {
        "is_relative_to", "relative_to", "commonpath", "commonprefix", "startswith",
    };

    private static readonly HashSet<string> PathWriters = new(StringComparer.Ordinal)
    {
        "write_bytes", "write_text", "open", "touch", "mkdir", "symlink_to", "hardlink_to",
    };

    private static readonly Dictionary<string, int> CopyDestinations = new(StringComparer.Ordinal)
    {
        ["shutil.copy"] = 1, ["shutil.copy2"] = 1, ["shutil.copyfile"] = 1, ["shutil.move"] = 1, ["os.rename"] = 1,
        ["os.replace"] = 1, ["os.makedirs"] = 0, ["os.mkdir"] = 0,
    };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.FunctionDefinition];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (node is not FunctionDefinitionSyntax function) return;
        // Most functions never list a zip's members; a text search is far cheaper than walking the body.
        var text = context.Text.AsSpan(function.Span.Start, function.Span.Length);
        if (!text.Contains("namelist", StringComparison.Ordinal) && !text.Contains("infolist", StringComparison.Ordinal)) return;
        var body = function.Body.DescendantNodes(n => n is not FunctionDefinitionSyntax and not ClassDefinitionSyntax).ToList();
        var members = MemberNames(body);
        if (members.Count == 0) return;
        if (body.OfType<CallExpressionSyntax>().Any(c => c.Function is AttributeExpressionSyntax a && ContainmentMethods.Contains(a.Name.Text)
                                                         || c.Function is NameExpressionSyntax n && ContainmentMethods.Contains(n.Identifier.Text)))
            return;

        foreach (var call in body.OfType<CallExpressionSyntax>())
        {
            var target = WrittenPath(call, context);
            if (target is null || !Uses(target, members)) continue;
            context.Report(call.Span, new Dictionary<string, string> { ["name"] = target.ToString() });
        }
    }

    /// <summary>Loop variables over namelist()/infolist() and every variable assigned from an expression using one.</summary>
    private static HashSet<string> MemberNames(List<SyntaxNode> body)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var loop in body.OfType<ForStatementSyntax>())
            if (loop.Iterable.DescendantNodesAndSelf().OfType<CallExpressionSyntax>()
                .Any(c => c.Function is AttributeExpressionSyntax a && MemberLists.Contains(a.Name.Text)))
                foreach (var target in loop.Target.DescendantNodesAndSelf().OfType<NameExpressionSyntax>())
                    names.Add(target.Identifier.Text);
        if (names.Count == 0) return names;
        // Two passes reach assignments that use a variable assigned later in source order (inside loops).
        for (var pass = 0; pass < 2; pass++)
            foreach (var assignment in body.OfType<AssignmentStatementSyntax>())
                if (Uses(assignment.Value, names))
                    foreach (var target in assignment.Targets)
                        if (target.Target is NameExpressionSyntax variable) names.Add(variable.Identifier.Text);
        return names;
    }

    private static bool Uses(SyntaxNode expression, HashSet<string> names) =>
        expression.DescendantNodesAndSelf().OfType<NameExpressionSyntax>().Any(n => names.Contains(n.Identifier.Text));

    /// <summary>The path a call writes to: open() for writing, a pathlib write, or a copy/move destination.</summary>
    private static ExpressionSyntax? WrittenPath(CallExpressionSyntax call, RuleContext context)
    {
        var callee = context.CalleeOf(call);
        var binding = context.BindingOf(call);
        if (callee is "builtins.open" or "io.open" or "os.open")
        {
            var file = binding.Get(callee == "os.open" ? "path" : "file").Value;
            if (callee == "os.open") return file; // flags decide, but a path from the archive is the problem
            var mode = binding.Get("mode");
            if (mode.State == ArgumentState.Missing) return null;
            return mode.Value is { } value && context.Evaluate(value).Value is PyStr text && text.Value.IndexOfAny(['w', 'x', 'a', '+']) >= 0
                ? file : null;
        }
        if (callee is not null && CopyDestinations.TryGetValue(callee, out var position))
            return position < binding.Positional.Count ? binding.Positional[position].Value : null;
        // pathlib: (root / name).write_bytes(...), Path(name).open("wb")
        if (callee is null && call.Function is AttributeExpressionSyntax { Name.Text: var method } attribute && PathWriters.Contains(method))
        {
            if (method == "open" && !(call.Arguments.Arguments.FirstOrDefault()?.Value is { } openMode
                    && context.Evaluate(openMode).Value is PyStr m && m.Value.IndexOfAny(['w', 'x', 'a', '+']) >= 0))
                return null;
            return attribute.Value;
        }
        return null;
    }
}
