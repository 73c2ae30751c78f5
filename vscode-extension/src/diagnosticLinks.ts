// A diagnostic's rule id links to its chapter on the manual site (`codeDescription.href`). In the editor the
// link opens the chapter in the manual view instead, through the `pysec.showManualChapter` command URI, so the
// explanation is one click away and works offline.
import * as vscode from 'vscode';
import { Middleware } from 'vscode-languageclient/node';
import { isManualRuleId, showChapterCommandUri } from './core/manualLinks';

export function retargetRuleLinks(diagnostics: readonly vscode.Diagnostic[]): void {
  for (const diagnostic of diagnostics) {
    const code = diagnostic.code;
    if (code === undefined || typeof code !== 'object') continue;
    const value = String(code.value);
    if (!isManualRuleId(value)) continue;
    diagnostic.code = { value: code.value, target: vscode.Uri.parse(showChapterCommandUri(value)) };
  }
}

export const diagnosticLinkMiddleware: Middleware = {
  handleDiagnostics(uri, diagnostics, next) {
    retargetRuleLinks(diagnostics);
    next(uri, diagnostics);
  },
  async provideDiagnostics(document, previousResultId, token, next) {
    const report = await next(document, previousResultId, token);
    if (report && report.kind === 'full') retargetRuleLinks(report.items);
    return report;
  },
  provideWorkspaceDiagnostics(resultIds, token, resultReporter, next) {
    return next(resultIds, token, (chunk) => {
      if (chunk) {
        for (const item of chunk.items) if (item.kind === 'full') retargetRuleLinks(item.items);
      }
      resultReporter(chunk);
    });
  },
};
