using PySec.Text;

namespace PySec.Rules.Matching;

/// <summary>
/// What a successful match found: the span to report (the node's own when null), values for the message
/// placeholders, and the overrides of the alternative that matched.
/// </summary>
internal sealed class MatchResult
{
    public TextSpan? Span { get; set; }
    public Severity? Severity { get; set; }
    public Confidence? Confidence { get; set; }
    public string? Message { get; set; }
    public Dictionary<string, string> Captures { get; } = new(StringComparer.Ordinal);

    public void Clear()
    {
        Span = null;
        Severity = null;
        Confidence = null;
        Message = null;
        Captures.Clear();
    }
}
