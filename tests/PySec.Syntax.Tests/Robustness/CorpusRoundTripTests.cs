using PySec.Syntax.Tests.Infrastructure;
using PySec.Text;
using PySec.Text.Decoding;

namespace PySec.Syntax.Tests.Robustness;

/// <summary>The whole stdlib corpus through decoding and parsing, every file checked against the invariants.</summary>
public class CorpusRoundTripTests
{
    [Fact]
    public void Every_corpus_file_round_trips_through_bytes_text_and_tree()
    {
        var failures = new List<string>();
        foreach (var file in StdlibCorpus.Files)
        {
            if (SyntaxInvariants.CheckBytes(file.Bytes) is { } failure)
                failures.Add($"{file.RelativePath}: {failure.Violation}: {failure.Detail}");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {StdlibCorpus.Files.Count} files fail:\n{string.Join("\n", failures.Take(20))}");
    }

    /// <summary>CPython 3.11 reports a decoding error for exactly these three files; so must we, and for no other.</summary>
    [Fact]
    public void Decoding_problems_are_found_in_the_same_files_as_CPython()
    {
        var expected = new Dictionary<string, string>
        {
            ["test/tokenizedata/bad_coding.py"] = DecodingDiagnosticCodes.UnknownEncoding,
            ["test/tokenizedata/bad_coding2.py"] = DecodingDiagnosticCodes.EncodingConflictsWithBom,
            ["test/tokenizedata/badsyntax_pep3120.py"] = DecodingDiagnosticCodes.InvalidUtf8,
        };

        var actual = new Dictionary<string, string>();
        foreach (var file in StdlibCorpus.Files)
        {
            var diagnostics = SourceText.FromBytes(file.Bytes).Diagnostics;
            if (diagnostics.Count > 0) actual[file.RelativePath] = string.Join(" ", diagnostics.Select(d => d.Code));
        }

        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
    }

    [Theory]
    [InlineData("test/encoded_modules/module_koi8_r.py", "koi8-r")]
    [InlineData("test/encoded_modules/module_iso_8859_1.py", "iso-8859-1")]
    [InlineData("turtledemo/clock.py", "cp1252")]
    [InlineData("test/tokenizedata/coding20731.py", "latin1")]
    public void Files_with_a_coding_cookie_decode_with_it(string relativePath, string encodingName)
    {
        var source = SourceText.FromBytes(StdlibCorpus.Get(relativePath).Bytes);

        Assert.Equal(encodingName, source.EncodingName);
        Assert.Empty(source.Diagnostics);
    }
}
