using PySec.LanguageServer.Analysis;
using PySec.Rules;

namespace PySec.LanguageServer.Features.CodeActions;

/// <summary>
/// The edits of source.fixAll.pysec: the first safe fix of each shown finding, in text order, leaving out any fix
/// whose edits overlap an edit already taken (fixes of one document are computed on the same text, so the
/// survivors apply together). Unsafe fixes are never applied in bulk.
/// </summary>
public static class FixAll
{
    public static IReadOnlyList<TextEdit> SafeEdits(DocumentAnalysis analysis, out int fixCount)
    {
        var taken = new List<TextEdit>();
        fixCount = 0;
        foreach (var finding in analysis.Findings.OrderBy(f => f.Span.Start))
        {
            if (finding.Fixes.FirstOrDefault(f => f.Safety == FixSafety.Safe) is not { } fix) continue;
            if (fix.Edits.Any(edit => taken.Any(t => Overlaps(t, edit)))) continue;
            taken.AddRange(fix.Edits);
            fixCount++;
        }
        return taken.OrderBy(e => e.Span.Start).ToList();
    }

    private static bool Overlaps(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span) || (a.Span.Start == b.Span.Start && (a.Span.IsEmpty || b.Span.IsEmpty));
}
