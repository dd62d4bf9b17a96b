// Prints everything a build of mldl reports on the development corpus and on
// every Markdown file of the repository's fixtures and examples, one JSON line
// per file and preset (findings with their fixes, coverage with evidence and
// confidence, the system profile, whether and why it was skipped). A speed
// change must leave this byte-identical: run it on the old and the new build
// and compare.
//
//   node bench/compare-outputs.mjs [outDir=out] > results.jsonl
//   cmp old.jsonl new.jsonl
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'out'));
const load = (file) => import(pathToFileURL(path.join(outDir, file)).href);
const { lint } = await load('server/linter.js');
const { applyLayer, defaultConfig, presetConfig } = await load('server/config/presets.js');

function markdownFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

const files = [
  ...markdownFiles(path.resolve(ROOT, '../shared/corpus/docs')),
  ...markdownFiles(path.join(ROOT, 'test-fixtures')),
  ...markdownFiles(path.join(ROOT, 'examples')),
  ...markdownFiles(path.join(ROOT, 'rules')),
];
const configs = {
  recommended: defaultConfig(),
  interview: applyLayer(defaultConfig(), presetConfig('mldl:interview')),
};

for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const name = path.relative(ROOT, file);
  for (const [preset, config] of Object.entries(configs)) {
    for (const force of [false, true]) {
      const result = lint(text, { filePath: file, config, force });
      const shown = { skipped: result.skipped, skipReason: result.skipReason, findings: result.findings, coverage: result.coverage, profile: result.profile };
      process.stdout.write(`${name}\t${preset}\t${force}\t${JSON.stringify(shown)}\n`);
    }
  }
}
