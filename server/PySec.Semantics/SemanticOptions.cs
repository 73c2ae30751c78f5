namespace PySec.Semantics;

/// <summary>Settings that change what the model concludes about a file.</summary>
public sealed record SemanticOptions
{
    public static readonly SemanticOptions Default = new();

    /// <summary>The Python version the analysed code runs on; some risks depend on it (e.g. tarfile filters).</summary>
    public PythonVersion TargetVersion { get; init; } = PythonVersion.Default;
}
