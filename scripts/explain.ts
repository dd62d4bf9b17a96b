// `npm run explain -- <rule-id> <file.md> [regex]`: how the engine reads one
// document for one rule — the decision and its score, then every unit where a
// part of the rule's concept occurs, with the part, the words, and whether they
// are negated (!NEG) or hedged (~H1 mild, ~H2 strong). A regex limits the units
// shown. For writing and debugging concept data (docs/judgement.md).
// `npm run explain -- system <file.md> [regex]`: the system profile (type,
// ranking-shaped, rare positives, generative, task) and every unit's votes for it.
import { readFileSync } from 'node:fs';
import { buildDesignDoc, headingChain } from '../server/engine/model.js';
import { findUnitHits } from '../server/engine/judge/hits.js';
import { decideConcept } from '../server/engine/judge/decide.js';
import { compiledConcept } from '../server/engine/judge/rule-decision.js';
import { ALL_RULES } from '../rules/index.js';
import { lint } from '../server/linter.js';
import { explainProfile } from '../server/engine/system-type.js';

const [ruleId, file, filter] = process.argv.slice(2);
if (ruleId === 'system' && file) {
  const text = readFileSync(file, 'utf8');
  console.log(JSON.stringify(lint(text, { force: true }).profile));
  const doc = buildDesignDoc(text);
  const { units, totals } = explainProfile(doc);
  const pattern = filter ? new RegExp(filter, 'i') : undefined;
  for (const unit of units) {
    const votes = unit.votes.map((v) => `${v.signal}:${JSON.stringify(v.words)}`).join(' ');
    if (pattern && !pattern.test(votes)) continue;
    console.log(`L${doc.pointAt(unit.offset).line}${unit.title ? ' [title ×5]' : ''} ${votes}`);
  }
  console.log(`\n${totals.words} words; in titles ${JSON.stringify(totals.inTitles)}; in the body ${JSON.stringify(totals.inBody)}`);
  process.exit(0);
}
const rule = ALL_RULES.find((r) => r.meta.id === ruleId);
const concept = rule?.kind === 'document' ? compiledConcept(rule) : undefined;
if (!rule || !concept || !file) {
  console.error('usage: npm run explain -- <document-rule-id with a concept> <file.md> [regex]\n       npm run explain -- system <file.md> [regex over the votes]');
  process.exit(2);
}
const doc = buildDesignDoc(readFileSync(file, 'utf8'));
const decision = decideConcept(doc, concept, rule.meta.step);
const at = decision.evidence ? `L${doc.pointAt(decision.evidence.unit.start).line}: ${decision.evidence.unit.text.slice(decision.evidence.start, decision.evidence.end)}` : '-';
console.log(`${ruleId}: ${decision.settled ? `settled (${decision.confidence})` : 'missing'}, score ${decision.score.toFixed(2)} (threshold ${concept.threshold}); evidence ${at}\n`);
const pattern = filter ? new RegExp(filter, 'i') : undefined;
for (const unit of doc.units) {
  if (pattern && !pattern.test(unit.text)) continue;
  const hits = findUnitHits(concept, unit);
  if (!hits) continue;
  const where = headingChain(unit.section).slice(0, 2).join(' < ');
  console.log(`L${doc.pointAt(unit.start).line} [${unit.kind}${unit.notStatement ? ', not a statement' : ''}, ${unit.lang}] {${where}} ${JSON.stringify(unit.text.slice(0, 120))}`);
  const parts = hits.parts.map((h) => `${concept.parts[h.part].name}:${JSON.stringify(unit.text.slice(h.start, h.end))}${h.negated ? '!NEG' : ''}${h.hedge ? `~H${h.hedge}` : ''}@s${h.sentence}`);
  const header = hits.headerParts.map((p) => `${concept.parts[p].name}:(column header)`);
  console.log(`    ${[...parts, ...header].join(' ')}${hits.headingCue ? ' HEADING-CUE' : ''}`);
}
