using PySec.LanguageServer.Configuration;
using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;

namespace PySec.LanguageServer.Features.Configuration;

public sealed class WorkspaceFoldersCapability : ICapabilityProvider
{
    public void Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.Workspace = new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(true, true));
}

/// <summary>
/// initialized: asks the client to watch every pyproject.toml (when it can register watchers dynamically), then
/// reads the folders' [tool.pysec] tables and pulls the editor settings.
/// </summary>
[LspMethod("initialized")]
public sealed class InitializedHandler(ClientSession session, ILspClient client, ConfigurationService configuration, ILspLogger logger, InitialSettings? initialSettings = null)
    : INotificationHandler<NoParams>
{
    public const string WatcherRegistrationId = "pysec-pyproject-watcher";

    public async Task HandleAsync(NoParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        if (session.SupportsWatchedFilesRegistration)
        {
            var registration = new Registration(WatcherRegistrationId, "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher("**/pyproject.toml")]));
            try
            {
                await client.RequestAsync<object>("client/registerCapability", new RegistrationParams([registration]), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
            {
                logger.Warning($"could not register the pyproject.toml watcher: {exception.Message}");
            }
        }
        try
        {
            await configuration.RefreshAsync(null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            initialSettings?.MarkApplied();
        }
    }
}

/// <summary>
/// workspace/didChangeConfiguration: takes pushed settings (<c>{ settings: { pysec: {...} } }</c> or a bare object);
/// a client that supports the pull sends no values, so the settings are pulled again.
/// </summary>
[LspMethod("workspace/didChangeConfiguration", Mutates = true)]
public sealed class DidChangeConfigurationHandler(WorkspaceStore store, ClientSession session, ConfigurationService configuration, ILspLogger logger)
    : INotificationHandler<DidChangeConfigurationParams>
{
    public Task HandleAsync(DidChangeConfigurationParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var layer = SettingsLayer.FromJson(notification.Settings, problems);
        foreach (var problem in problems) logger.Warning(problem);
        store.Update(state => state with { Settings = (state.Settings with { Pushed = layer }).Next() });
        // Not awaited: the pull waits for the client, and the queue must not.
        _ = session.SupportsConfigurationPull
            ? configuration.RefreshAsync([], CancellationToken.None)
            : configuration.SettingsChangedAsync();
        return Task.CompletedTask;
    }
}

/// <summary>workspace/didChangeWatchedFiles: a pyproject.toml at a workspace folder's root changed; re-read that folder's settings.</summary>
[LspMethod("workspace/didChangeWatchedFiles")]
public sealed class DidChangeWatchedFilesHandler(ConfigurationService configuration) : INotificationHandler<DidChangeWatchedFilesParams>
{
    public async Task HandleAsync(DidChangeWatchedFilesParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in notification.Changes ?? [])
        {
            if (change?.Uri is not { } uri || !uri.EndsWith("/pyproject.toml", StringComparison.OrdinalIgnoreCase)) continue;
            var directory = DocumentUri.Normalize(uri)[..^"/pyproject.toml".Length];
            foreach (var folder in context.Snapshot.Folders)
                if (DocumentUri.Normalize(folder.Uri).TrimEnd('/') == directory) folders.Add(folder.Uri);
        }
        if (folders.Count > 0) await configuration.RefreshAsync(folders, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>workspace/didChangeWorkspaceFolders: multi-root changes; new folders get their settings read.</summary>
[LspMethod("workspace/didChangeWorkspaceFolders", Mutates = true)]
public sealed class DidChangeWorkspaceFoldersHandler(WorkspaceStore store, ConfigurationService configuration)
    : INotificationHandler<DidChangeWorkspaceFoldersParams>
{
    public Task HandleAsync(DidChangeWorkspaceFoldersParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        var removed = (notification.Event?.Removed ?? []).Select(f => f.Uri).ToHashSet(StringComparer.Ordinal);
        var added = notification.Event?.Added ?? [];
        store.Update(state => state with
        {
            Folders = [.. state.Folders.Where(f => !removed.Contains(f.Uri)), .. added.Where(a => state.Folders.All(f => f.Uri != a.Uri))],
            Settings = (state.Settings with
            {
                ProjectByFolder = state.Settings.ProjectByFolder.RemoveRange(removed),
                PulledByFolder = state.Settings.PulledByFolder.RemoveRange(removed),
            }).Next(),
        });
        _ = configuration.RefreshAsync(added.Select(f => f.Uri).ToList(), CancellationToken.None);
        return Task.CompletedTask;
    }
}
