// `npm run bench`: measures mldl against markdownlint-cli2 and remark-cli on
// the same files in one run, plus the language server's start-up, per-edit
// latency and memory, and the .vsix size. Writes bench/RESULTS.md and prints it.
// Not part of `npm test`: timings depend on the machine.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { prepareInputs } from './corpus.mjs';
import { measureEditLatency, measureInitialize, measureMemory, median } from './server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/docs');
const BIN = path.join(ROOT, 'node_modules/.bin');
const MLDL = path.join(ROOT, 'bin/mldl.js');
const QUICK = process.argv.includes('--quick');

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
  for (let i = 0; i < 5; i++) {
    const startedAt = performance.now();
    parseMarkdown(text);
    times.push(performance.now() - startedAt);
  }
  return median(times);
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
    const withCache = mldlSupportsCache();
    const loadBefore = loadAverage();
    const startup = startupTable(inputs.corpora[0].dir);
    const cli = cliTable(inputs, withCache);
    const loadAfter = loadAverage();

    log('server: initialize');
    const initializeMs = await measureInitialize(serverBundle, inputs.root, QUICK ? 3 : 10);
    const edits = QUICK ? 20 : 200;
    const latency = [];
    for (const [name, text] of [
      ['500-line doc', inputs.smallText],
      ['10,000-line doc', inputs.bigText],
    ]) {
      log(`server: ${edits} edits on the ${name}`);
      const result = await measureEditLatency(serverBundle, inputs.root, text, edits);
      latency.push({ name, text, result, parse: await remarkParseMs(text) });
    }
    log('server: memory with 50 open docs');
    const docs = fs.readdirSync(inputs.corpora[0].dir).map((name) => fs.readFileSync(path.join(inputs.corpora[0].dir, name), 'utf8'));
    const fifty = Array.from({ length: 50 }, (_, i) => docs[i % docs.length]);
    const memoryMb = await measureMemory(serverBundle, inputs.root, fifty);
    log('packaging the .vsix');
    const vsix = vsixSize();

    const report = [
      '# Benchmark results',
      '',
      'Generated by `npm run bench` (bench/run.mjs); numbers depend on the machine. Inputs are built in a temporary',
      'directory: the development docs, those docs replicated to about 300 files, and a generated 10,000-line design doc.',
      '',
      `- Date: ${new Date().toISOString()}`,
      `- Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} CPUs (nproc), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.platform()} ${os.release()}`,
      `- Node ${process.version}; mldl ${toolVersion([process.execPath, MLDL, '--version'])}; markdownlint-cli2 ${toolVersion([path.join(BIN, 'markdownlint-cli2'), '--help']).replace(/^markdownlint-cli2\s*/, '')}; remark-cli ${toolVersion([path.join(BIN, 'remark'), '--version'])}`,
      `- Timing: ${hasHyperfine() ? toolVersion(['hyperfine', '--version']) + ' (median, 1 warm-up run)' : 'median of repeated runs'}`,
      `- Load average (1 / 5 / 15 min) before the CLI runs: ${loadBefore}; after: ${loadAfter}. Other work may share the machine: compare the CPU times when it was busy.`,
      '',
      '## CLI start-up',
      '',
      startup,
      '',
      '## CLI wall time (ratio to markdownlint-cli2)',
      '',
      cli,
      '',
      withCache ? '' : '`mldl --cache` is not implemented in this build: n/a.\n',
      '## Language server',
      '',
      '| Measurement | Value |',
      '| --- | --- |',
      `| \`initialize\` answered after process start (bundled server, median of ${QUICK ? 3 : 10}) | ${ms(initializeMs)} |`,
      ...latency.map(
        ({ name, text, result, parse }) =>
          `| didChange → diagnostics, ${name} (${kb(Buffer.byteLength(text))}), ${edits} edits: p50 / p95 / max | ${ms(result.p50)} / ${ms(result.p95)} / ${ms(result.max)} (one full remark parse: ${ms(parse)}) |`,
      ),
      `| Resident memory with 50 open docs | ${memoryMb.toFixed(0)} MB |`,
      `| .vsix size | ${vsix.text} |`,
      '',
    ]
      .filter((line, index, all) => !(line === '' && all[index - 1] === ''))
      .join('\n');
    fs.writeFileSync(path.join(ROOT, 'bench/RESULTS.md'), report);
    process.stdout.write(report);
  } finally {
    fs.rmSync(inputs.root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.stack ?? error}\n`);
  process.exit(1);
});
