#!/usr/bin/env node
// `npm run package`: bundles client and server (scripts/bundle.mjs), then
// packages the VS Code extension with @vscode/vsce from a staging folder that
// holds only what the extension needs. A staging folder because vsce refuses a
// package.json "files" list (which the npm package uses) next to a
// .vscodeignore, and so the .vsix cannot pick up anything by accident.
// Prints the .vsix path. Options: --out <file.vsix>, --no-bundle.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : join(root, `${pkg.name}-${pkg.version}.vsix`));

function fail(message) {
  console.error(`package-vsix: ${message}`);
  process.exit(1);
}

if (!args.includes('--no-bundle')) {
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
}

/** What goes into the .vsix, relative to the repository root. */
const REQUIRED = [
  'dist/client.cjs',
  'dist/server.cjs',
  'dist/server-main.cjs',
  'dist/review-worker.cjs',
  'dist/config-libs.cjs',
  'schema/mldlrc.schema.json',
  'syntaxes/mldl-injection.tmLanguage.json',
  'snippets/markdown.json',
  'images/icon.png',
  'images/review.svg',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  '.vscodeignore',
];
for (const file of REQUIRED) {
  if (!existsSync(join(root, file))) fail(`${file} is missing (run \`npm run package\` from a full checkout)`);
}

const stage = join(root, '.cache', 'vsix-stage');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
for (const file of REQUIRED) cpSync(join(root, file), join(stage, file), { recursive: true });
// README screenshots are linked, not shipped; rule pages are opened by "Show rule documentation".
// Only the pages (rules/<id>/README.md): the rules' code is in the bundle, their fixtures are tests.
const ruleIds = existsSync(join(root, 'rules')) ? readdirSync(join(root, 'rules')).filter((id) => existsSync(join(root, 'rules', id, 'README.md'))) : [];
for (const id of ruleIds) cpSync(join(root, 'rules', id, 'README.md'), join(stage, 'rules', id, 'README.md'));

// The extension's manifest: the npm package's minus what only npm uses.
const manifest = { ...pkg };
for (const npmOnly of ['files', 'bin', 'dependencies', 'devDependencies', 'scripts', 'type']) delete manifest[npmOnly];
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
mkdirSync(dirname(out), { recursive: true });
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: stage, stdio: ['ignore', 'inherit', 'inherit'] });
console.log(out);
