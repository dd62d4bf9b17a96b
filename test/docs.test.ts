// The README is a short page a user reads in two minutes, linking into docs/
// for everything else; links resolve; every shell block is either run by
// test/doc-commands.test.ts or says why not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './cli-harness.js';
import { documentationFiles, shellBlocks } from './doc-blocks.js';

const read = (file: string): string => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
const README = read('README.md');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  let inFence = false;
  for (const line of text.split('\n')) {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{1,6} (.+)$/.exec(line);
    if (heading) anchors.add(slug(heading[1].trim()));
  }
  return anchors;
}

test('the README is at most 20 KB and opens with what mldl is, a screenshot and the quick start', () => {
  const size = Buffer.byteLength(README);
  assert.ok(size <= 20 * 1024, `README.md is ${size} bytes`);
  const sections = [...README.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.deepEqual(sections.slice(0, 3), ['Quick start', 'Install', 'Use']);
  const intro = README.slice(0, README.indexOf('## Quick start'));
  const image = /!\[[^\]]+\]\(([^)]+\.png)\)/.exec(intro);
  assert.ok(image, 'a screenshot before the quick start');
  assert.ok(fs.statSync(path.join(REPO_ROOT, image[1])).size > 10_000, `${image[1]} is a real image`);
  assert.doesNotMatch(README, /<!-- sync:|rules-table:start|eval:start/, 'reference pages are linked, not embedded');
});

test('the quick start is two commands, the install and the whole suite, and .ci/run runs exactly that on a clean clone', () => {
  const [quickStart] = shellBlocks('README.md');
  assert.deepEqual(
    quickStart.commands.map((c) => c.replace(/\s+#.*$/, '')),
    ['npm ci && npm run demo', 'npm run test:all'],
  );
  const ci = read('.ci/run');
  assert.match(ci, /^npm ci\nnpm run test:all$/m);
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
  assert.match(scripts.test, /node scripts\/run-tests\.mjs$/);
  assert.match(scripts['test:slow'], /node scripts\/run-tests\.mjs --slow$/);
  assert.equal(
    scripts['test:all'],
    'bash scripts/provision-test-editors.sh && npm test && npm run test:slow',
    'the editors first, then the slow tests after the others',
  );
  // The README says which editors the real-editor tests need and that test:all installs them.
  const provision = read('scripts/provision-test-editors.sh');
  for (const tool of ['neovim', 'emacs-nox', 'elpa-eglot', 'elpa-markdown-mode', 'chromium', 'install-code-server.sh']) {
    assert.ok(README.includes(tool), `README names ${tool}`);
    assert.ok(provision.includes(tool), `scripts/provision-test-editors.sh installs ${tool}`);
  }
});

test('the README shows install paths that exist from this repository, and five CLI commands', () => {
  assert.doesNotMatch(README, /npm install -g ml-design-lint\b|npx (--package )?ml-design-lint/, 'no registry package');
  assert.match(README, /npm pack/);
  assert.match(README, /npm install -g \.\/ml-design-lint-[\d.]+\.tgz/);
  assert.match(README, /code --install-extension ml-design-lint-[\d.]+\.vsix/);
  const use = shellBlocks('README.md').find((block) => block.commands.every((c) => c.startsWith('mldl ')));
  assert.equal(use?.commands.length, 5);
});

test('no doc names the registry package ml-design-lint as an install path', () => {
  // (action.yml is checked by security's test of the action, issue 11.)
  for (const file of [...documentationFiles(), '.pre-commit-hooks.yaml']) {
    const text = read(file);
    assert.doesNotMatch(text, /npm install -g ml-design-lint\b|npx[^\n]*ml-design-lint@/, file);
  }
});

test('every relative link in README.md and docs/*.md resolves, anchors too', () => {
  for (const file of documentationFiles()) {
    const text = read(file);
    const prose = text.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
    for (const [, target] of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [relative, anchor] = target.split('#');
      const resolved = relative ? path.join(path.dirname(path.join(REPO_ROOT, file)), relative) : path.join(REPO_ROOT, file);
      assert.ok(fs.existsSync(resolved), `${file}: broken link ${target}`);
      if (anchor && resolved.endsWith('.md')) {
        assert.ok(anchorsOf(fs.readFileSync(resolved, 'utf8')).has(anchor), `${file}: no heading for #${anchor} in ${relative || file}`);
      }
    }
  }
});

test('every shell block in README.md and docs/*.md is runnable or says why not', () => {
  const blocks = documentationFiles().flatMap(shellBlocks);
  assert.ok(blocks.filter((b) => b.runnable).length >= 5);
  for (const block of blocks) {
    assert.ok(block.runnable || block.notRunnableReason, `${block.file}:${block.line}: mark the block \`sh runnable\` or give <!-- not-runnable: reason -->`);
    assert.ok(!(block.runnable && block.notRunnableReason), `${block.file}:${block.line}: both runnable and not`);
    assert.ok(block.commands.length > 0, `${block.file}:${block.line}: empty block`);
  }
});
