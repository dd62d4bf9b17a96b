// Bundles the language server (and the VS Code client, when it exists) into
// CommonJS files with esbuild, so the extension ships without node_modules:
// dist/server.cjs (the protocol side, the server's main thread: a loader,
// scripts/server-loader.mjs, that runs dist/server-main.cjs with a V8 code
// cache made here, dist/server-main.cjs.cache),
// dist/config-libs.cjs (yaml, ajv, jsonc-parser, picomatch, which the main
// thread requires only when configuration needs them),
// dist/review-worker.cjs (the engine, in the server's worker thread: the main
// thread then never compiles the engine's code) and dist/client.cjs.
// Options: --production (minified, no source maps), --outdir <dir> (instead
// of dist/), --server-only (the protocol tests bundle just the server).
//
// --cli bundles the compiled CLI instead (out/server/cli/main.js and its
// worker, as tsc wrote them) into out/bundle/cli/ (or --outdir): ES modules
// split into chunks, so what the CLI imports lazily (the engine, the
// formatters, the subcommands) is still loaded only when used. Loading the
// engine from a few chunks instead of ~650 files costs ~0.2 s less CPU per
// process (docs/performance.md). bin/mldl.js runs the bundle only while every
// file it was built from is unchanged (bin/fresh-bundle.js reads the
// inputs.json written here), so a `tsc` run or an `npm install` after
// bundling sends it back to out/ until the bundle is built again. The chunks
// sit three levels below the package root, as out/server/cli/*.js do, so
// version.ts finds package.json at the same relative path. --if-stale builds
// only when the bundle there is not fresh. Built by `npm pack` or `npm publish` (the
// package's `prepare` builds both the CLI bundle and the server's files of dist/, which
// bin/mldl-language-server.js runs for other editors), a manifest is marked packed
// (writeManifest); --unpack-manifest takes the mark off (with --cli, the CLI bundle's;
// without, dist/'s).
//
// Both the CLI bundle and the review worker carry the rules' cue phrases
// precompiled (server/engine/text/phrase-cache.ts), compiled here by the same
// code they bundle: out/ for the CLI, the TypeScript sources for the server.
import { build } from 'esbuild';
import { decode as decodeMappings, encode as encodeMappings } from '@jridgewell/sourcemap-codec';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshBundle } from '../bin/fresh-bundle.js';
import { SERVER_CODE_CACHE, SERVER_ENTRY, SERVER_MAIN, writeServerLoader } from './server-loader.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const production = args.includes('--production');
const serverOnly = args.includes('--server-only');
const cli = args.includes('--cli');
const ifStale = args.includes('--if-stale');
/** What bin/fresh-bundle.js reads: the CLI bundle's entry point and every file it was made from or consists of, with its mtime and size. */
const MANIFEST = 'inputs.json';
/**
 * The libraries configuration needs (server/config/deps.ts loads them on
 * first use): about half of the main thread's bundle. They go to a file of
 * their own beside server-main.cjs, so that starting the server does not read and
 * compile ~640 kB it needs only once a config file, rule options or a front
 * matter quick fix turns up (docs/performance.md, "Start-up, fourth pass").
 */
const CONFIG_LIBS = ['ajv', 'jsonc-parser', 'picomatch', 'yaml'];
const CONFIG_LIBS_FILE = 'config-libs.cjs';
/**
 * Built-in modules that vscode-languageserver and vscode-jsonrpc require as
 * they load but use only in code the server does not run over stdio or IPC:
 * child_process to find globally installed npm/yarn modules, crypto to name a
 * pipe. Loading the two (and what they load: net, dgram, ~16 crypto modules)
 * cost ~11 ms of CPU before `initialize` was answered. In server-main.cjs each is
 * a stand-in that requires the real module on first use of one of its
 * members (docs/performance.md, "Start-up, fifth pass").
 */
const LAZY_BUILTINS = ['child_process', 'crypto'];
const REVIEW_WORKER = 'review-worker.cjs';
/** The CLI bundle's engine as one CommonJS file, and the V8 code cache made for it (cliEngineLoaderPlugin). */
const CLI_ENGINE = 'engine.cjs';
const CLI_ENGINE_CACHE = `${CLI_ENGINE}.cache`;
/** The CLI bundle's phrase index, made here (server/engine/text/phrase-cache.ts PRECOMPILED_INDEX). */
const CLI_PHRASE_INDEX = 'phrase-index.bin';
/** The CLI bundle's precompiled phrases (phrase-cache.ts precompiledPhrases), read when a set the index does not hold is made. */
const CLI_PHRASES = 'phrases.json';
const outdirIndex = args.indexOf('--outdir');
const outdir = outdirIndex >= 0 && args[outdirIndex + 1] ? path.resolve(args[outdirIndex + 1]) : path.join(root, cli ? 'out/bundle/cli' : 'dist');

// The sources are ESM and use import.meta.url to find files next to them
// (rules/<id>/README.md); in a CommonJS bundle that becomes the bundle's own URL.
const importMetaUrlShim = {
  banner: { js: 'const __mldl_import_meta_url = require("url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__mldl_import_meta_url' },
};

// The ES-module builds (the CLI bundle, the phrase-snapshot tool). Bundled
// CommonJS dependencies call require(); an ES module has none of its own.
const esmCommon = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  banner: { js: "import { createRequire as __mldlCreateRequire } from 'node:module'; const require = __mldlCreateRequire(import.meta.url);" },
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
  // Russian and Chinese cue data as UTF-8, not \u escapes: smaller files, less to scan at start-up.
  charset: 'utf8',
  logLevel: 'info',
  // Metafile paths are relative to it (metafileFiles).
  absWorkingDir: root,
  ...importMetaUrlShim,
};

if (args.includes('--unpack-manifest')) unpackManifest();
else if (cli) await bundleCli();
else await bundleEditorFiles();

async function bundleEditorFiles() {
  // As for the CLI bundle: no manifest while the files change, so a half-written dist/ never looks fresh.
  fs.rmSync(path.join(outdir, MANIFEST), { force: true });
  try {
    const phrases = snapshotPhrases(await import(pathToFileURL(await bundleSnapshotTool()).href));
    const builds = [
      build({
        ...common,
        entryPoints: [path.join(root, 'server/lsp/main.ts')],
        outfile: path.join(outdir, SERVER_MAIN),
        define: { ...common.define, MLDL_BUNDLED_REVIEW_WORKER: JSON.stringify('./review-worker.cjs') },
        plugins: [configLibsPlugin(), lazyBuiltinsPlugin()],
        // Start-up reads and scans all of it (docs/performance.md, "Start-up, fifth pass"): minified in
        // every build, as the .vsix's always was (264 instead of 575 kB; the source map still names the
        // sources), and pure ASCII, which V8 keeps as a one-byte string where a dozen non-ASCII characters
        // (ru/zh words, arrows) would make the whole file a two-byte one.
        charset: 'ascii',
        minify: true,
        metafile: true,
      }),
      build({ ...common, stdin: { contents: configLibsSource(), resolveDir: root, loader: 'js' }, outfile: path.join(outdir, CONFIG_LIBS_FILE), metafile: true }),
      // The worker's source stays in its heap for the process's life: minified and pure ASCII, as
      // server-main.cjs, it is a one-byte string of 4.0 M characters instead of a two-byte one of
      // 3.6 M (6.9 MB; docs/performance.md, "Memory, eighth pass").
      build({
        ...common,
        entryPoints: [path.join(root, 'server/lsp/review-worker.ts')],
        outfile: path.join(outdir, REVIEW_WORKER),
        plugins: [precompiledPhrasesPlugin(phrases, { ascii: true })],
        charset: 'ascii',
        minify: true,
        metafile: true,
      }).then((result) => (asciiRegExps(path.join(outdir, REVIEW_WORKER), !production), result)),
    ];
    // Only the server's builds: a change to the client alone leaves the server bundle fresh.
    const serverBuilds = Promise.all(builds);
    const client = path.join(root, 'client/src/extension.ts');
    if (!serverOnly && fs.existsSync(client)) {
      builds.push(build({ ...common, entryPoints: [client], outfile: path.join(outdir, 'client.cjs'), external: ['vscode'] }));
    }
    await Promise.all(builds);
    // server.cjs, the entry, loads server-main.cjs with a code cache; none for the .vsix, whose V8 (Electron's) would reject it.
    await writeServerLoader(outdir, { codeCache: !production });
    // For bin/mldl-language-server.js, which runs dist/ only while it is in step with the sources (fresh-bundle.js).
    const loaderFiles = [SERVER_ENTRY, ...(production ? [] : [SERVER_CODE_CACHE])].map((file) => path.join(outdir, file));
    writeManifest(SERVER_ENTRY, [...metafileFiles(await serverBuilds), path.join(root, 'scripts/server-loader.mjs'), ...loaderFiles]);
  } catch (error) {
    // esbuild has already printed its errors with file and position.
    if (!error?.errors) console.error(error);
    process.exitCode = 1;
  }
}

/** config-libs.cjs: each library behind a getter, so that loading one does not initialise the others. */
function configLibsSource() {
  return `module.exports = {\n${CONFIG_LIBS.map((name) => `  get ${JSON.stringify(name)}() { return require(${JSON.stringify(name)}); },\n`).join('')}};\n`;
}

/** In server-main.cjs, `require('yaml')` and the like become `require('./config-libs.cjs').yaml`. */
function configLibsPlugin() {
  const names = new RegExp(`^(?:${CONFIG_LIBS.map((name) => name.replace(/[-]/g, '\\$&')).join('|')})$`);
  return {
    name: 'config-libs',
    setup(build) {
      build.onResolve({ filter: names }, (args) => ({ path: args.path, namespace: 'config-libs' }));
      build.onLoad({ filter: /.*/, namespace: 'config-libs' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(`./${CONFIG_LIBS_FILE}`)})[${JSON.stringify(args.path)}];\n`,
        loader: 'js',
      }));
      build.onResolve({ filter: new RegExp(`^\\./${CONFIG_LIBS_FILE.replace('.', '\\.')}$`) }, (args) => ({ path: args.path, external: true }));
    },
  };
}

function lazyBuiltinsPlugin() {
  return {
    name: 'lazy-builtins',
    setup(build) {
      // Only the bare names the libraries use: `node:crypto` in our own code stays an ordinary require.
      build.onResolve({ filter: new RegExp(`^(?:${LAZY_BUILTINS.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'lazy-builtin' }));
      build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({ contents: lazyBuiltinSource(`node:${args.path}`), loader: 'js' }));
    },
  };
}

/** A CommonJS module whose every member is the built-in's, which is required on the first access. */
function lazyBuiltinSource(specifier) {
  return `let loaded;
const real = () => (loaded ??= require(${JSON.stringify(specifier)}));
module.exports = new Proxy({}, {
  get: (_, key) => real()[key],
  has: (_, key) => key in real(),
  ownKeys: () => Reflect.ownKeys(real()),
  getOwnPropertyDescriptor: (_, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
    return descriptor && { ...descriptor, configurable: true };
  },
});
`;
}

/**
 * The TypeScript sources' rules, linter and phrase compiler as one ES module
 * in out/ (removed when the process exits), for snapshotPhrases: the phrases
 * the server bundle carries are compiled by the code it bundles.
 */
async function bundleSnapshotTool() {
  const outfile = path.join(root, 'out', `.phrase-snapshot-${process.pid}.mjs`);
  process.on('exit', () => fs.rmSync(outfile, { force: true }));
  await build({
    stdin: {
      contents: [
        "export { ALL_RULES } from './rules/index.ts';",
        "export { compiledConcept } from './server/engine/judge/rule-decision.ts';",
        "export { lint } from './server/linter.ts';",
        "export { compiledPhrasesSnapshot } from './server/engine/text/phrases.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    ...esmCommon,
    logLevel: 'warning',
  });
  return outfile;
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
    const fromOut = await loadFromOut();
    const phrases = snapshotPhrases(fromOut);
    // Taken after snapshotPhrases made every rule's sets: the CLI starts with all of them filed.
    fs.mkdirSync(outdir, { recursive: true });
    fs.writeFileSync(path.join(outdir, CLI_PHRASE_INDEX), fromOut.phraseIndexSnapshot());
    const [esm, engine] = await Promise.all([
      build({
        plugins: [precompiledPhrasesPlugin(phrases, { ascii: true, file: CLI_PHRASES, index: CLI_PHRASE_INDEX }), cliEngineLoaderPlugin()],
        absWorkingDir: root,
        entryPoints: { main: entry, worker: path.join(root, 'out/server/cli/worker.js') },
        outdir,
        ...esmCommon,
        splitting: true,
        charset: 'utf8',
        // Chained to tsc's own source maps, so a stack trace (node --enable-source-maps) names the .ts files.
        sourcemap: true,
        metafile: true,
        logLevel: 'warning',
      }),
      // The engine the lint command runs (server/cli/engine.ts): one CommonJS file, which a vm.Script can
      // compile with a code cache. Pure ASCII, so it is read as latin1 into a one-byte string with no UTF-8
      // decoding (the Russian and Chinese cue data made the ES chunk a two-byte one), and minified, as the
      // review worker (the same engine) is: less to read, and a smaller code cache to deserialise.
      build({
        ...common,
        entryPoints: [path.join(root, 'out/server/cli/analyse.js')],
        outfile: path.join(outdir, CLI_ENGINE),
        plugins: [precompiledPhrasesPlugin(phrases, { ascii: true, file: CLI_PHRASES, index: CLI_PHRASE_INDEX })],
        charset: 'ascii',
        minify: true,
        sourcemap: true,
        metafile: true,
        logLevel: 'warning',
      }).then((result) => (asciiRegExps(path.join(outdir, CLI_ENGINE), true), result)),
    ]);
    result = { metafile: { inputs: { ...esm.metafile.inputs, ...engine.metafile.inputs }, outputs: { ...esm.metafile.outputs, ...engine.metafile.outputs } } };
    writeCliEngineCache();
  } catch (error) {
    // esbuild has already printed its errors.
    if (!error?.errors) console.error(error);
    process.exitCode = 1;
    return;
  }
  writeManifest('main.js', [...metafileFiles([result]), ...[CLI_ENGINE_CACHE, CLI_PHRASE_INDEX, CLI_PHRASES].map((file) => path.join(outdir, file))]);
  console.log(`bundle --cli: ${path.relative(root, outdir) || '.'} (${Object.keys(result.metafile.outputs).length + 3} files from ${Object.keys(result.metafile.inputs).length} inputs)`);
}

/**
 * In the CLI bundle, server/cli/engine.ts becomes a loader that runs engine.cjs
 * through vm.Script with engine.cjs.cache as V8's code cache. A missing cache,
 * or one V8 rejects (another Node, other V8 flags: MLDL_INTERRUPT_BUDGET), only
 * means a normal compile. The script is left on a global under a registered
 * symbol for writeCliEngineCache's run, the one that makes the cache.
 */
function cliEngineLoaderPlugin() {
  const source = `import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

let loaded;

export function loadEngine() {
  return (loaded ??= Promise.resolve().then(() => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const file = path.join(dir, ${JSON.stringify(CLI_ENGINE)});
    let cachedData;
    try {
      cachedData = fs.readFileSync(path.join(dir, ${JSON.stringify(CLI_ENGINE_CACHE)}));
    } catch {
      cachedData = undefined;
    }
    // The file is ASCII (scripts/bundle.mjs): latin1 reads it into a one-byte string without decoding.
    const wrapped = '(function (exports, require, module, __filename, __dirname) { ' + fs.readFileSync(file, 'latin1') + '\\n})';
    const script = new vm.Script(wrapped, { filename: file, cachedData });
    globalThis[Symbol.for('mldl.cliEngineScript')] = script;
    const module = { exports: {} };
    script.runInThisContext()(module.exports, createRequire(file), module, file, dir);
    return module.exports;
  }));
}
`;
  return {
    name: 'cli-engine-loader',
    setup(build) {
      build.onLoad({ filter: /[\\/]out[\\/]server[\\/]cli[\\/]engine\.js$/ }, () => ({ contents: source, loader: 'js' }));
    },
  };
}

/**
 * engine.cjs.cache: the bundle's CLI lints the examples on one thread, from a
 * child process started as bin/mldl.js starts it (the V8 flags the CLI sets,
 * its interrupt budget, are part of what V8 checks), and writes the code V8
 * compiled for engine.cjs by then: the top-level code and every function a
 * lint ran, not just the former. V8 accepts the cache only from its own
 * version and flags, so it serves the Node that built the bundle; another
 * compiles engine.cjs as if there were no cache.
 */
function writeCliEngineCache() {
  const cacheFile = path.join(outdir, CLI_ENGINE_CACHE);
  fs.rmSync(cacheFile, { force: true });
  const examples = ['job-recommendations-draft.md', 'job-recommendations.md'].map((name) => path.join(root, 'examples', name));
  const producer = `const cli = await import(${JSON.stringify(pathToFileURL(path.join(outdir, 'main.js')).href)});
await cli.main(['--format', 'json', ...${JSON.stringify(examples)}]);
const script = globalThis[Symbol.for('mldl.cliEngineScript')];
if (!script) throw new Error('the CLI bundle did not load ${CLI_ENGINE}');
(await import('node:fs')).writeFileSync(${JSON.stringify(cacheFile)}, script.createCachedData());
`;
  const env = { ...process.env, MLDL_WORKERS: '0' };
  delete env.MLDL_INTERRUPT_BUDGET;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', producer], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0 || !fs.existsSync(cacheFile)) throw new Error(`${CLI_ENGINE_CACHE} was not written: ${run.stderr || run.stdout}`);
}

/**
 * Every file esbuild read or wrote in these builds, as absolute paths (the
 * metafile's are relative to absWorkingDir, the root). Inputs that are no
 * file (`<stdin>`, a plugin's `namespace:name`) are left out.
 */
function metafileFiles(results) {
  return results
    .flatMap((result) => [...Object.keys(result.metafile.inputs), ...Object.keys(result.metafile.outputs)])
    .filter((file) => file !== '<stdin>' && !/^[a-z][a-z-]+:/.test(file))
    .map((file) => path.resolve(root, file));
}

/**
 * The manifest bin/fresh-bundle.js reads: the bundle's entry (relative to outdir) and each file's mtime and size, written last.
 * Built for `npm pack` / `npm publish` (npm runs `prepare` for both and says which in npm_command), it is marked `packed`:
 * npm gives every file of a tarball the same fixed mtime and installs the dependencies elsewhere, so an installed copy
 * checks only that the bundle's own files are there at their sizes (the package is not rebuilt where it is installed).
 * `postpack` (--unpack-manifest) takes the mark off again in the working tree, where out/ keeps changing.
 */
function writeManifest(entry, files) {
  const stamps = {};
  for (const file of new Set(files)) {
    const stat = fs.statSync(file);
    stamps[path.relative(outdir, file).split(path.sep).join('/')] = [stat.mtimeMs, stat.size];
  }
  const packed = process.env.npm_command === 'pack' || process.env.npm_command === 'publish';
  fs.writeFileSync(path.join(outdir, MANIFEST), JSON.stringify({ entry, files: stamps, ...(packed ? { packed: true } : {}) }));
}

/** After `npm pack`: the working tree's bundle is checked against its inputs again. */
function unpackManifest() {
  const file = path.join(outdir, MANIFEST);
  if (!fs.existsSync(file)) return;
  const { packed, ...manifest } = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (packed) fs.writeFileSync(file, JSON.stringify(manifest));
}

/** What snapshotPhrases needs, from out/ as tsc compiled it. */
async function loadFromOut() {
  const load = (file) => import(pathToFileURL(path.join(root, 'out', file)).href);
  // One after another, not Promise.all: modules compile phrase sets as they are evaluated, and the order of
  // concurrent dynamic imports' evaluation can vary, which numbered the sets differently from build to build.
  const { ALL_RULES } = await load('rules/index.js');
  const { compiledConcept } = await load('server/engine/judge/rule-decision.js');
  const { lint } = await load('server/linter.js');
  const { compiledPhrasesSnapshot, phraseIndexSnapshot } = await load('server/engine/text/phrases.js');
  return { ALL_RULES, compiledConcept, lint, compiledPhrasesSnapshot, phraseIndexSnapshot };
}

/**
 * Every rule's cue phrases, compiled by the given build of the code: each
 * rule's concept, the phrase sets modules make when loaded, and those a lint
 * of the examples makes on first use. See server/engine/text/phrase-cache.ts.
 */
function snapshotPhrases({ ALL_RULES, compiledConcept, lint, compiledPhrasesSnapshot }) {
  for (const rule of ALL_RULES) compiledConcept(rule);
  for (const example of ['job-recommendations-draft.md', 'job-recommendations.md']) lint(fs.readFileSync(path.join(root, 'examples', example), 'utf8'));
  return compiledPhrasesSnapshot();
}

/**
 * Puts the precompiled phrases in place of phrase-cache.ts's `undefined`:
 * parsed on first use, from the file `file` beside the bundle's code when one
 * is named (the CLI's builds, which write it), else from the code itself.
 * `ascii`: their non-ASCII characters as JSON's own escapes, so that the
 * string JSON.parse reads is a one-byte one too (esbuild would write them as
 * JavaScript escapes, which make the string two-byte again once read).
 * `index`: the file the phrase index is read from (PRECOMPILED_INDEX; the
 * CLI's builds only).
 */
function precompiledPhrasesPlugin(phrases, { ascii = false, file = undefined, index = undefined } = {}) {
  const json = ascii ? JSON.stringify(phrases).replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) : JSON.stringify(phrases);
  const read = (name, encoding) => `__mldlReadFileSync(new URL(${JSON.stringify(`./${name}`)}, import.meta.url)${encoding ? `, ${JSON.stringify(encoding)}` : ''})`;
  // JSON.parse of a string: V8 parses JSON faster than the same data as an object literal.
  const source = [
    "import { readFileSync as __mldlReadFileSync } from 'node:fs';",
    'let __mldlPhrases;',
    `export function precompiledPhrases() { return (__mldlPhrases ??= JSON.parse(${file === undefined ? JSON.stringify(json) : read(file, 'latin1')})); }`,
    `export const PRECOMPILED_INDEX = ${index === undefined ? 'undefined' : read(index)};`,
    '',
  ].join('\n');
  if (file !== undefined) fs.writeFileSync(path.join(outdir, file), json);
  return {
    name: 'precompiled-phrases',
    setup(build) {
      build.onLoad({ filter: /[\\/]server[\\/]engine[\\/]text[\\/]phrase-cache\.[jt]s$/ }, () => ({ contents: source, loader: 'js' }));
    },
  };
}

/**
 * esbuild's `charset: 'ascii'` escapes strings and templates but leaves
 * regular-expression literals as written (`/[а-я]+/u`, `/['’]s$/`), and one
 * such character makes V8 keep the whole file as a two-byte string. Every
 * UTF-16 unit past ASCII in `file` becomes `\uXXXX`, which means the same in
 * a regular expression with or without the `u` flag (a surrogate pair of
 * escapes is one code point under `u`) and in an identifier; an identity
 * escape (`\—`) loses its backslash. Only regular expressions are left to
 * escape after esbuild (a string or template would change its raw text), so
 * the file must not hold a `String.raw` or another tagged template with such
 * a character: none of the bundled code does. With `sourceMap`, the map's
 * generated columns on the lines changed are moved to match.
 */
function asciiRegExps(file, sourceMap) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  /** Per line changed: [column in the old line after which the line grew, by how much in all so far]. */
  const shifts = new Map();
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (!/[^\0-\x7f]/.test(line)) continue;
    let out = '';
    let extra = 0;
    const points = [];
    for (let c = 0; c < line.length; c++) {
      const code = line.charCodeAt(c);
      if (code < 0x80) {
        out += line[c];
        continue;
      }
      let backslashes = 0;
      while (out[out.length - 1 - backslashes] === '\\') backslashes++;
      const identityEscape = backslashes % 2 === 1;
      if (identityEscape) out = out.slice(0, -1);
      out += `\\u${code.toString(16).padStart(4, '0')}`;
      extra += identityEscape ? 4 : 5;
      points.push([c + 1, extra]);
    }
    lines[n] = out;
    shifts.set(n, points);
  }
  if (shifts.size === 0) return;
  fs.writeFileSync(file, lines.join('\n'));
  if (sourceMap) moveMappedColumns(`${file}.map`, shifts);
}

/** A source map's generated columns moved on the lines of `shifts` (asciiRegExps). */
function moveMappedColumns(mapFile, shifts) {
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
  // decode() gives each segment's generated column as an absolute column of its line.
  const lines = decodeMappings(map.mappings);
  for (const [n, points] of shifts) {
    for (const segment of lines[n] ?? []) {
      let extra = 0;
      for (const [after, total] of points) if (after <= segment[0]) extra = total;
      segment[0] += extra;
    }
  }
  map.mappings = encodeMappings(lines);
  fs.writeFileSync(mapFile, JSON.stringify(map));
}
