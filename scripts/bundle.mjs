// Bundles the language server (and the VS Code client, when it exists) into
// single CommonJS files with esbuild, so the extension ships without
// node_modules: dist/server.cjs and dist/client.cjs.
// Options: --production (minified, no source maps), --outdir <dir> (instead
// of dist/), --server-only (the protocol tests bundle just the server).
//
// --cli bundles the compiled CLI instead (out/server/cli/main.js and its
// worker, as tsc wrote them) into out/bundle/cli/ (or --outdir): ES modules
// split into chunks, so what the CLI imports lazily (the engine, the
// formatters, the subcommands) is still loaded only when used. Loading the
// engine from a few chunks instead of ~650 files costs ~0.3 s less CPU per
// process (docs/performance.md). bin/mldl.js runs the bundle only while every
// file it was built from is unchanged (bin/fresh-bundle.js reads the
// inputs.json written here), so a `tsc` run or an `npm install` after
// bundling sends it back to out/ until the bundle is built again. The chunks
// sit three levels below the package root, as out/server/cli/*.js do, so
// version.ts finds package.json at the same relative path. --if-stale builds
// only when the bundle there is not fresh (the test runner's first step).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshBundle } from '../bin/fresh-bundle.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const production = args.includes('--production');
const serverOnly = args.includes('--server-only');
const cli = args.includes('--cli');
const ifStale = args.includes('--if-stale');
/** What bin/fresh-bundle.js reads: the CLI bundle's entry point and every file it was made from or consists of, with its mtime and size. */
const MANIFEST = 'inputs.json';
const outdirIndex = args.indexOf('--outdir');
const outdir = outdirIndex >= 0 && args[outdirIndex + 1] ? path.resolve(args[outdirIndex + 1]) : path.join(root, cli ? 'out/bundle/cli' : 'dist');

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

if (cli) await bundleCli();
else await bundleEditorFiles();

async function bundleEditorFiles() {
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
}

async function bundleCli() {
  const entry = path.join(root, 'out/server/cli/main.js');
  if (!fs.existsSync(entry)) {
    console.error('bundle --cli: out/server/cli/main.js is missing; run `tsc -p .` first.');
    process.exitCode = 1;
    return;
  }
  if (ifStale && freshBundle(outdir)) return;
  // The manifest goes first and comes back last: a build that fails half-way leaves no bundle that looks fresh.
  fs.rmSync(outdir, { recursive: true, force: true });
  let result;
  try {
    result = await build({
      absWorkingDir: root,
      entryPoints: { main: entry, worker: path.join(root, 'out/server/cli/worker.js') },
      outdir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      mainFields: ['module', 'main'],
      // Chained to tsc's own source maps, so a stack trace (node --enable-source-maps) names the .ts files.
      sourcemap: true,
      metafile: true,
      logLevel: 'warning',
      // Bundled CommonJS dependencies call require(); an ES module has none of its own.
      banner: { js: "import { createRequire as __mldlCreateRequire } from 'node:module'; const require = __mldlCreateRequire(import.meta.url);" },
    });
  } catch {
    // esbuild has already printed the errors.
    process.exitCode = 1;
    return;
  }
  const files = [...Object.keys(result.metafile.inputs), ...Object.keys(result.metafile.outputs)].map((file) => path.resolve(root, file));
  const stamps = {};
  for (const file of files) {
    const stat = fs.statSync(file);
    stamps[path.relative(outdir, file).split(path.sep).join('/')] = [stat.mtimeMs, stat.size];
  }
  fs.writeFileSync(path.join(outdir, MANIFEST), JSON.stringify({ entry: 'main.js', files: stamps }));
  console.log(`bundle --cli: ${path.relative(root, outdir) || '.'} (${Object.keys(result.metafile.outputs).length} files from ${Object.keys(result.metafile.inputs).length} inputs)`);
}
