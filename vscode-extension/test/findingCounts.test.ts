import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarise } from '../src/core/findingCounts';

test('running: counts findings and files', () => {
  assert.equal(summarise('running', []).text, 'PySec: no findings');
  assert.equal(summarise('running', [{ findings: 1 }]).text, 'PySec: 1 finding in 1 file');
  assert.equal(summarise('running', [{ findings: 2 }, { findings: 3 }, { findings: 0 }]).text, 'PySec: 5 findings in 2 files');
});

test('states other than running say what to do', () => {
  assert.equal(summarise('starting', []).busy, true);
  assert.equal(summarise('failed', [{ findings: 4 }]).severity, 'error');
  assert.match(summarise('failed', []).detail, /Show Output/);
  assert.match(summarise('stopped', []).detail, /Restart Server/);
  assert.match(summarise('running', [], 'the bundled server (linux-x64)').detail, /bundled server/);
});
