using System.Text;

namespace PySec.Syntax.Tests.Infrastructure;

/// <summary>
/// Lets tests write byte inputs as string literals: each char U+0000..U+00FF is one byte.
/// "# x\u00E9" is the bytes 23 20 78 E9.
/// </summary>
public static class Latin1
{
    public static byte[] Bytes(string s) => Encoding.Latin1.GetBytes(s);
}
