using PySec.LanguageServer.Documents;

namespace PySec.LanguageServer.Server;

/// <summary>
/// What a handler sees: the workspace as it was when the request reached the front of the queue. Mutating
/// handlers see the current state and change it through <see cref="WorkspaceStore"/>.
/// </summary>
public sealed record RequestContext(string Method, WorkspaceSnapshot Snapshot);
