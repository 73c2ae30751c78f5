using System.Text.Json;
using System.Text.Json.Nodes;
using StreamJsonRpc;

namespace PySec.LanguageServer.Tests.EndToEnd.Client;

/// <summary>A notification or request the server sent to the client, numbered in arrival order.</summary>
public sealed record ServerMessage(long Sequence, string Method, JsonElement Params);

/// <summary>
/// The client side of the server-to-client traffic: records every notification and request, answers the
/// requests a real editor answers (configuration from <see cref="Settings"/>, progress tokens, capability
/// registrations, workspace edits), and lets a test wait for a message it expects.
/// </summary>
public sealed class ServerMessages
{
    private readonly object gate = new();
    private readonly List<ServerMessage> messages = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long sequence;

    /// <summary>Settings returned for <c>workspace/configuration</c> items of section "pysec", by scopeUri ("" for none).</summary>
    public Dictionary<string, JsonNode?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>The answer to <c>workspace/applyEdit</c>.</summary>
    public bool ApplyEdits { get; set; } = true;

    /// <summary>The next sequence number: a test takes it before acting to wait only for what came after.</summary>
    public long Mark
    {
        get
        {
            lock (gate) return sequence;
        }
    }

    public IReadOnlyList<ServerMessage> All
    {
        get
        {
            lock (gate) return messages.ToList();
        }
    }

    public IReadOnlyList<ServerMessage> Of(string method) => All.Where(m => m.Method == method).ToList();

    /// <summary>The first message after <paramref name="after"/> that satisfies <paramref name="match"/>; fails after the timeout.</summary>
    public async Task<ServerMessage> WaitForAsync(string method, Func<JsonElement, bool> match, long after = 0, TimeSpan? timeout = null)
    {
        var found = await TryWaitForAsync(method, match, after, timeout ?? TimeSpan.FromSeconds(20));
        return found ?? throw new TimeoutException(
            $"no '{method}' from the server matched within {(timeout ?? TimeSpan.FromSeconds(20)).TotalSeconds:0} s; it sent: " +
            string.Join(", ", All.Where(m => m.Sequence > after).Select(m => m.Method).GroupBy(m => m).Select(g => $"{g.Key} x{g.Count()}")));
    }

    public async Task<ServerMessage?> TryWaitForAsync(string method, Func<JsonElement, bool> match, long after, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task signal;
            lock (gate)
            {
                var hit = messages.FirstOrDefault(m => m.Sequence > after && m.Method == method && match(m.Params));
                if (hit is not null) return hit;
                signal = changed.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) return null;
            await Task.WhenAny(signal, Task.Delay(left));
        }
    }

    /// <summary>
    /// The diagnostics published for <paramref name="uri"/> after <paramref name="after"/>; with a version,
    /// the publication for that version (or an unversioned one, since the version is optional in the protocol).
    /// </summary>
    public async Task<JsonElement> WaitForDiagnosticsAsync(string uri, long after, int? version = null, TimeSpan? timeout = null)
    {
        var message = await WaitForAsync("textDocument/publishDiagnostics", p =>
            p.GetProperty("uri").GetString() == uri &&
            (version is null || !p.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number || v.GetInt32() == version),
            after, timeout);
        return message.Params.GetProperty("diagnostics");
    }

    internal JsonElement Record(string method, JsonElement parameters)
    {
        lock (gate)
        {
            messages.Add(new ServerMessage(++sequence, method, parameters.ValueKind == JsonValueKind.Undefined ? parameters : parameters.Clone()));
            changed.TrySetResult();
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        return parameters;
    }

    internal JsonNode? Configuration(JsonElement parameters)
    {
        var result = new JsonArray();
        foreach (var item in parameters.GetProperty("items").EnumerateArray())
        {
            var section = item.TryGetProperty("section", out var s) ? s.GetString() : null;
            var scope = item.TryGetProperty("scopeUri", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString()! : "";
            JsonNode? value = null;
            if (section == "pysec")
            {
                lock (gate)
                {
                    if (!Settings.TryGetValue(scope, out value)) Settings.TryGetValue("", out value);
                }
            }
            result.Add(value?.DeepClone());
        }
        return result;
    }
}

/// <summary>The methods the server may call on the client, each recorded in <see cref="ServerMessages"/>.</summary>
internal sealed class ClientEndpoint(ServerMessages messages)
{
    [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
    public void PublishDiagnostics(JsonElement p) => messages.Record("textDocument/publishDiagnostics", p);

    [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
    public void LogMessage(JsonElement p) => messages.Record("window/logMessage", p);

    [JsonRpcMethod("window/showMessage", UseSingleObjectParameterDeserialization = true)]
    public void ShowMessage(JsonElement p) => messages.Record("window/showMessage", p);

    [JsonRpcMethod("$/logTrace", UseSingleObjectParameterDeserialization = true)]
    public void LogTrace(JsonElement p) => messages.Record("$/logTrace", p);

    [JsonRpcMethod("$/progress", UseSingleObjectParameterDeserialization = true)]
    public void Progress(JsonElement p) => messages.Record("$/progress", p);

    [JsonRpcMethod("telemetry/event", UseSingleObjectParameterDeserialization = true)]
    public void Telemetry(JsonElement p) => messages.Record("telemetry/event", p);

    [JsonRpcMethod("window/workDoneProgress/create", UseSingleObjectParameterDeserialization = true)]
    public object? CreateProgress(JsonElement p)
    {
        messages.Record("window/workDoneProgress/create", p);
        return null;
    }

    [JsonRpcMethod("client/registerCapability", UseSingleObjectParameterDeserialization = true)]
    public object? RegisterCapability(JsonElement p)
    {
        messages.Record("client/registerCapability", p);
        return null;
    }

    [JsonRpcMethod("client/unregisterCapability", UseSingleObjectParameterDeserialization = true)]
    public object? UnregisterCapability(JsonElement p)
    {
        messages.Record("client/unregisterCapability", p);
        return null;
    }

    [JsonRpcMethod("workspace/configuration", UseSingleObjectParameterDeserialization = true)]
    public JsonNode? Configuration(JsonElement p) => messages.Configuration(messages.Record("workspace/configuration", p));

    [JsonRpcMethod("workspace/applyEdit", UseSingleObjectParameterDeserialization = true)]
    public JsonNode ApplyEdit(JsonElement p)
    {
        messages.Record("workspace/applyEdit", p);
        return new JsonObject { ["applied"] = messages.ApplyEdits };
    }

    [JsonRpcMethod("workspace/diagnostic/refresh")]
    public object? RefreshDiagnostics()
    {
        messages.Record("workspace/diagnostic/refresh", default);
        return null;
    }

    [JsonRpcMethod("workspace/codeLens/refresh")]
    public object? RefreshCodeLens()
    {
        messages.Record("workspace/codeLens/refresh", default);
        return null;
    }

    [JsonRpcMethod("window/showMessageRequest", UseSingleObjectParameterDeserialization = true)]
    public object? ShowMessageRequest(JsonElement p)
    {
        messages.Record("window/showMessageRequest", p);
        return null;
    }
}
