namespace PySec.Text;

/// <summary>A zero-based line and character. What "character" counts depends on the <see cref="ColumnUnit"/> used to make it.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;
    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;
    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;
    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"({Line},{Character})";
}

/// <summary>A range between two line positions, both measured in the same <see cref="ColumnUnit"/>.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    public override string ToString() => $"{Start}-{End}";
}

/// <summary>
/// How columns are counted. LSP clients default to UTF-16 code units; CPython's col_offset counts UTF-8 bytes.
/// </summary>
public enum ColumnUnit
{
    Utf16,
    Utf8,
}
