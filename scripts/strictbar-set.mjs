// Agreement of four document rules (business-objective, business-metric,
// feature-list, model-monitoring) with hand labels on a set of real design
// docs that lives outside the repository (third-party texts are not
// committed): a directory with docs/<file> and a labels.tsv beside it; the
// committed copy of the labels is scripts/eval/strictbar-set.tsv, with each
// document's repository, path and commit to fetch it again. Columns:
//   file repo path commit licence lang kind <four rule ids> split
// where a rule column is y (the doc settles it), n (it does not: mldl should
// report it) or - (not labelled: the labeller was unsure), and split is LOOK
// (read the disagreements) or CHECK (counted only, at the end).
//
//   node scripts/strictbar-set.mjs SETDIR [--split LOOK|CHECK|all] [--details]
//
// Prints per split and rule: docs agreed, false alarms (rule reports a doc
// that settles it) and misses (rule silent on a doc that does not); with
// --details, each disagreement of the chosen split with the line mldl took
// as settling the rule.
import fs from 'node:fs';
import path from 'node:path';
import { openLabelledSet } from './labelled-set.mjs';

const RULES = ['business-objective', 'business-metric', 'feature-list', 'model-monitoring'];
const USAGE = 'usage: node scripts/strictbar-set.mjs SETDIR [--split LOOK|CHECK|all] [--details]';
const { setDir, split: splitArg, details, rows, lint } = await openLabelledSet(USAGE);

const tally = {};
const disagreements = [];
for (const row of rows) {
  const file = path.join(setDir, 'docs', row.file);
  if (!fs.existsSync(file)) {
    console.error(`missing document ${row.file} (fetch ${row.repo} ${row.path} at ${row.commit})`);
    process.exit(2);
  }
  const text = fs.readFileSync(file, 'utf8');
  const result = lint(text, { force: true });
  const fired = new Set(result.findings.filter((f) => f.kind === 'document').map((f) => f.ruleId));
  const docLines = text.split(/\r?\n/);
  for (const rule of RULES) {
    const label = row[rule];
    if (label !== 'y' && label !== 'n') continue;
    for (const split of [row.split, 'all']) {
      const t = ((tally[split] ??= {})[rule] ??= { agree: 0, of: 0, falseAlarm: 0, miss: 0 });
      t.of++;
      if (fired.has(rule) === (label === 'n')) t.agree++;
      else if (fired.has(rule)) t.falseAlarm++;
      else t.miss++;
    }
    if (fired.has(rule) === (label === 'n')) continue;
    if (fired.has(rule)) {
      disagreements.push({ split: row.split, text: `FALSE ALARM ${rule}  ${row.file}` });
    } else {
      const covered = result.coverage.find((c) => c.ruleId === rule);
      const line = covered?.evidence?.start.line;
      const seen = line ? `L${line}: ${docLines[line - 1]?.trim().slice(0, 140)} (${covered.confidence ?? '?'})` : covered?.status ?? '?';
      disagreements.push({ split: row.split, text: `MISS ${rule}  ${row.file}\n    we took as settling: ${seen}` });
    }
  }
}

// Only the chosen split is printed: a CHECK figure read along the way stops being one.
for (const [split, byRule] of Object.entries(tally).sort()) {
  if (splitArg !== 'all' && split !== splitArg) continue;
  const parts = RULES.map((r) => {
    const t = byRule[r] ?? { agree: 0, of: 0, falseAlarm: 0, miss: 0 };
    return `${r} ${t.agree}/${t.of} (FA ${t.falseAlarm}, miss ${t.miss})`;
  });
  const agree = RULES.reduce((s, r) => s + (byRule[r]?.agree ?? 0), 0);
  const of = RULES.reduce((s, r) => s + (byRule[r]?.of ?? 0), 0);
  console.log(`${split}: ${agree}/${of} agree; ${parts.join('; ')}`);
}
if (details) {
  const shown = disagreements.filter((d) => splitArg === 'all' || d.split === splitArg);
  console.log(`\n${shown.length} disagreements in split ${splitArg}:`);
  for (const d of shown) console.log(d.text);
}
