using System.Text;

namespace PySec.Text.Decoding;

/// <summary>
/// Records the bytes an encoding cannot decode and stands a U+FFFF in for each of them. The marker is
/// swapped for the real escape character afterwards: .NET's decoders reject lone surrogates coming from
/// a fallback, so the escape cannot be produced here directly. One instance per decode.
/// </summary>
internal sealed class MarkingDecoderFallback : DecoderFallback
{
    public const char Marker = '\uFFFF';

    /// <summary>Every undecodable byte with its offset in the input, in input order.</summary>
    public List<(int ByteOffset, byte Value)> Unknown { get; } = [];

    public override int MaxCharCount => 8;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(MarkingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private int _remaining;
        private int _given;

        public override int Remaining => _remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            for (var i = 0; i < bytesUnknown.Length; i++) owner.Unknown.Add((index + i, bytesUnknown[i]));
            _remaining = bytesUnknown.Length;
            _given = 0;
            return _remaining > 0;
        }

        public override char GetNextChar()
        {
            if (_remaining == 0) return '\0';
            _remaining--;
            _given++;
            return Marker;
        }

        public override bool MovePrevious()
        {
            if (_given == 0) return false;
            _given--;
            _remaining++;
            return true;
        }

        public override void Reset()
        {
            _remaining = 0;
            _given = 0;
        }
    }
}
