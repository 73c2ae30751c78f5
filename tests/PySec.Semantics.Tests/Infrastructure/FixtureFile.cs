using System.Text.RegularExpressions;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Semantics.Tests.Infrastructure;

/// <summary>A parsed fixture: its tree, model, labels and markers, built once and shared by its test cases.</summary>
public sealed partial class FixtureFile
{
    private static readonly Dictionary<string, FixtureFile> Cache = [];
    private static readonly Lock CacheLock = new();

    private FixtureFile(string name, string text)
    {
        Name = name;
        Tree = SyntaxTree.Parse(text);
        Model = SemanticModel.Create(Tree);
        Lines = LineMap.Create(text);
        var (labels, markers) = ReadComments();
        Labels = labels;
        Markers = markers;
    }

    public string Name { get; }
    public SyntaxTree Tree { get; }
    public SemanticModel Model { get; }
    public LineMap Lines { get; }

    /// <summary>Label to 1-based line.</summary>
    public IReadOnlyDictionary<string, int> Labels { get; }

    public IReadOnlyList<Marker> Markers { get; }

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static IEnumerable<string> Names =>
        System.IO.Directory.EnumerateFiles(Directory, "*.py").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static FixtureFile Load(string name)
    {
        lock (CacheLock)
        {
            if (!Cache.TryGetValue(name, out var file))
            {
                file = new FixtureFile(name, File.ReadAllText(Path.Combine(Directory, name)));
                Cache.Add(name, file);
            }
            return file;
        }
    }

    /// <summary>1-based line of an offset.</summary>
    public int LineOf(int offset) => Lines.GetLineIndex(offset) + 1;

    public string TextOf(TextSpan span) => Tree.Text.Substring(span.Start, span.Length);

    private (Dictionary<string, int>, List<Marker>) ReadComments()
    {
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        var markers = new List<Marker>();
        var seen = new HashSet<int>();
        foreach (var token in Tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.Kind != SyntaxKind.CommentTrivia || !seen.Add(trivia.Span.Start)) continue;
                var line = LineOf(trivia.Span.Start);
                var lineStart = Lines.GetLineStart(line - 1);
                if (string.IsNullOrWhiteSpace(Tree.Text[lineStart..trivia.Span.Start])) continue;
                foreach (var part in trivia.Text.Split('#', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (LabelPattern().Match(part) is { Success: true } label)
                    {
                        if (!labels.TryAdd(label.Groups[1].Value, line))
                            throw new InvalidDataException($"{Name}:{line}: label @{label.Groups[1].Value} is defined twice");
                        continue;
                    }
                    var match = MarkerPattern().Match(part);
                    if (!match.Success || !Marker.Kinds.Contains(match.Groups[1].Value))
                        throw new InvalidDataException($"{Name}:{line}: '{part}' is not a marker (see Fixtures/README.md)");
                    markers.Add(new Marker(Name, line, match.Groups[1].Value, match.Groups[2].Value.Trim()));
                }
            }
        }
        return (labels, markers);
    }

    [GeneratedRegex(@"^@([A-Za-z_]\w*)$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^([a-z]+):\s*(.*)$")]
    private static partial Regex MarkerPattern();
}
