// The language status item for Python files: server state and the number of open PySec findings.
import * as vscode from 'vscode';
import { FileFindings, summarise } from './core/findingCounts';
import { isManualRuleId } from './core/manualLinks';
import { ServerController } from './serverController';

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly controller: ServerController) {
    this.item = vscode.languages.createLanguageStatusItem('pysec.status', { language: 'python' });
    this.item.name = 'PySec';
    this.item.command = { title: 'Show Output', command: 'pysec.showOutput' };
    this.disposables.push(
      controller.onDidChangeState(() => this.update()),
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('pysec.enable')) this.update();
      }),
    );
    this.update();
  }

  private update(): void {
    const files: FileFindings[] = [];
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      let findings = 0;
      for (const diagnostic of diagnostics) {
        if (diagnostic.source !== 'pysec') continue;
        const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
        if (isManualRuleId(String(code))) findings++;
      }
      if (findings > 0) files.push({ findings });
    }
    const editor = vscode.window.activeTextEditor?.document;
    const enabled = vscode.workspace.getConfiguration('pysec', editor).get<boolean>('enable', true);
    const state = enabled === false && this.controller.state === 'running' ? 'disabled' : this.controller.state;
    const summary = summarise(state, files, this.controller.server?.description);
    this.item.text = summary.text;
    this.item.detail = summary.detail;
    this.item.busy = summary.busy;
    this.item.severity =
      summary.severity === 'error'
        ? vscode.LanguageStatusSeverity.Error
        : summary.severity === 'warning'
          ? vscode.LanguageStatusSeverity.Warning
          : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.item.dispose();
  }
}
