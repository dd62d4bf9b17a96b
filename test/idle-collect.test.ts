// The review worker's collections after a pause (server/lsp/idle-collect.ts):
// when each runs, that each runs once per pause, and that a job that arrived
// meanwhile is served instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { runInNewContext } from 'node:vm';
import { garbageCollections, idleCollector } from '../server/lsp/idle-collect.js';

function counting(): { ran: string[]; stages: Array<{ afterMs: number; collect(): void }> } {
  const ran: string[] = [];
  return {
    ran,
    stages: [
      { afterMs: 1000, collect: () => ran.push('young') },
      { afterMs: 6000, collect: () => ran.push('full') },
    ],
  };
}

test('each stage runs once, its time after the last handled message', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { ran, stages } = counting();
  const idle = idleCollector(stages, () => false);
  t.after(() => idle.dispose());
  idle.handled();
  t.mock.timers.tick(600);
  idle.handled();
  t.mock.timers.tick(999);
  assert.deepEqual(ran, [], 'each message starts the pause again');
  t.mock.timers.tick(1);
  assert.deepEqual(ran, ['young']);
  t.mock.timers.tick(4999);
  assert.deepEqual(ran, ['young']);
  t.mock.timers.tick(1);
  assert.deepEqual(ran, ['young', 'full']);
  t.mock.timers.tick(60_000);
  assert.deepEqual(ran, ['young', 'full'], 'nothing was handled since: nothing more to collect');
  idle.handled();
  t.mock.timers.tick(3000);
  idle.handled();
  t.mock.timers.tick(6000);
  assert.deepEqual(ran, ['young', 'full', 'young', 'young', 'full'], 'a message between the stages cancels the full collection');
});

test('a message waiting when a stage is due is served instead, and the pause starts again', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { ran, stages } = counting();
  let waiting = 1;
  const idle = idleCollector(stages, () => {
    if (waiting === 0) return false;
    waiting--;
    idle.handled();
    return true;
  });
  t.after(() => idle.dispose());
  idle.handled();
  t.mock.timers.tick(1000);
  assert.deepEqual(ran, [], 'the waiting job ran instead');
  t.mock.timers.tick(6000);
  assert.deepEqual(ran, ['young', 'full']);
});

test('dispose cancels the pending collections', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { ran, stages } = counting();
  const idle = idleCollector(stages, () => false);
  idle.handled();
  idle.dispose();
  t.mock.timers.tick(10_000);
  assert.deepEqual(ran, []);
});

test('the collections run, and no other context gets a gc', () => {
  const gc = garbageCollections();
  gc.young();
  gc.full();
  assert.equal(runInNewContext('typeof gc'), 'undefined');
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined');
});

test('a process started with --expose-gc keeps its gc', () => {
  const script = `import { garbageCollections } from ${JSON.stringify(new URL('../server/lsp/idle-collect.js', import.meta.url).href)};
const gc = garbageCollections(); gc.young(); gc.full();
const { runInNewContext } = await import('node:vm');
process.stdout.write(typeof globalThis.gc + ' ' + runInNewContext('typeof gc'));`;
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(out, 'function function');
});
