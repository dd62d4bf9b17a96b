// The few git questions `mldl review` asks, through `git` itself (execFile,
// no shell, so paths and refs are never interpreted by one). Works on a
// shallow clone as long as the base commit was fetched: only the base tree is
// read, no merge base is computed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { shellQuote, terminalText } from '../../io/escape.js';

export class GitError extends Error {
  override readonly name = 'GitError';
}

interface GitRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function git(args: readonly string[], cwd: string): GitRun {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    throw new GitError(code === 'ENOENT' ? 'git is not installed or not on PATH' : `cannot run git (${code ?? run.error.message})`);
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function gitOrThrow(args: readonly string[], cwd: string): string {
  const run = git(args, cwd);
  if (run.status !== 0) throw new GitError(`git ${args[0]} failed: ${run.stderr.trim().split('\n')[0] || `exit ${run.status}`}`);
  return run.stdout;
}

/** The repository's top-level directory; a GitError when cwd is not inside a work tree. */
export function repositoryRoot(cwd: string): string {
  const run = git(['rev-parse', '--show-toplevel'], cwd);
  if (run.status !== 0) throw new GitError(`not in a git repository (${cwd}): mldl review compares with a git ref`);
  return path.resolve(run.stdout.trim());
}

/**
 * Suggests the fetch command for remote-looking refs ("origin/main" → git
 * fetch origin main --depth=1), each word quoted for a POSIX shell: the hint
 * is meant to be pasted, and a ref can hold `;`, `$(…)` or backticks.
 */
export function fetchHint(ref: string): string {
  const remote = /^([\w.-]+)\/(.+)$/.exec(ref);
  const [name, branch] = remote ? [remote[1], remote[2]] : ['origin', ref];
  return `git fetch ${shellQuote(name)} ${shellQuote(branch)} --depth=1`;
}

/** The commit id the base ref names; a GitError saying how to fetch it when it is missing. */
export function resolveCommit(ref: string, cwd: string): string {
  if (ref.startsWith('-')) throw new GitError(`base ref '${terminalText(ref)}' is not a ref`);
  const run = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
  if (run.status !== 0) throw new GitError(`base ref '${terminalText(ref)}' not found: fetch it first, e.g. ${fetchHint(ref)}`);
  return run.stdout.trim();
}

function splitNul(output: string): string[] {
  return output.split('\0').filter((name) => name.length > 0);
}

export interface ChangedFile {
  /** Path relative to the repository root, in the working tree (for a deleted file: where it was). */
  path: string;
  /** Its path at the base commit: differs from `path` for a rename; undefined when it is new. */
  basePath?: string;
  status: 'added' | 'modified' | 'renamed' | 'deleted';
}

/** `git diff --name-status -z` output: "M\0path\0", "R097\0old\0new\0", … */
function parseNameStatus(output: string): ChangedFile[] {
  const fields = splitNul(output);
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i];
    if (status.startsWith('R')) {
      files.push({ path: fields[i + 2], basePath: fields[i + 1], status: 'renamed' });
      i += 3;
      continue;
    }
    const file = fields[i + 1];
    if (status === 'A') files.push({ path: file, status: 'added' });
    else if (status === 'D') files.push({ path: file, basePath: file, status: 'deleted' });
    else files.push({ path: file, basePath: file, status: 'modified' });
    i += 2;
  }
  return files;
}

/**
 * Files (paths relative to the repository root) that differ between the base
 * commit and the working tree — added, modified, renamed (followed: a `git
 * mv` compares the file with its old self) or deleted — plus untracked files
 * not ignored; limited to the pathspecs when any are given (relative to cwd).
 * No external diff driver or textconv filter runs (--no-ext-diff, --no-textconv).
 */
export function changedFiles(commit: string, pathspecs: readonly string[], cwd: string): ChangedFile[] {
  const specs = pathspecs.length > 0 ? ['--', ...pathspecs] : [];
  const changed = parseNameStatus(gitOrThrow(['diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', '-M', '--diff-filter=ACDMRT', commit, ...specs], cwd));
  const untracked = splitNul(gitOrThrow(['ls-files', '-z', '--full-name', '--others', '--exclude-standard', ...specs], cwd));
  const byPath = new Map<string, ChangedFile>();
  for (const file of changed) byPath.set(file.path, file);
  for (const file of untracked) if (!byPath.has(file)) byPath.set(file, { path: file, status: 'added' });
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export type BaseText = { text: string } | { missing: true } | { tooLarge: number };

/**
 * The file's text at the commit: missing when it did not exist there, and not
 * read at all when it is larger than `maxBytes` (git would otherwise be asked
 * for a blob of any size, and a fixed output buffer overflows).
 */
export function fileAtCommit(commit: string, repoPath: string, cwd: string, maxBytes: number): BaseText {
  const object = `${commit}:${repoPath}`;
  const size = git(['cat-file', '-s', object], cwd);
  if (size.status !== 0) return { missing: true };
  const bytes = Number(size.stdout.trim());
  if (bytes > maxBytes) return { tooLarge: bytes };
  const run = spawnSync('git', ['cat-file', 'blob', object], { cwd, maxBuffer: maxBytes + 1024 });
  if (run.error) throw new GitError(`cannot read ${terminalText(repoPath)} at the base (${(run.error as NodeJS.ErrnoException).code ?? run.error.message})`);
  return run.status === 0 ? { text: run.stdout.toString('utf8') } : { missing: true };
}
