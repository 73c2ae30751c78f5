using System.Text.Json.Nodes;

namespace PySec.LanguageServer.Tests.EndToEnd.Client;

/// <summary>What the test client tells the server about itself in <c>initialize</c>.</summary>
public sealed record ClientOptions
{
    /// <summary><c>general.positionEncodings</c>; null leaves the property out (the server must then use UTF-16).</summary>
    public IReadOnlyList<string>? PositionEncodings { get; init; } = ["utf-16"];

    /// <summary>Advertise <c>textDocument.diagnostic</c> (pull diagnostics).</summary>
    public bool PullDiagnostics { get; init; }

    /// <summary>Advertise <c>workspace.configuration</c> (the server may then pull settings).</summary>
    public bool Configuration { get; init; } = true;

    /// <summary>Advertise <c>window.workDoneProgress</c>.</summary>
    public bool WorkDoneProgress { get; init; } = true;

    /// <summary>Workspace folders as (uri, name); the first one is also the rootUri.</summary>
    public IReadOnlyList<(string Uri, string Name)> WorkspaceFolders { get; init; } = [];

    public JsonNode? InitializationOptions { get; init; }

    /// <summary>Settings the client answers <c>workspace/configuration</c> with, by scopeUri ("" for any).</summary>
    public IReadOnlyDictionary<string, JsonNode?> Settings { get; init; } = new Dictionary<string, JsonNode?>();

    /// <summary>Working directory of the server process.</summary>
    public string? WorkingDirectory { get; init; }

    public JsonObject Capabilities()
    {
        var general = new JsonObject();
        if (PositionEncodings is not null) general["positionEncodings"] = new JsonArray(PositionEncodings.Select(e => (JsonNode?)e).ToArray());
        var textDocument = new JsonObject
        {
            ["synchronization"] = new JsonObject { ["dynamicRegistration"] = false, ["didSave"] = true, ["willSave"] = false },
            ["publishDiagnostics"] = new JsonObject
            {
                ["relatedInformation"] = true,
                ["versionSupport"] = true,
                ["codeDescriptionSupport"] = true,
                ["dataSupport"] = true,
                ["tagSupport"] = new JsonObject { ["valueSet"] = new JsonArray(1, 2) },
            },
            ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
            ["codeAction"] = new JsonObject
            {
                ["codeActionLiteralSupport"] = new JsonObject
                {
                    ["codeActionKind"] = new JsonObject
                    {
                        ["valueSet"] = new JsonArray("", "quickfix", "refactor", "source", "source.fixAll", "source.organizeImports"),
                    },
                },
                ["isPreferredSupport"] = true,
                ["disabledSupport"] = true,
                ["dataSupport"] = true,
                ["resolveSupport"] = new JsonObject { ["properties"] = new JsonArray("edit") },
            },
        };
        if (PullDiagnostics)
            textDocument["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false, ["relatedDocumentSupport"] = false };
        var workspace = new JsonObject
        {
            ["applyEdit"] = true,
            ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true },
            ["configuration"] = Configuration,
            ["workspaceFolders"] = true,
            ["didChangeConfiguration"] = new JsonObject { ["dynamicRegistration"] = true },
            ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true, ["relativePatternSupport"] = true },
            ["executeCommand"] = new JsonObject { ["dynamicRegistration"] = false },
        };
        if (PullDiagnostics) workspace["diagnostics"] = new JsonObject { ["refreshSupport"] = true };
        return new JsonObject
        {
            ["general"] = general,
            ["textDocument"] = textDocument,
            ["workspace"] = workspace,
            ["window"] = new JsonObject { ["workDoneProgress"] = WorkDoneProgress, ["showMessage"] = new JsonObject() },
        };
    }
}
