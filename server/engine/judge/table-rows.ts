// What a table's column headers and a row's own cells say about the row as a
// decision of the design (docs/judgement.md "Tables"). A row of a comparison
// is a candidate unless it is marked as the one chosen; a row of topics or of
// open questions names things without settling them, and so does a row of a
// table of terms and their meanings ("| Term | Meaning |"; a glossary with a
// column that says what each term does in the design is read as any other); a row
// labelled "Later (v2)" or "optional" is put off; a column headed "Next steps"
// or "Post-MVP" puts off what its cells say. All of it depends on the row's
// text and its table's header only, which the unit keeps (model.ts compares
// both), so an incremental lint reads it as a full one does.
import type { CueSet } from './concept.js';
import { ANSWER_COLUMN, CHOSEN_MARK, DEFERRAL_CELL, DEFERRED_SECTION, DEFINITION_COLUMN, OPTION_COLUMN, PROS_CONS_COLUMN, TERM_COLUMN, TOPIC_COLUMN } from './section-data.js';
import { coveredBy } from '../text/polarity.js';
import type { Span } from '../text/sentences.js';
import { PhraseSet } from '../text/phrases.js';
import { readingOf, type UnitText } from '../text/unit-text.js';

/** How a table row's cells are joined in its unit's text (fragment.ts). */
export const CELL_SEPARATOR = ' | ';

/** The spans of a row's non-empty cells (the unit keeps the headers of those only), if there is one per header. */
export function rowCells(text: string, count: number): Span[] | undefined {
  const cells: Span[] = [];
  let at = 0;
  for (;;) {
    const next = text.indexOf(CELL_SEPARATOR, at);
    const end = next < 0 ? text.length : next;
    const cell = text.slice(at, end);
    const lead = cell.length - cell.trimStart().length;
    const trimmed = cell.trim();
    if (trimmed !== '') cells.push({ start: at + lead, end: at + lead + trimmed.length });
    if (next < 0) break;
    at = next + CELL_SEPARATOR.length;
  }
  return cells.length === count ? cells : undefined;
}

const phrases = (...sets: CueSet[]): PhraseSet => new PhraseSet(sets.flatMap((set) => Object.values(set).flatMap((list) => [...(list ?? [])])));

const TOPIC = phrases(TOPIC_COLUMN);
const ANSWER = phrases(ANSWER_COLUMN);
const PROS_CONS = phrases(PROS_CONS_COLUMN);
const OPTION = phrases(OPTION_COLUMN);
const CHOSEN = phrases(CHOSEN_MARK);
const DEFERRAL = phrases(DEFERRAL_CELL);
const DEFERRED_HEADING = phrases(DEFERRED_SECTION);
const TERM = phrases(TERM_COLUMN);
const DEFINITION = phrases(DEFINITION_COLUMN);

function names(set: PhraseSet, text: string): boolean {
  const reading = readingOf(text);
  return set.matches(reading.text, reading.norm, reading.tokens).length > 0;
}

/** Markup a cell may open with before its words ("**Later**", "_optional_"). */
const CELL_OPENING = /^[\s*_`~>([（【]*$/u;
/** What may follow a deferral word that is the cell's label: its end, a bracket, a comma, a colon or dash ("Later (v2)", "optional, if time allows"). */
const LABEL_BREAK = /^[\s*_`~]*(?:$|[(),:;/—–\-（），、：；])/u;

/**
 * Whether `text` (a cell or a column header) opens with a word that puts it off, as its label: "Later (v2)",
 * "optional, if time allows", "Post-MVP", «Потом», 「后续」 — not "Future demand per store", where the word is part of a name.
 */
function opensWithDeferral(text: string, reading: UnitText, span: Span): boolean {
  return DEFERRAL.matches(reading.text, reading.norm, reading.tokens).some((m) =>
    m.start >= span.start && m.end <= span.end && CELL_OPENING.test(text.slice(span.start, m.start)) && LABEL_BREAK.test(text.slice(m.end, span.end)));
}

/** A column header that puts off its cells: "Later", "V2", "Next steps", "Future work", "Post-MVP", «Дальнейшие шаги», 「后续优化」. */
function defersColumn(header: string): boolean {
  const reading = readingOf(header);
  return opensWithDeferral(header, reading, { start: 0, end: header.length }) || DEFERRED_HEADING.matches(reading.text, reading.norm, reading.tokens).length > 0;
}

/**
 * The cells of a table row under a column that puts them off ("| Ranking | GBDT | add a cross-encoder |" under
 * "Component | v1 | Later"): a hit there is hedged as "later" hedges a clause in prose (hits.ts).
 */
export function deferredCells(text: string, header: readonly string[]): readonly Span[] {
  if (!header.some(defersColumn)) return NO_SPANS;
  const cells = rowCells(text, header.length);
  return cells ? cells.filter((_, i) => defersColumn(header[i])) : NO_SPANS;
}

const NO_SPANS: readonly Span[] = Object.freeze([]);

/** Marks a chosen or a rejected row carries as a symbol. */
const CHOSEN_SYMBOL = /[✅✔✓☑★⭐]/u;
const REJECTED_SYMBOL = /[❌✗✘🚫⛔]/u;
/** A cell that only rejects: "no", "rejected", «нет», «отклонено», 「否」, 「不采用」. */
// A bare "no" only as the whole cell: "No A/B test: the change ships behind a kill switch" is a decision with its reason.
const REJECTED_CELL = /^[\s*_`]*(?:(?:no|n|нет|否|x)[\s*_`.]*$|(?:rejected|dropped|discarded|not (?:chosen|selected|used)|отклонен\w*|отказал\w*|не (?:выбран\w*|берём|берем|используем)|不采用|不选|未采用|放弃|弃用)(?:[\s*_`.,:;(（—–-]|$))/iu;
const YES_CELL = /^[\s*_`]*(?:yes|y|да|是|✓|✔)[\s*_`.]*$/iu;

/** Whether a row is marked as the option chosen: a chosen word not negated ("✅", "**selected**", "выбрано", "采用"), or a bare yes. */
function markedChosen(words: UnitText, cells: readonly Span[]): boolean {
  const { text } = words;
  if (REJECTED_SYMBOL.test(text)) return false;
  if (CHOSEN_SYMBOL.test(text)) return true;
  if (cells.some((cell) => YES_CELL.test(text.slice(cell.start, cell.end)))) return true;
  const { negations } = words.polarity;
  return CHOSEN.matches(text, words.norm, words.tokens).some((m) => !coveredBy(negations, m));
}

/**
 * Why a table row is not a decision of the design: `Candidate` for a row of a comparison that is not marked
 * chosen (still a trade-off weighed, which a rule about weighing options takes: ConceptSpec.candidatesCount),
 * `Other` for a row of topics or questions, rejected, left open or put off.
 */
export const enum RowLeftOut {
  No = 0,
  Candidate = 1,
  Other = 2,
}

/** Per row text and header, why the row is not a decision of the design: the reading depends on nothing else. */
const leftOut = new Map<string, RowLeftOut>();
const LEFT_OUT_LIMIT = 4096;

/**
 * Whether a table row, by its column headers or its own cells, is not a decision of the design, as an item under
 * "Out of scope:" is not (labels.ts `outOfScopeByLabel`):
 * - a table of topics, questions or what an answer should cover, with no column that answers them
 *   ("| Area | What a good answer covers |", "| Open question | Owner |"; not "| Question | Answer |");
 * - a row of a comparison ("| Option | Pros | Cons |", "| Option | Latency | Cost |") not marked as the one chosen
 *   ("✅", "chosen", "выбрано", "采用"), and any row whose decision column rejects it or leaves it open
 *   ("| Option | Decision |" over "| Batch | no |" or "| Batch | TBD |");
 * - a row one of whose cells puts it off: "| Later (v2) | A/B test |", "| A/B test | optional, if time allows |";
 * - a row of a table of terms and what they mean ("| Term | Meaning |", "| 术语 | 含义 |").
 */
export function tableRowLeftOut(words: UnitText, header: readonly string[]): RowLeftOut {
  const key = `${header.join('\u0001')}\u0002${words.text}`;
  let holds = leftOut.get(key);
  if (holds === undefined) {
    holds = readLeftOut(words, header);
    if (leftOut.size >= LEFT_OUT_LIMIT) leftOut.clear();
    leftOut.set(key, holds);
  }
  return holds;
}

function readLeftOut(words: UnitText, header: readonly string[]): RowLeftOut {
  // "What a good answer covers" names topics, it answers none.
  const answers = (h: string): boolean => names(ANSWER, h) && !names(TOPIC, h);
  // A column that says what was decided follows the row's label: "Approach" first names the options, later the one taken.
  const decision = header.findIndex((h, i) => i > 0 && answers(h));
  if (decision < 0 && header.some((h) => names(TOPIC, h))) return RowLeftOut.Other;
  // A table of terms and their meanings defines words; it decides nothing ("| Term | Meaning |", «| Термин | Значение |»).
  if (header.length >= 2 && names(TERM, header[0]) && header.slice(1).every((h) => names(DEFINITION, h))) return RowLeftOut.Other;
  const cells = rowCells(words.text, header.length);
  if (!cells) return RowLeftOut.No;
  if (cells.some((cell) => opensWithDeferral(words.text, words, cell))) return RowLeftOut.Other;
  // A decision column that rejects the row or leaves it open ("no", "rejected", "—", "TBD") leaves it out; one that says what is done keeps it.
  if (decision >= 0) {
    const value = words.text.slice(cells[decision].start, cells[decision].end);
    return REJECTED_CELL.test(value) || REJECTED_SYMBOL.test(value) || PLACEHOLDER_VALUE.test(value) ? RowLeftOut.Other : RowLeftOut.No;
  }
  const comparison = names(OPTION, header[0]) || header.some((h) => names(PROS_CONS, h));
  return comparison && !markedChosen(words, cells) ? RowLeftOut.Candidate : RowLeftOut.No;
}

/** A decision cell that says nothing yet: a dash, a question mark, "TBD". */
const PLACEHOLDER_VALUE = /^[\s\-–—?？.…_*~/]*$|^[\s*_]*(?:tbd|tba|todo|pending|待定|待确定|уточня\w*)[\s*_.?]*$/iu;
