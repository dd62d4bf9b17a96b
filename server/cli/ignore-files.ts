// .gitignore and .mldlignore, applied the way git applies .gitignore: each
// file's patterns are relative to its own directory, deeper files can
// re-include with "!", and nothing inside an ignored directory comes back.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type ignoreFactory from 'ignore';
import type { Ignore } from 'ignore';

// The `ignore` package is loaded only when an ignore file is found: a run in a
// directory without one (and every --version) does not pay for it.
let ignore: typeof ignoreFactory | undefined;
const loadIgnore = (): typeof ignoreFactory => (ignore ??= createRequire(import.meta.url)('ignore') as typeof ignoreFactory);

export const IGNORE_FILE_NAMES = ['.gitignore', '.mldlignore'] as const;

/** Directories never searched, whatever the ignore files say. */
export const ALWAYS_SKIPPED_DIRS = new Set(['node_modules', '.git']);

export class IgnoreChecker {
  private readonly perDirectory = new Map<string, Ignore | null>();

  /** `root`: the outermost directory whose ignore files count. */
  constructor(private readonly root: string) {}

  private rulesIn(dir: string): Ignore | null {
    let rules = this.perDirectory.get(dir);
    if (rules === undefined) {
      rules = null;
      for (const name of IGNORE_FILE_NAMES) {
        let text: string;
        try {
          text = fs.readFileSync(path.join(dir, name), 'utf8');
        } catch {
          continue; // No such file here: nothing to ignore.
        }
        rules ??= loadIgnore()();
        rules.add(text);
      }
      this.perDirectory.set(dir, rules);
    }
    return rules;
  }

  /** Directories from the root down to (and including) `dir`. */
  private chain(dir: string): string[] {
    const relative = path.relative(this.root, dir);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return [];
    const dirs = [this.root];
    let current = this.root;
    for (const part of relative.split(path.sep).filter(Boolean)) {
      current = path.join(current, part);
      dirs.push(current);
    }
    return dirs;
  }

  /** Whether one entry is ignored by the ignore files of its ancestors (its parents are not checked). */
  isIgnoredEntry(absolutePath: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const dir of this.chain(path.dirname(absolutePath))) {
      const rules = this.rulesIn(dir);
      if (!rules) continue;
      const relative = path.relative(dir, absolutePath).split(path.sep).join('/') + (isDirectory ? '/' : '');
      const verdict = rules.test(relative);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  /** Whether a file, or any directory between the root and it, is ignored. */
  isIgnoredPath(absolutePath: string): boolean {
    const dirs = this.chain(path.dirname(absolutePath));
    for (const dir of dirs.slice(1)) {
      if (ALWAYS_SKIPPED_DIRS.has(path.basename(dir)) || this.isIgnoredEntry(dir, true)) return true;
    }
    return this.isIgnoredEntry(absolutePath, false);
  }
}
