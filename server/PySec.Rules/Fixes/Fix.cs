using PySec.Text;

namespace PySec.Rules;

public enum FixSafety
{
    /// <summary>Keeps the program's behaviour where it was correct; fix-all may apply it.</summary>
    Safe,
    /// <summary>Changes behaviour (a different return type, stricter parsing): offered, never applied in bulk.</summary>
    Unsafe,
}

/// <summary>A replacement of the text in <see cref="Span"/> (empty for an insertion) by <see cref="NewText"/>.</summary>
public readonly record struct TextEdit(TextSpan Span, string NewText);

/// <summary>A fix for one finding: non-overlapping edits, in order, computed on the tree of the analysed text.</summary>
public sealed record Fix(string Title, FixSafety Safety, IReadOnlyList<TextEdit> Edits)
{
    /// <summary>The text with the edits applied.</summary>
    public string ApplyTo(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 32);
        var position = 0;
        foreach (var edit in Edits.OrderBy(e => e.Span.Start))
        {
            builder.Append(text, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
        }
        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
