// Helpers for CLI tests: build a throw-away project on disk and run
// `node bin/mldl.js` in it the way a user would, capturing everything.
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// The metadata, not the catalog: importing the checks loads the engine and the parser (~0.4 s CPU) into every CLI test.
import { RULE_META } from '../rules/meta.js';
import type { CliIO } from '../server/cli/main.js';

// out/test/cli-harness.js → repository root.
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(REPO_ROOT, 'bin', 'mldl.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Creates a temporary directory holding `files` (path → content) and returns it. */
export function makeProject(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-cli-')));
  for (const [relative, content] of Object.entries(files)) {
    const full = path.join(dir, relative);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

export function removeProject(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** makeProject for one test: removed when the test ends. */
export function project(t: TestContext, files: Record<string, string>): string {
  const dir = makeProject(files);
  t.after(() => removeProject(dir));
  return dir;
}

let cacheHome: string | undefined;

/**
 * XDG_CACHE_HOME for the CLI runs of this test process: the `--cache`
 * signing secret (server/cli/cache-secret.ts) is created there, not in the
 * developer's ~/.cache. Removed when the process exits.
 */
export function testCacheHome(): string {
  if (cacheHome === undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-xdg-'));
    cacheHome = dir;
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return cacheHome;
}

export interface CliOptions {
  cwd: string;
  input?: string;
  env?: Record<string, string>;
}

/** The environment a CLI run sees: this process's, without the developer's colour and width settings, plus `extra`. */
function cliEnv(extra: Record<string, string> | undefined): Record<string, string> {
  // Colour and width variables from the developer's shell must not leak into assertions.
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['NO_COLOR', 'FORCE_COLOR', 'MLDL_DEBUG', 'COLUMNS'].includes(key)) env[key] = value;
  }
  return { ...env, XDG_CACHE_HOME: testCacheHome(), ...extra };
}

/** `node bin/mldl.js …` in a real process, as a user runs it. */
export function runCli(args: string[], options: CliOptions): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: cliEnv(options.env),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The same command through `main()` inside this test process, with the
 * standard streams, working directory and environment of CliIO faked (piped
 * output, no TTY). bin/mldl.js does nothing else than hand its arguments and
 * processIO() to main() and set the exit code from its answer, so this is the
 * CLI minus the process; a fresh process pays ~1 s CPU of start-up and engine
 * warm-up, this ~10–50 ms once the engine is warm. For the variations of a
 * behaviour whose first run is a real runCli (the tenth damaged cache file,
 * the third bad flag), never for what is about the process itself: exit
 * status, streams, signals, pipes, a file that could block an open().
 * Environment variables reach only what reads CliIO's env (not the worker
 * count nor the markdown formatter's link target, which read process.env).
 * runCliBothWays checks it answers what the process does.
 */
export async function runCliInProcess(args: string[], options: CliOptions): Promise<CliRun> {
  const { main } = await import('../server/cli/main.js');
  let stdout = '';
  let stderr = '';
  const input = options.input ?? '';
  const io: CliIO = {
    cwd: options.cwd,
    env: cliEnv(options.env),
    stdoutIsTTY: false,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async (maxBytes) => (Buffer.byteLength(input) > maxBytes ? { tooLarge: true } : { text: input }),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/**
 * runCli, and the same command through runCliInProcess, which must answer
 * exactly the same: what lets the other tests trust runCliInProcess.
 */
export async function runCliBothWays(args: string[], options: CliOptions): Promise<CliRun> {
  const run = runCli(args, options);
  assert.deepEqual(await runCliInProcess(args, options), run, `mldl ${args.join(' ')}: main() in the test process answered otherwise than the process`);
  return run;
}

/** Runs git in `cwd` with a fixed identity and default branch (as a fresh CI machine has neither); returns stdout, throws on failure. */
export function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=Test', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/** A config (as JSON text) that switches every rule off except the ones given. */
export function onlyRules(rules: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const all: Record<string, unknown> = Object.fromEntries(RULE_META.map((rule) => [rule.meta.id, 'off']));
  return `${JSON.stringify({ ...extra, rules: { ...all, ...rules } }, null, 2)}\n`;
}

/**
 * A small doc that opts into linting through front matter. Line 7, column 3
 * holds a "TODO" (placeholder-text); there is no business metric anywhere.
 */
export const OPTED_IN_DOC = `---
mldl: true
---
# Search ranking

## Requirements
- TODO: pick the launch threshold
- We want more people to find what they search for.
`;
export const TODO_POSITION = { line: 7, column: 3 };

/**
 * A design doc recognised without front matter: ML vocabulary and headings
 * that walk several framework steps.
 */
export const DESIGN_DOC = `# Job recommendations

## Requirements

We want more job applications per user, measured as applications per active user.

## Framing

The model predicts whether a user applies to a job. Labels are applications; negatives are impressions without one.

## Data

Training data comes from event logs in the warehouse. Features include user, job and context features.

## Model

A logistic regression baseline, then a gradient-boosted ranking model scoring candidates.

## Evaluation

Offline metrics: AUC and recall@10 on a time-based split.
`;

/** A project README: not an ML design doc, so it is skipped unless forced. */
export const README = `# my-tool

A small command-line tool.

## Installation

npm install my-tool

## Usage

my-tool --help
`;

export interface JsonResult {
  filePath: string;
  skipped: boolean;
  messages: { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

export function parseJsonOutput(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}
