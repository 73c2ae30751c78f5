using PySec.Rules;

namespace PySec.Reports;

/// <summary>ANSI escapes for the text report, or nothing at all when colour is off.</summary>
internal sealed class AnsiStyle(bool enabled)
{
    private const string Reset = "\u001b[0m";

    public string Bold(string text) => Wrap("\u001b[1m", text);

    public string Dim(string text) => Wrap("\u001b[2m", text);

    public string Red(string text) => Wrap("\u001b[31m", text);

    public string Severity(Severity severity, string text) => Wrap(severity switch
    {
        Rules.Severity.Critical => "\u001b[1;31m",
        Rules.Severity.High => "\u001b[31m",
        Rules.Severity.Medium => "\u001b[33m",
        _ => "\u001b[36m",
    }, text);

    private string Wrap(string code, string text) => enabled && text.Length > 0 ? code + text + Reset : text;
}
