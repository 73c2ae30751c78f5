using System.Text.RegularExpressions;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Runtime;

/// <summary>
/// A <c>#!</c> line that starts Python without <c>-I</c> or <c>-P</c>. The interpreter line is a comment to the
/// parser, so this reads the first line of the text. <c>#!/usr/bin/env python3 -I</c> does not work on Linux
/// (env receives "python3 -I" as one name), so an env line counts as isolated only with <c>env -S</c>.
/// </summary>
[CodeRule("PYSEC002")]
internal sealed partial class ShebangWithoutIsolation : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.Module];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var text = context.Text;
        if (!text.StartsWith("#!", StringComparison.Ordinal)) return;
        var end = text.IndexOfAny(['\r', '\n']);
        var line = end < 0 ? text : text[..end];
        var words = Word().Matches(line, 2).ToList();
        if (words.Count == 0) return;

        var index = 0;
        var viaEnv = words[0].Value.EndsWith("/env", StringComparison.Ordinal) || words[0].Value == "env";
        var splitArguments = false;
        if (viaEnv)
        {
            index = 1;
            while (index < words.Count && words[index].Value.StartsWith('-'))
                splitArguments |= words[index++].Value is "-S" or "--split-string";
        }
        if (index >= words.Count || !Interpreter().IsMatch(words[index].Value)) return;
        var python = words[index];
        var options = words.Skip(index + 1).TakeWhile(w => w.Value.StartsWith('-') && w.Value != "-").Select(w => w.Value);
        var isolated = options.Any(o => !o.StartsWith("--") && !o.StartsWith("-X") && !o.StartsWith("-W") && (o.Contains('I') || o.Contains('P')));
        if (isolated && (!viaEnv || splitArguments)) return;

        var edits = new List<TextEdit>();
        if (!isolated) edits.Add(new TextEdit(new TextSpan(python.Index + python.Length, 0), " -I"));
        if (viaEnv && !splitArguments) edits.Insert(0, new TextEdit(new TextSpan(python.Index, 0), "-S "));
        var fix = new Fix(isolated ? "Let env split the interpreter line (env -S)" : "Add -I to the interpreter line (ignores PYTHONPATH and the user site directory)", FixSafety.Unsafe, edits);
        context.Report(TextSpan.FromBounds(0, line.Length), new Dictionary<string, string> { ["name"] = line }, fixes: [fix]);
    }

    [GeneratedRegex(@"[^\s]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(^|/)python[0-9.]*$")]
    private static partial Regex Interpreter();
}
