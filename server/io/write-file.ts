// Writing a file mldl owns (the --cache file) without ever writing through a
// planted symlink: the text goes to a new file with a random name, opened
// with O_CREAT|O_EXCL|O_NOFOLLOW (fails if anything, a link included, is
// already there), and is then renamed over the target. rename replaces a
// symlink at the target instead of following it, and a reader sees the old
// file or the new one, never half of one.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const EXCLUSIVE = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);

/** Creates `file` (which must not exist) for writing, readable by its owner only; throws like fs.openSync. */
export function createExclusive(file: string, mode = 0o600): number {
  return fs.openSync(file, EXCLUSIVE, mode);
}

/** Replaces `file` with `text` atomically; throws (leaving no temporary file behind) when it cannot. */
export function writeFileAtomic(file: string, text: string | Uint8Array, mode = 0o600): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(12).toString('hex')}.tmp`);
  const fd = createExclusive(temporary, mode);
  try {
    fs.writeFileSync(fd, text);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
