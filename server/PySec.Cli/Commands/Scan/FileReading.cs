using PySec.Workspace;

namespace PySec.Cli.Commands.Scan;

/// <summary>Reads one discovered file, or says why it cannot be analysed (too large, binary, unreadable).</summary>
internal static class FileReading
{
    private const int BinaryProbe = 8192;

    public static SkippedFile? Read(string path, string relative, long maxSize, out byte[]? bytes)
    {
        bytes = null;
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
                return new SkippedFile(relative, SkipReason.BrokenSymlink, $"broken symbolic link to '{info.LinkTarget}'");
            if (info.Length > maxSize)
                return new SkippedFile(relative, SkipReason.TooLarge, $"larger than the {Size(maxSize)} limit ({Size(info.Length)})");
            bytes = File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            return new SkippedFile(relative, SkipReason.PermissionDenied, "permission denied");
        }
        catch (IOException exception) when (exception.Message.Contains("symbolic links", StringComparison.OrdinalIgnoreCase))
        {
            return new SkippedFile(relative, SkipReason.SymlinkLoop, "symbolic link loop");
        }
        catch (IOException exception)
        {
            return new SkippedFile(relative, SkipReason.Unreadable, $"cannot be read: {exception.Message}");
        }
        if (bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbe)).IndexOf((byte)0) >= 0)
        {
            bytes = null;
            return new SkippedFile(relative, SkipReason.Binary, "binary file (NUL bytes)");
        }
        return null;
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#} MB"
        : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
