namespace PySec.Semantics;

/// <summary>
/// The meaning of an expression as a dotted name. <see cref="IsInstance"/> tells an object of the class
/// (<c>requests.Session()</c>) from the class itself; <see cref="ViaStarImport"/> marks a guess from
/// <c>from m import *</c> (the name may or may not come from m).
/// </summary>
public sealed record ResolvedName(string QualifiedName, bool IsInstance = false, bool ViaStarImport = false)
{
    /// <summary>True for names a relative import produced (".mod.x"): they belong to the file's own package.</summary>
    public bool IsRelative => QualifiedName.StartsWith('.');

    public override string ToString() => IsInstance ? $"instance of {QualifiedName}" : QualifiedName;
}
