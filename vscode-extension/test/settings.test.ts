import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandPath, resolveClientSettings, resolveServerSettings } from '../src/core/settings';

const expansion = { home: '/home/ada', workspaceFolder: '/projects/app', env: { TOOLS: '/opt/tools' } };

test('only explicitly set settings reach the server, so pyproject.toml values are not overridden by defaults', () => {
  const { value, problems } = resolveServerSettings({});
  assert.deepEqual(value, {});
  assert.deepEqual(problems, []);
});

test('every server setting is translated to the contract shape', () => {
  const { value, problems } = resolveServerSettings({
    enable: false,
    severityThreshold: 'high',
    select: ['PYSEC2', ' B602 '],
    ignore: ['S301'],
    severityOverrides: { PYSEC201: 'critical' },
    targetVersion: '3.12',
    exclude: ['build/**'],
    'fixAll.onSave': true,
    'diagnostics.workspace': true,
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(value, {
    enable: false,
    severityThreshold: 'high',
    select: ['PYSEC2', 'B602'],
    ignore: ['S301'],
    severityOverrides: { PYSEC201: 'critical' },
    targetVersion: '3.12',
    exclude: ['build/**'],
    fixAll: { onSave: true },
    diagnostics: { workspace: true },
  });
});

test('bad values are dropped with a problem naming the setting, and the good ones are kept', () => {
  const { value, problems } = resolveServerSettings({
    enable: 'yes',
    severityThreshold: 'severe',
    select: ['PYSEC1', 42, ''],
    ignore: 'B101',
    severityOverrides: { PYSEC201: 'urgent', B602: 'low', '': 'high' },
    targetVersion: '2.7',
    'fixAll.onSave': 1,
  });
  assert.deepEqual(value, { select: ['PYSEC1'], severityOverrides: { B602: 'low' } });
  const settings = problems.map((p) => p.setting);
  assert.deepEqual(settings.sort(), [
    'pysec.enable',
    'pysec.fixAll.onSave',
    'pysec.ignore',
    'pysec.select',
    'pysec.select',
    'pysec.severityOverrides',
    'pysec.severityOverrides',
    'pysec.severityThreshold',
    'pysec.targetVersion',
  ]);
  assert.match(problems.find((p) => p.setting === 'pysec.severityThreshold')!.message, /low, medium, high, critical/);
});

test('an empty target version means "not set"', () => {
  assert.deepEqual(resolveServerSettings({ targetVersion: '' }), { value: {}, problems: [] });
});

test('severity overrides that are not an object are refused', () => {
  for (const bad of [null, ['PYSEC201'], 'PYSEC201=high']) {
    const { value, problems } = resolveServerSettings({ severityOverrides: bad });
    assert.deepEqual(value, {});
    assert.equal(problems.length, 1);
  }
});

test('pysec.path is expanded in a trusted workspace', () => {
  const { value, problems } = resolveClientSettings({ path: '~/bin/pysec', 'trace.server': 'verbose' }, true, expansion);
  assert.deepEqual(problems, []);
  assert.deepEqual(value, { path: '/home/ada/bin/pysec', trace: 'verbose' });
});

test('pysec.path is ignored in Restricted Mode, with a problem saying so', () => {
  const { value, problems } = resolveClientSettings({ path: '${workspaceFolder}/evil' }, false, expansion);
  assert.equal(value.path, undefined);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.setting, 'pysec.path');
  assert.match(problems[0]!.message, /Restricted Mode/);
});

test('a bad trace level falls back to off', () => {
  const { value, problems } = resolveClientSettings({ 'trace.server': 'loud' }, true, expansion);
  assert.equal(value.trace, 'off');
  assert.equal(problems.length, 1);
});

test('path variables expand; unknown ones are reported, not guessed', () => {
  assert.equal(expandPath('${workspaceFolder}/.venv/bin/pysec', expansion).path, '/projects/app/.venv/bin/pysec');
  assert.equal(expandPath('${userHome}/pysec', expansion).path, '/home/ada/pysec');
  assert.equal(expandPath('${env:TOOLS}/pysec', expansion).path, '/opt/tools/pysec');
  assert.equal(expandPath('~', expansion).path, '/home/ada');
  assert.equal(expandPath('/a~b', expansion).path, '/a~b');
  assert.deepEqual(expandPath('${config:python.path}/x', expansion).unresolved, ['${config:python.path}']);
  assert.deepEqual(expandPath('${workspaceFolder}/x', { ...expansion, workspaceFolder: undefined }).unresolved, ['${workspaceFolder}']);
  const { value, problems } = resolveClientSettings({ path: '${config:x}/pysec' }, true, expansion);
  assert.equal(value.path, undefined);
  assert.equal(problems.length, 1);
});
