// Labels and list introductions: what the line before a unit, or a label that
// opens it, says about the unit. A short label paragraph ("Business Objective:")
// lends its parts to what follows; an out-of-scope label ("Out of scope:",
// «Не входит:», 「后续优化：」) or a lead of challenges that only names them
// leaves items out of this version; a table's introduction ("Signals used by
// the ranker:") is read with its rows. decide.ts weighs what these say.
import { OUT_OF_SCOPE_LABEL, TOPIC_LABEL_ALONE, TOPIC_LIST_LABEL } from './section-data.js';
import type { ProseUnit } from '../model.js';
import { PhraseSet } from '../text/phrases.js';
import { contentWordCount } from '../text/stopwords.js';
import type { Token } from '../text/tokens.js';
import { RowLeftOut, tableRowLeftOut } from './table-rows.js';

const INTRO_WORDS = 6;

/** A label's end: its colon, maybe inside bold ("**Не входит:**"). */
const LABEL_END = /[:：]\s*\**\s*$/u;

/**
 * The unit just before the run of units (`inList`) that `units[index]` ends:
 * walked back within the region, and to the unit just before the region
 * (which its context key holds) when the run starts the region.
 */
function unitBeforeRun(units: readonly ProseUnit[], index: number, inList: (u: ProseUnit) => boolean): ProseUnit | undefined {
  let at = index;
  while (at >= 0 && inList(units[at])) at--;
  return at >= 0 ? units[at] : units[0].previous;
}

/** Content words a label line may have: "Business Objective:", "Retraining cadence:". */
const LABEL_LINE_WORDS = 3;

/**
 * A paragraph that is only a label ("Business Objective:") over the
 * paragraph `unit`: a plain-text doc's heading. Its parts are lent to the
 * paragraph, as an introduction's to a table; `unit.previous` is what the
 * region's context key holds (model.ts `RegionContext.before`).
 */
function labelLine(unit: ProseUnit): ProseUnit | undefined {
  const label = unit.previous;
  if (unit.origin || unit.notStatement || !label || label.section !== unit.section) return undefined;
  return isLabelLine(label) ? label : undefined;
}

/**
 * A paragraph that is only a label: one sentence of three content words at most besides a bracketed aside,
 * ending in a colon ("**Бейзлайн:**", "**Baseline (popularity):**").
 */
export function isLabelLine(label: ProseUnit): boolean {
  if (label.kind !== 'paragraph' || !LABEL_END.test(label.text)) return false;
  const words = labelWordCount(label);
  return words !== undefined && words <= LABEL_LINE_WORDS;
}

/** The content words of a unit that reads as one label sentence (besides bracketed asides); none for a question, a placeholder or more than one sentence. */
function labelWordCount(label: ProseUnit): number | undefined {
  if (label.origin || label.notStatement) return undefined;
  const sentences = label.words.polarity.sentences;
  if (sentences.length !== 1 || sentences[0].question || sentences[0].placeholder) return undefined;
  return contentWordCount(labelTokens(label));
}

/** A bracketed aside in a label: what the labelled thing is called or built on ("(VQGAN)", "（规则）"), not more label. */
const ASIDE = /[(（][^()（）]*[)）]/gu;

/** The tokens of a label outside its bracketed asides: "**Baseline (logistic regression)**" has one. */
export function labelTokens(label: ProseUnit): readonly Token[] {
  const asides = [...label.text.matchAll(ASIDE)];
  if (asides.length === 0) return label.tokens;
  return label.tokens.filter((t) => !asides.some((a) => t.start >= a.index && t.end <= a.index + a[0].length));
}

/** A label's line may end in a colon, never in a sentence's end: "- **Baseline.**" is a statement's lead, not a title. */
const SENTENCE_END = /[.!?。！？][\s*_]*$/u;

/**
 * A list item that is only a label over the items nested in it ("- **Baseline (logistic regression)**",
 * «- **Бейзлайн (VQGAN)**», 「- **基线方案**」, a colon optional): a course template's heading written as a
 * bullet, whose nested items say what it names ("1. **Model**: …"). It lends to them as a label paragraph
 * lends to the list after it (`isLabelLine`); the same bar: one sentence, three content words at most
 * besides a bracketed aside, no question or placeholder. A nested item is always in its parent's region
 * (regions start at column-0 lines), so this needs nothing in the region's context key.
 */
export function isLabelItem(label: ProseUnit): boolean {
  if (label.kind !== 'list-item' || !label.hasChildren || SENTENCE_END.test(label.text)) return false;
  const words = labelWordCount(label);
  return words !== undefined && words > 0 && words <= LABEL_LINE_WORDS;
}

/** Words (function words included, Han by two characters a word) an out-of-scope label may have before its colon. */
const LABEL_WORDS = INTRO_WORDS + 4;

/**
 * A colon that opens an explanation, not a list of what is left out: "The `x` column is excluded: it is only entered
 * after the loan is overdue", «Поле исключено: оно заполняется после просрочки», 「该字段被剔除：它在逾期后才录入」. The
 * label is then a sentence whose subject was dropped for a reason, as with "because".
 */
const EXPLANATION_AFTER = /^[\s*_]*(?:(?:it|they|this|these|that|since|because|as|он|она|оно|они|это|так как|поскольку|потому что|ведь)(?![\p{L}])|它|这|因为|由于)/iu;

const OUT_OF_SCOPE = new PhraseSet(Object.values(OUT_OF_SCOPE_LABEL).flatMap((list) => [...(list ?? [])]));

/** Per unit, whether its text opens with an out-of-scope label ("Не входит:", "Out of scope: …"): a function of the text. */
const outOfScopeLabels = new WeakMap<ProseUnit, boolean>();

function opensWithOutOfScopeLabel(unit: ProseUnit): boolean {
  let holds = outOfScopeLabels.get(unit);
  if (holds === undefined) {
    const colon = unit.text.search(/[:：]/u);
    const label = colon > 0 ? unit.text.slice(0, colon) : '';
    // A label of a few words before its colon, not a sentence that mentions scope on the way. Function words
    // count: "Возможные пути развития проекта, не входящие в скоуп итерации" (the Reliable ML template's label) is nine.
    holds = label.length > 0 && wordCount(label) <= LABEL_WORDS && !EXPLANATION_AFTER.test(unit.text.slice(colon + 1)) &&
      OUT_OF_SCOPE.matches(unit.text, unit.norm, unit.tokens).some((m) => m.end <= colon);
    outOfScopeLabels.set(unit, holds);
  }
  return holds;
}

const TOPIC_LIST = new PhraseSet(Object.values(TOPIC_LIST_LABEL).flatMap((list) => [...(list ?? [])]));

/** Words of a name in a list of names ("position bias", "冷启动" counts its Han characters by two). */
const NAME_WORDS = 4;
/** Where a list of names splits: commas, semicolons, "and", "и", "和". */
const NAME_SPLIT = /[,，、;；/]|\s(?:and|or|&|и|или)\s|和|以及|及|与/u;
/** What says how inside an item: a colon, a dash or an arrow after the name ("Cold start — popular items"). */
const SAYS_HOW = /[:：—–→(（]|\s-\s|->|=>/u;

/** Marks a name list opens or ends with: emphasis, a label's colon, a dash, a full stop. */
const EDGE_MARK = /[\s*_:：,，\-–—.。!！]/u;

/** `text` without leading and trailing marks, by index (a trailing `[…]+$` regex is quadratic on long runs). */
function trimMarks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_MARK.test(text[start])) start++;
  while (end > start && EDGE_MARK.test(text[end - 1])) end--;
  return text.slice(start, end);
}

/**
 * Whether `text` only names things: one or more short names, none of which
 * says how ("cold start, noisy data and a tight budget", "问题定义、线上服务和监控"),
 * not a clause ("popular items for new users") and not a name with its remedy.
 */
function bareNames(text: string): boolean {
  const body = trimMarks(text);
  if (!body || SAYS_HOW.test(body)) return false;
  return body.split(NAME_SPLIT).every((item) => wordCount(item) <= NAME_WORDS);
}

/**
 * Words of a short piece of text by whitespace, a run of Han characters counted by two characters a
 * word: a Chinese label has no spaces and would always be one word ("后续可扩展方向" is four).
 */
function wordCount(text: string): number {
  let count = 0;
  for (const word of text.split(/\s+/u)) {
    const han = (word.match(/\p{Script=Han}/gu) ?? []).length;
    if (han > 0) count += Math.ceil(han / 2);
    else if (/[\p{L}\p{N}]/u.test(word)) count++;
  }
  return count;
}

/** Names a run of bare names holds at least before it reads as a keyword list rather than a sentence. */
const KEYWORD_RUN_NAMES = 5;
/** Words of each name of a keyword run. */
const KEYWORD_NAME_WORDS = 3;
/** Where the names of a keyword run split: commas, 顿号 and semicolons only. */
const KEYWORD_SPLIT = /[,，、;；]/gu;
/** Per unit, where each name of a keyword run ends, or null when the unit is no such run. */
const keywordRuns = new WeakMap<ProseUnit, readonly number[] | null>();

/**
 * Where the names end when the whole unit is a run of five or more bare names with no label
 * ("定向，粗排，精排，检索，新广告，中长尾广告，保量，…", "targeting, retrieval, bidding, new ads,
 * guaranteed impressions, …"): a keyword list of topics, whose names say nothing of one another.
 * Two parts of a concept in two different names of it ("新广告" … "保量") are no statement that
 * joins them; two parts within one name still are. Undefined when the unit is prose.
 */
export function keywordRunEnds(unit: ProseUnit): readonly number[] | undefined {
  let ends = keywordRuns.get(unit);
  if (ends === undefined) {
    ends = null;
    if ((unit.kind === 'list-item' || unit.kind === 'paragraph') && !unit.origin && !SAYS_HOW.test(trimMarks(unit.text))) {
      // Commas or 顿号 between every two names, each name of three words at most: "A few key metrics,
      // including accuracy, handle time and satisfaction" is a sentence that lists, not a keyword run.
      const found: number[] = [];
      const names: string[] = [];
      let from = 0;
      for (let m = KEYWORD_SPLIT.exec(unit.text); m !== null; m = KEYWORD_SPLIT.exec(unit.text)) {
        found.push(m.index);
        names.push(unit.text.slice(from, m.index));
        from = m.index + m[0].length;
      }
      names.push(unit.text.slice(from));
      if (names.length >= KEYWORD_RUN_NAMES && names.every((name) => trimMarks(name) !== '' && wordCount(name) <= KEYWORD_NAME_WORDS)) ends = [...found, unit.text.length];
    }
    keywordRuns.set(unit, ends);
  }
  return ends ?? undefined;
}

/** The index of the name of a keyword run that holds `offset`. */
export function nameIndexAt(ends: readonly number[], offset: number): number {
  let i = 0;
  while (i < ends.length - 1 && offset >= ends[i]) i++;
  return i;
}

const LABEL_ALONE: ReadonlySet<string> = new Set(Object.values(TOPIC_LABEL_ALONE).flat());
/** Words of each name after a label that is topics only alone ("漂移、监控、重训"): short names, two at least. */
const ALONE_NAME_WORDS = 3;
const OPTION_SPLIT = /还是|或者|\s(?:vs\.?|versus|против)\s/u;

/**
 * Whether the unit opens with a label that is, all of it, a topic label ("讨论：", "**Discussion:**") and
 * then names two things or more, each of a few words: a list of what to discuss, not a decision.
 */
function topicLabelAloneThenNames(text: string): boolean {
  const colon = text.search(/[:：]/u);
  if (colon <= 0 || !LABEL_ALONE.has(trimMarks(text.slice(0, colon)).toLowerCase())) return false;
  const body = trimMarks(text.slice(colon + 1));
  if (!body || SAYS_HOW.test(body)) return false;
  // Options put to the discussion are names too: "讨论：批量预测还是在线预测", "Discuss: batch vs online".
  const names = body.split(NAME_SPLIT).flatMap((name) => name.split(OPTION_SPLIT)).map((name) => name.trim()).filter((name) => name.length > 0);
  return names.length >= 2 && names.every((name) => wordCount(name) <= ALONE_NAME_WORDS);
}

/** Per unit, whether it opens with a label of challenges or topics and then only names them. */
const topicLists = new WeakMap<ProseUnit, boolean>();

function namesTopicsOnly(unit: ProseUnit): boolean {
  let holds = topicLists.get(unit);
  if (holds === undefined) {
    // The lead must open the unit (a few words before it at most), not be a mention on the way.
    const lead = TOPIC_LIST.matches(unit.text, unit.norm, unit.tokens).find((m) => wordCount(unit.text.slice(0, m.start)) <= 3);
    holds = (lead !== undefined && bareNames(unit.text.slice(lead.end))) || topicLabelAloneThenNames(unit.text);
    topicLists.set(unit, holds);
  }
  return holds;
}

/**
 * Whether the unit at `index` is left out of this version by a label, as a
 * "Non-goals" heading leaves its section out: a list item under a short
 * paragraph "**Не входит:**" / "Out of scope:" (the list's `listIntro`, which
 * may be regions before: model.ts keeps it in the region's context key), or a
 * paragraph or item that opens with such a label ("- Что не будет закрыто: …").
 */
export function outOfScopeByLabel(units: readonly ProseUnit[], index: number, candidatesCount = false): boolean {
  const unit = units[index];
  // A row of a comparison not marked chosen, of topics or questions, or put off by a cell (table-rows.ts);
  // an HTML <table>'s rows too, which come with an origin. A comparison's row still weighs an option for a
  // concept that is about weighing them (`candidatesCount`).
  if (unit.kind === 'table-row') {
    if (unit.tableHeader === undefined) return false;
    const reason = tableRowLeftOut(unit.words, unit.tableHeader);
    return reason === RowLeftOut.Other || (reason === RowLeftOut.Candidate && !candidatesCount);
  }
  if (unit.origin || unit.kind === 'heading') return false;
  if ((unit.kind === 'list-item' || unit.kind === 'paragraph') && (opensWithOutOfScopeLabel(unit) || namesTopicsOnly(unit))) return true;
  if (unit.kind !== 'list-item') return false;
  if (underOutOfScopeItem(unit)) return true;
  const intro = unit.listIntro;
  if (!intro || intro.kind !== 'paragraph' || intro.origin) return false;
  if (!LABEL_END.test(intro.text) || contentWordCount(intro.tokens) > INTRO_WORDS) return false;
  // Under "Key challenges:" an item that only names one is left out; one that says how is a remedy.
  return opensWithOutOfScopeLabel(intro) || (namesTopicsOnly(intro) && bareNames(unit.text)) ||
    (isTopicLabelAlone(intro.text) && isTopicName(unit.text));
}

/** Whether `text` is nothing but a label that announces topics when it is the whole label: "讨论：", "**Discussion:**". */
function isTopicLabelAlone(text: string): boolean {
  const colon = text.search(/[:：]/u);
  return colon > 0 && trimMarks(text.slice(colon + 1)) === '' && LABEL_ALONE.has(trimMarks(text.slice(0, colon)).toLowerCase());
}

/**
 * An item under such a label that is a topic's name, not a decision: a few words that do not say how
 * ("- 漂移监控", "- batch vs online"), and no subject opening a clause ("- we use PSI", "- 我们用 PSI").
 */
function isTopicName(text: string): boolean {
  const body = trimMarks(text);
  return body.length > 0 && !SAYS_HOW.test(body) && !CLAUSE_SUBJECT.test(body) &&
    body.split(OPTION_SPLIT).every((name) => wordCount(name) <= ALONE_NAME_WORDS);
}

/** A subject that opens a clause: a decision said in a short item ("we use PSI", "我们用 PSI", «мы считаем PSI»). */
const CLAUSE_SUBJECT = /^(?:(?:we|i|they|our|the team)\b|(?:мы|я|они|команда)(?![\p{L}])|我们|我|团队|模型|系统)/iu;

/**
 * Whether a list item is nested under an item that is only an out-of-scope label ("* Possible next
 * steps, not in this iteration's scope:", «* Возможные пути развития, не входящие в скоуп:», 「* 后续可扩展方向：」),
 * as items under such a paragraph are. No context key is needed: a region starts only at a column-0
 * line (regions.ts), so a nested item is always in the region of the item it is nested in.
 */
function underOutOfScopeItem(unit: ProseUnit): boolean {
  for (let parent = unit.parentItem; parent; parent = parent.parentItem) {
    if (parent.kind === 'list-item' && !parent.origin && LABEL_END.test(parent.text) && opensWithOutOfScopeLabel(parent)) return true;
  }
  return false;
}

/**
 * The paragraph that introduces the table `units[index]` belongs to
 * ("Signals used by the ranker:" then a table of them): a statement of the
 * same section ending with a colon, right before the table's header, walked
 * back within the region and to the unit just before it (which its context
 * key holds), never further: a table is never cut into regions. For a list
 * item, a bare label right before its list (`isLabelLine`).
 */
export function introducingUnit(units: readonly ProseUnit[], index: number): ProseUnit | undefined {
  const unit = units[index];
  if (unit.kind === 'paragraph') return labelLine(unit);
  // A list after a bare label that is the concept's name ("**Baseline:**", "**Бейзлайн:**") lists what it
  // names: partsAsked lends it the label's settling part. Its other parts are not lent to a list: after
  // "Monitoring should cover:" or "**Business metrics:**" a list is as often one of topics as of instances.
  // The run may start regions before this one: model.ts keeps its introduction in the region's context key.
  // An item nested in an item that is only a label ("- **Baseline (VQGAN)**" over "1. **Model**: …") is read
  // with that label first: it is nearer than the paragraph before the whole list.
  if (unit.kind === 'list-item' && !unit.origin && !unit.notStatement) {
    if (unit.parentItem && isLabelItem(unit.parentItem)) return unit.parentItem;
    return unit.listIntro && isLabelLine(unit.listIntro) ? unit.listIntro : undefined;
  }
  if (unit.kind !== 'table-row' || unit.origin || unit.notStatement) return undefined;
  const intro = unitBeforeRun(units, index, (u) => !u.origin && u.section === unit.section && (u.kind === 'table-row' || u.kind === 'table-header'));
  if (!intro || intro.kind !== 'paragraph' || intro.origin || intro.notStatement || intro.section !== unit.section) return undefined;
  const sentences = intro.words.polarity.sentences;
  const last = sentences[sentences.length - 1];
  // A label of a few words ("Signals used by the ranker:"), not a sentence that happens to end in a colon.
  if (!last || last.question || last.placeholder || !/[:：]\s*$/u.test(intro.text) || contentWordCount(intro.tokens) > INTRO_WORDS) return undefined;
  return intro;
}
