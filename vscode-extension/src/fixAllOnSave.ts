// `pysec.fixAll.onSave`: before a Python file is saved, apply the server's `source.fixAll.pysec` action, which
// holds only the fixes marked safe.
import * as vscode from 'vscode';
import { fixAllOnSave } from './configuration';
import { Logs } from './logs';
import { errorText, ServerController } from './serverController';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('pysec');

export function registerFixAllOnSave(controller: ServerController, logs: Logs): vscode.Disposable {
  return vscode.workspace.onWillSaveTextDocument((event) => {
    if (event.document.languageId !== 'python' || !fixAllOnSave(event.document)) return;
    if (controller.runningClient === undefined) return;
    event.waitUntil(fixAllEdits(event.document, logs));
  });
}

async function fixAllEdits(document: vscode.TextDocument, logs: Logs): Promise<vscode.TextEdit[]> {
  try {
    const whole = new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      FIX_ALL_KIND.value,
      1,
    );
    const action = (actions ?? []).find((a) => a.kind !== undefined && FIX_ALL_KIND.contains(a.kind) && a.edit !== undefined);
    if (action?.edit === undefined) {
      logs.log.info(`Fix all on save: nothing to fix in ${document.uri.fsPath} (${actions?.length ?? 0} actions offered)`);
      return [];
    }
    const edits = action.edit.get(document.uri);
    logs.log.info(`Fix all on save: ${edits.length} ${edits.length === 1 ? 'edit' : 'edits'} in ${document.uri.fsPath}`);
    return edits;
  } catch (error) {
    logs.log.warn(`Fix all on save skipped for ${document.uri.fsPath}: ${errorText(error)}`);
    return [];
  }
}
