namespace PySec.Manual;

/// <summary>A problem in the manual. <paramref name="File"/> is relative to the manual root; <paramref name="Line"/> is 1-based.</summary>
public sealed record ManualDiagnostic(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: error: {Message}";
}
