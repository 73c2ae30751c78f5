using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Deserialization;

/// <summary>
/// torch.load without weights_only=True, and Hugging Face downloads without a pinned revision. Code because
/// from_pretrained is a method of hundreds of transformers classes (matched by suffix), and the revision test
/// reads the string's shape (a hex commit id) and the model path (a local path needs no pin).
/// </summary>
[CodeRule("PYSEC208")]
internal sealed class UnpinnedModelLoad : CodeRule
{
    private static readonly HashSet<string> TorchLoads = new(StringComparer.Ordinal) { "torch.load", "torch.serialization.load" };

    private static readonly HashSet<string> HubDownloads = new(StringComparer.Ordinal)
    {
        "datasets.load_dataset", "huggingface_hub.hf_hub_download", "huggingface_hub.snapshot_download",
        "huggingface_hub.file_download.hf_hub_download", "huggingface_hub._snapshot_download.snapshot_download",
        "transformers.pipeline",
    };

    private static readonly string[] PretrainedLibraries = ["transformers.", "diffusers.", "peft.", "sentence_transformers."];

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = [.. TorchLoads, .. HubDownloads, .. PretrainedLibraries.Select(l => l + "*")];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (node is not CallExpressionSyntax call || context.CalleeOf(call) is not { } callee) return;
        if (TorchLoads.Contains(callee)) AnalyzeTorchLoad(call, callee, context);
        else if (HubDownloads.Contains(callee) || IsFromPretrained(callee)) AnalyzeDownload(call, callee, context);
    }

    private static bool IsFromPretrained(string callee) =>
        callee.EndsWith(".from_pretrained", StringComparison.Ordinal)
        && PretrainedLibraries.Any(library => callee.StartsWith(library, StringComparison.Ordinal));

    private static void AnalyzeTorchLoad(CallExpressionSyntax call, string callee, RuleContext context)
    {
        var weightsOnly = context.BindingOf(call).Get("weights_only");
        var captures = new Dictionary<string, string> { ["callee"] = callee, ["name"] = callee };
        switch (weightsOnly.State)
        {
            case ArgumentState.Unknown:
                return; // **kwargs may carry it: stay quiet rather than guess
            case ArgumentState.Missing:
                // PyTorch 2.6 made weights_only=True the default; older versions unpickle everything.
                context.Report(call.Span, captures,
                    message: $"`{callee}` without weights_only=True unpickles the checkpoint on PyTorch before 2.6, which can run arbitrary code; pass weights_only=True",
                    fixes: DeclaredFixes.For(context, call));
                return;
        }
        // weights_only=None means "the default"; a variable may be either, so only constants are judged.
        var value = context.Evaluate(weightsOnly.Value!).Value;
        var safe = value switch
        {
            PyBool flag => flag.Value,
            PyInt number => !number.Value.IsZero,
            PyNone => false,
            null => true,
            _ => true,
        };
        if (!safe) context.Report(call.Span, captures, fixes: DeclaredFixes.For(context, call));
    }

    private static void AnalyzeDownload(CallExpressionSyntax call, string callee, RuleContext context)
    {
        var binding = context.BindingOf(call);
        if (binding.HasKeywordUnpacking) return;
        var revision = binding.Keyword("revision") ?? binding.Keyword("commit_id");
        if (revision is not null)
        {
            // A non-constant revision comes from configuration: trust it. A constant must be a commit id.
            var known = context.Evaluate(revision.Value).Value;
            if (known is null || known is PyStr text && IsCommitId(text.Value)) return;
        }
        else if (IsLocalPath(context, binding)) return;
        context.Report(call.Span, new Dictionary<string, string> { ["callee"] = callee, ["name"] = callee },
            message: $"`{callee}` downloads whatever the hub serves for this name now; pin revision= to the commit you reviewed");
    }

    private static bool IsCommitId(string text) => text.Length >= 7 && text.All(char.IsAsciiHexDigit);

    /// <summary>A literal first argument that is a filesystem path (./x, ../x, /x) names no hub repository.</summary>
    private static bool IsLocalPath(RuleContext context, CallBinding binding)
    {
        var first = binding.Positional.Count > 0 ? binding.Positional[0].Value
            : (binding.Keyword("pretrained_model_name_or_path") ?? binding.Keyword("repo_id") ?? binding.Keyword("path"))?.Value;
        if (first is null || context.Evaluate(first).Value is not PyStr path) return false;
        return path.Value.StartsWith("./", StringComparison.Ordinal) || path.Value.StartsWith("../", StringComparison.Ordinal)
            || path.Value.StartsWith('/');
    }
}
