// Finds the PySec server to run. The order, documented in the extension's README:
//   1. the `pysec.path` setting (ignored in Restricted Mode),
//   2. the server bundled in the extension: the self-contained linux-x64 build,
//   3. the bundled framework-dependent build (`pysec.dll`) run with `dotnet`, for other platforms,
//   4. `pysec` on PATH.
// Every candidate looked at is recorded, so a failure can say what was tried and what to do.

export type ServerSource = 'setting' | 'bundled' | 'bundled-dotnet' | 'path';

export interface ServerCommand {
  source: ServerSource;
  command: string;
  args: string[];
  /** Human-readable, for the log and the status item. */
  description: string;
}

export type AttemptOutcome = 'used' | 'missing' | 'not-executable' | 'unsupported-platform' | 'no-dotnet' | 'ignored';

export interface Attempt {
  source: ServerSource;
  path: string;
  outcome: AttemptOutcome;
}

export interface FileProbe {
  isFile(path: string): boolean;
  isExecutable(path: string): boolean;
}

export interface DiscoveryInput {
  /** The expanded `pysec.path`, already dropped by the caller in Restricted Mode. */
  settingPath?: string;
  /** Set when `pysec.path` was set but ignored (Restricted Mode), so the attempt list says so. */
  ignoredSettingPath?: string;
  extensionPath: string;
  platform: string;
  arch: string;
  env: Readonly<Record<string, string | undefined>>;
}

export interface DiscoveryResult {
  server?: ServerCommand;
  attempts: Attempt[];
}

export const LSP_ARGS: readonly string[] = ['lsp'];

export function bundledNativePath(extensionPath: string, platform: string): string {
  return joinPath(extensionPath, 'server', 'linux-x64', platform === 'win32' ? 'pysec.exe' : 'pysec');
}

export function bundledDllPath(extensionPath: string): string {
  return joinPath(extensionPath, 'server', 'portable', 'pysec.dll');
}

export function discoverServer(input: DiscoveryInput, probe: FileProbe): DiscoveryResult {
  const attempts: Attempt[] = [];
  const found = (server: ServerCommand, path: string): DiscoveryResult => {
    attempts.push({ source: server.source, path, outcome: 'used' });
    return { server, attempts };
  };

  if (input.ignoredSettingPath !== undefined) {
    attempts.push({ source: 'setting', path: input.ignoredSettingPath, outcome: 'ignored' });
  }
  if (input.settingPath !== undefined) {
    const path = input.settingPath;
    if (!probe.isFile(path)) {
      attempts.push({ source: 'setting', path, outcome: 'missing' });
    } else if (path.toLowerCase().endsWith('.dll')) {
      const dotnet = findDotnet(input, probe);
      if (dotnet === undefined) attempts.push({ source: 'setting', path, outcome: 'no-dotnet' });
      else return found({ source: 'setting', command: dotnet, args: [path, ...LSP_ARGS], description: `${path} (pysec.path, run with ${dotnet})` }, path);
    } else if (!probe.isExecutable(path)) {
      attempts.push({ source: 'setting', path, outcome: 'not-executable' });
    } else {
      return found({ source: 'setting', command: path, args: [...LSP_ARGS], description: `${path} (pysec.path)` }, path);
    }
  }

  const native = bundledNativePath(input.extensionPath, input.platform);
  if (input.platform !== 'linux' || input.arch !== 'x64') {
    attempts.push({ source: 'bundled', path: native, outcome: 'unsupported-platform' });
  } else if (!probe.isFile(native)) {
    attempts.push({ source: 'bundled', path: native, outcome: 'missing' });
  } else if (!probe.isExecutable(native)) {
    attempts.push({ source: 'bundled', path: native, outcome: 'not-executable' });
  } else {
    return found({ source: 'bundled', command: native, args: [...LSP_ARGS], description: 'the bundled server (linux-x64)' }, native);
  }

  const dll = bundledDllPath(input.extensionPath);
  if (!probe.isFile(dll)) {
    attempts.push({ source: 'bundled-dotnet', path: dll, outcome: 'missing' });
  } else {
    const dotnet = findDotnet(input, probe);
    if (dotnet === undefined) attempts.push({ source: 'bundled-dotnet', path: dll, outcome: 'no-dotnet' });
    else return found({ source: 'bundled-dotnet', command: dotnet, args: [dll, ...LSP_ARGS], description: `the bundled server run with ${dotnet}` }, dll);
  }

  const onPath = findOnPath(input.platform === 'win32' ? ['pysec.exe', 'pysec.cmd', 'pysec'] : ['pysec'], input, probe);
  if (onPath === undefined) {
    attempts.push({ source: 'path', path: 'pysec', outcome: 'missing' });
  } else {
    return found({ source: 'path', command: onPath, args: [...LSP_ARGS], description: `${onPath} (from PATH)` }, onPath);
  }
  return { attempts };
}

/** `dotnet` from DOTNET_ROOT, then PATH. */
export function findDotnet(input: DiscoveryInput, probe: FileProbe): string | undefined {
  const exe = input.platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  const root = input.env['DOTNET_ROOT'];
  if (root) {
    const candidate = joinPath(root, exe);
    if (probe.isFile(candidate) && probe.isExecutable(candidate)) return candidate;
  }
  return findOnPath([exe], input, probe);
}

export function findOnPath(names: readonly string[], input: DiscoveryInput, probe: FileProbe): string | undefined {
  const separator = input.platform === 'win32' ? ';' : ':';
  const pathVariable = input.env['PATH'] ?? input.env['Path'] ?? '';
  for (const directory of pathVariable.split(separator)) {
    if (directory === '') continue;
    for (const name of names) {
      const candidate = joinPath(directory, name);
      if (probe.isFile(candidate) && probe.isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

const OUTCOME_TEXT: Record<AttemptOutcome, string> = {
  used: 'used',
  missing: 'not found',
  'not-executable': 'not executable (chmod +x it)',
  'unsupported-platform': 'not built for this platform',
  'no-dotnet': 'needs the .NET 10 runtime, but `dotnet` is not on PATH or in DOTNET_ROOT',
  ignored: 'ignored in Restricted Mode',
};

const SOURCE_TEXT: Record<ServerSource, string> = {
  setting: 'pysec.path',
  bundled: 'bundled server',
  'bundled-dotnet': 'bundled server for dotnet',
  path: 'PATH',
};

/** One line per attempt, for the log. */
export function describeAttempts(attempts: readonly Attempt[]): string[] {
  return attempts.map((a) => `${SOURCE_TEXT[a.source]}: ${a.path} - ${OUTCOME_TEXT[a.outcome]}`);
}

/** The message shown when no server could be found: what was tried and the fix most likely to help. */
export function describeFailure(attempts: readonly Attempt[]): string {
  const setting = attempts.find((a) => a.source === 'setting' && a.outcome !== 'ignored');
  const noDotnet = attempts.some((a) => a.outcome === 'no-dotnet');
  let advice: string;
  if (setting !== undefined) {
    advice = `Check the "pysec.path" setting: ${setting.path} is ${OUTCOME_TEXT[setting.outcome]}.`;
  } else if (noDotnet) {
    advice = 'Install the .NET 10 runtime (so `dotnet` is on PATH), or set "pysec.path" to a pysec executable.';
  } else {
    advice = 'Install the PySec extension build for your platform, put `pysec` on PATH, or set "pysec.path" to a pysec executable.';
  }
  return `PySec could not find its language server. ${advice} See "PySec: Show Output" for every place that was tried.`;
}

function joinPath(directory: string, ...parts: string[]): string {
  const separator = directory.includes('\\') && !directory.includes('/') ? '\\' : '/';
  let result = directory.replace(/[\\/]+$/, '');
  for (const part of parts) result += separator + part;
  return result;
}
