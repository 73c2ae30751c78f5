namespace PySec.Syntax.Tests.CPythonAst;

internal static class AstFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ast");

    /// <summary>Tab-separated rows of a fixture file, as xunit theory data.</summary>
    public static TheoryData<string, string> Rows(string fileName)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(Directory, fileName)))
        {
            if (line.Length == 0) continue;
            var tab = line.IndexOf('\t');
            data.Add(line[..tab], line[(tab + 1)..]);
        }
        return data;
    }
}
