// Per-edit CPU time of the incremental linter, in process (no server, no
// stdio): the same one-character insertions as bench/server.mjs makes, on
// every corpus doc and on the ~10,000-line concatenation of them. CPU time
// (process.cpuUsage, all threads) rather than wall time, so that two builds
// can be compared on a machine other work shares.
//
//   node scripts/edit-cpu.mjs [outDir=out] [--edits=25] [--only=substring] [--big-only] [--no-big]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import inspector from 'node:inspector';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const outDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(ROOT, 'out'));
const EDITS = Number(flag('edits') ?? 25);
const only = flag('only');
const load = (p) => import(pathToFileURL(path.join(outDir, p)).href);
const { lintOptions } = await load('server/linter.js');
const { IncrementalLinter } = await load('server/engine/incremental.js');
const { concatenate, BIG_DOC_LINES } = await import(pathToFileURL(path.join(ROOT, 'bench/corpus.mjs')).href);
const { insertRandomLetter, seededRandom } = await import(pathToFileURL(path.join(ROOT, 'bench/server.mjs')).href);

const corpus = path.resolve(ROOT, '../shared/corpus/docs');
const docs = fs.readdirSync(corpus).filter((n) => n.endsWith('.md')).sort().map((name) => ({ name, text: fs.readFileSync(path.join(corpus, name), 'utf8') }));

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const pct = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

// --profile=file.cpuprofile: a CPU profile of the edits only (not of the first lint of each document).
const profileFile = flag('profile');
const session = profileFile ? new inspector.Session() : undefined;
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
}

function measure(doc, edits, random) {
  const linter = new IncrementalLinter();
  let text = doc.text;
  const options = lintOptions({ filePath: `/tmp/${doc.name}` });
  linter.lint(text, options);
  if (session) session.post('Profiler.start');
  const cpu = [];
  for (let i = 0; i < edits; i++) {
    text = insertRandomLetter(text, random).text;
    const before = cpuMs();
    linter.lint(text, options);
    cpu.push(cpuMs() - before);
  }
  if (session) session.post('Profiler.stop', (error, result) => {
    if (!error) profiles.push(result.profile);
  });
  return { name: doc.name, p50: pct(cpu, 50), p95: pct(cpu, 95), max: Math.max(...cpu) };
}

const results = [];
const profiles = [];
if (!args.includes('--big-only')) {
  const random = seededRandom(13);
  for (const doc of docs) {
    if (only && !doc.name.includes(only)) continue;
    results.push(measure(doc, EDITS, random));
  }
  results.sort((a, b) => b.p95 - a.p95);
  for (const r of results.slice(0, 12)) console.log(`${r.p95.toFixed(1).padStart(7)} p95 ${r.p50.toFixed(1).padStart(6)} p50  ${r.name.slice(0, 70)}`);
  const over = results.filter((r) => r.p95 > 25).length;
  console.log(`docs: ${results.length}, p95 over 25 ms CPU: ${over}, worst ${results[0]?.p95.toFixed(1)} ms, median of p95 ${pct(results.map((r) => r.p95), 50)?.toFixed(1)} ms`);
}
if (!args.includes('--no-big') && !only) {
  const big = concatenate(docs, BIG_DOC_LINES);
  const r = measure({ name: 'big', text: big.text }, Number(flag('big-edits') ?? 30), seededRandom(17));
  console.log(`big doc (${big.text.split('\n').length} lines): CPU p50 ${r.p50.toFixed(1)} / p95 ${r.p95.toFixed(1)} / max ${r.max.toFixed(1)} ms`);
}

if (session) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  // Only the last document's edits when several were measured: one profile per file.
  fs.writeFileSync(profileFile, JSON.stringify(profiles[profiles.length - 1]));
  console.log(`profile of the last document's edits: ${profileFile}`);
}
