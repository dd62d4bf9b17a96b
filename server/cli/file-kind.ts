// What the CLI may read as a Markdown document, and reading it safely. Only
// regular files (or symlinks to them) are read: opening a FIFO blocks until
// someone writes to it, and a device may never end (server/io/read-file.ts);
// a file over the size limit is skipped, not read. Text must be UTF-8; a
// file that is not gets one clear line naming it (and where it went wrong)
// instead of a review of mojibake.
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import { isReadError, notRegularMessage, readCheckedFile, specialFileKind, SYMLINK_LOOP_MESSAGE } from '../io/read-file.js';

export { notRegularMessage, specialFileKind, SYMLINK_LOOP_MESSAGE, type FileType } from '../io/read-file.js';

/** What a symbolic link found in a directory or by a glob points to. */
export type LinkTarget = { kind: 'file' } | { kind: 'directory' } | { kind: 'unfollowable'; message: string };

export function linkTarget(file: string): LinkTarget {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { kind: 'unfollowable', message: SYMLINK_LOOP_MESSAGE };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'unfollowable', message: 'broken symbolic link' };
    return { kind: 'unfollowable', message: `cannot follow symbolic link (${code ?? (error as Error).message})` };
  }
  if (stat.isFile()) return { kind: 'file' };
  if (stat.isDirectory()) return { kind: 'directory' };
  return { kind: 'unfollowable', message: notRegularMessage(`a symbolic link to ${specialFileKind(stat) ?? 'something else'}`) };
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

/**
 * Reads a Markdown file as UTF-8 text, or says in one line why it cannot
 * (see readCheckedFile: regular files only, never blocking, at most `maxBytes`).
 */
export function readTextFile(file: string, maxBytes: number): { text: string } | { error: string; tooLarge?: boolean } {
  const read = readCheckedFile(file, { maxBytes });
  if (isReadError(read)) return read.failure === 'too-large' ? { error: `skipped: ${read.message}`, tooLarge: true } : { error: read.message };
  const fault = notUtf8Text(read.bytes);
  return fault ? { error: fault } : { text: read.bytes.toString('utf8') };
}
