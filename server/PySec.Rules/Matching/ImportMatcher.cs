using PySec.Syntax;

namespace PySec.Rules.Matching;

/// <summary>
/// An import of a listed module or of anything inside it: <c>import m</c>, <c>import m.sub</c>,
/// <c>from m import x</c>, and <c>from pkg import m</c>. Reported on the imported name.
/// </summary>
internal sealed class ImportMatcher(NameSet modules) : Matcher
{
    private static readonly IReadOnlySet<SyntaxKind> ImportKinds =
        KindsOf(SyntaxKind.ImportStatement, SyntaxKind.ImportFromStatement);

    public override IReadOnlySet<SyntaxKind> Kinds => ImportKinds;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        switch (context.Node)
        {
            case ImportStatementSyntax import:
                foreach (var alias in import.Names)
                    if (Matches(DottedText(alias.Name), alias, result)) return true;
                return false;
            case ImportFromStatementSyntax from when from.Dots.Count == 0 && from.Module is { } module:
                var moduleName = DottedText(module);
                if (modules.ContainsModule(moduleName))
                {
                    result.Span = module.Span;
                    result.Captures["name"] = moduleName;
                    return true;
                }
                foreach (var alias in from.Names)
                    if (Matches(moduleName + "." + DottedText(alias.Name), alias, result)) return true;
                return false;
            default:
                return false;
        }
    }

    private bool Matches(string module, ImportAliasSyntax alias, MatchResult result)
    {
        if (!modules.ContainsModule(module)) return false;
        result.Span = alias.Span;
        result.Captures["name"] = module;
        return true;
    }

    internal static string DottedText(DottedNameSyntax name) =>
        string.Join('.', name.Parts.Select(token => token.Text));
}
