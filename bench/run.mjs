// `npm run bench`: measures mldl against markdownlint-cli2 and remark-cli on
// the same files in one run, plus the language server's start-up, its
// per-edit latency on every document of the development corpus and on a
// 10,000-line document made of them, its memory, and the .vsix size. Writes
// bench/RESULTS.md and prints it. Not part of `npm test`: timings depend on
// the machine.
//
//   --quick          fewer runs and edits (a smoke test of the bench itself)
//   --server-only    only the language server (no CLI runs, no .vsix)
// Either prints its report without writing bench/RESULTS.md.
//   --help           prints the usage; any other argument is refused (exit 2)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { lineCount, prepareInputs } from './corpus.mjs';
import { measureEdits, measureInitialize, measureMemory, median, PAUSE_AFTER_OPEN_MS } from './server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/docs');
const BIN = path.join(ROOT, 'node_modules/.bin');
const MLDL = path.join(ROOT, 'bin/mldl.js');
const USAGE = 'usage: npm run bench [-- --quick] [--server-only]   (node bench/run.mjs --help: this line)';
const KNOWN_ARGS = new Set(['--quick', '--server-only']);
// A bench takes minutes and loads the machine: a mistyped or unknown flag must not start one.
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = process.argv.slice(2).find((arg) => !KNOWN_ARGS.has(arg));
if (unknown !== undefined) {
  console.error(`bench: unknown argument ${unknown}\n${USAGE}`);
  process.exit(2);
}
const QUICK = process.argv.includes('--quick');
const SERVER_ONLY = process.argv.includes('--server-only');
/** Edits per document (20–30 one-character insertions, as a writer makes them). */
const EDITS = QUICK ? 8 : 25;
const BIG_EDITS = QUICK ? 8 : 30;
/** Targets (docs/performance.md). */
const EDIT_P95_TARGET_MS = 25;
const BIG_EDIT_P95_TARGET_MS = 50;

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function hasHyperfine() {
  return spawnSync('hyperfine', ['--version'], { encoding: 'utf8' }).status === 0;
}

function mldlSupportsCache() {
  return spawnSync(process.execPath, [MLDL, '--help'], { encoding: 'utf8' }).stdout.includes('--cache');
}

const quote = (arg) => `'${arg.replaceAll("'", "'\\''")}'`;

/**
 * Median wall time (ms) of `command` run in `cwd`, with its mean CPU time
 * (user + system, all threads) as `cpu`: on a machine shared with other work
 * the wall time swings with the load, the CPU time much less. Exit codes are
 * ignored: a linter that finds problems exits 1, and that is the normal case here.
 */
function wallTime(command, cwd, runs, prepare) {
  if (hasHyperfine()) {
    const exportFile = path.join(os.tmpdir(), `mldl-bench-${process.pid}.json`);
    const args = ['--runs', String(runs), '--warmup', '1', '-i', '--style', 'none', '--export-json', exportFile];
    if (prepare) args.push('--prepare', prepare);
    execFileSync('hyperfine', [...args, command.map(quote).join(' ')], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    const result = JSON.parse(fs.readFileSync(exportFile, 'utf8')).results[0];
    fs.rmSync(exportFile, { force: true });
    return { wall: result.median * 1000, cpu: (result.user + result.system) * 1000 };
  }
  const times = [];
  spawnSync(command[0], command.slice(1), { cwd, stdio: 'ignore' });
  for (let i = 0; i < runs; i++) {
    if (prepare) execFileSync('sh', ['-c', prepare], { cwd });
    const startedAt = performance.now();
    spawnSync(command[0], command.slice(1), { cwd, stdio: 'ignore' });
    times.push(performance.now() - startedAt);
  }
  return { wall: median(times), cpu: NaN };
}

function toolVersion(command) {
  const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
  return (result.stdout || result.stderr).split('\n')[0].trim();
}

const ms = (value) => (Number.isFinite(value) ? `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms` : 'n/a');
const ratio = (value, reference) => (Number.isFinite(value) && Number.isFinite(reference) ? `${(value / reference).toFixed(2)}×` : 'n/a');
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

function cliTable(inputs, withCache) {
  const rows = [];
  for (const corpus of inputs.corpora) {
    const runs = QUICK ? 2 : corpus.files > 100 ? 3 : 5;
    const cacheFile = path.join(inputs.root, `.mldlcache-${rows.length}`);
    log(`CLI on ${corpus.name} (${corpus.files} files, ${kb(corpus.bytes)}), ${runs} runs each`);
    const times = {
      mldlCold: wallTime([process.execPath, MLDL, '.'], corpus.dir, runs),
      // The warm-up run fills the cache; the measured runs read it.
      mldlWarm: withCache ? wallTime([process.execPath, MLDL, '--cache', '--cache-location', cacheFile, '.'], corpus.dir, runs) : { wall: NaN, cpu: NaN },
      markdownlint: wallTime([path.join(BIN, 'markdownlint-cli2'), '**/*.md'], corpus.dir, runs),
      // remark resolves plugins from its cwd, so it runs from the repo on the absolute directory.
      remark: wallTime([path.join(BIN, 'remark'), '--use', 'remark-preset-lint-recommended', '--quiet', '--no-stdout', corpus.dir], ROOT, runs),
    };
    rows.push({ corpus, times });
  }
  const lines = [
    '| Files | mldl cold | mldl --cache warm | markdownlint-cli2 | remark-cli + lint-recommended |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const { corpus, times } of rows) {
    const cell = (value) => `${ms(value.wall)} (${ratio(value.wall, times.markdownlint.wall)})`;
    lines.push(
      `| ${corpus.name}: ${corpus.files} file${corpus.files === 1 ? '' : 's'}, ${kb(corpus.bytes)} | ${cell(times.mldlCold)} | ${cell(times.mldlWarm)} | ${ms(times.markdownlint.wall)} (1.00×) | ${cell(times.remark)} |`,
    );
  }
  lines.push(
    '',
    'CPU time (user + system over all threads, mean) of the same runs, less sensitive to the load than wall time:',
    '',
    '| Files | mldl cold | mldl --cache warm | markdownlint-cli2 | remark-cli + lint-recommended |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const { corpus, times } of rows) {
    const cell = (value) => `${ms(value.cpu)} (${ratio(value.cpu, times.markdownlint.cpu)})`;
    lines.push(`| ${corpus.name} | ${cell(times.mldlCold)} | ${cell(times.mldlWarm)} | ${ms(times.markdownlint.cpu)} (1.00×) | ${cell(times.remark)} |`);
  }
  return lines.join('\n');
}

/** Commands that lint nothing: how long the tool takes to start and answer. */
function startupTable(dir) {
  const runs = QUICK ? 3 : 10;
  log(`CLI start-up, ${runs} runs each`);
  const rows = [
    ['`node -e 0` (Node.js itself)', [process.execPath, '-e', '0']],
    ['`mldl --version`', [process.execPath, MLDL, '--version']],
    ['`mldl --help`', [process.execPath, MLDL, '--help']],
    ['`mldl --list-rules`', [process.execPath, MLDL, '--list-rules']],
    ['`markdownlint-cli2 --help`', [path.join(BIN, 'markdownlint-cli2'), '--help']],
  ].map(([label, command]) => ({ label, time: wallTime(command, dir, runs) }));
  return ['| Command | Wall time | CPU time |', '| --- | --- | --- |', ...rows.map(({ label, time }) => `| ${label} | ${ms(time.wall)} | ${ms(time.cpu)} |`)].join('\n');
}

function loadAverage() {
  return os.loadavg().map((value) => value.toFixed(1)).join(' / ');
}

async function remarkParseMs(text) {
  const { parseMarkdown } = await import(path.join(ROOT, 'out/server/engine/parse.js'));
  parseMarkdown('# warm up\n\nThe parser compiles its tokenizers on first use.\n');
  const times = [];
  for (let i = 0; i < 3; i++) {
    const startedAt = performance.now();
    parseMarkdown(text);
    times.push(performance.now() - startedAt);
  }
  return median(times);
}

/** Link and footnote definitions in a text (a full parse). */
async function definitionCount(text) {
  const { parseMarkdown } = await import(path.join(ROOT, 'out/server/engine/parse.js'));
  let count = 0;
  const walk = (node) => {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') count++;
    for (const child of node.children ?? []) walk(child);
  };
  walk(parseMarkdown(text));
  return count;
}

const shortName = (name) => (name.length > 72 ? `${name.slice(0, 69)}…` : name);
const cpuCell = (result, key) => (result.cpu ? ms(result.cpu[key]) : 'n/a');

/** The per-document edit table: worst first, every document. */
function editTable(results) {
  const sorted = [...results].sort((a, b) => b.wall.p95 - a.wall.p95);
  return [
    '| Document | Lines | p50 | p95 | max | server CPU p50 / p95 |',
    '| --- | --- | --- | --- | --- | --- |',
    ...sorted.map((r) => `| ${shortName(r.name)} | ${r.lines} | ${ms(r.wall.p50)} | ${ms(r.wall.p95)} | ${ms(r.wall.max)} | ${cpuCell(r, 'p50')} / ${cpuCell(r, 'p95')} |`),
  ].join('\n');
}

function vsixSize() {
  const before = new Set(fs.readdirSync(ROOT).filter((name) => name.endsWith('.vsix')));
  const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) return { text: 'n/a (`npm run package` failed)' };
  const candidates = fs
    .readdirSync(ROOT)
    .filter((name) => name.endsWith('.vsix'))
    .map((name) => ({ name, stat: fs.statSync(path.join(ROOT, name)) }))
    .sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
  if (candidates.length === 0) return { text: 'n/a (no .vsix produced)' };
  void before;
  return { text: `${(candidates[0].stat.size / 1024 / 1024).toFixed(2)} MB (${candidates[0].name})`, bytes: candidates[0].stat.size };
}

async function main() {
  if (!fs.existsSync(CORPUS)) throw new Error(`corpus not found: ${CORPUS}`);
  log('building (tsc) and bundling the server');
  execFileSync('npx', ['tsc', '-p', '.'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('node', ['scripts/bundle.mjs', '--server-only'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const serverBundle = path.join(ROOT, 'dist/server.cjs');

  const inputs = prepareInputs(CORPUS);
  try {
    const withCache = !SERVER_ONLY && mldlSupportsCache();
    const loadBefore = loadAverage();
    const startup = SERVER_ONLY ? undefined : startupTable(inputs.corpora[0].dir);
    const cli = SERVER_ONLY ? undefined : cliTable(inputs, withCache);
    const loadAfterCli = loadAverage();

    log('server: initialize');
    const initialize = await measureInitialize(serverBundle, inputs.root, QUICK ? 3 : 10);
    log(`server: ${EDITS} edits on each of the ${inputs.docs.length} corpus documents`);
    const perDoc = await measureEdits(serverBundle, inputs.root, inputs.docs, { edits: EDITS, seed: 13 });
    log(`server: ${BIG_EDITS} edits on the ${lineCount(inputs.big.text)}-line document`);
    const [big] = await measureEdits(serverBundle, inputs.root, [inputs.big], { edits: BIG_EDITS, seed: 17 });
    log(`server: the same edits on it, typed as soon as it opened (no pause)`);
    const [bigAtOnce] = await measureEdits(serverBundle, inputs.root, [inputs.big], { edits: BIG_EDITS, seed: 17, pauseMs: 0 });
    const bigParse = await remarkParseMs(inputs.big.text);
    const bigDefinitions = await definitionCount(inputs.big.text);
    log('server: memory with 50 open docs');
    const fifty = Array.from({ length: 50 }, (_, i) => inputs.docs[i % inputs.docs.length].text);
    const memory = await measureMemory(serverBundle, inputs.root, fifty);
    const loadAfter = loadAverage();
    const vsix = SERVER_ONLY ? undefined : (log('packaging the .vsix'), vsixSize());

    const worst = perDoc.reduce((a, b) => (b.wall.p95 > a.wall.p95 ? b : a));
    const worstCpu = perDoc.filter((r) => r.cpu).reduce((a, b) => (b.cpu.p95 > (a?.cpu.p95 ?? -1) ? b : a), undefined);
    const over = perDoc.filter((r) => r.wall.p95 > EDIT_P95_TARGET_MS);
    const report = [
      '# Benchmark results',
      '',
      'Generated by `npm run bench` (bench/run.mjs); numbers depend on the machine and on what else runs on it.',
      `Inputs are built in a temporary directory from the development corpus (${inputs.docs.length} documents in`,
      `../shared/corpus/docs): the documents themselves, the corpus replicated to ${inputs.corpora[1].files} files, and one`,
      `${lineCount(inputs.big.text).toLocaleString('en')}-line document made of the first ${inputs.big.sources.length} documents in name order, concatenated whole`,
      `(${bigDefinitions} link/footnote definitions in it).`,
      '',
      `- Date: ${new Date().toISOString()}`,
      `- Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} CPUs (nproc), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.platform()} ${os.release()}`,
      `- Node ${process.version}; mldl ${toolVersion([process.execPath, MLDL, '--version'])}${SERVER_ONLY ? '' : `; markdownlint-cli2 ${toolVersion([path.join(BIN, 'markdownlint-cli2'), '--help']).replace(/^markdownlint-cli2\s*/, '')}; remark-cli ${toolVersion([path.join(BIN, 'remark'), '--version'])}`}`,
      `- Timing: ${hasHyperfine() ? toolVersion(['hyperfine', '--version']) + ' (median, 1 warm-up run)' : 'median of repeated runs'} for the CLI; the server is driven over stdio by bench/server.mjs`,
      `- Load average (1 / 5 / 15 min): ${loadBefore} at the start, ${loadAfterCli} after the CLI runs, ${loadAfter} after the server runs. When it is above the`,
      '  number of CPUs other work competed for them: compare CPU times, which the load moves much less than wall times.',
      '',
      ...(SERVER_ONLY
        ? []
        : ['## CLI start-up', '', startup, '', '## CLI wall time (ratio to markdownlint-cli2)', '', cli, '', withCache ? '' : '`mldl --cache` is not implemented in this build: n/a.\n']),
      '## Language server',
      '',
      '| Measurement | Value |',
      '| --- | --- |',
      `| \`initialize\` answered after process start (bundled server, median of ${QUICK ? 3 : 10}) | ${ms(initialize.wallMs)} (server CPU at the answer ${ms(initialize.cpuMs)}; \`node -e\` alone in the same runs: ${ms(initialize.floorWallMs)} wall, ${ms(initialize.floorCpuMs)} CPU) |`,
      `| Edit p95, worst corpus document (${EDITS} one-character insertions at random places starting ${PAUSE_AFTER_OPEN_MS} ms after the document's first diagnostics, didChange → pulled diagnostics, debounce 0; the p95 of ${EDITS} is the second-slowest edit) | ${ms(worst.wall.p95)}: ${worst.name} (${worst.lines} lines) |`,
      `| Edit p95 over ${EDIT_P95_TARGET_MS} ms | ${over.length} of ${perDoc.length} corpus documents |`,
      `| Server CPU time per edit, p95, worst corpus document | ${worstCpu ? `${ms(worstCpu.cpu.p95)}: ${worstCpu.name}` : 'n/a'} |`,
      `| Edits on the ${lineCount(inputs.big.text).toLocaleString('en')}-line document (${kb(Buffer.byteLength(inputs.big.text))}), ${BIG_EDITS} edits from ${PAUSE_AFTER_OPEN_MS} ms after its first diagnostics: p50 / p95 / max | ${ms(big.wall.p50)} / ${ms(big.wall.p95)} / ${ms(big.wall.max)} (server CPU p95 ${cpuCell(big, 'p95')}; one full remark parse of it: ${ms(bigParse)}) |`,
      `| The same ${BIG_EDITS} edits typed as soon as its first diagnostics arrive (no pause): p50 / p95 / max | ${ms(bigAtOnce.wall.p50)} / ${ms(bigAtOnce.wall.p95)} / ${ms(bigAtOnce.wall.max)} (server CPU p95 ${cpuCell(bigAtOnce, 'p95')}) |`,
      `| Resident memory with 50 open corpus docs: right after the last review / after ${memory.pauseMs / 1000} s idle | ${memory.afterReviews.toFixed(0)} MB / ${memory.afterPause.toFixed(0)} MB |`,
      ...(memory.parts
        ? [`| … of which, after the pause: V8 heaps and other anonymous memory / glibc malloc (main arena and the threads' arenas) / node binary / other files | ${memory.parts.anonymous.toFixed(0)} / ${memory.parts.malloc.toFixed(0)} / ${memory.parts.binary.toFixed(0)} / ${memory.parts.other.toFixed(0)} MB |`]
        : []),
      ...(vsix ? [`| .vsix size | ${vsix.text} |`] : []),
      '',
      `### Edit latency per corpus document (worst p95 first; target p95 ≤ ${EDIT_P95_TARGET_MS} ms, ≤ ${BIG_EDIT_P95_TARGET_MS} ms on the 10,000-line doc)`,
      '',
      editTable(perDoc),
      '',
    ]
      .filter((line, index, all) => !(line === '' && all[index - 1] === ''))
      .join('\n');
    // A partial run (--quick, --server-only) is printed, not recorded.
    if (!QUICK && !SERVER_ONLY) fs.writeFileSync(path.join(ROOT, 'bench/RESULTS.md'), report);
    process.stdout.write(report);
  } finally {
    fs.rmSync(inputs.root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.stack ?? error}\n`);
  process.exit(1);
});
