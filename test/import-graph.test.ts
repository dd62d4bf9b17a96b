// The import graph of the sources, as the TypeScript compiler resolves it
// (`tsc --explainFiles` lists every file that imports each file, type-only
// imports, re-exports and `import()` included): no cycles, and every import
// points down the layers that the README draws (what each may import) and
// docs/architecture.md lists (the files of each); both are checked against
// LAYERS here, so the docs cannot drift from what is enforced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './cli-harness.js';

const TSC = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

/** Importer → imported, repository files only (paths relative to the root). */
type Graph = Map<string, Set<string>>;

/** Edges from `tsc --explainFiles` output: under each file, "Imported via '…' from file '<importer>'". */
export function parseExplainFiles(output: string): Array<[string, string]> {
  const edges: Array<[string, string]> = [];
  let file: string | undefined;
  for (const line of output.split('\n')) {
    if (line && !line.startsWith(' ')) {
      file = line.trim();
      continue;
    }
    const match = /^\s+Imported via (['"]).+?\1 from file '(.+?)'( with packageId)?/.exec(line);
    if (!file || !match || match[3] || /(^|\/)node_modules\//.test(file)) continue;
    edges.push([match[2], file]);
  }
  return edges;
}

async function importGraph(): Promise<Graph> {
  const explain = (project: string): Promise<string> =>
    promisify(execFile)(process.execPath, [TSC, '-p', project, '--noEmit', '--explainFiles'], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 })
      .then((result) => result.stdout);
  const outputs = await Promise.all([explain('.'), explain('client')]);
  const graph: Graph = new Map();
  for (const [from, to] of outputs.flatMap(parseExplainFiles)) {
    if (!graph.has(from)) graph.set(from, new Set());
    graph.get(from)!.add(to);
  }
  return graph;
}

/** Every cycle's files (strongly connected components of more than one file, or a file importing itself). */
export function cyclesOf(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.has(node)) cycles.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

/**
 * The layers: each may import its own layer and the layers it names. Files
 * are matched by the first prefix that fits. The README's picture and
 * docs/architecture.md's table must say the same (tests below).
 */
const LAYERS: Array<{ name: string; paths: string[]; mayImport: string[] }> = [
  // Where a rule's page is published: a leaf the extension may link too.
  { name: 'docs links', paths: ['server/engine/docs-url.ts'], mayImport: [] },
  // The one module rules import from the engine (before 'engine': the first prefix that fits wins).
  { name: 'rule kit', paths: ['server/engine/rule-kit.ts'], mayImport: ['engine'] },
  { name: 'engine', paths: ['server/engine/'], mayImport: ['docs links'] },
  { name: 'io', paths: ['server/io/'], mayImport: [] },
  { name: 'rule metadata', paths: ['rules/meta.ts'], mayImport: ['engine'] },
  { name: 'rule catalog', paths: ['rules/index.ts'], mayImport: ['engine', 'rules'] },
  { name: 'rules', paths: ['rules/'], mayImport: ['rule kit', 'rule metadata'] },
  { name: 'problem bank', paths: ['server/interview/problems.ts', 'server/interview/guiding-questions.ts'], mayImport: ['engine'] },
  { name: 'config', paths: ['server/config/'], mayImport: ['engine', 'io', 'rule metadata'] },
  { name: 'linter', paths: ['server/linter.ts'], mayImport: ['engine', 'rule catalog', 'rules', 'rule metadata', 'config', 'problem bank'] },
  { name: 'interview', paths: ['server/interview/'], mayImport: ['engine', 'io', 'rule catalog', 'rules', 'rule metadata', 'config', 'problem bank', 'linter'] },
  { name: 'cli', paths: ['server/cli/'], mayImport: ['docs links', 'engine', 'io', 'rule catalog', 'rules', 'rule metadata', 'config', 'problem bank', 'linter', 'interview'] },
  { name: 'lsp', paths: ['server/lsp/'], mayImport: ['docs links', 'engine', 'io', 'rule catalog', 'rules', 'rule metadata', 'config', 'problem bank', 'linter', 'interview'] },
  // The extension bundles what it imports: the protocol, the scorecard's types and the docs links, never the engine.
  { name: 'extension', paths: ['client/', 'test/e2e/host/'], mayImport: ['docs links', 'lsp', 'interview'] },
  { name: 'tools', paths: ['scripts/', 'test/', 'bench/'], mayImport: ['*'] },
];

function layerOf(file: string): (typeof LAYERS)[number] | undefined {
  return LAYERS.find((layer) => layer.paths.some((prefix) => file === prefix || file.startsWith(prefix)));
}

/** Imports that point up or sideways, as "importer → imported (layer → layer)". */
export function layerViolations(graph: Graph): string[] {
  const violations: string[] = [];
  for (const [from, targets] of graph) {
    const source = layerOf(from);
    for (const to of targets) {
      const target = layerOf(to);
      if (!source || !target) {
        violations.push(`${from} → ${to}: ${!source ? from : to} belongs to no layer (add it to LAYERS and docs/architecture.md)`);
        continue;
      }
      if (source === target || source.mayImport.includes('*') || source.mayImport.includes(target.name)) continue;
      violations.push(`${from} → ${to} (${source.name} may not import ${target.name})`);
    }
  }
  return violations.sort();
}

const graph = importGraph();

test('the import graph is read from the compiler: every server module and rule is in it', async () => {
  const files = new Set([...(await graph).keys(), ...[...(await graph).values()].flatMap((targets) => [...targets])]);
  for (const file of ['server/engine/lint.ts', 'server/linter.ts', 'rules/index.ts', 'server/cli/main.ts', 'server/lsp/server.ts', 'client/src/extension.ts']) {
    assert.ok(files.has(file), `${file} is in the graph`);
  }
  // A type-only import is an edge too.
  assert.ok((await graph).get('server/engine/fragment-cache.ts')?.has('server/engine/types.ts'));
});

test('no import cycles, type-only imports included', async () => {
  const cycles = cyclesOf(await graph);
  assert.deepEqual(cycles.map((files) => files.join(' ⇄ ')), [], 'files that import each other, directly or through others');
});

test('imports point down the layers: the engine imports neither rules nor configuration', async () => {
  assert.deepEqual(layerViolations(await graph), []);
});

test('a rule imports one module of the engine, the rule kit', async () => {
  const reached: string[] = [];
  for (const [from, targets] of await graph) {
    if (layerOf(from)?.name !== 'rules') continue;
    for (const to of targets) if (to.startsWith('server/') && to !== 'server/engine/rule-kit.ts') reached.push(`${from} → ${to}`);
  }
  assert.deepEqual(reached.sort(), [], 'import it from server/engine/rule-kit.ts (re-export it there if a rule needs it)');
  assert.ok((await graph).get('rules/baseline-model/rule.ts')?.has('server/engine/rule-kit.ts'), 'rules are in the graph');
});

test('the cycle and layer checks catch what they are for', () => {
  const sample: Graph = new Map([
    ['server/engine/lint.ts', new Set(['rules/index.ts', 'server/engine/model.ts'])],
    ['server/engine/model.ts', new Set(['server/engine/fragment.ts'])],
    ['server/engine/fragment.ts', new Set(['server/engine/model.ts'])],
    ['server/cli/main.ts', new Set(['server/lsp/server.ts', 'server/config/load.ts'])],
    ['somewhere/else.ts', new Set(['server/engine/lint.ts'])],
    ['rules/some-rule/rule.ts', new Set(['server/engine/rule-kit.ts', 'server/engine/model.ts'])],
  ]);
  assert.deepEqual(cyclesOf(sample), [['server/engine/fragment.ts', 'server/engine/model.ts']]);
  assert.deepEqual(layerViolations(sample), [
    'rules/some-rule/rule.ts → server/engine/model.ts (rules may not import engine)',
    'server/cli/main.ts → server/lsp/server.ts (cli may not import lsp)',
    'server/engine/lint.ts → rules/index.ts (engine may not import rule catalog)',
    'somewhere/else.ts → server/engine/lint.ts: somewhere/else.ts belongs to no layer (add it to LAYERS and docs/architecture.md)',
  ]);
  assert.deepEqual(parseExplainFiles("server/engine/types.ts\n   Imported via './types.js' from file 'server/engine/model.ts'\n   Matched by include pattern 'server/**/*.ts' in 'tsconfig.json'\nnode_modules/x/index.d.ts\n   Imported via 'x' from file 'server/a.ts' with packageId 'x@1'\n"), [
    ['server/engine/model.ts', 'server/engine/types.ts'],
  ]);
});

/** The README's picture: `name ─► a, b, c` a line, in the text block after `<!-- layers -->`. */
export function readmeLayers(readme: string): Map<string, string[]> {
  const block = /<!-- layers -->\n```text\n([\s\S]*?)\n```/.exec(readme);
  assert.ok(block, 'README.md: a ```text block after <!-- layers --> draws the layers');
  const layers = new Map<string, string[]>();
  for (const line of block[1].split('\n')) {
    const match = /^(\S.*?)\s+─►\s+(.+)$/.exec(line);
    assert.ok(match, `README.md: "${line}" is not "layer ─► what it may import"`);
    const targets = match[2].trim();
    layers.set(match[1], targets === 'anything' ? ['*'] : targets === 'nothing' ? [] : targets.split(/,\s*/));
  }
  return layers;
}

/** docs/architecture.md's table under "## Layers": layer → the backticked paths of its Files cell (before any parenthesis). */
export function architectureLayers(doc: string): Map<string, string[]> {
  const section = doc.slice(doc.indexOf('## Layers'));
  const layers = new Map<string, string[]>();
  for (const [, name, files] of section.slice(0, section.indexOf('\n\n', section.indexOf('| Layer |'))).matchAll(/^\| ([^|`]+?) \| (.+?) \|$/gm)) {
    if (name === 'Layer' || /^-+$/.test(name)) continue;
    layers.set(name, [...files.split(' (')[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]));
  }
  return layers;
}

test('the README draws the layers that are enforced, each with what it may import', () => {
  const drawn = readmeLayers(fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'));
  const enforced = new Map(LAYERS.map((layer) => [layer.name, [...layer.mayImport].sort()]));
  assert.deepEqual(new Map([...drawn].map(([name, targets]) => [name, [...targets].sort()])), enforced);
});

test('docs/architecture.md lists the files of each layer, in the order they are matched', () => {
  const listed = architectureLayers(fs.readFileSync(path.join(REPO_ROOT, 'docs', 'architecture.md'), 'utf8'));
  assert.deepEqual([...listed], LAYERS.map((layer) => [layer.name, layer.paths]));
});
