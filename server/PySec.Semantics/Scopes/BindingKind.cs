namespace PySec.Semantics;

public enum BindingKind
{
    /// <summary><c>import a.b</c> (binds <c>a</c>) or <c>import a.b as c</c>.</summary>
    Import,
    /// <summary><c>from m import x [as y]</c>, relative or not.</summary>
    FromImport,
    /// <summary><c>from m import *</c>: binds no single name; see <see cref="Scope.StarImports"/>.</summary>
    StarImport,
    Assignment,
    AugmentedAssignment,
    /// <summary><c>x: int = v</c>; without a value the name is only declared local.</summary>
    AnnotatedAssignment,
    /// <summary>The walrus <c>x := v</c>.</summary>
    NamedExpression,
    ForTarget,
    WithTarget,
    ExceptHandler,
    Parameter,
    Deletion,
    FunctionDefinition,
    ClassDefinition,
    MatchCapture,
    TypeParameter,
    TypeAlias,
}
