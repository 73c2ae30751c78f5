using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Archives;

/// <summary>
/// One-shot decompression of data that is not a literal, whole-member zip reads, size-less reads of compressed
/// files, and ZipFile/TarFile.extractall with no size check before it in the same function. Code because the
/// extractall case looks back through the function for a check of declared sizes or member counts.
/// </summary>
[CodeRule("PYSEC505")]
internal sealed class DecompressionWithoutLimit : CodeRule
{
    private static readonly HashSet<string> OneShot = new(StringComparer.Ordinal)
    {
        "gzip.decompress", "zlib.decompress", "bz2.decompress", "lzma.decompress",
    };

    private static readonly HashSet<string> StreamReads = new(StringComparer.Ordinal)
    {
        "gzip.GzipFile.read", "bz2.BZ2File.read", "lzma.LZMAFile.read",
    };

    private static readonly HashSet<string> Extractions = new(StringComparer.Ordinal)
    {
        "zipfile.ZipFile.extractall", "tarfile.TarFile.extractall",
    };

    // Attributes and calls that show the function looked at sizes or member counts before extracting.
    private static readonly HashSet<string> SizeAttributes = new(StringComparer.Ordinal) { "file_size", "compress_size", "size", "st_size" };
    private static readonly HashSet<string> MemberLists = new(StringComparer.Ordinal) { "infolist", "namelist", "getmembers", "getnames" };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = [.. OneShot, "zipfile.ZipFile.read", .. StreamReads, .. Extractions];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (node is not CallExpressionSyntax call || context.CalleeOf(call) is not { } callee) return;
        var captures = new Dictionary<string, string> { ["callee"] = callee, ["name"] = callee };
        var binding = context.BindingOf(call);
        if (OneShot.Contains(callee))
        {
            var data = binding.Keyword("data")?.Value ?? (binding.Positional.Count > 0 ? binding.Positional[0].Value : null);
            if (data is not null && !context.Evaluate(data).IsKnown) context.Report(call.Span, captures);
        }
        else if (callee == "zipfile.ZipFile.read")
            context.Report(call.Span, captures,
                message: $"`{callee}` reads the whole member into memory with no limit; check file_size first, or stream it with ZipFile.open and a cap");
        else if (StreamReads.Contains(callee) && binding.Positional.Count == 0 && binding.Keyword("size") is null && !binding.HasKeywordUnpacking)
            context.Report(call.Span, captures,
                message: $"`{callee}` without a size reads the whole decompressed stream into memory; read in bounded chunks");
        else if (Extractions.Contains(callee) && !SizeCheckedBefore(call))
            context.Report(call.Span, captures,
                message: $"`{callee}` with no check of declared sizes, member count or ratio before it can fill the disk; sum file_size over infolist() and cap it first");
    }

    private static bool SizeCheckedBefore(CallExpressionSyntax call)
    {
        SyntaxNode scope = call.Ancestors().FirstOrDefault(a => a is FunctionDefinitionSyntax) ?? call.Ancestors().Last();
        foreach (var node in scope.DescendantNodes())
        {
            if (node.Span.Start >= call.Span.Start) continue;
            if (node is AttributeExpressionSyntax attribute && SizeAttributes.Contains(attribute.Name.Text)) return true;
            if (node is CallExpressionSyntax { Function: NameExpressionSyntax { Identifier.Text: "len" } } length
                && length.DescendantNodes().OfType<CallExpressionSyntax>().Any(c => c.Function is AttributeExpressionSyntax a && MemberLists.Contains(a.Name.Text)))
                return true;
            if (node is CallExpressionSyntax { Function: AttributeExpressionSyntax { Name.Text: "getsize" } }) return true;
        }
        return false;
    }
}
