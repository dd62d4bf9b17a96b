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
const { check } = require('recheck') as { check(source: string, flags: string, params?: Record<string, unknown>): Promise<{ status: string; complexity?: { summary: string } }> };

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

test('every regular expression in rules/ and server/ is free of catastrophic backtracking', { timeout: 300_000 }, async () => {
  const files = [...sourceFiles(join(root, 'rules')), ...sourceFiles(join(root, 'server'))];
  const all: Found[] = files.flatMap(literalsOf);
  for (const re of REGISTERED_PATTERNS) all.push({ where: 'built at load time', source: re.source, flags: re.flags });
  const unique = new Map(all.map((f) => [`${f.flags}/${f.source}`, f]));
  assert.ok(unique.size > 100, `expected to find the rules' regular expressions, found ${unique.size}`);
  const unsafe: string[] = [];
  for (const found of unique.values()) {
    const result = await check(found.source, found.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
    if (result.status !== 'safe') unsafe.push(`${found.where}: /${found.source}/ → ${result.status} ${result.complexity?.summary ?? ''}`);
  }
  assert.deepEqual(unsafe, [], `ReDoS-prone or unchecked patterns:\n${unsafe.join('\n')}`);
});
