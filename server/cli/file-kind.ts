// What the CLI may read as a Markdown document, and reading it safely. Only
// regular files (or symlinks to them) are read: opening a FIFO blocks until
// someone writes to it, and a device may never end. Text must be UTF-8; a
// file that is not gets one clear line naming it (and where it went wrong)
// instead of a review of mojibake.
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';

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

/** What a symbolic link found in a directory or by a glob points to. */
export type LinkTarget = { kind: 'file' } | { kind: 'directory' } | { kind: 'problem'; message: string };

export function linkTarget(file: string): LinkTarget {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { kind: 'problem', message: SYMLINK_LOOP_MESSAGE };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'problem', message: 'broken symbolic link' };
    return { kind: 'problem', message: `cannot follow symbolic link (${code ?? (error as Error).message})` };
  }
  if (stat.isFile()) return { kind: 'file' };
  if (stat.isDirectory()) return { kind: 'directory' };
  return { kind: 'problem', message: notRegularMessage(`a symbolic link to ${specialFileKind(stat) ?? 'something else'}`) };
}

function readError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file (it may have been removed, or be a broken symbolic link)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return SYMLINK_LOOP_MESSAGE;
    default:
      return `cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}

/** 1-based line of byte `offset` (counting \n, \r\n and lone \r, as the engine does). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) length = 3;
    else if (b >= 0xf0 && b <= 0xf4) length = 4;
    else return i;
    // Second-byte bounds exclude overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    min = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    if (b === 0xed) max = 0x9f;
    if (b === 0xf4) max = 0x8f;
    if (i + length > bytes.length) return i;
    if (bytes[i + 1] < min || bytes[i + 1] > max) return i;
    for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += length;
  }
  return -1;
}

/** Why `bytes` is not UTF-8 text mldl can review, or undefined when it is. */
export function notUtf8Text(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'UTF-16 text (it starts with a UTF-16 byte-order mark); mldl reads UTF-8: save the file as UTF-8';
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `binary data (a NUL byte on line ${lineOfByte(bytes, nul)}), not UTF-8 text; not linted`;
  if (isUtf8(bytes)) return undefined;
  const bad = firstInvalidUtf8(bytes);
  const at = bad >= 0 ? ` (byte 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')} on line ${lineOfByte(bytes, bad)})` : '';
  return `not valid UTF-8${at}; mldl reads UTF-8: save the file as UTF-8`;
}

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; for
// regular files it changes nothing. Windows has no FIFOs (and no such flag).
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads a Markdown file as UTF-8 text, or says in one line why it cannot:
 * checked on the opened descriptor, so a file swapped for a FIFO after
 * discovery still cannot block the run.
 */
export function readTextFile(file: string): { text: string } | { error: string } {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (error) {
    return { error: readError(error) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { error: 'is a directory' };
    if (!stat.isFile()) return { error: notRegularMessage(specialFileKind(stat) ?? 'not a file') };
    const bytes = fs.readFileSync(fd);
    const problem = notUtf8Text(bytes);
    return problem ? { error: problem } : { text: bytes.toString('utf8') };
  } catch (error) {
    return { error: readError(error) };
  } finally {
    fs.closeSync(fd);
  }
}
