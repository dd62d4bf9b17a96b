// Every regular expression in rules/ and server/ is checked by a ReDoS
// analyser (recheck): a linter runs on text typed by anyone, and one
// catastrophic backtracking pattern would freeze the editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { parse } from 'acorn';
import { REGISTERED_PATTERNS } from '../server/engine/concepts.js';
import '../rules/index.js';

const require = createRequire(import.meta.url);
interface Diagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { type: 'safe' | 'polynomial' | 'exponential'; summary: string };
}
const { check } = require('recheck') as { check(source: string, flags: string, params?: Record<string, unknown>): Promise<Diagnostics> };

const root = fileURLToPath(new URL('../..', import.meta.url));

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
// units are cut at MAX_UNIT_CHARS (server/engine/model.ts) and directive
// comments are only read from short HTML nodes.
test('no regular expression in rules/ or server/ can backtrack exponentially', { timeout: 1_200_000 }, async () => {
  const files = [...sourceFiles(join(root, 'rules')), ...sourceFiles(join(root, 'server'))];
  const all: Found[] = files.flatMap(literalsOf);
  for (const re of REGISTERED_PATTERNS) all.push({ where: 'built at load time', source: re.source, flags: re.flags });
  const unique = new Map(all.map((f) => [`${f.flags}/${f.source}`, f]));
  assert.ok(unique.size > 100, `expected to find the rules' regular expressions, found ${unique.size}`);
  const patterns = [...unique.values()];
  const analyse = (found: Found, timeout: number): Promise<Diagnostics> => check(found.source, found.flags.replace(/[gy]/g, ''), { timeout });
  const results = await pool(patterns, 2, (found) => analyse(found, 20_000));
  // An analysis can time out on a loaded machine: give those one more, longer, try on their own.
  for (const [i, result] of results.entries()) {
    if (result.status === 'unknown') results[i] = await analyse(patterns[i], 120_000);
  }
  const exponential: string[] = [];
  const unknown: string[] = [];
  let polynomial = 0;
  results.forEach((result, i) => {
    const where = `${patterns[i].where}: /${patterns[i].source}/`;
    if (result.status === 'unknown') unknown.push(where);
    else if (result.complexity?.type === 'exponential') exponential.push(`${where} → ${result.complexity.summary}`);
    else if (result.complexity?.type === 'polynomial') polynomial++;
  });
  console.log(`recheck: ${patterns.length} patterns, ${polynomial} polynomial (bounded by input caps), ${exponential.length} exponential, ${unknown.length} undecided`);
  assert.deepEqual(exponential, [], `patterns with exponential backtracking:\n${exponential.join('\n')}`);
  assert.deepEqual(unknown, [], `patterns recheck could not decide:\n${unknown.join('\n')}`);
});
