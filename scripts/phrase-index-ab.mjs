// CPU of the phrase index alone (text/phrases.ts findHits, through unitIndex) in two builds' out/, paired in one
// process: each build first lints the corpus once (so every rule's phrase sets are filed), then, round after
// round, every non-blank line of the corpus is read (UnitText, not timed) and indexed by each build in
// alternating chunks, so that the drift of a shared machine's load cancels out. Prints each round's CPU per
// build, the median of the per-round ratios (second / first) and the matches of one set in each (equal when the
// two index alike). The first round warms both builds up and is not counted.
//
//   node scripts/phrase-index-ab.mjs outA outB [--rounds=6] [--dir=../shared/corpus/docs]
import fs from 'node:fs'; import path from 'node:path'; import os from 'node:os'; import { pathToFileURL } from 'node:url';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const outs = args.filter((a) => !a.startsWith('--')).map((o) => path.resolve(ROOT, o));
const rounds = Number(flag('rounds') ?? 6);
const dir = path.resolve(ROOT, flag('dir') ?? '../shared/corpus/docs');
const docs = fs.readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((name) => ({ filePath: path.join(dir, name), text: fs.readFileSync(path.join(dir, name), 'utf8') }));
const lines = docs.flatMap((doc) => doc.text.split('\n').filter((line) => line.trim() !== ''));
const builds = [];
for (const outDir of outs) {
  const load = (p) => import(pathToFileURL(path.join(outDir, p)).href);
  const { analyse } = await load('server/cli/analyse.js');
  const { defaultConfig } = await load('server/config/presets.js');
  const { UnitText } = await load('server/engine/text/unit-text.js');
  const { PhraseSet } = await load('server/engine/text/phrases.js');
  const config = defaultConfig();
  for (const doc of docs) analyse({ ...doc, config, force: false });
  // Asking any set indexes the whole unit against every filed entry.
  builds.push({ UnitText, set: new PhraseSet(['baseline model']), matches: 0 });
}
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const totals = builds.map(() => []);
const CHUNK = 200;
console.log(`${lines.length} lines from ${dir}; load ${os.loadavg()[0].toFixed(1)}`);
for (let r = 0; r <= rounds; r++) {
  const sums = builds.map(() => 0);
  // Fresh readings each round: a unit's index is kept with its tokens.
  const readings = builds.map((b) => lines.map((line) => new b.UnitText(line)));
  for (let c = 0; c < lines.length; c += CHUNK) {
    for (const k of (c / CHUNK + r) % 2 ? [1, 0] : [0, 1]) {
      const b = builds[k];
      const start = cpu();
      for (let u = c; u < c + CHUNK && u < lines.length; u++) b.matches += b.set.matches(readings[k][u].text, readings[k][u].norm, readings[k][u].tokens).length;
      sums[k] += cpu() - start;
    }
  }
  if (r > 0) builds.forEach((_, k) => totals[k].push(sums[k]));
  console.log(`round ${r}${r === 0 ? ' (warm-up)' : ''}: ${sums.map((s) => `${s.toFixed(0)} ms`).join(' / ')}  load ${os.loadavg()[0].toFixed(1)}`);
}
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const ratios = totals[1].map((t, i) => t / totals[0][i]);
console.log(`median CPU per round: ${totals.map((t) => `${median(t).toFixed(0)} ms`).join(' / ')}; median ratio ${median(ratios).toFixed(3)} (${ratios.map((x) => x.toFixed(3)).join(' ')})`);
console.log(`matches ${builds.map((b) => b.matches).join(' / ')}`);
