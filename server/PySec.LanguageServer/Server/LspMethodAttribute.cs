namespace PySec.LanguageServer.Server;

/// <summary>
/// Names the LSP method a handler serves. <see cref="Mutates"/> handlers (open, change, close, configuration) run
/// one at a time in arrival order; the others run concurrently on the workspace snapshot taken when they were
/// dequeued, so a read never sees half an edit.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class LspMethodAttribute(string method) : Attribute
{
    public string Method { get; } = method;
    public bool Mutates { get; init; }
}
