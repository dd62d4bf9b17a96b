// Path containment, the one question every boundary check asks.
import path from 'node:path';

/** Whether `file` is `dir` itself or below it (lexically: resolve links first when that matters). */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}
