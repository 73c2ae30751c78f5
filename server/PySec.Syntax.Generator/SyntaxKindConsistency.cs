using System.Text.RegularExpressions;

namespace PySec.Syntax.Generator;

/// <summary>
/// Node kinds are declared twice (Syntax.txt and the SyntaxKind enum); generated code would only fail to compile on a
/// missing member, so this reports the mismatch against the grammar line instead.
/// </summary>
public static partial class SyntaxKindConsistency
{
    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"enum\s+SyntaxKind\b[^{]*\{(?<body>[^}]*)\}")]
    private static partial Regex EnumBody();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    public static IReadOnlyList<SyntaxModelError> Check(SyntaxModel model, string syntaxKindSource)
    {
        var match = EnumBody().Match(Comments().Replace(syntaxKindSource, ""));
        if (!match.Success) return [new SyntaxModelError(0, "SyntaxKind.cs does not declare enum SyntaxKind")];

        var members = new List<string>();
        foreach (var entry in match.Groups["body"].Value.Split(','))
        {
            var name = Identifier().Match(entry);
            if (name.Success) members.Add(name.Value);
        }
        var index = members.Select((name, i) => (name, i)).GroupBy(x => x.name).ToDictionary(g => g.Key, g => g.First().i);

        var errors = new List<SyntaxModelError>();
        var previous = -1;
        SyntaxTypeDeclaration? previousNode = null;
        foreach (var node in model.Nodes)
        {
            if (!index.TryGetValue(node.Name, out var position))
            {
                errors.Add(new(node.Line, $"node '{node.Name}' has no SyntaxKind member"));
                continue;
            }
            if (position < previous)
                errors.Add(new(node.Line, $"SyntaxKind.{node.Name} comes before SyntaxKind.{previousNode!.Name}, unlike in Syntax.txt"));
            previous = position;
            previousNode = node;
        }
        return errors;
    }
}
