namespace PySec.Syntax.Literals;

/// <summary>
/// The value of a string or bytes literal. For bytes, <see cref="Value"/> holds one char U+0000..U+00FF per byte.
/// </summary>
public sealed record DecodedString(string Value, bool IsBytes, bool HasUnicodePrefix)
{
    public byte[] ToBytes()
    {
        var bytes = new byte[Value.Length];
        for (var i = 0; i < Value.Length; i++) bytes[i] = (byte)Value[i];
        return bytes;
    }
}
