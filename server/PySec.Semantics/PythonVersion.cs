namespace PySec.Semantics;

/// <summary>A Python language version (major.minor), ordered so rules can ask "at least 3.12?".</summary>
public readonly record struct PythonVersion(int Major, int Minor) : IComparable<PythonVersion>
{
    public static readonly PythonVersion Default = new(3, 12);

    public int CompareTo(PythonVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public bool IsAtLeast(int major, int minor) => CompareTo(new PythonVersion(major, minor)) >= 0;

    public static bool operator <(PythonVersion left, PythonVersion right) => left.CompareTo(right) < 0;
    public static bool operator >(PythonVersion left, PythonVersion right) => left.CompareTo(right) > 0;
    public static bool operator <=(PythonVersion left, PythonVersion right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PythonVersion left, PythonVersion right) => left.CompareTo(right) >= 0;

    /// <summary>Reads "3.12" (a trailing micro version such as "3.12.1" is ignored).</summary>
    public static bool TryParse(string? text, out PythonVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('.');
        if (parts.Length < 2 || !int.TryParse(parts[0], out var major) || !int.TryParse(parts[1], out var minor)) return false;
        if (major < 0 || minor < 0) return false;
        version = new PythonVersion(major, minor);
        return true;
    }

    public override string ToString() => $"{Major}.{Minor}";
}
