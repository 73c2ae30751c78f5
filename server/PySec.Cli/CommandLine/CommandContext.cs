namespace PySec.Cli.CommandLine;

/// <summary>Where a command reads and writes; tests and embedding hosts pass their own.</summary>
public sealed class CommandContext(TextWriter output, TextWriter error, Func<Stream> openStandardInput)
{
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>Reads a whole input file; "-" means standard input. I/O failures become usage errors.</summary>
    public byte[] ReadInput(string path)
    {
        try
        {
            if (path == "-")
            {
                using var buffer = new MemoryStream();
                using var input = openStandardInput();
                input.CopyTo(buffer);
                return buffer.ToArray();
            }
            if (Directory.Exists(path)) throw new UsageException($"cannot read '{path}': it is a directory");
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }
    }
}
