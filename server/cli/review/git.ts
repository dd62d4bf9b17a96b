// The few git questions `mldl review` asks, through `git` itself (execFile,
// no shell, so paths and refs are never interpreted by one). Works on a
// shallow clone as long as the base commit was fetched: only the base tree is
// read, no merge base is computed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

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

/** Suggests the fetch command for remote-looking refs ("origin/main" → git fetch origin main --depth=1). */
function fetchHint(ref: string): string {
  const remote = /^([\w.-]+)\/(.+)$/.exec(ref);
  return remote ? `git fetch ${remote[1]} ${remote[2]} --depth=1` : `git fetch origin ${ref} --depth=1`;
}

/** The commit id the base ref names; a GitError saying how to fetch it when it is missing. */
export function resolveCommit(ref: string, cwd: string): string {
  if (ref.startsWith('-')) throw new GitError(`base ref '${ref}' is not a ref`);
  const run = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
  if (run.status !== 0) throw new GitError(`base ref '${ref}' not found: fetch it first, e.g. ${fetchHint(ref)}`);
  return run.stdout.trim();
}

function splitNul(output: string): string[] {
  return output.split('\0').filter((name) => name.length > 0);
}

/**
 * Files (paths relative to the repository root) that differ between the base
 * commit and the working tree, added or modified, plus untracked files not
 * ignored; limited to the pathspecs when any are given (relative to cwd).
 */
export function changedFiles(commit: string, pathspecs: readonly string[], cwd: string): string[] {
  const specs = pathspecs.length > 0 ? ['--', ...pathspecs] : [];
  const changed = splitNul(gitOrThrow(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', commit, ...specs], cwd));
  const untracked = splitNul(gitOrThrow(['ls-files', '-z', '--full-name', '--others', '--exclude-standard', ...specs], cwd));
  return [...new Set([...changed, ...untracked])].sort();
}

/** The file's text at the commit, or undefined when it did not exist there. */
export function fileAtCommit(commit: string, repoPath: string, cwd: string): string | undefined {
  const run = spawnSync('git', ['show', `${commit}:${repoPath}`], { cwd, maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new GitError(`cannot run git (${(run.error as NodeJS.ErrnoException).code ?? run.error.message})`);
  return run.status === 0 ? run.stdout.toString('utf8') : undefined;
}
