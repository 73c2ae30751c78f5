import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiscoveryInput, describeAttempts, describeFailure, discoverServer, FileProbe } from '../src/core/serverDiscovery';

/** A file system of the given files; `-x` marks the non-executable ones. */
function probe(...files: string[]): FileProbe {
  const all = new Map(files.map((f) => (f.endsWith(' -x') ? [f.slice(0, -3), false] : [f, true])));
  return { isFile: (p) => all.has(p), isExecutable: (p) => all.get(p) === true };
}

const base: DiscoveryInput = {
  extensionPath: '/ext',
  platform: 'linux',
  arch: 'x64',
  env: { PATH: '/usr/local/bin:/usr/bin' },
};
const native = '/ext/server/linux-x64/pysec';
const dll = '/ext/server/portable/pysec.dll';

test('pysec.path comes first', () => {
  const result = discoverServer({ ...base, settingPath: '/opt/pysec' }, probe('/opt/pysec', native));
  assert.equal(result.server?.source, 'setting');
  assert.equal(result.server?.command, '/opt/pysec');
  assert.deepEqual(result.server?.args, ['lsp']);
});

test('a pysec.dll in pysec.path runs with dotnet', () => {
  const result = discoverServer({ ...base, settingPath: '/opt/pysec.dll' }, probe('/opt/pysec.dll -x', '/usr/bin/dotnet', native));
  assert.equal(result.server?.command, '/usr/bin/dotnet');
  assert.deepEqual(result.server?.args, ['/opt/pysec.dll', 'lsp']);
});

test('a missing pysec.path falls back to the bundled server and records why', () => {
  const result = discoverServer({ ...base, settingPath: '/nope/pysec' }, probe(native));
  assert.equal(result.server?.source, 'bundled');
  assert.deepEqual(
    result.attempts.map((a) => [a.source, a.outcome]),
    [
      ['setting', 'missing'],
      ['bundled', 'used'],
    ],
  );
});

test('a pysec.path that is not executable is reported as such', () => {
  const result = discoverServer({ ...base, settingPath: '/opt/pysec' }, probe('/opt/pysec -x'));
  assert.equal(result.server, undefined);
  assert.equal(result.attempts[0]!.outcome, 'not-executable');
  assert.match(describeFailure(result.attempts), /pysec\.path.*\/opt\/pysec.*chmod \+x/);
});

test('the bundled native server is used on linux-x64', () => {
  const result = discoverServer(base, probe(native, dll, '/usr/bin/dotnet', '/usr/bin/pysec'));
  assert.equal(result.server?.command, native);
});

test('other platforms use the framework-dependent build with dotnet', () => {
  const result = discoverServer({ ...base, platform: 'darwin', arch: 'arm64' }, probe(dll, '/usr/local/bin/dotnet'));
  assert.equal(result.server?.source, 'bundled-dotnet');
  assert.equal(result.server?.command, '/usr/local/bin/dotnet');
  assert.deepEqual(result.server?.args, [dll, 'lsp']);
  assert.equal(result.attempts[0]!.outcome, 'unsupported-platform');
});

test('DOTNET_ROOT is preferred over PATH for dotnet', () => {
  const result = discoverServer({ ...base, arch: 'arm64', env: { ...base.env, DOTNET_ROOT: '/opt/dotnet' } }, probe(dll, '/opt/dotnet/dotnet', '/usr/bin/dotnet'));
  assert.equal(result.server?.command, '/opt/dotnet/dotnet');
});

test('pysec on PATH is the last resort; non-executable files on PATH are skipped', () => {
  const result = discoverServer({ ...base, arch: 'arm64' }, probe('/usr/local/bin/pysec -x', '/usr/bin/pysec'));
  assert.equal(result.server?.source, 'path');
  assert.equal(result.server?.command, '/usr/bin/pysec');
});

test('Windows looks for pysec.exe with ; separated PATH', () => {
  const result = discoverServer({ ...base, platform: 'win32', extensionPath: 'C:\\ext', env: { Path: 'C:\\tools;C:\\bin' } }, probe('C:\\bin\\pysec.exe'));
  assert.equal(result.server?.command, 'C:\\bin\\pysec.exe');
});

test('nothing found: every place is listed and the advice fits the cause', () => {
  const result = discoverServer(base, probe());
  assert.equal(result.server, undefined);
  assert.deepEqual(
    result.attempts.map((a) => a.source),
    ['bundled', 'bundled-dotnet', 'path'],
  );
  assert.equal(describeAttempts(result.attempts).length, 3);
  assert.match(describeFailure(result.attempts), /put `pysec` on PATH, or set "pysec\.path"/);

  const noDotnet = discoverServer({ ...base, arch: 'arm64' }, probe(dll));
  assert.match(describeFailure(noDotnet.attempts), /\.NET 10 runtime/);
});

test('an ignored pysec.path (Restricted Mode) is listed but never run', () => {
  const result = discoverServer({ ...base, ignoredSettingPath: '/projects/evil' }, probe('/projects/evil', native));
  assert.equal(result.server?.source, 'bundled');
  assert.deepEqual(result.attempts[0], { source: 'setting', path: '/projects/evil', outcome: 'ignored' });
  assert.match(describeAttempts(result.attempts)[0]!, /Restricted Mode/);
});
