// Runs every `sh runnable` block of README.md and docs/*.md, command by
// command, in a temporary copy of the repository, the way a reader would
// paste them: a stale command (a renamed script, a removed option, a path
// that moved) fails here instead of on a user's machine.
//
// - The copy holds the repository's files (tracked and new, not ignored) and
//   its built out/; node_modules is linked, not reinstalled.
// - `npm ci` and `npm run test:all` are not run again: they are exactly what
//   .ci/run runs on a clean clone (checked here), and `npm run test:all`
//   would run this test.
// - Global installs go to a private npm prefix whose bin/ is first on PATH,
//   so `npm install -g ./ml-design-lint-*.tgz` is really run, without touching
//   the machine; later blocks then use the mldl it installed.
// - Exit 0 passes; exit 1 passes for a command that runs mldl (it means
//   "findings", which the examples have on purpose); anything else fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './cli-harness.js';
import { documentationFiles, shellBlocks } from './doc-blocks.js';

/** Commands .ci/run already runs on a clean clone. */
const RUN_BY_CI = ['npm ci', 'npm run test:all'];

function copyRepository(target: string): void {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' });
  for (const file of listed.split('\0').filter(Boolean)) {
    const source = path.join(REPO_ROOT, file);
    if (!fs.existsSync(source) || fs.lstatSync(source).isDirectory()) continue;
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    fs.copyFileSync(source, path.join(target, file));
  }
  fs.cpSync(path.join(REPO_ROOT, 'out'), path.join(target, 'out'), { recursive: true });
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(target, 'node_modules'), 'dir');
}

/**
 * The environment a reader's shell has: this process's, without the `npm_*`
 * variables an outer `npm test` exports (npm_config_prefix=/usr among them).
 * npm reads npm_config_* case-insensitively and the last one in the
 * environment wins; bash passes its exports sorted, so an inherited
 * `npm_config_prefix` comes after our `NPM_CONFIG_PREFIX` and
 * `npm install -g` went to the machine's prefix.
 */
function readerEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^npm_/i.test(key)) env[key] = value;
  }
  return env;
}

/** `npm ci && npm run demo` → `npm run demo`, after checking .ci/run has `npm ci`. */
function withoutCiSteps(command: string, ci: string): string {
  const steps = command.split(/\s*&&\s*/).filter((step) => {
    const bare = step.replace(/\s+#.*$/, '').trim();
    if (!RUN_BY_CI.includes(bare)) return true;
    assert.match(ci, new RegExp(`^${bare}$`, 'm'), `.ci/run must run \`${bare}\``);
    return false;
  });
  return steps.join(' && ');
}

test('every runnable shell block in README.md and docs/*.md works in a copy of the repository', { timeout: 20 * 60_000 }, () => {
  const blocks = documentationFiles().flatMap(shellBlocks).filter((block) => block.runnable);
  assert.ok(blocks.length >= 5, 'runnable blocks are found');
  const ci = fs.readFileSync(path.join(REPO_ROOT, '.ci', 'run'), 'utf8');
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-doc-commands-')));
  const copy = path.join(tmp, 'repo');
  const prefix = path.join(tmp, 'npm-global');
  try {
    copyRepository(copy);
    const env: Record<string, string> = {
      ...readerEnvironment(),
      PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      NPM_CONFIG_PREFIX: prefix,
      NPM_CONFIG_PREFER_OFFLINE: 'true',
      NPM_CONFIG_UPDATE_NOTIFIER: 'false',
      NPM_CONFIG_FUND: 'false',
      NPM_CONFIG_AUDIT: 'false',
      NO_COLOR: '1',
    };
    delete env.COLUMNS;
    // Before anything is installed: a global install must land in the private
    // prefix, never in the machine's.
    const globalPrefix = spawnSync('npm', ['prefix', '-g'], { cwd: copy, env, encoding: 'utf8' });
    assert.equal(globalPrefix.stdout.trim(), prefix, `npm's global prefix is the private one\n${globalPrefix.stderr}`);
    const ran: string[] = [];
    for (const block of blocks) {
      for (const command of block.commands) {
        const runnable = withoutCiSteps(command, ci);
        if (!runnable) continue;
        const run = spawnSync('bash', ['-o', 'pipefail', '-c', runnable], { cwd: copy, env, encoding: 'utf8', timeout: 10 * 60_000 });
        const findings = run.status === 1 && /(^|[|;&(]\s*)mldl\s/.test(runnable);
        assert.ok(
          run.status === 0 || findings,
          `${block.file}:${block.line}: \`${runnable}\` exited ${run.status ?? run.signal}\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`,
        );
        ran.push(runnable);
      }
    }
    assert.ok(ran.some((command) => command.startsWith('npm install -g ./ml-design-lint-')), 'the README install is run');
    // The mldl the later blocks used is the one the README's install put on PATH.
    const which = spawnSync('bash', ['-c', 'command -v mldl mldl-language-server'], { env, encoding: 'utf8' });
    for (const found of which.stdout.trim().split('\n')) assert.ok(found.startsWith(prefix), `${found} is from the tarball install`);
    const version = spawnSync('mldl', ['--version'], { env, encoding: 'utf8' });
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout.trim(), manifest.version);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
