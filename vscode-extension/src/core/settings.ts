// Turns the editor's `pysec.*` settings into the settings JSON of the server contract
// (server/PySec.LanguageServer/PROTOCOL.md). Only settings the user set explicitly are sent: the server applies
// `[tool.pysec]` from pyproject.toml first and editor settings over it, so sending the defaults would silently
// override a project's own configuration.

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type TraceLevel = 'off' | 'messages' | 'verbose';

/** Keys under `pysec.` that the server understands, as VS Code names them. */
export const SERVER_SETTING_KEYS = [
  'enable',
  'severityThreshold',
  'select',
  'ignore',
  'severityOverrides',
  'targetVersion',
  'exclude',
  'fixAll.onSave',
  'diagnostics.workspace',
] as const;

/** Keys under `pysec.` that only the extension reads. */
export const CLIENT_SETTING_KEYS = ['path', 'trace.server'] as const;

export interface ServerSettings {
  enable?: boolean;
  severityThreshold?: Severity;
  select?: string[];
  ignore?: string[];
  severityOverrides?: Record<string, Severity>;
  targetVersion?: string;
  exclude?: string[];
  fixAll?: { onSave: boolean };
  diagnostics?: { workspace: boolean };
}

export interface SettingProblem {
  /** The full setting name, e.g. `pysec.select`. */
  setting: string;
  message: string;
}

export interface Resolved<T> {
  value: T;
  problems: SettingProblem[];
}

/** Explicitly set values keyed by their name under `pysec.` (e.g. `fixAll.onSave`). */
export type ExplicitSettings = Readonly<Record<string, unknown>>;

const TARGET_VERSION = /^3\.(8|9|1[0-4])$/;

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function resolveServerSettings(explicit: ExplicitSettings): Resolved<ServerSettings> {
  const problems: SettingProblem[] = [];
  const settings: ServerSettings = {};
  const problem = (key: string, message: string) => problems.push({ setting: `pysec.${key}`, message });

  const bool = (key: string): boolean | undefined => {
    const value = explicit[key];
    if (value === undefined) return undefined;
    if (typeof value === 'boolean') return value;
    problem(key, `expected true or false, got ${describe(value)}; the setting is ignored`);
    return undefined;
  };
  const strings = (key: string): string[] | undefined => {
    const value = explicit[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      problem(key, `expected a list of strings, got ${describe(value)}; the setting is ignored`);
      return undefined;
    }
    const kept: string[] = [];
    for (const item of value) {
      if (typeof item === 'string' && item.trim() !== '') kept.push(item.trim());
      else problem(key, `ignored the entry ${describe(item)}: entries must be non-empty strings`);
    }
    return kept;
  };

  const enable = bool('enable');
  if (enable !== undefined) settings.enable = enable;

  const threshold = explicit['severityThreshold'];
  if (threshold !== undefined) {
    if (isSeverity(threshold)) settings.severityThreshold = threshold;
    else problem('severityThreshold', `expected one of ${SEVERITIES.join(', ')}, got ${describe(threshold)}; the setting is ignored`);
  }

  const select = strings('select');
  if (select !== undefined) settings.select = select;
  const ignore = strings('ignore');
  if (ignore !== undefined) settings.ignore = ignore;
  const exclude = strings('exclude');
  if (exclude !== undefined) settings.exclude = exclude;

  const overrides = explicit['severityOverrides'];
  if (overrides !== undefined) {
    if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides)) {
      problem('severityOverrides', `expected an object mapping rule ids to severities, got ${describe(overrides)}; the setting is ignored`);
    } else {
      const kept: Record<string, Severity> = {};
      for (const [rule, severity] of Object.entries(overrides as Record<string, unknown>)) {
        if (rule.trim() === '') problem('severityOverrides', 'ignored an entry with an empty rule id');
        else if (isSeverity(severity)) kept[rule.trim()] = severity;
        else problem('severityOverrides', `ignored ${rule}: expected one of ${SEVERITIES.join(', ')}, got ${describe(severity)}`);
      }
      settings.severityOverrides = kept;
    }
  }

  const target = explicit['targetVersion'];
  if (target !== undefined && target !== '') {
    if (typeof target === 'string' && TARGET_VERSION.test(target.trim())) settings.targetVersion = target.trim();
    else problem('targetVersion', `expected a Python version from 3.8 to 3.14 such as "3.12", got ${describe(target)}; the setting is ignored`);
  }

  const onSave = bool('fixAll.onSave');
  if (onSave !== undefined) settings.fixAll = { onSave };
  const workspace = bool('diagnostics.workspace');
  if (workspace !== undefined) settings.diagnostics = { workspace };

  return { value: settings, problems };
}

export interface ClientSettings {
  /** The server executable the user asked for, expanded; undefined when unset or ignored. */
  path?: string;
  trace: TraceLevel;
}

export interface ExpansionContext {
  home: string;
  workspaceFolder?: string;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Reads the client-only settings. In Restricted Mode `pysec.path` is ignored whatever its scope: it names a program
 * to run, and an untrusted workspace must not choose it.
 */
export function resolveClientSettings(
  explicit: ExplicitSettings,
  trusted: boolean,
  expansion: ExpansionContext,
): Resolved<ClientSettings> {
  const problems: SettingProblem[] = [];
  const result: ClientSettings = { trace: 'off' };

  const trace = explicit['trace.server'];
  if (trace === 'off' || trace === 'messages' || trace === 'verbose') result.trace = trace;
  else if (trace !== undefined) problems.push({ setting: 'pysec.trace.server', message: `expected off, messages or verbose, got ${describe(trace)}; tracing is off` });

  const path = explicit['path'];
  if (path !== undefined && path !== '') {
    if (typeof path !== 'string') {
      problems.push({ setting: 'pysec.path', message: `expected a file path, got ${describe(path)}; the setting is ignored` });
    } else if (!trusted) {
      problems.push({ setting: 'pysec.path', message: 'ignored in Restricted Mode: the bundled server is used until you trust this workspace' });
    } else {
      const expanded = expandPath(path.trim(), expansion);
      if (expanded.unresolved.length > 0) {
        problems.push({ setting: 'pysec.path', message: `cannot expand ${expanded.unresolved.join(', ')} in "${path}"; the setting is ignored` });
      } else {
        result.path = expanded.path;
      }
    }
  }
  return { value: result, problems };
}

/** Expands `~`, `${userHome}`, `${workspaceFolder}` and `${env:NAME}` the way VS Code users expect in paths. */
export function expandPath(path: string, context: ExpansionContext): { path: string; unresolved: string[] } {
  const unresolved: string[] = [];
  let result = path.replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
    if (name === 'userHome') return context.home;
    if (name === 'workspaceFolder') {
      if (context.workspaceFolder !== undefined) return context.workspaceFolder;
      unresolved.push(whole);
      return whole;
    }
    if (name.startsWith('env:')) return context.env[name.slice(4)] ?? '';
    unresolved.push(whole);
    return whole;
  });
  if (result === '~') result = context.home;
  else if (result.startsWith('~/') || result.startsWith('~\\')) result = context.home + result.slice(1);
  return { path: result, unresolved };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
