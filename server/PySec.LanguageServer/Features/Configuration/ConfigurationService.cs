using System.Collections.Immutable;
using System.Text.Json.Nodes;
using PySec.LanguageServer.Analysis;
using PySec.LanguageServer.Configuration;
using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;

namespace PySec.LanguageServer.Features.Configuration;

/// <summary>
/// Keeps the settings layers current: reads each workspace folder's pyproject.toml, pulls the editor's settings per
/// folder (workspace/configuration) when the client supports it, and after any change re-analyses the open
/// documents (push) or asks the client to pull again (workspace/diagnostic/refresh). Reading files and waiting for
/// the client happen outside the queue; only the swap of the settings is a queued mutation, so edits keep flowing.
/// </summary>
[FeatureService]
public sealed class ConfigurationService(
    WorkspaceStore store, RequestQueue queue, ILspClient client, ClientSession session, DiagnosticScheduler diagnostics, ILspLogger logger)
{
    public const string Section = "pysec";

    /// <summary>Re-reads the project files of the given folders (all when null) and pulls editor settings, then applies both.</summary>
    public async Task RefreshAsync(IReadOnlyCollection<string>? folderUris, CancellationToken cancellationToken)
    {
        var folders = store.Current.Folders;
        var projects = new Dictionary<string, ProjectSettings>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            if (folderUris is not null && !folderUris.Contains(folder.Uri)) continue;
            projects[folder.Uri] = await Task.Run(() => LoadProject(folder.Uri), cancellationToken).ConfigureAwait(false);
        }
        var pulled = await PullAsync(folders, cancellationToken).ConfigureAwait(false);
        await queue.EnqueueAsync("pysec/applySettings", mutates: true, (_, _) =>
        {
            store.Update(state =>
            {
                var settings = state.Settings;
                foreach (var (uri, project) in projects) settings = settings with { ProjectByFolder = settings.ProjectByFolder.SetItem(uri, project) };
                if (pulled is not null)
                {
                    settings = settings with { PulledByFolder = pulled.Value.Folders };
                    if (pulled.Value.Global is { } global) settings = settings with { Pushed = global };
                }
                return state with { Settings = settings.Next() };
            });
            return Task.FromResult(true);
        }, cancellationToken).ConfigureAwait(false);
        await SettingsChangedAsync().ConfigureAwait(false);
    }

    /// <summary>After a settings change: re-analyse open documents and let a pulling client know.</summary>
    public async Task SettingsChangedAsync()
    {
        diagnostics.ScheduleAll();
        if (session.SupportsPullDiagnostics && session.SupportsDiagnosticRefresh)
        {
            try
            {
                await client.RequestAsync<object>("workspace/diagnostic/refresh", null, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                logger.Warning($"workspace/diagnostic/refresh failed: {exception.Message}");
            }
        }
    }

    private ProjectSettings LoadProject(string folderUri)
    {
        if (DocumentUri.ToPath(folderUri) is not { } path) return ProjectSettings.None;
        var project = ProjectSettings.Load(path);
        foreach (var error in project.Errors) logger.Warning($"{error}");
        return project;
    }

    /// <summary>The editor's settings for each folder and globally; null when the client does not support the pull.</summary>
    private async Task<(ImmutableDictionary<string, SettingsLayer> Folders, SettingsLayer? Global)?> PullAsync(
        ImmutableArray<WorkspaceFolder> folders, CancellationToken cancellationToken)
    {
        if (!session.SupportsConfigurationPull) return null;
        var items = folders.Select(f => new ConfigurationItem(f.Uri, Section)).Append(new ConfigurationItem(null, Section)).ToList();
        JsonArray? answer;
        try
        {
            answer = await client.RequestAsync<JsonArray>("workspace/configuration", new ConfigurationParams(items), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
        {
            logger.Warning($"workspace/configuration failed: {exception.Message}");
            return null;
        }
        var problems = new List<string>();
        var byFolder = ImmutableDictionary.CreateBuilder<string, SettingsLayer>(StringComparer.Ordinal);
        for (var index = 0; index < folders.Length && answer is not null && index < answer.Count; index++)
            byFolder[folders[index].Uri] = SettingsLayer.FromJson(answer[index], problems);
        SettingsLayer? global = answer is not null && answer.Count > folders.Length ? SettingsLayer.FromJson(answer[folders.Length], problems) : null;
        foreach (var problem in problems.Distinct()) logger.Warning(problem);
        return (byFolder.ToImmutable(), global);
    }
}
