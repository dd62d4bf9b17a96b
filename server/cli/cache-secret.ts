// The per-user secret that signs `--cache` files. A cache file sits in the
// repository's directory, so a repository can ship one: unsigned, it could
// claim any outcome for any file (a clean result for a doc full of errors).
// The cache is signed with an HMAC keyed by 32 random bytes that never leave
// the user's cache directory ($XDG_CACHE_HOME/mldl/secret, else
// ~/.cache/mldl/secret, created 0600 in a 0700 directory), so only caches
// this user's mldl wrote are trusted.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isReadError, readCheckedFile } from '../io/read-file.js';
import { createExclusive } from '../io/write-file.js';

const SECRET_BYTES = 32;

/** $XDG_CACHE_HOME/mldl when XDG_CACHE_HOME is an absolute path (as the XDG spec requires), else ~/.cache/mldl. */
export function userCacheDir(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache'), 'mldl');
}

function describe(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** Writes a new secret; another mldl creating it at the same moment wins and its secret is used. */
function createSecret(file: string): void {
  const temporary = `${file}.${randomBytes(8).toString('hex')}.tmp`;
  const fd = createExclusive(temporary);
  try {
    fs.writeFileSync(fd, randomBytes(SECRET_BYTES));
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(temporary, file); // Atomic and never replaces: EEXIST if someone was first.
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/** The secret, or why the cache cannot be used (one line). */
export function loadCacheSecret(env: NodeJS.ProcessEnv): { secret: Buffer } | { error: string } {
  const dir = userCacheDir(env);
  const file = path.join(dir, 'secret');
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!fs.existsSync(file)) createSecret(file);
  } catch (error) {
    return { error: `cannot create the cache secret in ${dir} (${describe(error)})` };
  }
  const read = readCheckedFile(file, { maxBytes: 1024 });
  if (isReadError(read)) return { error: `cannot read the cache secret ${file}: ${read.message}` };
  const uid = process.getuid?.();
  if (uid !== undefined && read.stat.uid !== uid) return { error: `the cache secret ${file} belongs to another user` };
  if (process.platform !== 'win32' && (read.stat.mode & 0o077) !== 0) return { error: `the cache secret ${file} is readable by other users (chmod 600 it)` };
  if (read.bytes.length < SECRET_BYTES) return { error: `the cache secret ${file} is too short (delete it to make a new one)` };
  return { secret: read.bytes };
}
