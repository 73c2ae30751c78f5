// Reads `pysec.*` from VS Code for one scope and hands plain values to the resolvers in core/settings.ts.
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  CLIENT_SETTING_KEYS,
  ClientSettings,
  ExplicitSettings,
  Resolved,
  resolveClientSettings,
  resolveServerSettings,
  SERVER_SETTING_KEYS,
  ServerSettings,
} from './core/settings';

export const SECTION = 'pysec';

/** The values the user set at any level (user, workspace, folder, language-specific), without the defaults. */
export function explicitSettings(keys: readonly string[], scope?: vscode.ConfigurationScope): ExplicitSettings {
  const configuration = vscode.workspace.getConfiguration(SECTION, scope);
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    const inspected = configuration.inspect(key);
    if (inspected === undefined) continue;
    const explicit =
      inspected.workspaceFolderLanguageValue ??
      inspected.workspaceLanguageValue ??
      inspected.globalLanguageValue ??
      inspected.workspaceFolderValue ??
      inspected.workspaceValue ??
      inspected.globalValue;
    if (explicit !== undefined) result[key] = explicit;
  }
  return result;
}

export function serverSettings(scope?: vscode.ConfigurationScope): Resolved<ServerSettings> {
  return resolveServerSettings(explicitSettings(SERVER_SETTING_KEYS, scope));
}

export function clientSettings(): Resolved<ClientSettings> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return resolveClientSettings(explicitSettings(CLIENT_SETTING_KEYS), vscode.workspace.isTrusted, {
    home: os.homedir(),
    workspaceFolder: folder,
    env: process.env,
  });
}

/** Whether `pysec.fixAll.onSave` is on for a document (default off). */
export function fixAllOnSave(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration(SECTION, document).get<boolean>('fixAll.onSave', false) === true;
}
