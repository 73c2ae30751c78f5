using PySec.LanguageServer.Configuration;
using PySec.LanguageServer.Documents;
using PySec.Rules;
using PySec.Semantics;
using PySec.Text;

namespace PySec.LanguageServer.Analysis;

/// <summary>
/// The analysis of one document version under one settings generation: immutable, shared by diagnostics, hover and
/// code actions. <see cref="Findings"/> are the findings to show, with the severity the settings give them;
/// <see cref="Suppressed"/> are those a comment silenced (hover still explains them); <see cref="Diagnostics"/> are
/// syntax errors and engine problems.
/// </summary>
public sealed record DocumentAnalysis(
    DocumentSnapshot Document,
    EffectiveSettings Settings,
    SemanticModel? Model,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Finding> Suppressed,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Nothing to report: analysis is disabled for the document or its path is excluded.</summary>
    public static DocumentAnalysis Empty(DocumentSnapshot document, EffectiveSettings settings) =>
        new(document, settings, null, [], [], []);

    /// <summary>Identifies this result for pull diagnostics: a new version or new settings give a new id.</summary>
    public string ResultId => $"{Document.Version}.{Settings.Generation}";
}

/// <summary>Analyses one document version. Never throws on any text.</summary>
public interface IDocumentAnalyzer
{
    Task<DocumentAnalysis> AnalyzeAsync(DocumentSnapshot document, EffectiveSettings settings, CancellationToken cancellationToken);
}
