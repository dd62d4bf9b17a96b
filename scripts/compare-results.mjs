// Prints what a build of mldl finds on the corpus docs and every test
// fixture, as one JSON line per document and preset (findings with their
// fixes, coverage with evidence and confidence, the system profile): run it
// on two builds and diff the outputs to prove a speed change left the results
// byte-identical. Also lints each document through the incremental linter
// after a few seeded edits, so the editor's path is compared too.
//
//   node scripts/compare-results.mjs [outDir=out] > results.jsonl
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'out'));
const load = (p) => import(pathToFileURL(path.join(outDir, p)).href);
const { lint, lintOptions } = await load('server/linter.js');
const { IncrementalLinter } = await load('server/engine/incremental.js');
const { applyLayer, defaultConfig, presetConfig } = await load('server/config/presets.js');

function markdownFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(md|markdown)$/.test(e.name))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

const files = [
  ...markdownFiles(path.resolve(ROOT, '../shared/corpus/docs')),
  ...markdownFiles(path.join(ROOT, 'test-fixtures')),
  ...markdownFiles(path.join(ROOT, 'examples')),
  // Fixtures and the rule pages (whose examples are linted by the rule-docs test).
  ...markdownFiles(path.join(ROOT, 'rules')),
];
const configs = {
  recommended: defaultConfig(),
  interview: applyLayer(defaultConfig(), presetConfig('mldl:interview')),
};
const observable = (r) => JSON.stringify({ skipped: r.skipped, skipReason: r.skipReason, findings: r.findings, coverage: r.coverage, profile: r.profile });

let seed = 7;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const name = path.relative(path.resolve(ROOT, '..'), file);
  for (const [preset, config] of Object.entries(configs)) {
    for (const force of [false, true]) {
      process.stdout.write(`${name}\t${preset}\t${force}\t${observable(lint(text, { filePath: file, config, force }))}\n`);
    }
  }
  // The editor's path: a few edits, then each edited text linted incrementally.
  const linter = new IncrementalLinter();
  let edited = text;
  linter.lint(edited, lintOptions({ filePath: file, force: true }));
  for (let i = 0; i < 3; i++) {
    const at = Math.floor(random() * edited.length);
    edited = `${edited.slice(0, at)}${'xe \n'[i % 4]}${edited.slice(at)}`;
    process.stdout.write(`${name}\tincremental-${i}\ttrue\t${observable(linter.lint(edited, lintOptions({ filePath: file, force: true })))}\n`);
  }
}
