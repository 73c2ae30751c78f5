import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapterIdFromArgument, isManualRuleId, parseManualHref, showChapterCommandUri } from '../src/core/manualLinks';

test('pysec-manual links open chapters, with or without an anchor', () => {
  assert.deepEqual(parseManualHref('pysec-manual:08-network/tls-verification#pysec801'), {
    kind: 'chapter',
    id: '08-network/tls-verification',
    anchor: 'pysec801',
  });
  assert.deepEqual(parseManualHref('pysec-manual:PYSEC201'), { kind: 'chapter', id: 'PYSEC201' });
  assert.deepEqual(parseManualHref('pysec-manual:pysec201#'), { kind: 'chapter', id: 'PYSEC201' });
  assert.deepEqual(parseManualHref('pysec-manual:b602'), { kind: 'chapter', id: 'B602' });
});

test('in-page anchors scroll; https links open outside', () => {
  assert.deepEqual(parseManualHref('#mitigation'), { kind: 'anchor', anchor: 'mitigation' });
  assert.deepEqual(parseManualHref('https://docs.python.org/3/library/ssl.html#ssl.create_default_context'), {
    kind: 'external',
    url: 'https://docs.python.org/3/library/ssl.html#ssl.create_default_context',
  });
});

test('anything else is refused', () => {
  for (const href of [
    'javascript:alert(1)',
    'command:workbench.action.terminal.new',
    'file:///etc/passwd',
    'vscode://settings',
    'data:text/html,<script>x</script>',
    'pysec-manual:../../etc/passwd',
    'pysec-manual:',
    'pysec-manual:a b',
    'pysec-manual:x#"><script>',
    'pysec-manual:%E0%A4%A',
    'relative/page.html',
    '#"onmouseover',
  ]) {
    assert.equal(parseManualHref(href).kind, 'refused', href);
  }
});

test('the show-chapter command accepts the argument shapes its callers use', () => {
  assert.equal(chapterIdFromArgument('PYSEC101'), 'PYSEC101');
  assert.equal(chapterIdFromArgument('pysec101'), 'PYSEC101');
  assert.equal(chapterIdFromArgument(['s301']), 'S301');
  assert.equal(chapterIdFromArgument({ ruleId: 'B602' }), 'B602');
  assert.equal(chapterIdFromArgument({ id: '02-injection/shell-commands' }), '02-injection/shell-commands');
  assert.equal(chapterIdFromArgument(undefined), undefined);
  assert.equal(chapterIdFromArgument(''), undefined);
  assert.equal(chapterIdFromArgument(42), undefined);
  assert.equal(chapterIdFromArgument('../secret'), undefined);
});

test('the command URI round-trips through the argument parser', () => {
  const uri = showChapterCommandUri('PYSEC101');
  assert.equal(uri, 'command:pysec.showManualChapter?%5B%22PYSEC101%22%5D');
  const query = decodeURIComponent(uri.slice(uri.indexOf('?') + 1));
  assert.equal(chapterIdFromArgument(JSON.parse(query)), 'PYSEC101');
});

test('only rule ids link into the manual; syntax errors do not', () => {
  assert.equal(isManualRuleId('PYSEC801'), true);
  assert.equal(isManualRuleId('PS0001'), false);
  assert.equal(isManualRuleId('PYSEC80'), false);
  assert.equal(isManualRuleId(801), false);
});
