// `npm run eval`: lints every document of the labelled development corpus and
// scores the document-level rules against the hand labels, as the corpus
// README defines: a rule "fires" when it reports the concept missing; label
// false = missing. A measurement, not a unit test.
//
//   npm run eval [-- --corpus DIR] [--rule ID] [--details] [--readme]
//
// --readme writes the table between <!-- eval:start --> and <!-- eval:end --> in docs/accuracy.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../server/engine/lint.js';
import { ALL_RULES } from '../rules/index.js';

interface Label {
  v: boolean | 'n/a';
  ev: string;
}
interface LabelledDoc {
  file: string;
  labels: Record<string, Label>;
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = resolve(here, '..', '..');
const args = process.argv.slice(2);
const argValue = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = resolve(argValue('--corpus') ?? process.env.MLDL_CORPUS ?? join(projectRoot, '..', 'shared', 'corpus'));
const onlyRule = argValue('--rule');
const details = args.includes('--details') || onlyRule !== undefined;

const docs: LabelledDoc[] = readFileSync(join(corpus, 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as LabelledDoc);

// Scored: the catalog's document-level rules that the corpus labels (problem-specific
// interview rules have no labels and would only pad the macro mean).
const labelled = new Set(docs.flatMap((d) => Object.keys(d.labels)));
const ruleIds = ALL_RULES.filter((r) => r.kind === 'document' && labelled.has(r.meta.id))
  .map((r) => r.meta.id)
  .filter((id) => !onlyRule || id === onlyRule);
const perRule = new Map<string, Counts>(ruleIds.map((id) => [id, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
const mistakes: string[] = [];
let skipped = 0;

for (const labelled of docs) {
  const text = readFileSync(join(corpus, 'docs', labelled.file), 'utf8');
  const result = lint(text, { filePath: labelled.file });
  if (result.skipped) skipped++;
  const fired = new Set(result.findings.filter((f) => f.kind === 'document').map((f) => f.ruleId));
  for (const id of ruleIds) {
    const label = labelled.labels[id];
    if (!label) continue;
    const counts = perRule.get(id)!;
    const missing = label.v === false;
    if (fired.has(id)) {
      if (missing) counts.tp++;
      else {
        counts.fp++;
        mistakes.push(`FP ${id} ${labelled.file.slice(0, 50)} | label ${label.v}: ${label.ev.slice(0, 100)}`);
      }
    } else if (missing) {
      counts.fn++;
      const covered = result.coverage.find((c) => c.ruleId === id);
      const at = covered?.evidence ? `L${covered.evidence.start.line}: ${text.split('\n')[covered.evidence.start.line - 1]?.trim().slice(0, 90)}` : covered?.status ?? '';
      mistakes.push(`FN ${id} ${labelled.file.slice(0, 50)} | we saw ${at} | label: ${label.ev.slice(0, 80)}`);
    } else counts.tn++;
  }
}

const f1 = (c: Counts): number => (2 * c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(2));
const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
const rows: string[] = [];
rows.push('| rule | TP | FP | FN | TN | precision | recall | F1 | false alarms |');
rows.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const f1s: number[] = [];
for (const [id, c] of perRule) {
  for (const k of ['tp', 'fp', 'fn', 'tn'] as const) total[k] += c[k];
  // A rule with no missing label and no false alarm is perfect, not undefined.
  const ruleF1 = c.tp + c.fp + c.fn === 0 ? 1 : f1(c);
  f1s.push(ruleF1);
  rows.push(`| ${id} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.tn} | ${ratio(c.tp, c.tp + c.fp)} | ${ratio(c.tp, c.tp + c.fn)} | ${ruleF1.toFixed(2)} | ${ratio(c.fp, c.fp + c.tn)} |`);
}
const macro = f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length);
console.log(`Corpus: ${corpus} (${docs.length} documents, ${skipped} skipped by auto-detection)\n`);
console.log(rows.join('\n'));
if (details) console.log(`\n${mistakes.join('\n')}`);
const summary =
  `micro F1 ${f1(total).toFixed(3)} (precision ${ratio(total.tp, total.tp + total.fp)}, recall ${ratio(total.tp, total.tp + total.fn)}), ` +
  `macro F1 ${macro.toFixed(3)}, false-alarm rate ${ratio(total.fp, total.fp + total.tn)} ` +
  `(TP ${total.tp}, FP ${total.fp}, FN ${total.fn}, TN ${total.tn})`;
console.log(`\n${summary}`);

if (args.includes('--readme') && !onlyRule) {
  // The accuracy page (the README links to it rather than carrying the table).
  const readmePath = join(projectRoot, 'docs', 'accuracy.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf('<!-- eval:start -->');
  const end = readme.indexOf('<!-- eval:end -->');
  if (start < 0 || end < start) {
    console.error(`${readmePath}: no <!-- eval:start --> … <!-- eval:end --> markers`);
    process.exit(2);
  }
  const block = `<!-- eval:start -->\n**${summary}** on ${docs.length} documents × ${ruleIds.length} rules. A rule with nothing missing and no false alarm counts as F1 1.00 in the macro mean.\n\n${rows.join('\n')}\n`;
  writeFileSync(readmePath, readme.slice(0, start) + block + readme.slice(end));
  console.log(`wrote the table into ${readmePath}`);
}
