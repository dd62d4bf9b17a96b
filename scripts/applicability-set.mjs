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
import { openLabelledSet } from './labelled-set.mjs';

const USAGE = 'usage: node scripts/applicability-set.mjs SETDIR [--split LOOK|CHECK|all] [--details]';
const { setDir, split: splitArg, details, rows, lint } = await openLabelledSet(USAGE);

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
