using System.Text;
using System.Text.Json;

namespace PySec.LanguageServer.Tests.EndToEnd.Client;

/// <summary>
/// The server's stdout as StreamJsonRpc reads it, minus error responses with a null id. The specification has a
/// server answer a frame it could not read (invalid JSON, not a message) with such an error; StreamJsonRpc takes one
/// as fatal and drops the connection, which would end the very session the bad-input tests check goes on. The bytes
/// stay in the process's recording, where those tests read the answer.
/// </summary>
public sealed class NullIdErrorFilterStream(Stream inner) : Stream
{
    private byte[] _frame = [];
    private int _offset;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_offset == _frame.Length)
        {
            var next = await ReadFrameAsync(cancellationToken);
            if (next is null) return 0;
            if (!IsNullIdError(next.Value.Body)) (_frame, _offset) = (next.Value.Whole, 0);
        }
        var count = Math.Min(buffer.Length, _frame.Length - _offset);
        _frame.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    private async Task<(byte[] Whole, byte[] Body)?> ReadFrameAsync(CancellationToken cancellationToken)
    {
        var header = new List<byte>();
        var one = new byte[1];
        while (!(header.Count >= 4 && header[^4] == '\r' && header[^3] == '\n' && header[^2] == '\r' && header[^1] == '\n'))
        {
            if (await inner.ReadAsync(one, cancellationToken) == 0) return null;
            header.Add(one[0]);
        }
        var length = Encoding.ASCII.GetString([.. header]).Split("\r\n")
            .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(line => int.Parse(line["Content-Length:".Length..].Trim())).Single();
        var body = new byte[length];
        await inner.ReadExactlyAsync(body, cancellationToken);
        return ([.. header, .. body], body);
    }

    private static bool IsNullIdError(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out _)
                && root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
