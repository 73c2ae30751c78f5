using PySec.Rules.Matching;

namespace PySec.Rules.Fixes;

/// <summary>A rule's fix as data: edits to compute on each matched node, offered only where <see cref="When"/> holds.</summary>
internal sealed record FixTemplate(string Title, FixSafety Safety, Matcher? When, IReadOnlyList<FixOperation> Edits);

internal abstract record FixOperation;

/// <summary>Replace the last name segment of the callee or attribute (<c>yaml.load</c> → <c>yaml.safe_load</c>).</summary>
internal sealed record RenameOperation(string NewName) : FixOperation;

/// <summary>Remove a keyword argument with its comma.</summary>
internal sealed record RemoveArgumentOperation(string Name) : FixOperation;

/// <summary>Give a keyword argument a value, replacing it when present and appending it otherwise.</summary>
internal sealed record SetArgumentOperation(string Name, string Value) : FixOperation;

/// <summary>Replace the value of the matched assignment, keyword argument or comparison operand.</summary>
internal sealed record ReplaceValueOperation(string Value) : FixOperation;

/// <summary>
/// Replace a constant command string with the list of its words (<c>"ls -l"</c> → <c>["ls", "-l"]</c>), only when
/// the string holds no quoting or shell syntax whose meaning a plain split would change.
/// </summary>
internal sealed record SplitCommandOperation(string Name) : FixOperation;
