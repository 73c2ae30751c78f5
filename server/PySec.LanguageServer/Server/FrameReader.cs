using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace PySec.LanguageServer.Server;

/// <summary>
/// Reads LSP frames from the client and passes only well-formed JSON-RPC messages on to StreamJsonRpc, which drops
/// the connection on the first bad frame. A body that is not JSON gets a -32700 (ParseError) answer with a null id; a
/// body that is JSON but not a message gets -32600 (InvalidRequest); a header without a usable Content-Length, or bytes
/// where a header should be, are skipped up to the next <c>Content-Length:</c>. Each case is logged; the
/// connection goes on.
/// </summary>
public sealed class FrameReader(Stream input, AtomicFrameStream output, ILspLogger logger)
{
    private static readonly byte[] ContentLength = "Content-Length:"u8.ToArray();
    private const int MaxHeaderBytes = 64 * 1024;

    private readonly Pipe _pipe = new();
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The clean stream of frames for StreamJsonRpc.</summary>
    public Stream Output => _pipe.Reader.AsStream();

    public Task RunAsync(CancellationToken cancellationToken) => Task.Run(async () =>
    {
        try
        {
            while (await ReadFrameAsync(cancellationToken).ConfigureAwait(false)) { }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away.
        }
        await _pipe.Writer.CompleteAsync().ConfigureAwait(false);
    }, cancellationToken);

    private async Task<bool> ReadFrameAsync(CancellationToken cancellationToken)
    {
        int? length = null;
        var headerBytes = 0;
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null) return false;
            headerBytes += line.Length + 2;
            if (line.Length == 0)
            {
                if (length is null && headerBytes <= 2) continue; // stray blank line between frames
                break;
            }
            var text = Encoding.ASCII.GetString(line);
            var colon = text.IndexOf(':');
            var name = colon < 0 ? "" : text[..colon].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (int.TryParse(text[(colon + 1)..].Trim(), out var parsed) && parsed >= 0) length = parsed;
                else
                {
                    logger.Warning($"skipped a frame: Content-Length '{text[(colon + 1)..].Trim()}' is not a length");
                    return await ResyncAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) { }
            else
            {
                // Not a header: stray bytes (the tail of a body whose Content-Length was too short). Find the next frame,
                // which may start inside this very line.
                var inLine = line.AsSpan().IndexOf(ContentLength);
                logger.Warning($"skipped {(inLine < 0 ? line.Length : inLine)} bytes that are not a frame header");
                if (inLine >= 0)
                {
                    PushBack([.. line.AsSpan(inLine), (byte)'\r', (byte)'\n']);
                    return true;
                }
                return await ResyncAsync(cancellationToken).ConfigureAwait(false);
            }
            if (headerBytes > MaxHeaderBytes) return await ResyncAsync(cancellationToken).ConfigureAwait(false);
        }
        if (length is not { } size)
        {
            logger.Warning("skipped a frame without a Content-Length header");
            return await ResyncAsync(cancellationToken).ConfigureAwait(false);
        }
        var body = await ReadExactAsync(size, cancellationToken).ConfigureAwait(false);
        if (body is null) return false;
        await DeliverAsync(body, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task DeliverAsync(byte[] body, CancellationToken cancellationToken)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            logger.Warning($"answered a message that is not JSON with a parse error: {exception.Message}");
            await AnswerErrorAsync(null, -32700, $"Parse error: {exception.Message}", cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!IsMessage(root, out var id))
        {
            logger.Warning("answered a JSON body that is not a JSON-RPC message with InvalidRequest");
            await AnswerErrorAsync(id, -32600, "Invalid Request: not a JSON-RPC 2.0 message", cancellationToken).ConfigureAwait(false);
            return;
        }
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _pipe.Writer.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        await _pipe.Writer.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A request or notification (a string method), or a response (an id with a result or an error).</summary>
    private static bool IsMessage(JsonElement root, out JsonElement? id)
    {
        id = null;
        if (root.ValueKind != JsonValueKind.Object) return false;
        if (root.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number) id = idValue;
        var hasId = root.TryGetProperty("id", out var anyId) && anyId.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null;
        if (root.TryGetProperty("id", out var badId) && badId.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null)) return false;
        if (root.TryGetProperty("params", out var parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)) return false;
        if (root.TryGetProperty("method", out var method)) return method.ValueKind == JsonValueKind.String;
        return hasId && (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _));
    }

    private Task AnswerErrorAsync(JsonElement? id, int code, string message, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            jsonrpc = "2.0",
            id,
            error = new { code, message },
        });
        var frame = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n").Concat(body).ToArray();
        return output.WriteFrameAsync(frame, cancellationToken);
    }

    /// <summary>Drops bytes up to the next "Content-Length:"; false at the end of the input.</summary>
    private async Task<bool> ResyncAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var found = _buffer.AsSpan(_start, _end - _start).IndexOf(ContentLength);
            if (found >= 0)
            {
                _start += found;
                return true;
            }
            // Keep a tail that may hold the start of the marker.
            var keep = Math.Min(_end - _start, ContentLength.Length - 1);
            _start = _end - keep;
            if (!await FillAsync(cancellationToken).ConfigureAwait(false)) return false;
        }
    }

    private async Task<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var scanned = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var end = _start + scanned + newline;
                var lineEnd = end > _start && _buffer[end - 1] == '\r' ? end - 1 : end;
                var line = _buffer.AsSpan(_start, lineEnd - _start).ToArray();
                _start = end + 1;
                return line;
            }
            scanned = _end - _start;
            if (scanned > MaxHeaderBytes)
            {
                var line = _buffer.AsSpan(_start, scanned).ToArray();
                _start = _end;
                return line;
            }
            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                if (_end == _start) return null;
                var rest = _buffer.AsSpan(_start, _end - _start).ToArray();
                _start = _end;
                return rest;
            }
        }
    }

    private async Task<byte[]?> ReadExactAsync(int count, CancellationToken cancellationToken)
    {
        while (_end - _start < count)
            if (!await FillAsync(cancellationToken).ConfigureAwait(false)) return null;
        var bytes = _buffer.AsSpan(_start, count).ToArray();
        _start += count;
        return bytes;
    }

    private void PushBack(byte[] bytes)
    {
        var rest = _buffer.AsSpan(_start, _end - _start).ToArray();
        var combined = new byte[Math.Max(_buffer.Length, bytes.Length + rest.Length)];
        bytes.CopyTo(combined, 0);
        rest.CopyTo(combined, bytes.Length);
        _buffer = combined;
        _start = 0;
        _end = bytes.Length + rest.Length;
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_eof) return false;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = await input.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _eof = true;
            return false;
        }
        _end += read;
        return true;
    }
}
