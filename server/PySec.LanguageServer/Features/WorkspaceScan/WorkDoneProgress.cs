using System.Text.Json;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;

namespace PySec.LanguageServer.Features.WorkspaceScan;

/// <summary>
/// Work-done progress ($/progress begin/report/end) on the client's token, or on one the server creates when the
/// client supports window/workDoneProgress; without either, reporting does nothing. Reports are sent only when the
/// percentage moves, so a scan of thousands of files sends at most a hundred.
/// </summary>
public sealed class WorkDoneProgress(ILspClient client, JsonElement? token)
{
    private int _lastPercentage = -1;

    public static async Task<WorkDoneProgress> StartAsync(ILspClient client, ClientSession session, JsonElement? token, string title, CancellationToken cancellationToken)
    {
        if (token is not { ValueKind: JsonValueKind.String or JsonValueKind.Number } && session.SupportsWorkDoneProgress)
        {
            var created = JsonSerializer.SerializeToElement($"pysec-{Guid.NewGuid():N}");
            try
            {
                await client.RequestAsync<object>("window/workDoneProgress/create", new WorkDoneProgressCreateParams(created), cancellationToken).ConfigureAwait(false);
                token = created;
            }
            catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
            {
                token = null;
            }
        }
        var progress = new WorkDoneProgress(client, token is { ValueKind: JsonValueKind.String or JsonValueKind.Number } ? token : null);
        await progress.SendAsync(new WorkDoneProgressBegin(title, Cancellable: false, Percentage: 0)).ConfigureAwait(false);
        return progress;
    }

    public void Report(int done, int total, string message)
    {
        var percentage = total == 0 ? 100 : (int)(100L * done / total);
        if (Interlocked.Exchange(ref _lastPercentage, percentage) == percentage) return;
        _ = SendAsync(new WorkDoneProgressReport(message, percentage));
    }

    public Task EndAsync(string message) => SendAsync(new WorkDoneProgressEnd(message));

    private Task SendAsync(object value) =>
        token is { } t ? client.NotifyAsync("$/progress", new ProgressParams(t, value)) : Task.CompletedTask;
}
