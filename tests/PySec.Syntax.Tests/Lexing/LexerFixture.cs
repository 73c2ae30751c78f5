namespace PySec.Syntax.Tests.Lexing;

/// <summary>
/// One case of a lexing fixture file. A file holds cases of the form
/// <code>
/// ### name
/// "source with \n escapes"
/// expected token dump lines (see TokenDump), then '!' diagnostic lines
/// </code>
/// Lines before the first case starting with '#' are comments.
/// </summary>
public sealed record LexerFixture(string File, string Name, string Source, string Expected)
{
    public override string ToString() => $"{File}: {Name}";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "lexing");

    public static IEnumerable<LexerFixture> LoadAll() =>
        System.IO.Directory.GetFiles(Directory, "*.txt").OrderBy(f => f, StringComparer.Ordinal).SelectMany(Load);

    public static IEnumerable<LexerFixture> Load(string path)
    {
        var file = Path.GetFileName(path);
        var lines = System.IO.File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        string? name = null;
        string? source = null;
        var expected = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (name is not null) yield return Create(file, name, source, expected);
                name = line[4..].Trim();
                source = null;
                expected.Clear();
            }
            else if (name is null || line.Length == 0)
            {
                continue;
            }
            else if (source is null)
            {
                source = TokenDump.Unquote(line);
            }
            else
            {
                expected.Add(line);
            }
        }
        if (name is not null) yield return Create(file, name, source, expected);
    }

    private static LexerFixture Create(string file, string name, string? source, List<string> expected) =>
        new(file, name, source ?? throw new FormatException($"{file}: case '{name}' has no source line"),
            string.Concat(expected.Select(l => l + "\n")));
}
