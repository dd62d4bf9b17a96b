// Every regular expression in rules/ and server/ is checked by a ReDoS
// analyser (recheck): a linter runs on text typed by anyone, and one
// catastrophic backtracking pattern would freeze the editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { parse } from 'acorn';
import { REGISTERED_PATTERNS } from '../server/engine/concepts.js';
import { GATE_PATTERN } from '../server/engine/text/quantity-gate.js';
import '../rules/index.js';

const require = createRequire(import.meta.url);
interface Diagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { type: 'safe' | 'polynomial' | 'exponential'; summary: string };
}
const { check } = require('recheck') as { check(source: string, flags: string, params?: Record<string, unknown>): Promise<Diagnostics> };

const root = fileURLToPath(new URL('../..', import.meta.url));
const RECHECK_VERSION = (require('recheck/package.json') as { version: string }).version;

// Verdicts of earlier runs, committed: recheck takes minutes over every
// pattern, so only a pattern whose hash is not here (new or changed) is
// analysed again. Only decided, accepted verdicts are kept; a recheck upgrade
// empties the cache. The test rewrites the file when the set of patterns
// changed, so a commit that adds a pattern carries its verdict.
const VERDICTS_FILE = join(root, 'test', 'regex-verdicts.json');
type Verdict = 'safe' | 'polynomial';
interface VerdictFile {
  recheck: string;
  /** sha256 of `flags/source` → verdict. */
  verdicts: Record<string, Verdict>;
}

function readVerdicts(): Map<string, Verdict> {
  if (!existsSync(VERDICTS_FILE)) return new Map();
  const file = JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as VerdictFile;
  return file.recheck === RECHECK_VERSION ? new Map(Object.entries(file.verdicts)) : new Map();
}

function writeVerdicts(verdicts: Map<string, Verdict>): void {
  const sorted = Object.fromEntries([...verdicts].sort(([a], [b]) => (a < b ? -1 : 1)));
  const file: VerdictFile = { recheck: RECHECK_VERSION, verdicts: sorted };
  writeFileSync(VERDICTS_FILE, `${JSON.stringify(file, null, 2)}\n`);
}

const hashOf = (found: Found): string => createHash('sha256').update(`${found.flags}/${found.source}`).digest('hex');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

/** Regex literals of a TypeScript file, found on its syntax tree (esbuild strips the types, acorn parses). */
function literalsOf(file: string): Found[] {
  const js = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' }).code;
  const found: Found[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; regex?: { pattern: string; flags: string } };
    if (n.type === 'Literal' && n.regex) found.push({ where: relative(root, file), source: n.regex.pattern, flags: n.regex.flags });
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') walk(value);
    }
  };
  walk(parse(js, { ecmaVersion: 'latest', sourceType: 'module' }));
  return found;
}

/** Runs `work` over `items` with at most `limit` in flight (recheck analyses run in a subprocess). */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const runners = Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  });
  await Promise.all(runners);
  return results;
}

// Policy: no exponential backtracking anywhere. Polynomial (quadratic) worst
// cases are accepted because every text the patterns run on is bounded: prose
// units are cut at MAX_UNIT_CHARS (server/engine/plain-text.ts) and directive
// comments are only read from short HTML nodes.
test('no regular expression in rules/ or server/ can backtrack exponentially', { timeout: 1_200_000 }, async () => {
  const files = [...sourceFiles(join(root, 'rules')), ...sourceFiles(join(root, 'server'))];
  const all: Found[] = files.flatMap(literalsOf);
  for (const re of [...REGISTERED_PATTERNS, GATE_PATTERN]) all.push({ where: 'built at load time', source: re.source, flags: re.flags });
  const unique = new Map(all.map((f) => [`${f.flags}/${f.source}`, f]));
  assert.ok(unique.size > 100, `expected to find the rules' regular expressions, found ${unique.size}`);
  const patterns = [...unique.values()];
  const cached = readVerdicts();
  const fresh = patterns.filter((found) => !cached.has(hashOf(found)));
  const analyse = (found: Found, timeout: number): Promise<Diagnostics> => check(found.source, found.flags.replace(/[gy]/g, ''), { timeout });
  const results = await pool(fresh, 2, (found) => analyse(found, 20_000));
  // An analysis can time out on a loaded machine: give those one more, longer, try on their own.
  for (const [i, result] of results.entries()) {
    if (result.status === 'unknown') results[i] = await analyse(fresh[i], 120_000);
  }
  const exponential: string[] = [];
  const unknown: string[] = [];
  const verdicts = new Map<string, Verdict>();
  results.forEach((result, i) => {
    const where = `${fresh[i].where}: /${fresh[i].source}/`;
    if (result.status === 'unknown') unknown.push(where);
    else if (result.complexity?.type === 'exponential') exponential.push(`${where} → ${result.complexity.summary}`);
    else verdicts.set(hashOf(fresh[i]), result.complexity?.type === 'polynomial' ? 'polynomial' : 'safe');
  });
  for (const found of patterns) {
    const verdict = cached.get(hashOf(found));
    if (verdict) verdicts.set(hashOf(found), verdict);
  }
  // Rewritten only when a pattern came or went: the cache holds exactly today's patterns.
  const stale = [...cached.keys()].some((hash) => !verdicts.has(hash));
  if (exponential.length === 0 && unknown.length === 0 && (fresh.length > 0 || stale)) writeVerdicts(verdicts);
  const polynomial = [...verdicts.values()].filter((verdict) => verdict === 'polynomial').length;
  console.log(`recheck: ${patterns.length} patterns (${fresh.length} analysed, the rest cached), ${polynomial} polynomial (bounded by input caps), ${exponential.length} exponential, ${unknown.length} undecided`);
  assert.deepEqual(exponential, [], `patterns with exponential backtracking:\n${exponential.join('\n')}`);
  assert.deepEqual(unknown, [], `patterns recheck could not decide:\n${unknown.join('\n')}`);
});
