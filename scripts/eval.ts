// `npm run eval`: lints every document of the labelled development corpus and
// scores the document-level rules against the hand labels, as the corpus
// README defines: a rule "fires" when it reports the concept missing; label
// false = missing, true or "n/a" = must stay quiet. A measurement, not a test.
//
//   npm run eval [-- --corpus DIR] [--split dev|holdout|all] [--rule ID] [--details] [--applicability] [--json FILE] [--readme]
//
// The corpus is split once, by hash within each language × kind stratum, into a
// development part and a held-out third (scripts/eval/holdout.json). Rules are
// tuned while reading the development part's mistakes only; the held-out part
// says whether a change generalises. `--details` lists every false alarm and miss
// of the chosen split (default dev) with the label's cited line, so a failure
// reads in seconds. The summary always shows dev, held-out and all.
//
// Applicability: how often the engine's profile (ranking-shaped, rare positives)
// agrees with the labels, per split; `--applicability` (or `--details`) lists
// the disagreements of the chosen split (default dev, so the held-out part's
// documents are never shown unless asked for by name).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../server/linter.js';
import { ALL_RULES } from '../rules/index.js';
import { INTERNAL_ERROR_RULE_ID } from '../server/engine/types.js';

interface Label {
  v: boolean | 'n/a';
  ev: string;
}
interface LabelledDoc {
  file: string;
  system_type?: string;
  ranking_shaped?: boolean;
  rare_positives?: boolean;
  labels: Record<string, Label>;
}
interface Source {
  lang: string;
  kind: string;
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
type Split = 'dev' | 'holdout' | 'all';

const here = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = resolve(here, '..', '..');
const USAGE = 'usage: npm run eval [-- --corpus DIR] [--split dev|holdout|all] [--rule ID] [--details] [--applicability] [--json FILE] [--readme]';
const VALUE_FLAGS = ['--corpus', '--split', '--rule', '--json'];
const SWITCHES = ['--details', '--applicability', '--readme'];
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
for (let i = 0; i < args.length; i++) {
  if (VALUE_FLAGS.includes(args[i]) && args[i + 1] !== undefined && !args[i + 1].startsWith('--')) i++;
  else if (!SWITCHES.includes(args[i])) {
    console.error(`eval: ${VALUE_FLAGS.includes(args[i]) ? `${args[i]} needs a value` : `unknown argument "${args[i]}"`}\n${USAGE}`);
    process.exit(2);
  }
}
const argValue = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = resolve(argValue('--corpus') ?? process.env.MLDL_CORPUS ?? join(projectRoot, '..', 'shared', 'corpus'));
const onlyRule = argValue('--rule');
const details = args.includes('--details') || onlyRule !== undefined;
const detailSplit = (argValue('--split') ?? 'dev') as Split;
if (!['dev', 'holdout', 'all'].includes(detailSplit)) {
  console.error(`eval: --split must be dev, holdout or all, got "${detailSplit}"`);
  process.exit(2);
}

const allLabelled: LabelledDoc[] = readFileSync(join(corpus, 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as LabelledDoc);
// A set may label documents it cannot redistribute (scripts/eval/zh-docs): their
// files live only in the labeller's working copy, so an absent file is skipped
// and named rather than crashing the run or counting as a miss.
const absentDocs = allLabelled.filter((d) => !existsSync(join(corpus, 'docs', d.file))).map((d) => d.file);
const docs = allLabelled.filter((d) => !absentDocs.includes(d.file));
const sources = readSources(join(corpus, 'SOURCES.tsv'));
// A set with its own LOOK/CHECK split carries it as holdout.json beside its labels;
// otherwise the development corpus's split applies.
const ownSplit = join(corpus, 'holdout.json');
const holdoutPath = existsSync(ownSplit) ? ownSplit : join(projectRoot, 'scripts', 'eval', 'holdout.json');
const holdout = new Set<string>(JSON.parse(readFileSync(holdoutPath, 'utf8')) as string[]);
const splitOf = (file: string): 'dev' | 'holdout' => (holdout.has(file) ? 'holdout' : 'dev');

function readSources(path: string): Map<string, Source> {
  const [header, ...rows] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  const columns = header.split('\t');
  const at = (name: string): number => columns.indexOf(name);
  return new Map(rows.map((row) => {
    const cells = row.split('\t');
    return [cells[at('file')], { lang: cells[at('lang')], kind: cells[at('kind')] }];
  }));
}

// Scored: the catalog's document-level rules that the corpus labels (problem-specific
// interview rules have no labels and would only pad the macro mean).
const labelled = new Set(docs.flatMap((d) => Object.keys(d.labels)));
const ruleIds = ALL_RULES.filter((r) => r.kind === 'document' && labelled.has(r.meta.id))
  .map((r) => r.meta.id)
  .filter((id) => !onlyRule || id === onlyRule);
if (onlyRule && ruleIds.length === 0) {
  console.error(`eval: --rule ${onlyRule}: not a labelled document rule`);
  process.exit(2);
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
/** Counts per group name ("all", "dev", "lang en", "kind interview") per rule. */
const tallies = new Map<string, Map<string, Counts>>();
function tally(group: string, rule: string): Counts {
  let byRule = tallies.get(group);
  if (!byRule) tallies.set(group, (byRule = new Map()));
  let counts = byRule.get(rule);
  if (!counts) byRule.set(rule, (counts = zero()));
  return counts;
}

const mistakes: string[] = [];
const skippedDocs: string[] = [];
/** Rules that threw on a document: their rows would silently count as misses, so the run fails. */
const brokenRules: string[] = [];
/** Per split and profile field: documents where the engine agrees with the label, and all labelled ones. */
const APPLICABILITY = [['rankingShaped', 'ranking_shaped'], ['rarePositives', 'rare_positives']] as const;
const agreement = new Map<string, { agree: number; total: number }>();
const disagreements: string[] = [];
const started = performance.now();

for (const doc of docs) {
  const text = readFileSync(join(corpus, 'docs', doc.file), 'utf8');
  const lines = text.split('\n');
  const result = lint(text, { filePath: doc.file });
  const split = splitOf(doc.file);
  const source = sources.get(doc.file);
  const groups = ['all', split, `lang ${source?.lang ?? '?'}`, `kind ${source?.kind ?? '?'}`];
  const show = detailSplit === 'all' || detailSplit === split;
  if (result.skipped) skippedDocs.push(`${doc.file} (${split}): ${result.skipReason ?? ''}`);
  for (const finding of result.findings) if (finding.ruleId === INTERNAL_ERROR_RULE_ID) brokenRules.push(`${doc.file}: ${finding.message}`);
  for (const [field, labelKey] of APPLICABILITY) {
    const expected = doc[labelKey];
    if (expected === undefined) continue;
    const ours = result.profile[field];
    for (const group of [split, 'all']) {
      const key = `${group} ${labelKey}`;
      const counts = agreement.get(key) ?? { agree: 0, total: 0 };
      counts.total++;
      if (ours === expected) counts.agree++;
      agreement.set(key, counts);
    }
    if (ours !== expected && show) disagreements.push(`${labelKey}: ours ${ours}, label ${expected} (labelled ${doc.system_type ?? '?'}, ours ${result.profile.type}/${result.profile.task}${result.profile.generative ? "/generative" : ""})  ${doc.file}`);
  }
  const fired = new Set(result.findings.filter((f) => f.kind === 'document').map((f) => f.ruleId));
  for (const id of ruleIds) {
    const label = doc.labels[id];
    if (!label) continue;
    const missing = label.v === false;
    const outcome: keyof Counts = fired.has(id) ? (missing ? 'tp' : 'fp') : missing ? 'fn' : 'tn';
    for (const group of groups) tally(group, id)[outcome]++;
    if (!show || outcome === 'tp' || outcome === 'tn') continue;
    const cited = citedLine(label.ev, lines);
    if (outcome === 'fp') {
      mistakes.push(`FALSE ALARM ${id}  ${doc.file}\n    label ${label.v}: ${label.ev.slice(0, 140)}${cited}`);
    } else {
      const covered = result.coverage.find((c) => c.ruleId === id);
      const line = covered?.evidence?.start.line;
      const seen = line ? `L${line}: ${lines[line - 1]?.trim().slice(0, 120)}${covered?.confidence ? ` (${covered.confidence})` : ''}` : covered?.status ?? (result.skipped ? 'skipped' : '?');
      mistakes.push(`MISS ${id}  ${doc.file}\n    we took as settling: ${seen}\n    label: ${label.ev.slice(0, 140)}${cited}`);
    }
  }
}

/** The text of the line a label cites ("L102: …", "near L154-156: …"), for reading a mistake in place. */
function citedLine(ev: string, lines: readonly string[]): string {
  const m = /\bL(\d+)/.exec(ev);
  if (!m) return '';
  const line = lines[Number(m[1]) - 1];
  return line === undefined ? '' : `\n    doc L${m[1]}: ${line.trim().slice(0, 160)}`;
}

const f1 = (c: Counts): number => (2 * c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(2));
const sum = (byRule: Map<string, Counts>): Counts => {
  const total = zero();
  for (const c of byRule.values()) for (const k of ['tp', 'fp', 'fn', 'tn'] as const) total[k] += c[k];
  return total;
};
// A rule with no missing label and no false alarm is perfect, not undefined.
const ruleF1 = (c: Counts): number => (c.tp + c.fp + c.fn === 0 ? 1 : f1(c));
const macro = (byRule: Map<string, Counts>): number => {
  const values = [...byRule.values()].map(ruleF1);
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
};

function summaryOf(group: string): string {
  // A corpus outside the development one (e.g. scripts/eval/real-docs) has no held-out part.
  if (docCount(group) === 0) return 'no documents';
  const byRule = tallies.get(group) ?? new Map<string, Counts>();
  const t = sum(byRule);
  return `micro F1 ${f1(t).toFixed(3)} (precision ${ratio(t.tp, t.tp + t.fp)}, recall ${ratio(t.tp, t.tp + t.fn)}), macro F1 ${macro(byRule).toFixed(3)}, false-alarm rate ${ratio(t.fp, t.fp + t.tn)} (TP ${t.tp}, FP ${t.fp}, FN ${t.fn}, TN ${t.tn})`;
}

// The last two columns split the mistakes by part: a rule whose held-out errors
// stay while its dev errors fall was tuned to the dev documents' wording.
const ruleRows = [
  '| rule | TP | FP | FN | TN | precision | recall | F1 | false alarms | dev FP / FN | held-out FP / FN |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const id of ruleIds) {
  const c = tally('all', id);
  const errors = (split: Split): string => `${tally(split, id).fp} / ${tally(split, id).fn}`;
  ruleRows.push(
    `| ${id} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.tn} | ${ratio(c.tp, c.tp + c.fp)} | ${ratio(c.tp, c.tp + c.fn)} | ${ruleF1(c).toFixed(2)} | ${ratio(c.fp, c.fp + c.tn)} | ${errors('dev')} | ${errors('holdout')} |`,
  );
}

const groupNames = [...tallies.keys()].filter((g) => g.startsWith('lang ') || g.startsWith('kind ')).sort();
const docCount = (group: string): number =>
  docs.filter((d) => {
    const s = sources.get(d.file);
    return group === 'all' || group === splitOf(d.file) || group === `lang ${s?.lang}` || group === `kind ${s?.kind}`;
  }).length;
const groupRows = ['| group | docs | micro F1 | macro F1 | false alarms |', '|---|---:|---:|---:|---:|'];
for (const group of ['all', 'dev', 'holdout', ...groupNames]) {
  const byRule = tallies.get(group);
  if (!byRule || docCount(group) === 0) continue;
  const t = sum(byRule);
  groupRows.push(`| ${group === 'holdout' ? 'held-out' : group} | ${docCount(group)} | ${f1(t).toFixed(3)} | ${macro(byRule).toFixed(3)} | ${ratio(t.fp, t.fp + t.tn)} |`);
}

const heldOutDocs = docs.filter((d) => holdout.has(d.file)).length;
console.log(`Corpus: ${corpus} (${docs.length} documents: ${docs.length - heldOutDocs} dev, ${heldOutDocs} held out; ${skippedDocs.length} skipped as not a design doc)\n`);
if (absentDocs.length > 0) console.log(`${absentDocs.length} labelled documents absent from docs/ and not scored: ${absentDocs.join(', ')}\n`);
console.log(ruleRows.join('\n'));
console.log(`\n${groupRows.join('\n')}`);
if (skippedDocs.length > 0) console.log(`\nSkipped:\n${skippedDocs.map((s) => `  ${s}`).join('\n')}`);
const agreementLine = (group: string): string =>
  APPLICABILITY.map(([, key]) => {
    const c = agreement.get(`${group} ${key}`);
    return c ? `${key} ${c.agree}/${c.total}` : `${key} -`;
  }).join(', ');
console.log(`\nApplicability agreement with the labels: dev ${agreementLine('dev')}; held-out ${agreementLine('holdout')}; all ${agreementLine('all')}`);
if (details || args.includes('--applicability')) {
  console.log(`${disagreements.length} applicability disagreements in split "${detailSplit}":\n${disagreements.map((d) => `  ${d}`).join('\n')}`);
}
if (details) console.log(`\n${mistakes.length} mistakes in split "${detailSplit}":\n${mistakes.join('\n')}`);
console.log(`\ndev:      ${summaryOf('dev')}`);
console.log(`held-out: ${summaryOf('holdout')}`);
console.log(`all:      ${summaryOf('all')}`);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);

const jsonPath = argValue('--json');
if (jsonPath) {
  const out = Object.fromEntries([...tallies].map(([group, byRule]) => [group, { ...sum(byRule), micro: f1(sum(byRule)), macro: macro(byRule), rules: Object.fromEntries(byRule) }]));
  writeFileSync(jsonPath, JSON.stringify(out, null, 1));
}

/** Replaces what stands between `<!-- name:start -->` and `<!-- name:end -->` in a file, or exits 2 without them. */
function writeBetweenMarkers(path: string, name: string, content: string): void {
  const page = readFileSync(path, 'utf8');
  const open = `<!-- ${name}:start -->`;
  const start = page.indexOf(open);
  const end = page.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < start) {
    console.error(`${path}: no <!-- ${name}:start --> … <!-- ${name}:end --> markers`);
    process.exit(2);
  }
  writeFileSync(path, `${page.slice(0, start)}${open}\n${content}\n${page.slice(end)}`);
  console.log(`wrote the tables into ${path}`);
}

if (args.includes('--readme') && !onlyRule) {
  writeBetweenMarkers(
    join(projectRoot, 'docs', 'accuracy.md'),
    'eval',
    `**All ${docs.length} documents: ${summaryOf('all')}.**\n\n${groupRows.join('\n')}\n\nPer rule (all documents; a rule with nothing missing and no false alarm counts as F1 1.00 in the macro mean):\n\n${ruleRows.join('\n')}`,
  );
  // The README shows the short table by group; the page above has the rest.
  const shortGroups = new Set(['all', 'dev', 'held-out', 'lang en', 'lang ru', 'lang zh', 'kind interview', 'kind case-study', 'kind course-template', 'kind production-doc']);
  writeBetweenMarkers(join(projectRoot, 'README.md'), 'accuracy', groupRows.filter((row, index) => index < 2 || shortGroups.has(row.split('|')[1].trim())).join('\n'));
}

if (brokenRules.length > 0) {
  console.error(`\neval: ${brokenRules.length} rule failures, so the figures above are wrong:\n${brokenRules.map((line) => `  ${line}`).join('\n')}`);
  process.exitCode = 1;
}
