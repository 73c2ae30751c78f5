using PySec.Rules.Code;
using PySec.Rules.Engine;
using PySec.Rules.Fixes;
using PySec.Rules.Matching;
using PySec.Rules.Suppressions;
using PySec.Semantics;
using PySec.Syntax;
using PySec.Syntax.Green;
using PySec.Text;

namespace PySec.Rules;

/// <summary>
/// Runs a rule set over one file in a single walk of its tree, then applies suppression comments. Pure: no I/O,
/// and never throws on a tree the parser produced.
/// </summary>
public static class RuleEngine
{
    /// <summary>Reported when a rule throws on a file: the rule is switched off for that file, the others go on.</summary>
    public const string RuleFailedCode = "PS0302";

    public static FileAnalysis Analyze(RuleSet rules, SemanticModel model, FileFacts? file = null, RuleProfile? profile = null)
    {
        file ??= FileFacts.Unnamed;
        var dispatch = rules.Dispatch;
        var enabled = new bool[dispatch.Rules.Count];
        for (var index = 0; index < enabled.Length; index++) enabled[index] = dispatch.Rules[index].AppliesTo(file, model.TargetVersion);

        var findings = new List<Finding>();
        var diagnostics = new List<Diagnostic>();
        var seen = new HashSet<(string, TextSpan)>();
        var context = new MatchContext(model, file);
        var result = new MatchResult();
        void Report(Rule rule, TextSpan span, MatchResult match, IReadOnlyList<Fix> fixes)
        {
            if (seen.Add((rule.Id, span))) findings.Add(CreateFinding(rule, span, match, fixes, context));
        }
        var codeContext = new RuleContext(context, Report);
        var ticks = profile is null ? null : new long[enabled.Length];
        var offers = profile is null ? null : new long[enabled.Length];

        // A rule reached by several keys (callee, method, kind) sees each node once: offered[rule] holds the last node's number.
        var offered = new int[enabled.Length];
        var nodeNumber = 0;
        foreach (var node in InterestingNodes.Find(model.Tree, dispatch.WantedKinds, dispatch.FilteredKinds, green => dispatch.Accepts(green, context.IsImportedName)))
        {
            context.Reset(node);
            nodeNumber++;
            switch (node)
            {
                case CallExpressionSyntax call when dispatch.HasCallRules:
                    if (context.Callee is { } callee)
                        foreach (var index in dispatch.ForCallee(callee))
                            Offer(index);
                    if (Parentheses.Strip(call.Function) is AttributeExpressionSyntax method)
                        foreach (var index in dispatch.ForMethod(method.Name.Text))
                            Offer(index);
                    break;
                case NameExpressionSyntax name when dispatch.HasIdentifierRules:
                    var text = name.Identifier.Text;
                    foreach (var index in dispatch.ForIdentifier(text, context.IsImportedName(text)))
                        Offer(index);
                    break;
                case AttributeExpressionSyntax attribute when dispatch.HasIdentifierRules:
                    foreach (var index in dispatch.ForIdentifier(attribute.Name.Text, isImportAlias: false))
                        Offer(index);
                    break;
            }
            foreach (var index in dispatch.ForKind(node.Kind))
                Offer(index);

            void Offer(int index)
            {
                if (!enabled[index] || offered[index] == nodeNumber) return;
                offered[index] = nodeNumber;
                if (ticks is null)
                {
                    Run(index);
                    return;
                }
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                Run(index);
                ticks[index] += System.Diagnostics.Stopwatch.GetTimestamp() - started;
                offers![index]++;
            }

            void Run(int index)
            {
                try
                {
                    RunRule(index);
                }
                catch (Exception exception) when (exception is not (OutOfMemoryException or InsufficientExecutionStackException))
                {
                    // A bug in one rule must not cost the user the other rules' findings (or the editor session).
                    enabled[index] = false;
                    diagnostics.Add(new Diagnostic(RuleFailedCode, DiagnosticSeverity.Warning, node.Span,
                        $"rule {dispatch.Rules[index].Id} failed on this file and was skipped: {exception.GetType().Name}: {exception.Message}"));
                }
            }

            void RunRule(int index)
            {
                var rule = dispatch.Rules[index];
                if (rule.Code is { } code)
                {
                    codeContext.Rule = rule;
                    code.Analyze(node, codeContext);
                    return;
                }
                result.Clear();
                if (!rule.Matcher!.Match(context, result)) return;
                Report(rule, result.Span ?? node.Span, result, BuildFixes(rule, context, node));
            }
        }

        if (profile is not null)
            for (var index = 0; index < enabled.Length; index++)
                if (offers![index] > 0) profile.Record(dispatch.Rules[index].Id, ticks![index], offers[index]);

        var suppressed = SuppressionIndex.Apply(rules, model.Tree, findings, diagnostics);
        suppressed.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.RuleId, b.RuleId));
        return new FileAnalysis(suppressed, diagnostics);
    }

    private static IReadOnlyList<Fix> BuildFixes(Rule rule, MatchContext context, SyntaxNode node)
    {
        if (rule.Fixes.Count == 0) return [];
        var fixes = new List<Fix>();
        foreach (var template in rule.Fixes)
        {
            if (template.When is { } when && !when.Match(context, new MatchResult())) continue;
            if (FixBuilder.Build(template, context, node) is { } fix) fixes.Add(fix);
        }
        return fixes;
    }

    private static Finding CreateFinding(Rule rule, TextSpan span, MatchResult match, IReadOnlyList<Fix> fixes, MatchContext context)
    {
        var message = MessageTemplate.Format(match.Message ?? rule.Metadata.MessageTemplate, match.Captures, context);
        return new Finding(rule, span, message, match.Severity ?? rule.Metadata.Severity,
            match.Confidence ?? rule.Metadata.Confidence, fixes);
    }
}
