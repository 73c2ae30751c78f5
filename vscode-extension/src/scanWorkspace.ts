// "PySec: Scan Workspace": the server's `pysec/scanWorkspace` with its work-done progress shown as a notification.
import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress } from 'vscode-languageclient/node';
import { Logs } from './logs';
import { errorText, ServerController } from './serverController';

interface ScanResult {
  files: number;
  findings: number;
  skipped: number;
}

export async function scanWorkspace(controller: ServerController, logs: Logs): Promise<void> {
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'PySec: scanning the workspace', cancellable: true },
    async (progress, cancellation) => {
      let client;
      try {
        client = await controller.readyClient();
      } catch (error) {
        void vscode.window.showErrorMessage(errorText(error));
        return;
      }
      const token = crypto.randomUUID();
      let reported = 0;
      const subscription = client.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'end') return;
        const percentage = value.percentage;
        const increment = typeof percentage === 'number' && percentage > reported ? percentage - reported : undefined;
        if (increment !== undefined) reported = percentage as number;
        progress.report({ message: value.message, increment });
      });
      try {
        const result = (await client.sendRequest('pysec/scanWorkspace', { workDoneToken: token }, cancellation)) as Partial<ScanResult> | null;
        if (cancellation.isCancellationRequested) return;
        const files = result?.files ?? 0;
        const findings = result?.findings ?? 0;
        const skipped = result?.skipped ?? 0;
        const text = `PySec scanned ${files} ${files === 1 ? 'file' : 'files'}: ${findings} ${findings === 1 ? 'finding' : 'findings'}${skipped > 0 ? `, ${skipped} skipped` : ''}.`;
        logs.log.info(text);
        // Not awaited: the progress notification must close now, not when the user dismisses the result.
        void vscode.window.showInformationMessage(text, ...(findings > 0 ? ['Show Problems'] : [])).then((choice) => {
          if (choice === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
        });
      } catch (error) {
        if (cancellation.isCancellationRequested) return;
        logs.log.error(`Scan failed: ${errorText(error)}`);
        void vscode.window.showErrorMessage(`PySec: the workspace scan failed: ${errorText(error)}`);
      } finally {
        subscription.dispose();
      }
    },
  );
}
