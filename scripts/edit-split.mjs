// Per-edit CPU of two builds split into parse (RegionParser.update) / assembly (assembleDesignDoc) / lint
// (lintDesignDoc), paired in one process as scripts/edit-ab.mjs does (the same seeded edits of the 10,118-line
// doc, builds alternating), and whether the two builds' findings and coverage were the same after every edit.
//
//   node scripts/edit-split.mjs outA outB [--edits=100] [--warm=10] [--seed=17] [--only=name]
import path from 'node:path'; import os from 'node:os';
import { buildsOf, cpuMs, editInputs, pairedArgs } from './edit-inputs.mjs';
const { argv: args, flag, outs, loader } = pairedArgs();
async function build(outDir) {
  const load = loader(outDir);
  const { lintOptions } = await load('server/linter.js');
  const { RegionParser } = await load('server/engine/regions.js');
  const { assembleDesignDoc } = await load('server/engine/model.js');
  const { lintDesignDoc } = await load('server/engine/lint.js');
  return { name: outs.length > 1 && path.basename(outDir) === path.basename(outs[0]) ? outDir : path.basename(outDir), parser: new RegionParser(), state: { root: undefined, lines: undefined }, assembleDesignDoc, lintDesignDoc, options: lintOptions({ filePath: '/tmp/big.md' }) };
}
const builds = await buildsOf(outs, build);
const inputs = await editInputs(flag('only'));
const { insertRandomLetter, seededRandom } = inputs;
let text = inputs.text;
const cpu = cpuMs;
const run = (b, t) => {
  const a = cpu();
  const regions = b.parser.update(t);
  const p = cpu();
  const doc = b.assembleDesignDoc(t, regions.map((r) => ({ base: r.start, fragment: r.fragment })), b.state);
  const m = cpu();
  const result = b.lintDesignDoc(doc, b.options);
  const l = cpu();
  return { parse: p - a, assembly: m - p, lint: l - m, total: l - a, result };
};
const digest = (r) => JSON.stringify([r.findings, r.coverage, r.skipped ?? false]);
for (const b of builds) run(b, text);
const random = seededRandom(Number(flag('seed') ?? 17));
const warm = Number(flag('warm') ?? 10), n = Number(flag('edits') ?? 100);
const stages = ['parse', 'assembly', 'lint', 'total'];
const times = builds.map(() => Object.fromEntries(stages.map((s) => [s, []])));
let differences = 0;
const load0 = os.loadavg()[0];
for (let i = 0; i < warm + n; i++) {
  text = insertRandomLetter(text, random).text;
  const order = i % 2 ? [1, 0] : [0, 1];
  const results = [];
  for (const k of order) {
    const t = run(builds[k], text);
    results[k] = t.result;
    if (i >= warm) for (const s of stages) times[k][s].push(t[s]);
  }
  if (builds.length > 1 && digest(results[0]) !== digest(results[1])) differences++;
}
const pct = (v, p) => { const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
const report = { load: `${load0.toFixed(1)}-${os.loadavg()[0].toFixed(1)}`, edits: n, differences };
builds.forEach((b, k) => {
  report[`${k}:${b.name}`] = Object.fromEntries(stages.map((s) => [s, `${mean(times[k][s]).toFixed(1)} / ${pct(times[k][s], 50).toFixed(1)} / ${pct(times[k][s], 95).toFixed(1)}`]));
});
if (builds.length > 1) report.medianDiff = Object.fromEntries(stages.map((s) => [s, +pct(times[1][s].map((t, i) => t - times[0][s][i]), 50).toFixed(2)]));
console.log(JSON.stringify(report, null, 1));
