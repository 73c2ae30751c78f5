using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Protocol;

namespace PySec.LanguageServer.Server;

/// <summary>
/// What initialize negotiated: the client's capabilities, the position encoding, the trace level and the manual's
/// base URL. Written once by the initialize handler (and $/setTrace), read everywhere else.
/// </summary>
public sealed class ClientSession
{
    public const string DefaultManualBaseUrl = "https://pysec.dev/manual/";

    public ClientCapabilities Capabilities { get; private set; } = new();
    public PositionMapper Positions { get; private set; } = PositionMapper.Utf16;
    public string ManualBaseUrl { get; private set; } = DefaultManualBaseUrl;
    public string? ClientName { get; private set; }

    private volatile string _trace = "off";

    /// <summary>"off", "messages" or "verbose".</summary>
    public string Trace
    {
        get => _trace;
        set => _trace = value is "messages" or "verbose" ? value : "off";
    }

    public bool SupportsPullDiagnostics => Capabilities.TextDocument?.Diagnostic is not null;
    public bool SupportsDiagnosticRefresh => Capabilities.Workspace?.Diagnostics?.RefreshSupport == true;
    public bool SupportsConfigurationPull => Capabilities.Workspace?.Configuration == true;
    public bool SupportsWatchedFilesRegistration => Capabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;
    public bool SupportsWorkDoneProgress => Capabilities.Window?.WorkDoneProgress == true;
    public bool SupportsMarkdownHover => Capabilities.TextDocument?.Hover?.ContentFormat is not { } formats || formats.Contains(MarkupKind.Markdown);
    public bool SupportsCodeActionResolve => Capabilities.TextDocument?.CodeAction?.ResolveSupport?.Properties.Contains("edit") == true;

    public void Initialize(InitializeParams parameters, string? manualBaseUrl)
    {
        Capabilities = parameters.Capabilities ?? new ClientCapabilities();
        ClientName = parameters.ClientInfo?.Name;
        // LSP 3.17: UTF-16 unless the client offers another; we take UTF-8 when offered (no conversion for UTF-8 editors).
        Positions = Capabilities.General?.PositionEncodings?.Contains(PositionEncodingKind.Utf8) == true ? PositionMapper.Utf8 : PositionMapper.Utf16;
        Trace = parameters.Trace ?? "off";
        if (!string.IsNullOrWhiteSpace(manualBaseUrl)
            && Uri.TryCreate(manualBaseUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
            ManualBaseUrl = manualBaseUrl.EndsWith('/') ? manualBaseUrl : manualBaseUrl + "/";
    }
}
