using PySec.Syntax.Tests.Infrastructure;
using PySec.Text;

namespace PySec.Syntax.Tests.Text;

/// <summary>Any byte sequence survives bytes -> text -> bytes, whatever encoding it claims to be in.</summary>
public class SourceTextRoundTripTests
{
    private const int Seed = 20261127;

    public static TheoryData<string> Prefixes => new()
    {
        "",
        "\u00EF\u00BB\u00BF",
        "# coding: latin-1\n",
        "# coding: ascii\n",
        "# coding: cp1252\n",
        "# coding: koi8-r\n",
        "# coding: shift_jis\n",
        "# coding: gbk\n",
        "# coding: euc-jp\n",
        "# coding: utf-16\n",
        "# coding: no-such-codec\n",
        "\u00EF\u00BB\u00BF# coding: latin-1\n",
    };

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void Random_bytes_round_trip_exactly(string prefix)
    {
        var random = new Random(Seed);
        var head = Latin1.Bytes(prefix);
        for (var i = 0; i < 400; i++)
        {
            var bytes = head.Concat(RandomBytes(random, random.Next(0, 200))).ToArray();

            var source = SourceText.FromBytes(bytes);

            Assert.True(bytes.AsSpan().SequenceEqual(source.ToBytes()),
                $"seed {Seed}, case {i}: {Convert.ToHexString(bytes)}");
        }
    }

    [Fact]
    public void Undecodable_bytes_become_one_escape_character_each()
    {
        var random = new Random(Seed);
        for (var i = 0; i < 500; i++)
        {
            var bytes = RandomBytes(random, random.Next(0, 100));
            var source = SourceText.FromBytes(bytes);

            var escapes = CountLoneSurrogates(source.Text);
            var reported = source.Diagnostics.Sum(d => d.Span.Length);
            Assert.Equal(escapes, reported);
            Assert.Equal(escapes > 0, source.Diagnostics.Count > 0);
        }
    }

    /// <summary>Mostly bytes that matter to UTF-8: ASCII, lead bytes, continuation bytes, and valid sequences.</summary>
    private static byte[] RandomBytes(Random random, int length)
    {
        var output = new List<byte>(length + 4);
        while (output.Count < length)
        {
            switch (random.Next(6))
            {
                case 0: output.Add((byte)random.Next(0x20, 0x7F)); break;
                case 1: output.Add((byte)random.Next(0x80, 0xC0)); break;
                case 2: output.Add((byte)random.Next(0xC0, 0x100)); break;
                case 3: output.AddRange(System.Text.Encoding.UTF8.GetBytes(char.ConvertFromUtf32(random.Next(0x80, 0xD800)))); break;
                case 4: output.AddRange(System.Text.Encoding.UTF8.GetBytes(char.ConvertFromUtf32(random.Next(0x10000, 0x110000)))); break;
                default: output.Add((byte)random.Next(256)); break;
            }
        }
        return [.. output];
    }

    private static int CountLoneSurrogates(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) count++;
        }
        return count;
    }
}
