// Where a report asked for with --output may be written. Inside a repository
// (or the working directory), a path whose real location leaves it — a
// committed symlink `mldl.sarif -> ~/.bashrc`, or a symlinked directory — is
// refused: a CI job would otherwise overwrite a file of the runner's. A path
// named outside the repository (/dev/stdout, /tmp/report.html) is the user's
// explicit choice and is written as given.
import fs from 'node:fs';
import path from 'node:path';
import { isInside } from './paths.js';
import { RepositoryBoundaries } from './repository.js';

/** The real path `target` would be written to (its nearest existing ancestor resolved, the rest appended). */
function realDestination(target: string): string {
  const rest: string[] = [];
  for (let current = target; ; current = path.dirname(current)) {
    try {
      return path.join(fs.realpathSync.native(current), ...rest.reverse());
    } catch {
      if (path.dirname(current) === current) return target;
      rest.push(path.basename(current));
    }
  }
}

/** A one-line reason not to write `target`, or undefined when it may be written. */
export function outputRefusal(target: string, cwd: string): string | undefined {
  const boundary = new RepositoryBoundaries(cwd).boundaryOf(path.dirname(target));
  if (boundary.kind === 'file directory') return undefined;
  if (isInside(fs.realpathSync.native(boundary.dir), realDestination(target))) return undefined;
  return `not written: it leads out of the ${boundary.kind === 'repository' ? 'repository' : 'working directory'} through a symbolic link`;
}
