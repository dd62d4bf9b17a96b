// Real-editor tests need a program on PATH (nvim, emacs …). On a developer's
// machine without it the test is skipped with a loud warning; under CI it
// fails, since .ci/run installs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { TestContext } from 'node:test';

/** The program's path, or undefined after skipping the test (failing it under CI). */
export function requiredTool(t: TestContext, program: string, install: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' });
  if (found.status === 0) return found.stdout.trim();
  const message = `${program} is not installed: \`${install}\` to run this test.`;
  if (process.env.CI) assert.fail(`${message} It is required under CI (.ci/run installs it).`);
  console.warn(`\n!!! SKIPPED: ${message}\n`);
  t.skip(message);
  return undefined;
}
