using System.Text.Json.Serialization;

namespace PySec.LanguageServer.Protocol;

// The client capabilities the server reads. Every member is optional on the wire; a missing one means "not supported".

public sealed record ClientCapabilities
{
    public WorkspaceClientCapabilities? Workspace { get; init; }
    public TextDocumentClientCapabilities? TextDocument { get; init; }
    public WindowClientCapabilities? Window { get; init; }
    public GeneralClientCapabilities? General { get; init; }
}

public sealed record GeneralClientCapabilities
{
    public IReadOnlyList<string>? PositionEncodings { get; init; }
}

public sealed record WindowClientCapabilities
{
    public bool? WorkDoneProgress { get; init; }
}

public sealed record WorkspaceClientCapabilities
{
    public bool? Configuration { get; init; }
    public bool? WorkspaceFolders { get; init; }
    public DynamicRegistrationCapability? DidChangeWatchedFiles { get; init; }
    public DynamicRegistrationCapability? DidChangeConfiguration { get; init; }
    public RefreshCapability? Diagnostics { get; init; }
    public DynamicRegistrationCapability? ExecuteCommand { get; init; }
}

public sealed record DynamicRegistrationCapability
{
    public bool? DynamicRegistration { get; init; }
    public bool? RelativePatternSupport { get; init; }
}

public sealed record RefreshCapability
{
    public bool? RefreshSupport { get; init; }
}

public sealed record TextDocumentClientCapabilities
{
    public DynamicRegistrationCapability? Diagnostic { get; init; }
    public PublishDiagnosticsClientCapabilities? PublishDiagnostics { get; init; }
    public HoverClientCapabilities? Hover { get; init; }
    public CodeActionClientCapabilities? CodeAction { get; init; }
}

public sealed record PublishDiagnosticsClientCapabilities
{
    public bool? VersionSupport { get; init; }
    public bool? CodeDescriptionSupport { get; init; }
    public bool? DataSupport { get; init; }
}

public sealed record HoverClientCapabilities
{
    public IReadOnlyList<string>? ContentFormat { get; init; }
}

public sealed record CodeActionClientCapabilities
{
    public object? CodeActionLiteralSupport { get; init; }
    public bool? IsPreferredSupport { get; init; }
    public bool? DataSupport { get; init; }
    public ResolveSupport? ResolveSupport { get; init; }
}

public sealed record ResolveSupport
{
    public IReadOnlyList<string> Properties { get; init; } = [];
}

/// <summary>What the server offers. Each feature fills in its own part (see IServerCapabilityProvider).</summary>
public sealed class ServerCapabilities
{
    public string? PositionEncoding { get; set; }
    public TextDocumentSyncOptions? TextDocumentSync { get; set; }
    public bool? HoverProvider { get; set; }
    public CodeActionOptions? CodeActionProvider { get; set; }
    public ExecuteCommandOptions? ExecuteCommandProvider { get; set; }
    public DiagnosticOptions? DiagnosticProvider { get; set; }
    public WorkspaceServerCapabilities? Workspace { get; set; }

    /// <summary>Server-specific capabilities (our custom requests), under <c>experimental</c> as the specification asks.</summary>
    public Dictionary<string, object>? Experimental { get; set; }
}

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change)
{
    public SaveOptions? Save { get; init; }
}

public sealed record SaveOptions(bool IncludeText);

public static class TextDocumentSyncKind
{
    public const int None = 0;
    public const int Full = 1;
    public const int Incremental = 2;
}

public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds, bool ResolveProvider);

public sealed record ExecuteCommandOptions(IReadOnlyList<string> Commands);

public sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);

public sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

public static class PositionEncodingKind
{
    public const string Utf16 = "utf-16";
    public const string Utf8 = "utf-8";
}
