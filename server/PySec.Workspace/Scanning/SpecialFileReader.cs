using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PySec.Workspace;

/// <summary>
/// Reads a file that reports a length of 0, which may be empty, or may be a FIFO, a device or a kernel file whose
/// size is not known in advance. A FIFO must not be opened the usual way (the open blocks until a writer appears), so
/// on Linux it is opened non-blocking; and since the length says nothing, the read stops after <c>limit + 1</c> bytes.
/// </summary>
internal static class SpecialFileReader
{
    private const int ReadOnlyNonBlocking = 0x800; // O_RDONLY | O_NONBLOCK on Linux (x64 and arm64 alike)

    /// <summary>The bytes (at most <paramref name="limit"/> + 1 of them); throws what <see cref="File.ReadAllBytes"/> throws.</summary>
    public static byte[] Read(string path, long limit)
    {
        if (!OperatingSystem.IsLinux()) return [];
        var descriptor = open(path, ReadOnlyNonBlocking);
        if (descriptor < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            var message = Marshal.GetPInvokeErrorMessage(errno);
            if (errno is 1 or 13) throw new UnauthorizedAccessException($"Access to the path '{path}' is denied ({message}).");
            throw new IOException($"{message}: '{path}'", errno);
        }
        using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (buffer.Length <= limit)
        {
            int read;
            try
            {
                read = stream.Read(chunk, 0, chunk.Length);
            }
            catch (IOException) when (buffer.Length == 0)
            {
                return []; // a FIFO with a writer but nothing written yet (EAGAIN): nothing to analyse
            }
            if (read == 0) break;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
