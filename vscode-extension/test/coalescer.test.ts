import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Coalescer } from '../src/core/coalescer';

function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

test('requests during a run share one more run after it', async () => {
  const gates = [gate(), gate()];
  let started = 0;
  const coalescer = new Coalescer(() => gates[started++]!.promise);
  const first = coalescer.run();
  const second = coalescer.run();
  const third = coalescer.run();
  assert.equal(second, third);
  assert.equal(coalescer.runCount, 1);
  gates[0]!.open();
  await first;
  await Promise.resolve();
  assert.equal(coalescer.runCount, 2);
  gates[1]!.open();
  await Promise.all([second, third]);
  assert.equal(coalescer.runCount, 2);
  assert.equal(coalescer.busy, false);
});

test('a failed run does not block the next one', async () => {
  let calls = 0;
  const coalescer = new Coalescer(async () => {
    calls++;
    if (calls === 1) throw new Error('boom');
  });
  const first = coalescer.run();
  const second = coalescer.run();
  await assert.rejects(first, /boom/);
  await second;
  assert.equal(calls, 2);
  await coalescer.run();
  assert.equal(calls, 3);
});

test('an operation that throws synchronously is a rejected run', async () => {
  const coalescer = new Coalescer(() => {
    throw new Error('sync');
  });
  await assert.rejects(coalescer.run(), /sync/);
  assert.equal(coalescer.busy, false);
});
