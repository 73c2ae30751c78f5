using Markdig;

namespace PySec.Manual;

/// <summary>
/// The one Markdig pipeline for parsing and rendering, so the structure validated is the structure rendered.
/// Raw HTML is disabled: chapters are text, and any markup in them is shown escaped, never interpreted.
/// </summary>
internal static class ManualMarkdig
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UseYamlFrontMatter()
        .DisableHtml()
        .Build();
}
