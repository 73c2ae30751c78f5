namespace PySec.LanguageServer.Server;

/// <summary>
/// The output stream shared by StreamJsonRpc and the frame reader's error answers: writes are buffered and a flush
/// sends them in one piece under a lock, so two writers never interleave inside a frame.
/// </summary>
public sealed class AtomicFrameStream(Stream inner) : Stream
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly MemoryStream _pending = new();
    private readonly object _bufferGate = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        lock (_bufferGate) _pending.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        lock (_bufferGate) _pending.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            byte[] bytes;
            lock (_bufferGate)
            {
                bytes = _pending.ToArray();
                _pending.SetLength(0);
            }
            if (bytes.Length == 0) return;
            await inner.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Writes one whole frame (used by the frame reader for its own error answers).</summary>
    public async Task WriteFrameAsync(byte[] frame, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await inner.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
            await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
