// `npm run generate [-- --check]`: compiles, regenerates every file derived
// from the rule folders (scripts/generate/main.ts), compiles again so that
// out/ holds the new catalog, and writes the fixture snapshot of a rule that
// has none yet. Adding a rule = its folder + this command.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

function run(command, args) {
  const result = spawnSync(process.execPath, [command, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A removed or renamed rule folder leaves an import in the catalog that would
// stop the compiler: drop it first (the generator writes the full catalog).
const catalog = join(root, 'rules', 'index.ts');
if (!check && existsSync(catalog)) {
  const text = readFileSync(catalog, 'utf8');
  const gone = [...text.matchAll(/^import (\w+) from '\.\/([a-z0-9-]+)\/(?:rule|fix-i18n)\.js';\n/gm)].filter(([line, , id]) => !existsSync(join(root, 'rules', id, line.includes('/rule.js') ? 'rule.ts' : 'fix-i18n.ts')));
  if (gone.length > 0) {
    let kept = text;
    for (const [line, name] of gone) kept = kept.replace(line, '').replace(new RegExp(`^  (?:'[a-z0-9-]+': )?${name},\\n`, 'm'), '');
    writeFileSync(catalog, kept);
  }
}

run(tsc, ['-p', '.']);
run(join(root, 'out', 'scripts', 'generate', 'main.js'), check ? ['--check'] : []);
if (!check) {
  run(tsc, ['-p', '.']);
  // A new rule's first fixture snapshot (existing ones change only on purpose: `npm run fixtures:update`).
  run(join(root, 'out', 'scripts', 'fixture-snapshots.js'), ['--missing']);
}
