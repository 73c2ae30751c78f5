using System.Security.Cryptography;
using System.Text;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Workspace;

/// <summary>
/// A finding's identity for baselines and SARIF <c>partialFingerprints</c>: a hash of the rule id, the file's relative
/// path, the flagged source text with whitespace runs collapsed, and the names of the enclosing classes and
/// functions (<c>Cls.method</c>). The line number is left out on purpose, so adding or removing lines above a finding
/// keeps its fingerprint; two identical calls in one function share a fingerprint, and baselines count them.
/// </summary>
public static class Fingerprint
{
    /// <summary>32 lower-case hex digits (the first 128 bits of SHA-256).</summary>
    public static string Compute(string ruleId, string relativePath, string flaggedText, string enclosingScope)
    {
        var input = $"{ruleId}\n{relativePath.Replace('\\', '/')}\n{enclosingScope}\n{NormalizeWhitespace(flaggedText)}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(input), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>The fingerprint of a finding's span in a parsed file.</summary>
    public static string Compute(string ruleId, string relativePath, SyntaxTree tree, TextSpan span) =>
        Compute(ruleId, relativePath, Slice(tree.Text, span), EnclosingScope(tree, span.Start));

    /// <summary>Dotted names of the classes and functions around a position, outermost first; "" at module level.</summary>
    public static string EnclosingScope(SyntaxTree tree, int position)
    {
        if (tree.Text.Length == 0) return "";
        var token = tree.Root.FindToken(Math.Clamp(position, 0, tree.Text.Length - 1));
        var names = new List<string>();
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            if (node is FunctionDefinitionSyntax function) names.Add(function.Name.Text);
            else if (node is ClassDefinitionSyntax type) names.Add(type.Name.Text);
        }
        names.Reverse();
        return string.Join('.', names);
    }

    /// <summary>Collapses every run of whitespace (line breaks included) to one space and trims the ends.</summary>
    public static string NormalizeWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Slice(string text, TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        return text[start..end];
    }
}
