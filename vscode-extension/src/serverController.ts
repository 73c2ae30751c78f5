// Owns the language client: finds the server, starts it, restarts it (coalesced), and reports its state.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { clientSettings, SECTION, serverSettings } from './configuration';
import { Coalescer } from './core/coalescer';
import { ServerState } from './core/findingCounts';
import { SHOW_CHAPTER_COMMAND } from './core/manualLinks';
import { describeAttempts, describeFailure, discoverServer, FileProbe, ServerCommand } from './core/serverDiscovery';
import { SettingProblem } from './core/settings';
import { diagnosticLinkMiddleware } from './diagnosticLinks';
import { Logs } from './logs';

const nodeProbe: FileProbe = {
  isFile(path) {
    try {
      return fs.statSync(path).isFile();
    } catch {
      return false;
    }
  },
  isExecutable(path) {
    try {
      fs.accessSync(path, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
};

export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private currentState: ServerState = 'stopped';
  private currentServer: ServerCommand | undefined;
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  private readonly restarts = new Coalescer(() => this.restartNow());
  private readonly disposables: vscode.Disposable[] = [];
  private reportedProblems = new Set<string>();

  readonly onDidChangeState = this.stateEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly logs: Logs,
  ) {
    this.disposables.push(
      this.stateEmitter,
      vscode.workspace.onDidChangeConfiguration((event) => this.configurationChanged(event)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        this.logs.log.info('Workspace trusted: restarting to honour pysec.path');
        void this.restart();
      }),
    );
  }

  get state(): ServerState {
    return this.currentState;
  }

  get server(): ServerCommand | undefined {
    return this.currentServer;
  }

  /** The running client, or undefined when the server is not running. */
  get runningClient(): LanguageClient | undefined {
    return this.client !== undefined && this.client.state === State.Running ? this.client : undefined;
  }

  /** Waits for a start or restart in progress, then returns the running client or throws an actionable error. */
  async readyClient(): Promise<LanguageClient> {
    while (this.restarts.busy) await this.restarts.run().catch(() => undefined);
    const client = this.runningClient;
    if (client === undefined) throw new Error('The PySec server is not running. Run "PySec: Restart Server", or see "PySec: Show Output".');
    return client;
  }

  start(): Promise<void> {
    return this.restarts.run();
  }

  /** Coalesced: requests made while a restart runs share one more restart after it. */
  restart(): Promise<void> {
    return this.restarts.run();
  }

  private async restartNow(): Promise<void> {
    await this.stopClient();
    const client = settingsProblemsAndClientSettings(this.logs, this.reportedProblems);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const raw = vscode.workspace.getConfiguration(SECTION).inspect<string>('path');
    const rawPath = raw?.workspaceFolderValue ?? raw?.workspaceValue ?? raw?.globalValue;
    const discovery = discoverServer(
      {
        settingPath: client.path,
        ignoredSettingPath: !vscode.workspace.isTrusted && rawPath ? rawPath : undefined,
        extensionPath: this.context.extensionPath,
        platform: process.platform,
        arch: process.arch,
        env: process.env,
      },
      nodeProbe,
    );
    this.logs.log.info(`Looking for the server${folder ? ` for ${folder}` : ''}:`);
    for (const line of describeAttempts(discovery.attempts)) this.logs.log.info(`  ${line}`);
    const settingFailed = discovery.attempts.find((a) => a.source === 'setting' && a.outcome !== 'used' && a.outcome !== 'ignored');
    if (discovery.server === undefined) {
      this.setState('failed');
      const message = describeFailure(discovery.attempts);
      this.logs.log.error(message);
      void this.showError(message);
      return;
    }
    if (settingFailed !== undefined && discovery.server.source !== 'setting') {
      void vscode.window.showWarningMessage(
        `PySec: "pysec.path" (${settingFailed.path}) could not be used, so ${discovery.server.description} is running instead. See "PySec: Show Output".`,
      );
    }
    this.currentServer = discovery.server;
    this.logs.log.info(`Starting ${discovery.server.description}: ${discovery.server.command} ${discovery.server.args.join(' ')}`);
    this.setState('starting');

    const languageClient = this.createClient(discovery.server);
    this.client = languageClient;
    languageClient.onDidChangeState((event) => {
      if (this.client !== languageClient) return;
      if (event.newState === State.Running) this.setState('running');
      else if (event.newState === State.Starting) this.setState('starting');
      else if (event.newState === State.Stopped && this.currentState !== 'failed') this.setState('stopped');
    });
    try {
      await languageClient.start();
      this.logs.log.info(`Server running: ${languageClient.initializeResult?.serverInfo?.name ?? 'pysec'} ${languageClient.initializeResult?.serverInfo?.version ?? ''}`.trim());
      this.setState('running');
    } catch (error) {
      this.setState('failed');
      const message = `PySec: ${discovery.server.description} failed to start: ${errorText(error)}`;
      this.logs.log.error(message);
      void this.showError(`${message}. Check "pysec.path" or reinstall the extension; the server log is in "PySec Server".`);
    }
  }

  private createClient(server: ServerCommand): LanguageClient {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const serverOptions: ServerOptions = {
      command: server.command,
      args: server.args,
      transport: TransportKind.stdio,
      options: { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'python' },
        { scheme: 'untitled', language: 'python' },
      ],
      diagnosticCollectionName: 'pysec',
      outputChannel: this.logs.server,
      traceOutputChannel: this.logs.trace,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: { settings: serverSettings(folder).value },
      // Hovers link to the manual through this one client-side command; no other command URI is trusted.
      markdown: { isTrusted: { enabledCommands: [SHOW_CHAPTER_COMMAND] }, supportHtml: false },
      synchronize: {
        fileEvents: [vscode.workspace.createFileSystemWatcher('**/pyproject.toml'), vscode.workspace.createFileSystemWatcher('**/*.py')],
      },
      middleware: {
        ...diagnosticLinkMiddleware,
        workspace: {
          configuration: async (params, token, next) => {
            // The server pulls `pysec` per folder; answer with the resolved settings, not the raw ones with the
            // client-only `path` and `trace`. Other sections go to the default handler.
            const others = params.items.filter((item) => item.section !== SECTION);
            const answered = others.length > 0 ? await next({ items: others }, token) : [];
            if (!Array.isArray(answered)) return answered;
            let other = 0;
            return params.items.map((item) =>
              item.section === SECTION ? serverSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined).value : answered[other++],
            );
          },
        },
      },
    };
    return new LanguageClient('pysec', 'PySec', serverOptions, clientOptions);
  }

  private configurationChanged(event: vscode.ConfigurationChangeEvent): void {
    if (!event.affectsConfiguration(SECTION)) return;
    if (event.affectsConfiguration(`${SECTION}.path`)) {
      this.logs.log.info('pysec.path changed: restarting the server');
      void this.restart();
      return;
    }
    settingsProblemsAndClientSettings(this.logs, this.reportedProblems);
    const client = this.runningClient;
    if (client === undefined) return;
    const folder = vscode.workspace.workspaceFolders?.[0];
    void client
      .sendNotification(DidChangeConfigurationNotification.type, { settings: { [SECTION]: serverSettings(folder).value } })
      .catch((error: unknown) => this.logs.log.error(`Could not send the new settings: ${errorText(error)}`));
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) return;
    try {
      if (client.needsStop()) await client.stop(5000);
    } catch (error) {
      this.logs.log.warn(`The server did not stop cleanly: ${errorText(error)}`);
    }
    try {
      await client.dispose();
    } catch {
      // Already stopped; nothing left to release.
    }
    this.setState('stopped');
  }

  private setState(state: ServerState): void {
    if (this.currentState === state) return;
    this.currentState = state;
    this.stateEmitter.fire(state);
  }

  private async showError(message: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(message, 'Show Output', 'Open Settings');
    if (choice === 'Show Output') this.logs.log.show();
    else if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'pysec.path');
  }

  async dispose(): Promise<void> {
    for (const disposable of this.disposables) disposable.dispose();
    await this.stopClient();
  }
}

/** Resolves the client settings and logs each settings problem once, so a bad value is explained, not silent. */
function settingsProblemsAndClientSettings(logs: Logs, reported: Set<string>) {
  const client = clientSettings();
  const folder = vscode.workspace.workspaceFolders?.[0];
  const problems: SettingProblem[] = [...client.problems, ...serverSettings(folder).problems];
  for (const problem of problems) {
    const text = `${problem.setting}: ${problem.message}`;
    if (reported.has(text)) continue;
    reported.add(text);
    logs.log.warn(text);
  }
  return client.value;
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error !== null && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
