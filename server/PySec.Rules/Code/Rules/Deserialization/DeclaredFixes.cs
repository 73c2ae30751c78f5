using PySec.Rules.Fixes;
using PySec.Rules.Matching;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Deserialization;

/// <summary>
/// The fixes a code rule's YAML file declares (with their <c>when</c> conditions), built for one node the same way
/// the engine builds them for declarative rules, so the edits stay data.
/// </summary>
internal static class DeclaredFixes
{
    public static IReadOnlyList<Fix> For(RuleContext context, SyntaxNode node)
    {
        var templates = context.Rule.Fixes;
        if (templates.Count == 0) return [];
        var match = new MatchContext(context.Model, context.File);
        match.Reset(node);
        var fixes = new List<Fix>();
        foreach (var template in templates)
        {
            if (template.When is { } when && !when.Match(match, new MatchResult())) continue;
            if (FixBuilder.Build(template, match, node) is { } fix) fixes.Add(fix);
        }
        return fixes;
    }
}
