// Where a repository ends. The upward search for configuration stops there
// (a `.mldlrc.json` in /tmp or a home directory must not silently reconfigure
// every repository below it), and a config, ignore or package.json file whose
// real path leaves it is not read (a committed symlink to a secret).
//
// The repository is the nearest directory holding `.git` (a directory, or a
// file in a worktree or submodule). A repository cannot plant one: git refuses
// to track any path named `.git`. Outside a repository the working directory
// plays its part, and for a file outside both, its own directory.
import fs from 'node:fs';
import path from 'node:path';
import { isInside } from './paths.js';

export type BoundaryKind = 'repository' | 'working directory' | 'file directory';

export interface Boundary {
  dir: string;
  kind: BoundaryKind;
}

function hasGitEntry(dir: string): boolean {
  try {
    return fs.lstatSync(path.join(dir, '.git'), { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false; // Unreadable (EACCES): not known to be a repository.
  }
}

export class RepositoryBoundaries {
  /** Per directory: the repository root at or above it, or null when there is none. */
  private readonly gitRoots = new Map<string, string | null>();

  constructor(private readonly cwd: string) {}

  /**
   * The nearest directory at or above `dir` holding `.git`. Each directory is
   * looked at once per instance, so a walk over a deep tree stays linear.
   */
  gitRoot(dir: string): string | undefined {
    const unknown: string[] = [];
    let found: string | null = null;
    for (let current = path.resolve(dir); ; current = path.dirname(current)) {
      const known = this.gitRoots.get(current);
      if (known !== undefined) {
        found = known;
        break;
      }
      unknown.push(current);
      if (hasGitEntry(current)) {
        found = current;
        break;
      }
      if (path.dirname(current) === current) break;
    }
    for (const visited of unknown) this.gitRoots.set(visited, found);
    return found ?? undefined;
  }

  /** Where the search for configuration from `dir` stops, and what files read for `dir` must stay within. */
  boundaryOf(dir: string): Boundary {
    const root = this.gitRoot(dir);
    if (root !== undefined) return { dir: root, kind: 'repository' };
    if (isInside(this.cwd, dir)) return { dir: this.cwd, kind: 'working directory' };
    return { dir: path.resolve(dir), kind: 'file directory' };
  }
}
