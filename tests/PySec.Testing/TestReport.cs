namespace PySec.Testing;

/// <summary>
/// Figures a test measured (files that agree with CPython, fuzz inputs run) that belong in the CI log even when
/// the test passes. The test runner hides a passing test's output, so tests/run-all.sh points
/// PYSEC_TEST_REPORTS at a folder and prints what lands there; without it the lines are dropped.
/// </summary>
public static class TestReport
{
    private static readonly object Gate = new();

    public static void Line(string text)
    {
        var folder = Environment.GetEnvironmentVariable("PYSEC_TEST_REPORTS");
        if (string.IsNullOrEmpty(folder)) return;
        lock (Gate)
        {
            Directory.CreateDirectory(folder);
            File.AppendAllText(Path.Combine(folder, "syntax-tests.txt"), text + Environment.NewLine);
        }
    }
}
