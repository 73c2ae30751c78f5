using System.Text.RegularExpressions;

namespace PySec.Rules;

/// <summary>
/// What the rules may know about a file besides its text: its path (only as a string; the engine does no I/O)
/// and whether it is a test file, where rules such as "assert used for checks" do not apply.
/// </summary>
public sealed partial class FileFacts
{
    public FileFacts(string path)
    {
        Path = path;
        NormalizedPath = path.Replace('\\', '/');
        IsTest = TestPath().IsMatch(NormalizedPath);
    }

    public static readonly FileFacts Unnamed = new("<input>");

    public string Path { get; }
    public string NormalizedPath { get; }
    public bool IsTest { get; }

    // pytest and unittest conventions: test_*.py, *_test.py, conftest.py, or anything under a tests/ or test/ folder.
    [GeneratedRegex(@"(^|/)(tests?/|test_[^/]*\.pyi?$|[^/]*_test\.pyi?$|conftest\.py$)")]
    private static partial Regex TestPath();
}
