// Bundles the language server (and the VS Code client, when it exists) into
// single CommonJS files with esbuild, so the extension ships without
// node_modules: dist/server.cjs and dist/client.cjs.
// Options: --production (minified, no source maps), --outdir <dir> (instead
// of dist/), --server-only (the protocol tests bundle just the server).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const production = args.includes('--production');
const serverOnly = args.includes('--server-only');
const outdirIndex = args.indexOf('--outdir');
const outdir = outdirIndex >= 0 && args[outdirIndex + 1] ? path.resolve(args[outdirIndex + 1]) : path.join(root, 'dist');

// The sources are ESM and use import.meta.url to find files next to them
// (rules/<id>/README.md); in a CommonJS bundle that becomes the bundle's own URL.
const importMetaUrlShim = {
  banner: { js: 'const __mldl_import_meta_url = require("url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__mldl_import_meta_url' },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // jsonc-parser's "main" is a UMD build whose require('./impl/format') esbuild
  // cannot follow (the bundle then fails at start-up); its "module" build is ESM.
  mainFields: ['module', 'main'],
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  ...importMetaUrlShim,
};

const builds = [
  build({ ...common, entryPoints: [path.join(root, 'server/lsp/main.ts')], outfile: path.join(outdir, 'server.cjs') }),
];
const client = path.join(root, 'client/src/extension.ts');
if (!serverOnly && fs.existsSync(client)) {
  builds.push(build({ ...common, entryPoints: [client], outfile: path.join(outdir, 'client.cjs'), external: ['vscode'] }));
}

try {
  await Promise.all(builds);
} catch (error) {
  // esbuild has already printed the errors with file and position.
  process.exitCode = 1;
}
