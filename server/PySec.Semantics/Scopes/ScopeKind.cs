namespace PySec.Semantics;

public enum ScopeKind
{
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
    /// <summary>The PEP 695 annotation scope holding the type parameters of a generic def, class or type alias.</summary>
    TypeParameters,
}
