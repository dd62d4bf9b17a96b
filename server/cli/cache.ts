// The `--cache` file: per file path, a content hash and the outcome it gave,
// so an unchanged file is not parsed again. The hash covers everything the
// outcome depends on besides the path (text, resolved configuration, --force,
// mldl's version); any change gives a new hash and the entry is recomputed.
//
// The file lives where a repository can plant one, so nothing in it is
// trusted: the body is signed with an HMAC keyed by the user's secret
// (cache-secret.ts) and a file without a valid signature is ignored with one
// line, before its body is even parsed; every entry must still have the shape
// of a FileOutcome (outcome-shape.ts), or it is a miss. The file is read
// through readCheckedFile (no FIFO, no device, size-limited, no symlink out of
// the repository) and written atomically through a fresh, exclusive temporary
// file (writeFileAtomic), so a planted symlink is never written through.
// A cache that cannot be used is a lost optimisation, not an error.
//
// Layout: one header line `{"format":2,"mac":"<hex>"}`, then the body
// `{"entries":{"<path>":{"key":"<hex>","outcome":{…}}}}`.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isReadError, readCheckedFile } from '../io/read-file.js';
import { RepositoryBoundaries } from '../io/repository.js';
import { writeFileAtomic } from '../io/write-file.js';
import type { AnalysisJob, FileOutcome } from './analyse.js';
import { isFileOutcome } from './outcome-shape.js';

/** Bumped when the file layout or FileOutcome changes shape. */
const CACHE_FORMAT = 2;
export const DEFAULT_CACHE_LOCATION = '.mldlcache';
/** Far above any real cache (a few KB per file); a bigger file is not read. */
export const CACHE_MAX_BYTES = 256 * 1024 * 1024;

interface CacheEntry {
  key: string;
  outcome: FileOutcome;
}

/** A resolved config is shared by every file of a directory: serialised once. */
const serialisedConfigs = new WeakMap<AnalysisJob['config'], string>();

function serialisedConfig(config: AnalysisJob['config']): string {
  let text = serialisedConfigs.get(config);
  if (text === undefined) serialisedConfigs.set(config, (text = JSON.stringify(config)));
  return text;
}

export function cacheKey(job: AnalysisJob, toolVersion: string): string {
  return createHash('sha256')
    .update(toolVersion)
    .update('\0')
    .update(serialisedConfig(job.config))
    .update('\0')
    .update(job.force ? 'force' : 'auto')
    .update('\0')
    .update(job.text)
    .digest('hex');
}

/** The signature of a cache body under `secret`. */
export function cacheMac(secret: Buffer, body: string): string {
  return createHmac('sha256', secret).update(`mldl-cache-${CACHE_FORMAT}\0`).update(body).digest('hex');
}

function sameMac(expected: string, found: unknown): boolean {
  if (typeof found !== 'string' || found.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(found));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The entries of a signed body: each one with the shape of a FileOutcome, the others dropped. */
function validEntries(body: unknown): Map<string, CacheEntry> | undefined {
  if (typeof body !== 'object' || body === null || !('entries' in body)) return undefined;
  const entries = (body as { entries: unknown }).entries;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return undefined;
  const valid = new Map<string, CacheEntry>();
  for (const [filePath, entry] of Object.entries(entries)) {
    const { key, outcome } = (entry ?? {}) as Partial<CacheEntry>;
    if (typeof key === 'string' && isFileOutcome(outcome)) valid.set(filePath, { key, outcome });
  }
  return valid;
}

/** The cache file for `--cache-location`: the location itself, or `.mldlcache` in it when it is a directory. */
export function cacheFileAt(location: string): string {
  try {
    if (fs.statSync(location).isDirectory()) return path.join(location, DEFAULT_CACHE_LOCATION);
  } catch {
    // Does not exist yet: it will be created as a file.
  }
  return location;
}

export class LintCache {
  private entries = new Map<string, CacheEntry>();
  private changed = false;

  private constructor(
    /** The cache file. */
    readonly file: string,
    private readonly toolVersion: string,
    private readonly secret: Buffer,
    private readonly warn: (line: string) => void,
  ) {}

  /** Opens the cache at `location` (a file, or a directory to hold `.mldlcache`), signed with `secret`. */
  static open(location: string, toolVersion: string, secret: Buffer, warn: (line: string) => void): LintCache {
    const cache = new LintCache(cacheFileAt(location), toolVersion, secret, warn);
    cache.read();
    return cache;
  }

  private read(): void {
    const within = new RepositoryBoundaries(path.dirname(this.file)).boundaryOf(path.dirname(this.file)).dir;
    const read = readCheckedFile(this.file, { maxBytes: CACHE_MAX_BYTES, within });
    if (isReadError(read)) {
      if (read.failure !== 'missing') this.warn(`mldl: warning: cannot read cache ${this.file} (${read.message}); linting without it`);
      return;
    }
    const text = read.bytes.toString('utf8');
    const newline = text.indexOf('\n');
    const header = parseJson(newline >= 0 ? text.slice(0, newline) : text) as { format?: unknown; mac?: unknown } | undefined;
    const body = newline >= 0 ? text.slice(newline + 1) : '';
    const ignore = (why: string): void => {
      this.warn(`mldl: warning: ignoring cache ${this.file}: ${why} (it will be rewritten)`);
      this.changed = true;
    };
    if (typeof header !== 'object' || header === null || header.format !== CACHE_FORMAT) return ignore('not a valid mldl cache');
    if (!sameMac(cacheMac(this.secret, body), header.mac)) return ignore('not signed by this user\'s mldl (it may come from the repository)');
    const entries = validEntries(parseJson(body));
    if (!entries) return ignore('not a valid mldl cache');
    this.entries = entries;
  }

  /** The stored outcome for this file, if its content, config and version are unchanged. */
  get(filePath: string, job: AnalysisJob): FileOutcome | undefined {
    const entry = this.entries.get(filePath);
    return entry && entry.key === cacheKey(job, this.toolVersion) ? entry.outcome : undefined;
  }

  set(filePath: string, job: AnalysisJob, outcome: FileOutcome): void {
    this.entries.set(filePath, { key: cacheKey(job, this.toolVersion), outcome });
    this.changed = true;
  }

  /** Writes the cache if anything changed; atomically, never through a planted symlink. */
  save(): void {
    if (!this.changed) return;
    const body = JSON.stringify({ entries: Object.fromEntries(this.entries) });
    const header = JSON.stringify({ format: CACHE_FORMAT, mac: cacheMac(this.secret, body) });
    try {
      writeFileAtomic(this.file, `${header}\n${body}`);
      this.changed = false;
    } catch (error) {
      this.warn(`mldl: warning: cannot write cache ${this.file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
}
