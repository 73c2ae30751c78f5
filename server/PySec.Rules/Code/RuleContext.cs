using PySec.Rules.Matching;
using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code;

/// <summary>What a <see cref="CodeRule"/> sees of the file, and how it reports.</summary>
public sealed class RuleContext
{
    private readonly Action<Rule, TextSpan, MatchResult, IReadOnlyList<Fix>> _report;

    private readonly MatchContext _current;

    internal RuleContext(MatchContext current, Action<Rule, TextSpan, MatchResult, IReadOnlyList<Fix>> report)
    {
        _current = current;
        Model = current.Model;
        File = current.File;
        _report = report;
    }

    /// <summary>The callee's qualified name, resolved once per file however many rules ask.</summary>
    public string? CalleeOf(CallExpressionSyntax call) => _current.CalleeOf(call);

    /// <summary>The call's arguments bound to its callee's parameters, shared by all rules for the node being offered.</summary>
    public CallBinding BindingOf(CallExpressionSyntax call) => ReferenceEquals(call, _current.Node) ? _current.Binding! : Model.BindCall(call);

    /// <summary>The constant value of an expression, evaluated once per file however many rules ask.</summary>
    public ConstantResult Evaluate(ExpressionSyntax expression) => _current.Evaluate(expression);

    /// <summary>Whether the file imports one of the modules (or anything inside them), in any form.</summary>
    public bool Imports(params string[] modules) => _current.ImportsAny(new NameSet(modules));

    /// <summary>Whether any binding brings in the module or something inside it (a star import too), asked once per file.</summary>
    internal bool BindsModule(string module) => _current.BindsModule(module);

    public SemanticModel Model { get; }
    public FileFacts File { get; }
    public string Text => Model.Tree.Text;
    internal Rule Rule { get; set; } = null!;

    /// <summary>
    /// Reports a finding with the rule's message, its placeholders filled from <paramref name="captures"/>
    /// ("name", "callee", ...), optionally at another severity or with another message.
    /// </summary>
    public void Report(TextSpan span, IReadOnlyDictionary<string, string>? captures = null, Severity? severity = null,
        string? message = null, IReadOnlyList<Fix>? fixes = null)
    {
        var result = new MatchResult { Severity = severity, Message = message };
        if (captures is not null)
            foreach (var (key, value) in captures) result.Captures[key] = value;
        _report(Rule, span, result, fixes ?? []);
    }

    public void Report(SyntaxNode node, string name, Severity? severity = null, string? message = null, IReadOnlyList<Fix>? fixes = null) =>
        Report(node.Span, new Dictionary<string, string> { ["name"] = name }, severity, message, fixes);
}
