// The three output channels: the extension's own log, the server's stderr/log, and the LSP message trace.
import * as vscode from 'vscode';

export interface Logs extends vscode.Disposable {
  log: vscode.LogOutputChannel;
  server: vscode.OutputChannel;
  trace: vscode.OutputChannel;
}

export function createLogs(): Logs {
  const log = vscode.window.createOutputChannel('PySec', { log: true });
  const server = vscode.window.createOutputChannel('PySec Server');
  const trace = vscode.window.createOutputChannel('PySec Trace');
  return {
    log,
    server,
    trace,
    dispose() {
      log.dispose();
      server.dispose();
      trace.dispose();
    },
  };
}
