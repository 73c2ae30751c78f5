using System.Globalization;
using System.Numerics;
using System.Text;
using PySec.Syntax.Literals;

namespace PySec.Semantics;

/// <summary>A Python constant the model could compute. <see cref="Repr"/> writes it as Python's repr() would.</summary>
public abstract record PyValue
{
    public abstract string Repr();

    /// <summary>Python's str() of the value, or null where it is not worth imitating (containers).</summary>
    public virtual string? Str() => Repr();

    public override string ToString() => Repr();
}

public sealed record PyStr(string Value) : PyValue
{
    public override string Repr() => Quote(Value, "");
    public override string? Str() => Value;

    internal static string Quote(string value, string prefix)
    {
        var quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var builder = new StringBuilder(value.Length + 3).Append(prefix).Append(quote);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c == quote) builder.Append('\\').Append(c);
                    else if (c < ' ' || c == '\x7f' || (prefix.Length > 0 && c > '\x7f')) builder.Append($"\\x{(int)c:x2}");
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append(quote).ToString();
    }
}

/// <summary>A bytes value, one char U+0000..U+00FF per byte (as <see cref="DecodedString"/> gives it).</summary>
public sealed record PyBytes(string Value) : PyValue
{
    public override string Repr() => PyStr.Quote(Value, "b");
}

public sealed record PyInt(BigInteger Value) : PyValue
{
    public override string Repr() => Value.ToString(CultureInfo.InvariantCulture);
}

public sealed record PyFloat(double Value) : PyValue
{
    public override string Repr() => FloatRepr.Format(Value);
}

public sealed record PyBool(bool Value) : PyValue
{
    public override string Repr() => Value ? "True" : "False";
}

public sealed record PyNone : PyValue
{
    public static readonly PyNone Instance = new();
    public override string Repr() => "None";
}

public sealed record PyTuple(IReadOnlyList<PyValue> Items) : PyValue
{
    public override string Repr() => Items.Count == 1 ? $"({Items[0].Repr()},)" : $"({string.Join(", ", Items.Select(i => i.Repr()))})";
    public bool Equals(PyTuple? other) => other is not null && Items.SequenceEqual(other.Items);
    public override int GetHashCode() => Items.Count;
}

public sealed record PyList(IReadOnlyList<PyValue> Items) : PyValue
{
    public override string Repr() => $"[{string.Join(", ", Items.Select(i => i.Repr()))}]";
    public bool Equals(PyList? other) => other is not null && Items.SequenceEqual(other.Items);
    public override int GetHashCode() => Items.Count;
}

/// <summary>A dict display in source order (a repeated key keeps its first position and last value, as in Python).</summary>
public sealed record PyDict(IReadOnlyList<KeyValuePair<PyValue, PyValue>> Entries) : PyValue
{
    public override string Repr() => $"{{{string.Join(", ", Entries.Select(e => e.Key.Repr() + ": " + e.Value.Repr()))}}}";
    public bool Equals(PyDict? other) => other is not null && Entries.SequenceEqual(other.Entries);
    public override int GetHashCode() => Entries.Count;

    public PyValue? Get(PyValue key)
    {
        foreach (var entry in Entries)
            if (entry.Key.Equals(key)) return entry.Value;
        return null;
    }
}
