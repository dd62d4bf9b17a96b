// Documents built to crash or stall the parser (issue 11, items 9 and 11),
// run through the CLI as a user runs it: nesting deep enough to overflow the
// stack must still give a review, and an input that makes micromark
// quadratic must give one "parse budget exceeded" line (exit 2), with the
// other files still reported either way. The language server side is in
// test/server-hostile-input.test.ts.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { capNesting, MAX_CONTAINER_DEPTH, MAX_EMPHASIS_RUN, parseMarkdown } from '../server/engine/parse.js';
import { loadScaledMs, withinBudget } from '../server/engine/budget.js';
import { lint } from '../server/linter.js';
import { readYaml } from '../server/engine/extract/yaml-pairs.js';
import { FIXTURES, REPO_ROOT } from './lsp-harness.js';
import { makeProject, removeProject, runCli } from './cli-harness.js';
import { DEEP_NESTING, manyKeysFrontMatter, QUADRATIC } from './hostile-inputs.js';

const GOOD = fs.readFileSync(path.join(FIXTURES, 'design-doc.md'), 'utf8');

interface JsonResult {
  filePath: string;
  skipped: boolean;
  messages: Array<{ ruleId: string; line: number }>;
}

/** Depth of the deepest node (a loop: the tree may be deeper than the stack allows). */
function treeDepth(root: { children?: unknown[] }): number {
  let deepest = 0;
  const pending: Array<[{ children?: unknown[] }, number]> = [[root, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    deepest = Math.max(deepest, depth);
    for (const child of node.children ?? []) pending.push([child as { children?: unknown[] }, depth + 1]);
  }
  return deepest;
}

describe('deep nesting (item 11)', () => {
  test('capNesting keeps every offset and bounds the depth of the tree', () => {
    for (const [name, text] of Object.entries(DEEP_NESTING)) {
      const capped = capNesting(text);
      assert.equal(capped.length, text.length, `${name}: same length`);
      // Only marker characters change, each into one character.
      for (let i = 0; i < text.length; i++) if (capped[i] !== text[i]) assert.match(text[i], /[>*+\-.)_\d]/, `${name}: changed ${JSON.stringify(text[i])} at ${i}`);
      // Containers (block quotes, lists, list items) and emphasis levels: far below what the walks can take.
      const depth = treeDepth(parseMarkdown(text));
      assert.ok(depth <= 2 * MAX_CONTAINER_DEPTH + MAX_EMPHASIS_RUN, `${name}: tree depth ${depth}`);
    }
  });

  test('ordinary nesting and thematic breaks are left alone', () => {
    const ordinary = [
      `${'> '.repeat(MAX_CONTAINER_DEPTH - 1)}quoted`,
      Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
      '- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -',
      `${'*'.repeat(MAX_EMPHASIS_RUN + 50)}`,
      `> ${'_'.repeat(MAX_EMPHASIS_RUN + 50)}`,
      `**bold** and ${'-'.repeat(200)}`,
    ];
    for (const text of ordinary) assert.equal(capNesting(text), text);
  });

  test('a stack overflow left anywhere in a review is one clear reason, not a crash', () => {
    const recurse = (n: number): number => (n === 0 ? 0 : 1 + recurse(n - 1));
    const run = withinBudget(10_000, () => recurse(1e7));
    assert.equal(run.ok, false);
    assert.ok(!run.ok && run.failure === 'too-deep');
    assert.match(!run.ok ? run.message : '', /nested too deeply to review/);
  });

  test('the CLI reviews every deeply nested file and the others, exit 1 (findings), no internal error', () => {
    const files: Record<string, string> = { 'good.md': GOOD };
    for (const [name, text] of Object.entries(DEEP_NESTING)) files[`${name}.md`] = `# Deep ${name}\n\n${text}\n\nTODO: finish.\n`;
    const dir = makeProject(files);
    try {
      const run = runCli(['--force', '--format', 'json', '.'], { cwd: dir });
      assert.doesNotMatch(run.stderr, /internal error|Maximum call stack/i, run.stderr);
      assert.equal(run.code, 1, run.stderr);
      const results = JSON.parse(run.stdout) as JsonResult[];
      assert.deepEqual(results.map((r) => path.basename(r.filePath)).sort(), Object.keys(files).sort());
      for (const result of results) {
        assert.equal(result.skipped, false, result.filePath);
        if (path.basename(result.filePath) === 'good.md') continue;
        // The text after the deep part is still read: its placeholder is found.
        assert.ok(result.messages.some((m) => m.ruleId === 'placeholder-text'), `${result.filePath}: TODO found`);
      }
      assert.deepEqual(
        results.find((r) => r.filePath.endsWith('good.md'))!.messages.map((m) => m.ruleId).sort(),
        lint(GOOD, { filePath: path.join(dir, 'good.md') }).findings.map((f) => f.ruleId).sort(),
      );
    } finally {
      removeProject(dir);
    }
  });
});

test('front matter with thousands of keys: duplicates still reported where they are, at any depth', () => {
  const keys = 5000;
  const text = `${manyKeysFrontMatter(keys).replace(/---\n$/, 'key17: again\nnested:\n  a: 1\n  a: 2\n---\n')}# Doc\n`;
  const faults = lint(text, { force: true }).findings.filter((f) => f.ruleId === 'front-matter');
  assert.deepEqual(
    faults.map((p) => [p.message, p.range.start.line]),
    [
      ['Invalid YAML front matter: Map keys must be unique', keys + 2],
      ['Invalid YAML front matter: Map keys must be unique', keys + 5],
    ],
  );
});

test('wall-clock limits grow with the load per core, between 1x and 8x', () => {
  // The language server's rule limit (3 s) goes through this too: fixed, it cut
  // reviews of ordinary documents short on a loaded 2-core machine.
  assert.equal(loadScaledMs(3000, 0.5, 2), 3000);
  assert.equal(loadScaledMs(3000, 6, 2), 9000);
  assert.equal(loadScaledMs(3000, 40, 2), 24_000);
  const worker = fs.readFileSync(path.join(REPO_ROOT, 'server/lsp/review-worker.ts'), 'utf8');
  assert.match(worker, /timeBudgetMs: loadScaledMs\(RULE_TIME_BUDGET_MS\)/, 'the server\'s rule limit is load-scaled');
});

test('YAML read by the text layer (front matter, yaml code blocks) grows linearly with its keys', () => {
  // The yaml package's duplicate-key check compares each key with every earlier
  // one: 40,000 front-matter keys took 13 s of CPU in readYaml alone. CPU time,
  // not wall time, so a loaded machine does not decide the result: 4x the keys
  // must cost far less than the 16x a quadratic check gives.
  const keys = (n: number): string => manyKeysFrontMatter(n).replace(/^---\n|---\n$/g, '');
  const cpuMs = (n: number): number => {
    const start = process.cpuUsage();
    readYaml(keys(n));
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  cpuMs(2000); // warm up the parser
  const small = Math.max(cpuMs(8000), 1);
  const large = cpuMs(32_000);
  assert.ok(large / small < 8, `8,000 keys: ${small.toFixed(0)} ms, 32,000 keys: ${large.toFixed(0)} ms`);
});

describe('parse budget in the CLI (item 9)', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach(removeProject));

  test('a quadratic input gets one "parse budget exceeded" line and exit 2; the other files are reported', () => {
    const files: Record<string, string> = { 'good.md': GOOD };
    for (const [name, text] of Object.entries(QUADRATIC)) files[`${name}.md`] = `# Slow ${name}\n\n${text}`;
    const dir = makeProject(files);
    dirs.push(dir);
    // A short budget: each of these inputs takes tens of seconds to parse, the good file a fraction of a second.
    const run = runCli(['--force', '--format', 'json', '.'], { cwd: dir, env: { MLDL_PARSE_BUDGET_MS: '3000' } });
    assert.equal(run.code, 2, run.stderr);
    const lines = run.stderr.trim().split('\n');
    for (const name of Object.keys(QUADRATIC)) {
      assert.equal(lines.filter((line) => line === `${name}.md: parse budget exceeded (3 s): not reviewed`).length, 1, run.stderr);
    }
    assert.equal(lines.length, Object.keys(QUADRATIC).length, run.stderr);
    const results = JSON.parse(run.stdout) as JsonResult[];
    assert.deepEqual(results.map((r) => path.basename(r.filePath)), ['good.md']);
    assert.ok(results[0].messages.length > 0);
  });

  test('a budget that ran out is not cached: the next run tries again', () => {
    const dir = makeProject({ 'slow.md': `# Slow\n\n${QUADRATIC['emphasis-delimiters']}` });
    dirs.push(dir);
    for (let i = 0; i < 2; i++) {
      const run = runCli(['--force', '--cache', '.'], { cwd: dir, env: { MLDL_PARSE_BUDGET_MS: '500' } });
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /^slow\.md: parse budget exceeded/m);
    }
  });
});
