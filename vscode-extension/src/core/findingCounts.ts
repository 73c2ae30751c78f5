// What the language status item says: the server's state and how many PySec findings are open.

export type ServerState = 'starting' | 'running' | 'stopped' | 'failed' | 'disabled';

export interface FileFindings {
  /** Number of PySec diagnostics (syntax errors excluded) in one file. */
  findings: number;
}

export interface StatusSummary {
  text: string;
  detail: string;
  severity: 'information' | 'warning' | 'error';
  busy: boolean;
}

export function summarise(state: ServerState, files: readonly FileFindings[], serverDescription?: string): StatusSummary {
  let findings = 0;
  let withFindings = 0;
  for (const file of files) {
    findings += file.findings;
    if (file.findings > 0) withFindings++;
  }
  const counts =
    findings === 0 ? 'no findings' : `${findings} ${findings === 1 ? 'finding' : 'findings'} in ${withFindings} ${withFindings === 1 ? 'file' : 'files'}`;
  const source = serverDescription ? ` (${serverDescription})` : '';
  switch (state) {
    case 'starting':
      return { text: 'PySec: starting', detail: `Starting the language server${source}`, severity: 'information', busy: true };
    case 'running':
      return { text: `PySec: ${counts}`, detail: `Server running${source}`, severity: 'information', busy: false };
    case 'disabled':
      return { text: 'PySec: disabled', detail: 'Turned off by "pysec.enable"', severity: 'information', busy: false };
    case 'stopped':
      return { text: 'PySec: stopped', detail: 'The language server is not running; use "PySec: Restart Server"', severity: 'warning', busy: false };
    case 'failed':
      return { text: 'PySec: server failed', detail: 'The language server could not start; see "PySec: Show Output"', severity: 'error', busy: false };
  }
}
