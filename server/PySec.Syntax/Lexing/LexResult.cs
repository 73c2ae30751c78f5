using PySec.Syntax.Green;
using PySec.Text;

namespace PySec.Syntax.Lexing;

/// <summary>
/// The tokens of a source text, in order, ending with exactly one EndOfFile token; together with their trivia they
/// spell the source exactly. Diagnostics carry absolute UTF-16 spans.
/// </summary>
public sealed class LexResult
{
    internal LexResult(GreenToken[] tokens, IReadOnlyList<Diagnostic> diagnostics)
    {
        Tokens = tokens;
        Diagnostics = diagnostics;
    }

    public GreenToken[] Tokens { get; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
