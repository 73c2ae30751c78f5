using System.Text.Json;
using System.Text.Json.Nodes;

namespace PySec.LanguageServer.Protocol;

public sealed record ConfigurationItem(string? ScopeUri, string? Section);

public sealed record ConfigurationParams(IReadOnlyList<ConfigurationItem> Items);

public sealed record DidChangeConfigurationParams(JsonNode? Settings);

public sealed record FileEvent(string Uri, int Type);

public static class FileChangeType
{
    public const int Created = 1;
    public const int Changed = 2;
    public const int Deleted = 3;
}

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

public sealed record WorkspaceFoldersChangeEvent(IReadOnlyList<WorkspaceFolder> Added, IReadOnlyList<WorkspaceFolder> Removed);

public sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);

public sealed record Registration(string Id, string Method, object? RegisterOptions = null);

public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

public sealed record FileSystemWatcher(string GlobPattern, int? Kind = null);

public sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);

public sealed record WorkDoneProgressCreateParams(JsonElement Token);

public sealed record ProgressParams(JsonElement Token, object Value);

public sealed record WorkDoneProgressBegin(string Title, bool? Cancellable = null, string? Message = null, int? Percentage = null)
{
    public string Kind => "begin";
}

public sealed record WorkDoneProgressReport(string? Message = null, int? Percentage = null)
{
    public string Kind => "report";
}

public sealed record WorkDoneProgressEnd(string? Message = null)
{
    public string Kind => "end";
}
