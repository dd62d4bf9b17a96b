// The `--cache` file: per file path, a content hash and the outcome it gave,
// so an unchanged file is not parsed again. The hash covers everything the
// outcome depends on besides the path (text, resolved configuration, --force,
// mldl's version); any change gives a new hash and the entry is recomputed.
// A cache that cannot be read is a lost optimisation, not an error: it is
// ignored with a one-line warning and rewritten.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AnalysisJob, FileOutcome } from './analyse.js';

/** Bumped when the file layout or FileOutcome changes shape. */
const CACHE_FORMAT = 1;
export const DEFAULT_CACHE_LOCATION = '.mldlcache';

interface CacheEntry {
  key: string;
  outcome: FileOutcome;
}

interface CacheFileContent {
  format: number;
  entries: Record<string, CacheEntry>;
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

function isCacheContent(value: unknown): value is CacheFileContent {
  if (typeof value !== 'object' || value === null) return false;
  const content = value as Partial<CacheFileContent>;
  if (content.format !== CACHE_FORMAT || typeof content.entries !== 'object' || content.entries === null) return false;
  return Object.values(content.entries).every(
    (entry) => typeof entry?.key === 'string' && typeof entry.outcome === 'object' && entry.outcome !== null && Array.isArray(entry.outcome.findings),
  );
}

export class LintCache {
  private readonly entries = new Map<string, CacheEntry>();
  private changed = false;

  private constructor(
    /** The cache file. */
    readonly file: string,
    private readonly toolVersion: string,
    private readonly warn: (line: string) => void,
  ) {}

  /** Opens the cache at `location` (a file, or a directory to hold `.mldlcache`). */
  static open(location: string, toolVersion: string, warn: (line: string) => void): LintCache {
    let file = location;
    try {
      if (fs.statSync(location).isDirectory()) file = path.join(location, DEFAULT_CACHE_LOCATION);
    } catch {
      // Does not exist yet: it will be created as a file.
    }
    const cache = new LintCache(file, toolVersion, warn);
    cache.read();
    return cache;
  }

  private read(): void {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.warn(`mldl: warning: cannot read cache ${this.file} (${(error as NodeJS.ErrnoException).code ?? 'error'}); linting without it`);
      return;
    }
    let content: unknown;
    try {
      content = JSON.parse(text);
    } catch {
      content = undefined;
    }
    if (!isCacheContent(content)) {
      this.warn(`mldl: warning: ignoring cache ${this.file}: not a valid mldl cache (it will be rewritten)`);
      this.changed = true;
      return;
    }
    for (const [filePath, entry] of Object.entries(content.entries)) this.entries.set(filePath, entry);
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

  /** Writes the cache if anything changed; atomically, so a crash cannot leave half a file. */
  save(): void {
    if (!this.changed) return;
    const content: CacheFileContent = { format: CACHE_FORMAT, entries: Object.fromEntries(this.entries) };
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temporary, JSON.stringify(content));
      fs.renameSync(temporary, this.file);
      this.changed = false;
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      this.warn(`mldl: warning: cannot write cache ${this.file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
}
