// .gitignore and .mldlignore, applied the way git applies .gitignore: each
// file's patterns are relative to its own directory, deeper files can
// re-include with "!", and nothing inside an ignored directory comes back.
//
// The rules that apply in a directory are its parent's plus its own ignore
// files, worked out once per directory: a walk down a 1000-deep chain costs
// one step per directory, not one per ancestor of every entry.
import path from 'node:path';
import { createRequire } from 'node:module';
import type ignoreFactory from 'ignore';
import type { Ignore } from 'ignore';
import { isReadError, readCheckedFile } from '../io/read-file.js';
import type { RepositoryBoundaries } from '../io/repository.js';

// The `ignore` package is loaded only when an ignore file is found: a run in a
// directory without one (and every --version) does not pay for it.
let ignore: typeof ignoreFactory | undefined;
const loadIgnore = (): typeof ignoreFactory => (ignore ??= createRequire(import.meta.url)('ignore') as typeof ignoreFactory);

export const IGNORE_FILE_NAMES = ['.gitignore', '.mldlignore'] as const;

/** Ignore files are short; a megabyte is far more than any real one. */
export const IGNORE_FILE_MAX_BYTES = 1024 * 1024;

/** Directories never searched, whatever the ignore files say. */
export const ALWAYS_SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** An ignore file that exists but cannot be used (a FIFO, a symlink out of the repository, too large). */
export interface IgnoreFileFault {
  path: string;
  message: string;
}

/** A directory holding ignore rules, and the rules. */
interface RuleLevel {
  dir: string;
  rules: Ignore;
}

export class IgnoreChecker {
  /** Per directory: the levels (outermost first) whose rules apply to its entries. */
  private readonly levels = new Map<string, readonly RuleLevel[]>();
  readonly faults: IgnoreFileFault[] = [];

  /** `root`: the outermost directory whose ignore files count. */
  constructor(
    private readonly root: string,
    private readonly boundaries: RepositoryBoundaries,
  ) {}

  private rulesIn(dir: string): Ignore | undefined {
    let rules: Ignore | undefined;
    const within = this.boundaries.boundaryOf(dir).dir;
    for (const name of IGNORE_FILE_NAMES) {
      const file = path.join(dir, name);
      const read = readCheckedFile(file, { maxBytes: IGNORE_FILE_MAX_BYTES, within });
      if (isReadError(read)) {
        // No such file here: nothing to ignore. A directory too deep to name is
        // reported once by the walk ("not searched"). Anything else is said, not silently dropped.
        if (read.failure !== 'missing' && read.failure !== 'path-too-long') this.faults.push({ path: file, message: `ignore file not used: ${read.message}` });
        continue;
      }
      rules ??= loadIgnore()();
      rules.add(read.bytes.toString('utf8'));
    }
    return rules;
  }

  /** Rule levels for the entries of `dir` (empty outside the root). */
  private levelsFor(dir: string): readonly RuleLevel[] {
    const known = this.levels.get(dir);
    if (known) return known;
    const relative = path.relative(this.root, dir);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return [];
    // Walk up to the nearest directory already worked out, then down again.
    const pending: string[] = [];
    let inherited: readonly RuleLevel[] = [];
    for (let current = dir; ; current = path.dirname(current)) {
      const cached = this.levels.get(current);
      if (cached) {
        inherited = cached;
        break;
      }
      pending.push(current);
      if (current === this.root || path.dirname(current) === current) break;
    }
    for (const current of pending.reverse()) {
      const rules = this.rulesIn(current);
      if (rules) inherited = [...inherited, { dir: current, rules }];
      this.levels.set(current, inherited);
    }
    return inherited;
  }

  /** Whether one entry is ignored by the ignore files of its ancestors (its parents are not checked). */
  isIgnoredEntry(absolutePath: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const { dir, rules } of this.levelsFor(path.dirname(absolutePath))) {
      const relative = path.relative(dir, absolutePath).split(path.sep).join('/') + (isDirectory ? '/' : '');
      const verdict = rules.test(relative);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  /** Whether a file, or any directory between the root and it, is ignored. */
  isIgnoredPath(absolutePath: string): boolean {
    const relative = path.relative(this.root, path.dirname(absolutePath));
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
      let current = this.root;
      for (const part of relative.split(path.sep).filter(Boolean)) {
        current = path.join(current, part);
        if (ALWAYS_SKIPPED_DIRS.has(part) || this.isIgnoredEntry(current, true)) return true;
      }
    }
    return this.isIgnoredEntry(absolutePath, false);
  }
}
