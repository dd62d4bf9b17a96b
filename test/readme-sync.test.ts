// The README carries the reference docs (docs/*.md) in marked regions; a
// change to a doc without `npm run readme` would leave the project page stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('README.md regions match docs/*.md (run `npm run readme` if not)', async () => {
  const { syncedReadme } = (await import(join(root, 'scripts', 'sync-readme.mjs'))) as { syncedReadme(readme: string): string };
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(readme.includes('<!-- sync:docs/cli.md -->'), 'the CLI reference region exists');
  assert.ok(readme.includes('<!-- sync:docs/configuration.md -->'), 'the configuration reference region exists');
  assert.equal(syncedReadme(readme), readme, 'README.md is stale: run `npm run readme`');
});

test('the README opens with what the tool is and a two-command quick start', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const quickStart = readme.slice(readme.indexOf('## Quick start'));
  const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
  const commands = block.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
  assert.equal(commands.length, 2, `two commands, got:\n${block}`);
  assert.match(commands[0], /^npm ci && npm run demo\b/);
  assert.match(commands[1], /^npm test\b/);
  // .ci/run runs exactly the README's test command.
  const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');
  assert.match(ci, /^npm test$/m);
});
