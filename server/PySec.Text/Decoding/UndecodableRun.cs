namespace PySec.Text.Decoding;

/// <summary>
/// Consecutive source bytes the encoding could not decode. Each became one escape character
/// (U+DC00 + byte) at <see cref="CharOffset"/> in the decoded text.
/// </summary>
/// <param name="Reason">Why the first byte failed, in CPython's words ("invalid start byte"), or null.</param>
internal readonly record struct UndecodableRun(int ByteOffset, int CharOffset, int Length, byte FirstByte, string? Reason);
