// Applicability agreement on a labelled set of documents that lives outside
// the repository (third-party texts are not committed): a directory of
// Markdown files and a labels.tsv beside it with the columns
//   file  repo  path  lang  type  ranking  rare  generative  split
// where ranking, rare and generative are y, n or - (not labelled) and split
// is LOOK (read the disagreements) or CHECK (counted only: what a change did
// not look at).
//
//   node scripts/applicability-set.mjs SETDIR [--split LOOK|CHECK|all] [--details]
//
// Prints the agreement per split and, with --details, each disagreement of
// the chosen split with the profile the engine inferred.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const USAGE = 'usage: node scripts/applicability-set.mjs SETDIR [--split LOOK|CHECK|all] [--details]';
const args = process.argv.slice(2);
const setDir = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--split');
if (!setDir || !fs.existsSync(path.join(setDir, 'labels.tsv'))) {
  console.error(`${USAGE}\n(no labels.tsv in ${setDir ?? '(none)'})`);
  process.exit(2);
}
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'LOOK';
const details = args.includes('--details');

const { lint } = await import(pathToFileURL(path.join(ROOT, 'out/server/linter.js')).href);

const [header, ...lines] = fs.readFileSync(path.join(setDir, 'labels.tsv'), 'utf8').trim().split(/\r?\n/);
const columns = header.split('\t');
const rows = lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v])));

const FIELDS = [['ranking', 'rankingShaped'], ['rare', 'rarePositives'], ['generative', 'generative']];
const tally = {};
const disagreements = [];
for (const row of rows) {
  const text = fs.readFileSync(path.join(setDir, 'docs', row.file), 'utf8');
  const { profile } = lint(text, { force: true });
  const t = (tally[row.split] ??= { docs: 0, allRight: 0 });
  t.docs++;
  let wrong = [];
  for (const [label, key] of FIELDS) {
    if (row[label] === '-') continue;
    const f = (t[label] ??= { right: 0, of: 0 });
    f.of++;
    if ((row[label] === 'y') === profile[key]) f.right++;
    else wrong.push(`${label}: label ${row[label]}, engine ${profile[key] ? 'y' : 'n'}`);
  }
  if (wrong.length === 0) t.allRight++;
  else disagreements.push({ split: row.split, text: `${row.file} (${row.lang}; label type ${row.type}; engine type ${profile.type}, task ${profile.task}): ${wrong.join('; ')}` });
}

for (const [split, t] of Object.entries(tally).sort()) {
  const fields = FIELDS.map(([label]) => `${label} ${t[label]?.right ?? 0}/${t[label]?.of ?? 0}`).join(', ');
  console.log(`${split}: ${t.docs} docs, all right ${t.allRight}/${t.docs}; ${fields}`);
}
if (details) {
  const shown = disagreements.filter((d) => splitArg === 'all' || d.split === splitArg);
  console.log(`\n${shown.length} disagreements in split ${splitArg}:`);
  for (const d of shown) console.log(`  ${d.text}`);
}
