using System.Text.Json;
using PySec.Syntax.Lexing;

namespace PySec.Syntax.Tests.Lexing;

/// <summary>
/// Our diagnostic messages use CPython's wording. For sources whose first error is lexical, the first diagnostic
/// must read exactly like the SyntaxError CPython raises when compiling the same source. (f-string errors are left
/// out: the installed CPython predates PEP 701 and words them differently.)
/// </summary>
public sealed class CPythonMessageTests
{
    private static readonly string[] Sources =
    [
        "x = 1 €\n", "x\u00a0= 1", "x\u0001", "a \\ b", "a \\", "0777", "0777L", "0b12", "0o8", "1__0", "1_", "0x",
        "0x_", "0b", "1abc", "1.__class__", "1e+", "1jx", "0o1_", "x = 'abc\ny = 1\n", "'abc", "\"abc\\\"",
        "x = '''abc\n\ny = 1\n", "'''abc", "b'''\n\n", "a)\n", "f([1)\n", "f(1]\nx\n", "f(\n1]\n)\n", "f(1,\n  2\n",
        "x = [1,\n", "{\n", "if x:\n        y\n\tz\n", "if x:\n    y\n  z\n", "if x:\n\ty\n        z\n",
    ];

    [Fact]
    public void First_diagnostic_reads_like_cpython_syntax_error()
    {
        const string script = """
            import json, sys
            out = []
            for source in json.load(sys.stdin):
                try:
                    compile(source, "<test>", "exec")
                    out.append(None)
                except SyntaxError as e:
                    out.append(e.msg)
            print(json.dumps(out))
            """;
        var output = Python3.Run(["-c", script], JsonSerializer.Serialize(Sources));
        var expected = JsonSerializer.Deserialize<string?[]>(output)!;

        var mismatches = new List<string>();
        for (var i = 0; i < Sources.Length; i++)
        {
            var ours = Lexer.Tokenize(Sources[i]).Diagnostics.FirstOrDefault()?.Message;
            if (expected[i] is null) mismatches.Add($"{TokenDump.Quote(Sources[i])}: CPython accepts it; the case is wrong");
            else if (ours != expected[i]) mismatches.Add($"{TokenDump.Quote(Sources[i])}: CPython '{expected[i]}', ours '{ours}'");
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
