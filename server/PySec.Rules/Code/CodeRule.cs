using PySec.Syntax;

namespace PySec.Rules.Code;

/// <summary>
/// A rule whose condition data cannot say (an order of calls in a scope, the shape of a regex, characters in the
/// text). One class per rule, marked with <see cref="CodeRuleAttribute"/>; its YAML file carries the metadata and
/// says <c>code: true</c>. The engine offers it the nodes of <see cref="Kinds"/> during its single walk.
/// </summary>
public abstract class CodeRule
{
    public abstract IReadOnlyList<SyntaxKind> Kinds { get; }

    public virtual bool HasFix => false;

    /// <summary>
    /// For a rule that looks at calls: the qualified callee names (an entry ending in ".*" covers every name below
    /// it) of the calls it can report, so that the engine offers it only those calls. Null offers every call.
    /// </summary>
    public virtual IReadOnlyCollection<string>? CallNames => null;

    /// <summary>
    /// With <see cref="CallNames"/>, or alone: method names whose calls (<c>x.execute(...)</c>) are offered whatever
    /// their callee resolves to, for receivers the model cannot type.
    /// </summary>
    public virtual IReadOnlyCollection<string>? CallMethods => null;

    public abstract void Analyze(SyntaxNode node, RuleContext context);
}

/// <summary>Registers a <see cref="CodeRule"/> under a rule id.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CodeRuleAttribute(string id) : Attribute
{
    public string Id { get; } = id;
}

/// <summary>
/// The code rules of the loaded assemblies (ours, and any host that adds its own), found by their attribute, so
/// adding one touches only its own file.
/// </summary>
internal static class CodeRuleRegistry
{
    private static readonly Lazy<IReadOnlyDictionary<string, Type>> Types = new(() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && (a == typeof(CodeRule).Assembly || a.GetReferencedAssemblies().Any(r => r.Name == typeof(CodeRule).Assembly.GetName().Name)))
            .SelectMany(LoadableTypes)
            .Where(t => !t.IsAbstract && typeof(CodeRule).IsAssignableFrom(t))
            .Select(t => (Type: t, Attribute: (CodeRuleAttribute?)Attribute.GetCustomAttribute(t, typeof(CodeRuleAttribute))))
            .Where(p => p.Attribute is not null)
            .ToDictionary(p => p.Attribute!.Id, p => p.Type, StringComparer.Ordinal));

    private static IEnumerable<Type> LoadableTypes(System.Reflection.Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (System.Reflection.ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }

    public static IReadOnlyCollection<string> Ids => Types.Value.Keys.ToList();

    public static CodeRule? Create(string id) =>
        Types.Value.TryGetValue(id, out var type) ? (CodeRule)Activator.CreateInstance(type)! : null;
}
