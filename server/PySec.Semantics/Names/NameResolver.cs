using System.Runtime.CompilerServices;
using PySec.Syntax;

namespace PySec.Semantics;

/// <summary>
/// Turns expressions into dotted names by following bindings: imports give their module path, assignments the
/// meaning of their value, calls of known constructors an instance, and the dynamic forms
/// (<c>importlib.import_module("m")</c>, <c>__import__("m")</c>, <c>getattr(x, "a")</c>) their constant operand.
/// Anything bound by a parameter, def, class or loop stays unresolved, which is what keeps shadowing safe.
/// </summary>
internal sealed class NameResolver(SemanticModel model)
{
    // Alias chains in real code are short; the bound stops cycles such as `x = x.parent` in a loop.
    private const int MaxDepth = 24;

    public ResolvedName? Resolve(ExpressionSyntax expression) => Resolve(expression, 0);

    // Counts answers cut short by the depth bound or the stack guard on this thread: a binding's meaning is kept
    // for the next reference only when working it out cut nothing short, so what is remembered is the whole answer.
    [ThreadStatic] private static int _cutShort;

    private ResolvedName? Resolve(ExpressionSyntax expression, int depth)
    {
        if (depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _cutShort++;
            return null;
        }
        switch (Parentheses.Strip(expression))
        {
            case NameExpressionSyntax name:
                return ResolveName(name, depth);
            case AttributeExpressionSyntax attribute:
                if (attribute.Name.Text.Length == 0) return null;
                if (InstanceAttribute(attribute, depth) is { } stored) return stored;
                return Resolve(attribute.Value, depth + 1) is { } owner
                    ? new ResolvedName(owner.QualifiedName + "." + attribute.Name.Text, ViaStarImport: owner.ViaStarImport)
                    : null;
            case CallExpressionSyntax call:
                return ResolveCall(call, depth);
            default:
                return null;
        }
    }

    private ResolvedName? ResolveName(NameExpressionSyntax name, int depth)
    {
        if (model.GetReference(name) is not { } reference) return null;
        if (reference.Symbol is null)
        {
            if (reference.IsBuiltin) return new ResolvedName("builtins." + reference.Name);
            return reference.StarImports.Count > 0 && reference.StarImports[0].ImportedName is { } module
                ? new ResolvedName(Join(module, reference.Name), ViaStarImport: true)
                : null;
        }
        ResolvedName? agreed = null;
        foreach (var binding in reference.Bindings)
        {
            if (binding.Kind == BindingKind.Deletion) continue;
            // Every binding that may reach must agree, or the name is not known.
            if (ResolveBinding(binding, depth + 1) is not { } resolved) return null;
            if (agreed is not null && agreed != resolved) return null;
            agreed = resolved;
        }
        return agreed;
    }

    /// <summary><c>self.x</c> inside a method: the agreed meaning of every value the class gives <c>x</c>.</summary>
    private ResolvedName? InstanceAttribute(AttributeExpressionSyntax attribute, int depth)
    {
        if (attribute.Value is not NameExpressionSyntax self || model.GetReference(self) is not { } reference) return null;
        if (InstanceAttributes.ClassOfSelf(reference) is not { } @class) return null;
        if (model.InstanceAttributes.ValuesOf(@class, attribute.Name.Text) is not { Count: > 0 } values) return null;
        ResolvedName? agreed = null;
        foreach (var value in values)
        {
            if (Resolve(value, depth + 1) is not { } resolved || (agreed is not null && agreed != resolved)) return null;
            agreed = resolved;
        }
        return agreed;
    }

    /// <summary>A binding's meaning, worked out once per binding: every reference it reaches asks the same question.</summary>
    private ResolvedName? ResolveBinding(Binding binding, int depth)
    {
        if (binding.Resolution is { } known) return known as ResolvedName;
        var cutBefore = _cutShort;
        var resolved = ResolveBindingOnce(binding, depth);
        if (_cutShort == cutBefore) binding.Resolution = (object?)resolved ?? Binding.Unresolved;
        return resolved;
    }

    private ResolvedName? ResolveBindingOnce(Binding binding, int depth) => binding.Kind switch
    {
        BindingKind.Import or BindingKind.FromImport => binding.ImportedName is { } imported ? new ResolvedName(imported) : null,
        BindingKind.Assignment or BindingKind.AnnotatedAssignment or BindingKind.NamedExpression or BindingKind.WithTarget
            when binding.Value is { } value => Resolve(value, depth),
        _ => null,
    };

    private ResolvedName? ResolveCall(CallExpressionSyntax call, int depth)
    {
        if (Resolve(call.Function, depth + 1) is not { IsInstance: false } callee) return null;
        switch (callee.QualifiedName)
        {
            case "importlib.import_module":
                return ConstantString(Arguments(call, callee).Get("name")) is { } module && !module.StartsWith('.') ? new ResolvedName(module) : null;
            case "builtins.__import__" or "importlib.__import__":
                return ResolveDunderImport(Arguments(call, callee));
            case "builtins.getattr":
                var arguments = Arguments(call, callee);
                if (arguments.Get("o").Value is not { } target || ConstantString(arguments.Get("name")) is not { } attribute) return null;
                return Resolve(target, depth + 1) is { } owner
                    ? new ResolvedName(owner.QualifiedName + "." + attribute, ViaStarImport: owner.ViaStarImport)
                    : null;
        }
        return KnownTypes.ReturnTypeOf(callee.QualifiedName) is { } type
            ? new ResolvedName(type, IsInstance: true, ViaStarImport: callee.ViaStarImport)
            : null;
    }

    private static CallBinding Arguments(CallExpressionSyntax call, ResolvedName callee) =>
        CallBinder.Bind(call, callee.QualifiedName, KnownSignatures.Find(callee.QualifiedName));

    /// <summary><c>__import__("a.b")</c> returns the top package a, unless a non-empty fromlist asks for a.b itself.</summary>
    private ResolvedName? ResolveDunderImport(CallBinding arguments)
    {
        if (ConstantString(arguments.Get("name")) is not { } module || module.Length == 0 || module.StartsWith('.')) return null;
        var fromList = arguments.Get("fromlist");
        if (fromList.State == ArgumentState.Unknown) return null;
        var dot = module.IndexOf('.');
        var names = fromList.Value is { } list ? model.Evaluate(list).Value : null;
        if (fromList.Value is not null && names is null && dot >= 0) return null;
        var wantsLeaf = names is not (null or PyTuple { Items.Count: 0 } or PyList { Items.Count: 0 } or PyNone);
        return new ResolvedName(wantsLeaf || dot < 0 ? module : module[..dot]);
    }

    private string? ConstantString(BoundArgument argument) =>
        argument.Value is { } value && model.Evaluate(value).Value is PyStr text ? text.Value : null;

    private static string Join(string module, string name) => module.EndsWith('.') ? module + name : module + "." + name;
}
