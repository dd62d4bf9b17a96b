// Reading and rewriting a --cache file the way this user's mldl would sign it:
// tests that must get doctored entries past the signature (to see that the
// cache is used, or that an entry of the wrong shape is a miss) re-sign with
// the secret the CLI runs of this test process use (cli-harness testCacheHome).
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { testCacheHome } from './cli-harness.js';

export interface CacheFile {
  format: number;
  entries: Record<string, unknown>;
}

export function readCache(file: string): CacheFile {
  const text = fs.readFileSync(file, 'utf8');
  const newline = text.indexOf('\n');
  if (newline < 0) return JSON.parse(text) as CacheFile; // Format 1: one unsigned JSON object.
  const header = JSON.parse(text.slice(0, newline)) as { format: number };
  const body = JSON.parse(text.slice(newline + 1)) as { entries: Record<string, unknown> };
  return { format: header.format, entries: body.entries };
}

/** Writes `content` in its format's layout; format 2 signed with the test runs' secret (or `secret`). */
export function writeCache(file: string, content: CacheFile, secret?: Buffer): void {
  if (content.format < 2) {
    fs.writeFileSync(file, JSON.stringify(content));
    return;
  }
  const key = secret ?? fs.readFileSync(path.join(testCacheHome(), 'mldl', 'secret'));
  const body = JSON.stringify({ entries: content.entries });
  const mac = createHmac('sha256', key).update(`mldl-cache-${content.format}\0`).update(body).digest('hex');
  fs.writeFileSync(file, `${JSON.stringify({ format: content.format, mac })}\n${body}`);
}
