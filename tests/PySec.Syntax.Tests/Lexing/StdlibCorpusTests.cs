using PySec.Syntax.Lexing;

namespace PySec.Syntax.Tests.Lexing;

/// <summary>
/// Every standard library file lexes losslessly. Files CPython accepts lex without diagnostics; of the files
/// CPython rejects, those with lexical errors get exactly the expected ones.
/// </summary>
public sealed class StdlibCorpusTests
{
    // Files CPython itself refuses, with the codes and number of lexical errors in them. Decoding problems (the
    // other rejected files) are the decoder's to report, not the lexer's.
    private static readonly Dictionary<string, (string[] Codes, int Count)> ExpectedDiagnostics = new()
    {
        ["test/badsyntax_3131.py"] = ([LexerDiagnosticCodes.InvalidCharacter], 1),
        ["test/tokenizedata/badsyntax_3131.py"] = ([LexerDiagnosticCodes.InvalidCharacter], 1),
        // Python 2 source: octal 0777, longs 0L and 0xffL, backtick repr.
        ["lib2to3/tests/data/py2_test_grammar.py"] = (
            [LexerDiagnosticCodes.LeadingZerosInInteger, LexerDiagnosticCodes.InvalidNumber, LexerDiagnosticCodes.InvalidCharacter], 21),
    };

    [Fact]
    public void Every_stdlib_file_round_trips_with_expected_diagnostics()
    {
        var files = StdlibCorpus.Files;
        Assert.True(files.Count > 1000, $"expected the standard library, found {files.Count} files under {StdlibCorpus.Root}");

        var failures = new List<string>();
        foreach (var file in files)
        {
            var relative = file.RelativePath;
            var text = new System.Text.UTF8Encoding(false, false).GetString(file.Bytes);
            var result = Lexer.Tokenize(text);
            try
            {
                LexerInvariants.AssertWellFormed(text, result);
            }
            catch (Exception e)
            {
                failures.Add($"{relative}: {e.Message}");
                continue;
            }

            var (codes, count) = ExpectedDiagnostics.GetValueOrDefault(relative, ([], 0));
            var actual = result.Diagnostics.Select(d => d.Code).ToArray();
            if (actual.Length != count || !actual.Distinct().Order().SequenceEqual(codes.Order()))
                failures.Add($"{relative}: expected {count} of [{string.Join(", ", codes)}], got {actual.Length}: [{string.Join("; ", result.Diagnostics.Take(5))}]");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }
}
