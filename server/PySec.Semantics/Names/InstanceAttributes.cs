using PySec.Syntax;

namespace PySec.Semantics;

/// <summary>
/// The values assigned to <c>self.x</c> in the methods of each class, so <c>self.session.get(...)</c> resolves when
/// every method that sets <c>self.session</c> (and any class attribute of that name) agrees on what it is.
/// Assignments from outside the class are not seen; that is the accepted blind spot.
/// </summary>
internal sealed class InstanceAttributes
{
    private readonly Dictionary<(Scope Class, string Attribute), List<ExpressionSyntax>> _values;

    private InstanceAttributes(Dictionary<(Scope, string), List<ExpressionSyntax>> values) => _values = values;

    public static InstanceAttributes Collect(IEnumerable<AttributeAssignment> assignments,
        IReadOnlyDictionary<int, NameReference> references, NodeLocator locator)
    {
        var values = new Dictionary<(Scope, string), List<ExpressionSyntax>>();
        foreach (var assignment in assignments)
        {
            if (assignment.Attribute.Length == 0 || !references.TryGetValue(assignment.OwnerStart, out var reference)) continue;
            if (ClassOfSelf(reference) is not { } @class) continue;
            var key = (@class, assignment.Attribute);
            if (!values.TryGetValue(key, out var list)) values.Add(key, list = []);
            list.Add((ExpressionSyntax)locator.Find(assignment.Value.Green, assignment.Value.Position));
        }
        return new InstanceAttributes(values);
    }

    /// <summary>The class whose instance <paramref name="self"/> is: the read is of the first parameter of a method.</summary>
    public static Scope? ClassOfSelf(NameReference self)
    {
        if (self.Bindings is not [{ Kind: BindingKind.Parameter, IsFirstPlainParameter: true } binding]) return null;
        if (binding.Scope is not { Kind: ScopeKind.Function, IsStaticMethod: false } method) return null;
        var owner = method.Parent;
        if (owner?.Kind == ScopeKind.TypeParameters) owner = owner.Parent;
        return owner?.Kind == ScopeKind.Class ? owner : null;
    }

    /// <summary>What <c>self.attribute</c> may hold: instance assignments plus class-body bindings with a value.</summary>
    public IReadOnlyList<ExpressionSyntax>? ValuesOf(Scope @class, string attribute)
    {
        List<ExpressionSyntax>? result = null;
        if (_values.TryGetValue((@class, attribute), out var assigned)) result = [.. assigned];
        if (@class.Lookup(attribute) is { } symbol)
        {
            foreach (var binding in symbol.Bindings)
            {
                // A method or nested class of that name, or a binding without a known value, leaves it open.
                if (binding.Value is null) return null;
                (result ??= []).Add(binding.Value);
            }
        }
        return result;
    }
}
