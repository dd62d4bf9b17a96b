// The one way mldl reads a file from disk (config, ignore files, package.json,
// the cache, its secret, Markdown documents): only a regular file is read, never
// more than a size limit, and — when a repository boundary is given — never
// through a symbolic link whose real path leaves it.
//
// Why each check:
// - O_NONBLOCK: opening a FIFO otherwise waits for a writer forever (the CLI
//   hangs, the language server stops answering). For regular files it changes nothing.
// - fstat on the opened descriptor: the file that is checked is the file that
//   is read, even if the path was swapped in between.
// - Reading at most `maxBytes + 1` bytes: /proc files report size 0 and a
//   link to /dev/zero never ends; the size in fstat is not trusted alone.
// - Real path inside the boundary: a committed symlink `.mldlrc.yaml ->
//   /proc/self/environ` must not pour the CI's secrets into an error message.
import fs from 'node:fs';
import { isInside } from './paths.js';

export type ReadFailure =
  | 'missing'
  | 'outside-repository'
  | 'directory'
  | 'not-regular'
  | 'too-large'
  | 'symlink-loop'
  | 'permission'
  | 'path-too-long'
  | 'io';

export interface ReadError {
  failure: ReadFailure;
  /** One line, lower case, without the file name: "a named pipe (FIFO), not a regular file; not read". */
  message: string;
}

export interface ReadOptions {
  /** Refuse (and do not read) files larger than this many bytes. */
  maxBytes: number;
  /**
   * The repository (or project directory) the file must really live in: a
   * symbolic link, or a symlinked parent directory, that leads out of it is refused.
   */
  within?: string;
}

export interface ReadFile {
  bytes: Buffer;
  stat: fs.Stats;
}

/** What fs.Stats, fs.Dirent and fast-glob's entries tell about a file's type. */
export type FileType = Pick<fs.Stats, 'isFile' | 'isDirectory' | 'isSymbolicLink' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;

/** "a named pipe (FIFO)" for anything that is neither a regular file, a directory nor a symlink. */
export function specialFileKind(entry: FileType): string | undefined {
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return undefined;
}

export function notRegularMessage(kind: string): string {
  return `${kind}, not a regular file; not read`;
}

export const SYMLINK_LOOP_MESSAGE = 'symbolic link loop (too many levels of symbolic links)';

/** "5 MB", "740 KB", "12 bytes": sizes in messages (1 MB = 1024 × 1024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

export function tooLargeMessage(size: number | undefined, maxBytes: number): string {
  const actual = size === undefined ? `more than ${formatSize(maxBytes)}` : formatSize(size);
  return `too large (${actual}; the limit is ${formatSize(maxBytes)})`;
}

function failureOf(error: unknown): ReadError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { failure: 'missing', message: 'no such file (it may have been removed, or be a broken symbolic link)' };
    case 'EACCES':
    case 'EPERM':
      return { failure: 'permission', message: 'permission denied' };
    case 'EISDIR':
      return { failure: 'directory', message: 'is a directory' };
    case 'ELOOP':
      return { failure: 'symlink-loop', message: SYMLINK_LOOP_MESSAGE };
    case 'ENAMETOOLONG':
      return { failure: 'path-too-long', message: 'path too long (ENAMETOOLONG)' };
    default:
      return { failure: 'io', message: `cannot read file (${code ?? (error as Error).message})` };
  }
}

// Windows has neither FIFOs nor these flags: 0 leaves the open unchanged there.
const NONBLOCK = fs.constants.O_NONBLOCK ?? 0;
const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/** The path to open: `file` itself, or its real path once it is known to stay within `within`. */
function confinedPath(file: string, within: string): string | ReadError {
  let real: string;
  let root: string;
  try {
    // Most files looked for do not exist (a config in every directory up the
    // tree): one stat says so before the real path is worked out. realpath(3)
    // (.native) resolves in the kernel; the JavaScript version would lstat
    // every component of a deep path, quadratic over a deep walk.
    fs.statSync(file);
    real = fs.realpathSync.native(file);
    root = fs.realpathSync.native(within);
  } catch (error) {
    return failureOf(error);
  }
  if (!isInside(root, real)) {
    return { failure: 'outside-repository', message: 'a symbolic link to a file outside the repository; not read' };
  }
  return real;
}

/** Reads up to `limit` bytes; stops early at end of file. */
function readUpTo(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(limit - total, 1024 * 1024));
    const read = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    total += read;
  }
  return Buffer.concat(chunks, total);
}

/** Reads a regular file within the limits, or says in one line why not. Never throws, never blocks. */
export function readCheckedFile(file: string, options: ReadOptions): ReadFile | ReadError {
  let target = file;
  let flags = fs.constants.O_RDONLY | NONBLOCK;
  if (options.within !== undefined) {
    const confined = confinedPath(file, options.within);
    if (typeof confined !== 'string') return confined;
    // The real path has no links left: O_NOFOLLOW makes a link swapped in since then fail instead of being followed.
    target = confined;
    flags |= NOFOLLOW;
  }
  let fd: number;
  try {
    fd = fs.openSync(target, flags);
  } catch (error) {
    return failureOf(error);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { failure: 'directory', message: 'is a directory' };
    if (!stat.isFile()) return { failure: 'not-regular', message: notRegularMessage(specialFileKind(stat) ?? 'not a file') };
    if (stat.size > options.maxBytes) return { failure: 'too-large', message: tooLargeMessage(stat.size, options.maxBytes) };
    const bytes = readUpTo(fd, options.maxBytes + 1);
    if (bytes.length > options.maxBytes) return { failure: 'too-large', message: tooLargeMessage(undefined, options.maxBytes) };
    return { bytes, stat };
  } catch (error) {
    return failureOf(error);
  } finally {
    fs.closeSync(fd);
  }
}

export function isReadError(result: ReadFile | ReadError): result is ReadError {
  return 'failure' in result;
}
