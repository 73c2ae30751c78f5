namespace PySec.LanguageServer.Tests.EndToEnd.Client;

/// <summary>
/// A read-only stream over the server's stdout that keeps a copy of the first bytes it passes on, so a test can
/// check that stdout carried nothing but protocol frames.
/// </summary>
public sealed class RecordingStream(Stream inner) : Stream
{
    public const int Capacity = 8 << 20;
    private readonly MemoryStream copy = new();

    /// <summary>The bytes read so far (at most <see cref="Capacity"/>).</summary>
    public byte[] Recorded()
    {
        lock (copy) return copy.ToArray();
    }

    public bool Overflowed { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Keep(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Keep(buffer[..inner.Read(buffer)]);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Keep(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Keep(ReadOnlySpan<byte> bytes)
    {
        lock (copy)
        {
            var room = Capacity - (int)copy.Length;
            if (bytes.Length > room) Overflowed = true;
            copy.Write(bytes[..Math.Min(room, bytes.Length)]);
        }
        return bytes.Length;
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

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
