using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Matching;

/// <summary>
/// The node being matched with what every rule may ask of it, computed once per node however many rules ask:
/// the callee's qualified name and the bound arguments of a call.
/// </summary>
internal sealed class MatchContext(SemanticModel model, FileFacts file)
{
    private SyntaxNode _node = null!;
    private bool _calleeKnown;
    private string? _callee;
    private CallBinding? _binding;
    private HashSet<string>? _importedModules;
    private HashSet<string>? _importAliases;
    private readonly Dictionary<SyntaxNode, ConstantResult> _constants = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<CallExpressionSyntax, string?> _callees = new(ReferenceEqualityComparer.Instance);

    public SemanticModel Model { get; } = model;
    public FileFacts File { get; } = file;
    public SyntaxNode Node => _node;

    public void Reset(SyntaxNode node)
    {
        _node = node;
        _calleeKnown = false;
        _callee = null;
        _binding = null;
    }

    public string? Callee
    {
        get
        {
            if (!_calleeKnown && _node is CallExpressionSyntax call)
            {
                _callee = CalleeOf(call);
                _calleeKnown = true;
            }
            return _callee;
        }
    }

    /// <summary>Names an import binds in this file (`AAP` for `from paramiko import AutoAddPolicy as AAP`).</summary>
    public bool IsImportedName(string name)
    {
        _importAliases ??= Model.Bindings
            .Where(b => b.Kind is BindingKind.Import or BindingKind.FromImport)
            .Select(b => b.Name)
            .ToHashSet(StringComparer.Ordinal);
        return _importAliases.Contains(name);
    }

    /// <summary>
    /// The qualified name a call invokes, resolved once per file: the walk asks for every call, and rules that look at
    /// a whole function ask again for the calls in it.
    /// </summary>
    public string? CalleeOf(CallExpressionSyntax call)
    {
        if (!_callees.TryGetValue(call, out var callee)) _callees[call] = callee = Model.GetCalleeName(call);
        return callee;
    }

    /// <summary>The constant value of an expression, evaluated once per file however many rules ask.</summary>
    public ConstantResult Evaluate(ExpressionSyntax expression)
    {
        if (!_constants.TryGetValue(expression, out var result)) _constants[expression] = result = Model.Evaluate(expression);
        return result;
    }

    private Dictionary<(System.Text.RegularExpressions.Regex, string), bool>? _nameMatches;

    /// <summary>
    /// Whether a name pattern matches an identifier, answered once per file: the same few names (self, name, key)
    /// come back in every assignment, argument and parameter that keyword and assignment rules look at.
    /// </summary>
    public bool NameMatches(System.Text.RegularExpressions.Regex pattern, string name)
    {
        _nameMatches ??= [];
        if (!_nameMatches.TryGetValue((pattern, name), out var matches)) _nameMatches[(pattern, name)] = matches = pattern.IsMatch(name);
        return matches;
    }

    private Dictionary<string, bool>? _bindsModule;

    /// <summary>
    /// Whether some binding (an import of any form, a star import included) brings in the module or something inside
    /// it; answered once per module and file, since rules ask it for every statement they look at.
    /// </summary>
    public bool BindsModule(string module)
    {
        _bindsModule ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (_bindsModule.TryGetValue(module, out var known)) return known;
        var found = false;
        foreach (var binding in Model.Bindings)
            if (binding.ImportedName is { } imported
                && (imported == module || (imported.Length > module.Length && imported[module.Length] == '.' && imported.StartsWith(module, StringComparison.Ordinal))))
            {
                found = true;
                break;
            }
        return _bindsModule[module] = found;
    }

    /// <summary>Whether the file imports a listed module or anything inside it, in any form.</summary>
    public bool ImportsAny(NameSet modules)
    {
        _importedModules ??= Model.Bindings
            .Where(b => b.Kind is BindingKind.Import or BindingKind.FromImport && b.ImportedName is not null)
            .Select(b => b.ImportedName!)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var module in _importedModules)
            if (modules.ContainsModule(module)) return true;
        return false;
    }

    public CallBinding? Binding => _node is CallExpressionSyntax call ? _binding ??= Model.BindCall(call) : null;
}
