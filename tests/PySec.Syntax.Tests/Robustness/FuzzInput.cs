using System.Text;

namespace PySec.Syntax.Tests.Robustness;

/// <summary>One generated input: text for the parser, or bytes for the decoder and then the parser.</summary>
public sealed record FuzzInput(string Kind, string? Text, byte[]? Bytes)
{
    public static FuzzInput FromText(string kind, string text) => new(kind, text, null);
    public static FuzzInput FromBytes(string kind, byte[] bytes) => new(kind, null, bytes);

    public int Length => Text?.Length ?? Bytes!.Length;

    public InvariantFailure? Check() => Text is not null ? SyntaxInvariants.CheckText(Text) : SyntaxInvariants.CheckBytes(Bytes!);

    /// <summary>The input as a file: text inputs as UTF-8 (escaped bytes restored), byte inputs as they are.</summary>
    public byte[] ToFileBytes() => Bytes ?? PySec.Text.SourceText.From(Text!).ToBytes();

    public FuzzInput WithText(string text) => this with { Text = text };
    public FuzzInput WithBytes(byte[] bytes) => this with { Bytes = bytes };

    /// <summary>A short, escaped rendering for failure messages.</summary>
    public string Preview(int max = 400)
    {
        var builder = new StringBuilder();
        if (Text is not null)
        {
            foreach (var c in Text.Length > max ? Text[..max] : Text)
                builder.Append(c is >= ' ' and < '\u007F' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}");
        }
        else
        {
            builder.Append(Convert.ToHexString(Bytes!.Length > max ? Bytes[..max] : Bytes));
        }
        return Length > max ? builder + " ..." : builder.ToString();
    }
}
