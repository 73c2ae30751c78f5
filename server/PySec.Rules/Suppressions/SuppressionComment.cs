using System.Text.RegularExpressions;
using PySec.Text;

namespace PySec.Rules.Suppressions;

/// <summary>
/// One suppression comment: <c># nosec</c> (Bandit's form, ids optional), <c># pysec: ignore[ID, ...] -- reason</c>
/// (ours), or <c># noqa: S602</c> (Ruff's, only with codes). An empty id list silences every rule on the lines
/// it covers.
/// </summary>
internal sealed partial record SuppressionComment(string Kind, TextSpan Span, IReadOnlyList<(string Id, TextSpan Span)> Ids, string? Reason)
{
    public bool IsBlanket => Ids.Count == 0;

    /// <summary>Reads the suppressions in one comment's text (a comment may hold several, e.g. "# noqa: E501 # nosec").</summary>
    public static IEnumerable<SuppressionComment> Parse(string comment, int start)
    {
        if (PySec().Match(comment) is { Success: true } ours)
        {
            var reason = ours.Groups["reason"].Success ? ours.Groups["reason"].Value.Trim() : null;
            yield return new SuppressionComment("pysec", new TextSpan(start + ours.Index, ours.Length),
                ReadIds(ours.Groups["ids"], start, anyWord: true), string.IsNullOrEmpty(reason) ? null : reason);
        }
        if (NoSec().Match(comment) is { Success: true } nosec)
        {
            // Bandit treats words that are not ids as a comment ("# nosec reviewed by X"): keep them as the reason.
            var ids = ReadIds(nosec.Groups["ids"], start, anyWord: false);
            var reason = IdToken().Replace(nosec.Groups["ids"].Value, "").Trim(' ', ',', ':', '-');
            yield return new SuppressionComment("nosec", new TextSpan(start + nosec.Index, nosec.Length), ids,
                reason.Length == 0 ? null : reason);
        }
        if (NoQa().Match(comment) is { Success: true } noqa)
            yield return new SuppressionComment("noqa", new TextSpan(start + noqa.Index, noqa.Length),
                ReadIds(noqa.Groups["ids"], start, anyWord: false), null);
    }

    private static List<(string, TextSpan)> ReadIds(Group group, int start, bool anyWord)
    {
        var ids = new List<(string, TextSpan)>();
        if (!group.Success) return ids;
        var pattern = anyWord ? AnyWord() : IdToken();
        foreach (Match token in pattern.Matches(group.Value))
            ids.Add((token.Value, new TextSpan(start + group.Index + token.Index, token.Length)));
        return ids;
    }

    [GeneratedRegex(@"#\s*pysec:\s*ignore(?:\[(?<ids>[^\]]*)\])?(?:\s*--\s*(?<reason>[^#]*))?", RegexOptions.IgnoreCase)]
    private static partial Regex PySec();

    [GeneratedRegex(@"#\s*nosec(?=$|[\s:,])(?<ids>[^#]*)", RegexOptions.IgnoreCase)]
    private static partial Regex NoSec();

    [GeneratedRegex(@"#\s*noqa:\s*(?<ids>[A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*)", RegexOptions.IgnoreCase)]
    private static partial Regex NoQa();

    [GeneratedRegex(@"\b[A-Za-z]{1,5}[0-9]{3,4}\b")]
    private static partial Regex IdToken();

    [GeneratedRegex(@"[A-Za-z0-9_-]+")]
    private static partial Regex AnyWord();
}
