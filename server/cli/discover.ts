// Turns command-line arguments into the list of files to lint: files as
// given, directories searched for Markdown, globs expanded. Faults with a
// single argument (missing path, broken symlink, symlink loop, a FIFO or a
// directory named like a Markdown file) are collected, not thrown, so that
// the other files are still linted.
import fs from 'node:fs';
import path from 'node:path';
import type fg from 'fast-glob';
import { createRequire } from 'node:module';
import { isInside } from '../io/paths.js';
import { RepositoryBoundaries } from '../io/repository.js';
import { SYMLINK_LOOP_MESSAGE, linkTarget, notRegularMessage, specialFileKind, type FileType } from './file-kind.js';
import { ALWAYS_SKIPPED_DIRS, IgnoreChecker } from './ignore-files.js';

// fast-glob takes ~35 ms to load and only glob patterns need it.
const fastGlob = (): typeof fg => createRequire(import.meta.url)('fast-glob') as typeof fg;

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];

export interface Target {
  /** Absolute path. */
  path: string;
  /** Named on the command line (as opposed to found in a directory or by a glob). */
  explicit: boolean;
}

export interface DiscoveryFault {
  path: string;
  message: string;
}

export interface Discovery {
  targets: Target[];
  faults: DiscoveryFault[];
  /** Files left out by .gitignore/.mldlignore, for --verbose. */
  ignored: string[];
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a parent of this path is not a directory';
    case 'ELOOP':
      return SYMLINK_LOOP_MESSAGE;
    case 'ENAMETOOLONG':
      return 'path too long (ENAMETOOLONG); not searched';
    default:
      return `cannot read (${code ?? (error as Error).message})`;
  }
}

function isMarkdown(file: string): boolean {
  return MARKDOWN_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

export function discoverFiles(patterns: readonly string[], cwd: string): Discovery {
  const discovery: Discovery = { targets: [], faults: [], ignored: [] };
  const checkers = new Map<string, IgnoreChecker>();
  const boundaries = new RepositoryBoundaries(cwd);
  // Ignore files count from the working directory down; for a directory
  // outside it, from that directory down.
  const checkerFor = (target: string): IgnoreChecker => {
    const root = isInside(cwd, target) ? cwd : target;
    let checker = checkers.get(root);
    if (!checker) checkers.set(root, (checker = new IgnoreChecker(root, boundaries)));
    return checker;
  };

  /**
   * A Markdown-named entry found in a directory or by a glob: a regular file
   * or a link to one is linted. Symlinked directories are not followed (no
   * cycles); a dangling or looping link, a FIFO, socket or device is reported
   * (and never opened).
   */
  const isLintableEntry = (full: string, entry: FileType): boolean => {
    if (entry.isFile()) return true;
    if (entry.isDirectory()) return false;
    if (entry.isSymbolicLink()) {
      const target = linkTarget(full);
      if (target.kind === 'unfollowable') discovery.faults.push({ path: full, message: target.message });
      return target.kind === 'file';
    }
    const kind = specialFileKind(entry);
    if (kind) discovery.faults.push({ path: full, message: notRegularMessage(kind) });
    return false;
  };

  const walk = (dir: string, checker: IgnoreChecker): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      discovery.faults.push({ path: dir, message: describeFsError(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(entry.name)) continue;
        if (checker.isIgnoredEntry(full, true)) continue;
        walk(full, checker);
      } else if (isMarkdown(entry.name) && isLintableEntry(full, entry)) {
        if (checker.isIgnoredEntry(full, false)) discovery.ignored.push(full);
        else discovery.targets.push({ path: full, explicit: false });
      }
    }
  };

  for (const pattern of patterns) {
    if (pattern === '-') continue;
    const absolute = path.resolve(cwd, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
        discovery.faults.push({ path: absolute, message: SYMLINK_LOOP_MESSAGE });
        continue;
      }
      const dangling = fs.lstatSync(absolute, { throwIfNoEntry: false })?.isSymbolicLink();
      if (dangling) {
        discovery.faults.push({ path: absolute, message: 'broken symbolic link' });
        continue;
      }
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !fastGlob().isDynamicPattern(pattern)) {
        discovery.faults.push({ path: absolute, message: describeFsError(error) });
        continue;
      }
    }
    if (stat?.isDirectory() && isMarkdown(absolute)) {
      // Named like a file: `mldl *.md` in a shell meant files, not what is below this.
      discovery.faults.push({ path: absolute, message: 'is a directory, not a Markdown file' });
    } else if (stat?.isDirectory()) walk(absolute, checkerFor(absolute));
    else if (stat && !stat.isFile()) discovery.faults.push({ path: absolute, message: notRegularMessage(specialFileKind(stat) ?? 'not a file') });
    else if (stat) discovery.targets.push({ path: absolute, explicit: true });
    else {
      // Symlinked directories are not followed, as in a directory walk: a loop
      // (a link to a parent) would otherwise list the same files over and over.
      // fast-glob wants forward slashes, also on Windows.
      // Directories the glob cannot enter (a path longer than the system
      // allows, no permission) are recorded here and reported one line each;
      // suppressErrors lets the glob carry on with the rest of the tree.
      const unreadable: DiscoveryFault[] = [];
      const readdirSync = ((dir: fs.PathLike, options?: unknown) => {
        try {
          return fs.readdirSync(dir, options as { withFileTypes: true });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') unreadable.push({ path: String(dir), message: describeFsError(error) });
          throw error;
        }
      }) as typeof fs.readdirSync;
      const entries = fastGlob().sync(pattern.split(path.sep).join('/'), {
        cwd,
        absolute: true,
        onlyFiles: false,
        objectMode: true,
        followSymbolicLinks: false,
        dot: false,
        ignore: [...ALWAYS_SKIPPED_DIRS].map((name) => `**/${name}/**`),
        suppressErrors: true,
        fs: { readdirSync },
      });
      discovery.faults.push(...unreadable);
      const matches = entries.filter((entry) => isLintableEntry(entry.path, entry.dirent)).map((entry) => entry.path);
      if (matches.length === 0 && !entries.some((entry) => !entry.dirent.isDirectory())) {
        discovery.faults.push({ path: pattern, message: 'no files match this pattern' });
        continue;
      }
      for (const match of matches.sort()) {
        const file = path.normalize(match);
        if (checkerFor(path.dirname(file)).isIgnoredPath(file)) discovery.ignored.push(file);
        else discovery.targets.push({ path: file, explicit: false });
      }
    }
  }
  const seen = new Set<string>();
  discovery.targets = discovery.targets.filter((target) => !seen.has(target.path) && seen.add(target.path));
  for (const checker of checkers.values()) discovery.faults.push(...checker.faults);
  return discovery;
}
