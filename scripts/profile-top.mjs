// Self and total time per function in a .cpuprofile (node --cpu-prof or
// scripts/edit-cpu.mjs --profile): the first N of each.
//   node scripts/profile-top.mjs file.cpuprofile [N=30] [--from=µs --to=µs]
// --from/--to: only the samples in that window of the profile's clock (scripts/edit-server.mjs prints the edits'
// window), with each line's time in ms as well. Functions of a bundle with a source map beside it (dist/*.cjs.map)
// are named by their source file and line.
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const [file, topArg] = args.filter((a) => !a.startsWith('--'));
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const top = Number(topArg ?? 30);
const from = Number(flag('from') ?? -Infinity);
const to = Number(flag('to') ?? Infinity);
const windowed = Number.isFinite(from) || Number.isFinite(to);
let at = profile.startTime;
const kept = profile.samples.filter((_, i) => {
  at += profile.timeDeltas[i];
  return at >= from && at <= to;
});
const msPerSample = windowed ? (Math.min(to, profile.endTime) - Math.max(from, profile.startTime)) / 1000 / kept.length : 0;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const counts = new Map();
for (const id of kept) counts.set(id, (counts.get(id) ?? 0) + 1);
const total = kept.length;
const maps = new Map();
const sourceMap = (url) => {
  if (!maps.has(url)) {
    let map;
    try {
      const file = url.startsWith('file:') ? fileURLToPath(url) : url;
      if (file.endsWith('.cjs') && fs.existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(url, map);
  }
  return maps.get(url);
};
const name = (n) => {
  const { functionName, url, lineNumber, columnNumber } = n.callFrame;
  const entry = url ? sourceMap(url)?.findEntry(lineNumber, columnNumber) : undefined;
  if (entry?.originalSource) return `${entry.name ?? functionName ?? '(anon)'} ${entry.originalSource.split('/').slice(-2).join('/')}:${entry.originalLine + 1}`;
  return `${functionName || '(anon)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
};
const self = new Map();
const inclusive = new Map();
for (const [id, count] of counts) {
  const n = byId.get(id);
  self.set(name(n), (self.get(name(n)) ?? 0) + count);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const key = name(byId.get(cur));
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + count);
  }
}
const show = (title, map) => {
  console.log(`\n${title} (of ${total} samples)`);
  for (const [key, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * count) / total).toFixed(1).padStart(6)} %  ${windowed ? `${(count * msPerSample).toFixed(0).padStart(6)} ms  ` : ''}${key}`);
};
show('self', self);
show('total', inclusive);
