// Per-file CPU of the CLI's lint path (server/cli/analyse.ts: status-only decisions) in two builds in one
// process: every corpus doc is analysed by each build in alternating order, round after round, so that the
// difference is paired and the drift of a shared machine's load cancels out. Prints each round's CPU per
// build and the median of the per-round ratios (second / first). The first round warms both builds up and
// is not counted. CPU is the process's (user + system, all threads: the collector's helpers included).
//
//   node scripts/cli-ab.mjs outA outB [--rounds=6] [--dir=../shared/corpus/docs]
import fs from 'node:fs'; import path from 'node:path'; import os from 'node:os'; import { pathToFileURL } from 'node:url';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const outs = args.filter((a) => !a.startsWith('--')).map((o) => path.resolve(ROOT, o));
const dir = path.resolve(ROOT, flag('dir') ?? '../shared/corpus/docs');
const docs = fs.readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((name) => ({ filePath: path.join(dir, name), text: fs.readFileSync(path.join(dir, name), 'utf8') }));
async function build(outDir) {
  const load = (p) => import(pathToFileURL(path.join(outDir, p)).href);
  const { analyse } = await load('server/cli/analyse.js');
  const { defaultConfig } = await load('server/config/presets.js');
  return { name: outDir, analyse, config: defaultConfig() };
}
const builds = [];
for (const o of outs) builds.push(await build(o));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const outputs = builds.map(() => []);
const run = (k, doc, keep) => {
  const b = builds[k];
  const a = cpu();
  const outcome = b.analyse({ filePath: doc.filePath, text: doc.text, config: b.config, force: false });
  const t = cpu() - a;
  if (keep) outputs[k].push(JSON.stringify(outcome));
  return t;
};
const rounds = Number(flag('rounds') ?? 6);
const totals = builds.map(() => []);
console.log(`${docs.length} docs from ${dir}; load ${os.loadavg()[0].toFixed(1)}`);
for (let r = 0; r <= rounds; r++) {
  const sums = builds.map(() => 0);
  docs.forEach((doc, i) => {
    for (const k of (i + r) % 2 ? [1, 0] : [0, 1]) sums[k] += run(k, doc, r === 0);
  });
  if (r > 0) builds.forEach((_, k) => totals[k].push(sums[k]));
  console.log(`round ${r}${r === 0 ? ' (warm-up)' : ''}: ${sums.map((s) => `${s.toFixed(0)} ms`).join(' / ')}  load ${os.loadavg()[0].toFixed(1)}`);
}
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const ratios = totals[1].map((t, i) => t / totals[0][i]);
console.log(`median CPU per round: ${totals.map((t) => `${median(t).toFixed(0)} ms`).join(' / ')}; median ratio ${median(ratios).toFixed(3)} (${ratios.map((x) => x.toFixed(3)).join(' ')})`);
console.log(`outcomes ${outputs[0].join('\n') === outputs[1].join('\n') ? 'identical' : 'DIFFER'}`);
