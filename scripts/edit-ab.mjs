// Per-edit CPU of two builds in one process: the same seeded edits of the 10,118-line doc (or a corpus doc,
// --only=name) are applied to each build in alternating order, so that the per-edit difference is paired and
// the drift of a shared machine's load cancels out; prints each build's mean / p50 / p95 and the median of
// the paired differences (second minus first). --same: re-lint one text (the cost of an unchanged re-lint).
//
//   node scripts/edit-ab.mjs outA outB [--edits=100] [--warm=10] [--seed=17] [--same] [--only=name] [--worker]
import path from 'node:path'; import os from 'node:os';
import { buildsOf, cpuMs, editInputs, pairedArgs } from './edit-inputs.mjs';
const { argv: args, flag, outs, loader } = pairedArgs();
async function build(outDir) {
  const load = loader(outDir);
  const { lintOptions } = await load('server/linter.js');
  const { IncrementalLinter } = await load('server/engine/incremental.js');
  return { name: path.basename(outDir), linter: new IncrementalLinter(), options: lintOptions({ filePath: '/tmp/big.md' }) };
}
const builds = await buildsOf(outs, build);
const inputs = await editInputs(flag('only'));
const { insertRandomLetter, seededRandom } = inputs;
let text = inputs.text;
const cpu = cpuMs;
const run = (b, t) => { const a = cpu(); b.linter.lint(t, b.options); return cpu() - a; };
// --worker: each build gets the text as the review worker makes it (server/lsp/review-worker.ts): its own last
// text with the 16,384-character piece the edit fell in replaced (text-sync.ts), a string V8 flattens at its
// first read, and the edit that made it (a build that does not take it ignores it).
const asWorker = args.includes('--worker');
const PIECE = 16_384;
const pieceEdit = (before, after) => {
  let at = 0;
  while (at < before.length && before.charCodeAt(at) === after.charCodeAt(at)) at++;
  const start = Math.floor(at / PIECE) * PIECE;
  const end = Math.min(before.length, start + PIECE);
  // A fresh string, as a structured clone makes it.
  const piece = Buffer.from(after.slice(start, end + after.length - before.length), 'utf16le').toString('utf16le');
  return { start, end, piece };
};
const runAsWorker = (b, edit) => {
  const a = cpu();
  const before = b.kept;
  b.kept = before.slice(0, edit.start) + edit.piece + before.slice(edit.end);
  b.linter.lint(b.kept, b.options, { before, start: edit.start, end: edit.end });
  return cpu() - a;
};
for (const b of builds) { run(b, text); b.kept = text; }
const random = seededRandom(Number(flag('seed') ?? 17));
const same = args.includes('--same');
const warm = Number(flag('warm') ?? 10), n = Number(flag('edits') ?? 100);
const times = builds.map(() => []);
const load0 = os.loadavg()[0];
for (let i = 0; i < warm + n; i++) {
  const previous = text;
  if (!same || i === 0) text = insertRandomLetter(text, random).text;
  const edit = asWorker ? pieceEdit(previous, text) : undefined;
  const order = i % 2 ? [1, 0] : [0, 1];
  for (const k of order) { const t = asWorker ? runAsWorker(builds[k], edit) : run(builds[k], text); if (i >= warm) times[k].push(t); }
}
const pct = (v, p) => { const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
const diff = times[1].map((t, i) => t - times[0][i]);
console.log(JSON.stringify({ load: `${load0.toFixed(1)}-${os.loadavg()[0].toFixed(1)}`, same, ...Object.fromEntries(builds.map((b, k) => [b.name, { mean: +mean(times[k]).toFixed(1), p50: +pct(times[k], 50).toFixed(1), p95: +pct(times[k], 95).toFixed(1) }])), medianDiff: +pct(diff, 50).toFixed(2) }));
