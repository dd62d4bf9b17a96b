// What a sentence commits to: questions and placeholders settle nothing, a
// negation ("we do not use a baseline", "A/B test: none") says a thing is
// absent, a hedge ("later", "maybe", "TBD", "возможно", "待定") says it is not
// decided. Each reaches only as far as its clause: in "we do not split
// randomly; we split by time" the second clause is a decision.
//
// Scopes (offsets into the unit's text):
// - a negation word covers what follows it in its clause, up to 8 words, and
//   a whole enumeration after it ("不做A、B、C", "we do not do A, B or C");
// - an "absent" predicate after a concept ("… is not planned", "…: none")
//   covers its clause back to the clause's start;
// - a hedge covers its whole clause, up to ";" or a conjunction ("Possible
//   variants: MAP@k, MRR" is one); a placeholder-like hedge ("TBD", "to be
//   decided") its whole sentence.
import { endsWithTemplateRole } from './template-role.js';
import { mapPacked } from '../packed-arrays.js';
import { LEXICONS, ZH_ABSENCE_RATE, ZH_HORIZON, ZH_LACKED_THING, ZH_NUMBERED_DAY_AFTER } from './polarity-data.js';
import { PhraseSet } from './phrases.js';
import type { Quantity } from './quantity-types.js';
import type { Span } from './sentences.js';
import { isStopword } from './stopwords.js';
import type { Token } from './tokens.js';

export interface Scope {
  /** The words that set it. */
  cue: Span;
  /** For a negation: a word before what it negates ("no leakage"), or a predicate after it ("leakage: not handled"). */
  kind?: 'forward' | 'absent';
  /** What it covers. */
  start: number;
  end: number;
}

export interface SentenceMarks extends Span {
  /** Ends in a question mark ("How fast must it be?", "200 ms?"). */
  question: boolean;
  /** Holds a placeholder (TBD, TODO, ???, lorem ipsum, "<fill in>"). */
  placeholder: boolean;
}

export interface Polarity {
  sentences: SentenceMarks[];
  negations: Scope[];
  hedges: Scope[];
  mildHedges: Scope[];
  /** Reasons given ("because …"): what makes a negation a deliberate decision. */
  reasons: readonly Span[];
}

const all = (pick: (l: (typeof LEXICONS)['en']) => string[], langs: Array<keyof typeof LEXICONS> = ['en', 'ru', 'zh']): string[] => langs.flatMap((lang) => pick(LEXICONS[lang]));

// Chinese negation words are compared with whole tokens (see polarity-data.ts).
const NEGATION = new PhraseSet(all((l) => l.negation, ['en', 'ru']));
const ZH_NEGATION = new Set(LEXICONS.zh.negation);
const NOT_NEGATION = new PhraseSet(all((l) => l.notNegation));
const ABSENT = new PhraseSet(all((l) => l.absentPredicate));
const HEDGE = new PhraseSet(all((l) => l.hedge));
const MILD_HEDGE = new PhraseSet(all((l) => l.mildHedge));
const OPTIONS = new PhraseSet(all((l) => l.options));
const OPTION_LABEL = new PhraseSet(all((l) => l.optionLabel));
const CHOICE_MADE = new PhraseSet(all((l) => l.choiceMade));
const NOT_HEDGE = new PhraseSet(all((l) => l.notHedge));
const ESTIMATE = new PhraseSet(all((l) => l.estimate));
const LATER_CHANGE = new PhraseSet(all((l) => l.laterChange));
const CLAUSE_BREAK = new PhraseSet(all((l) => l.clauseBreak));
const REASON = new PhraseSet(all((l) => l.reason));
const REASON_OPENER = new PhraseSet(all((l) => l.reasonOpener));
/** Hedges that stand for the whole sentence, as a placeholder does. */
/** Advice to the reader and others' systems reported: the whole sentence is not the design's (polarity-data.ts notOwn). */
const NOT_OWN = new PhraseSet(all((l) => l.notOwn));
const SENTENCE_HEDGE = new PhraseSet(['tbd', 'tba', 'tbc', 'to be decided', 'to be determined', 'to be defined', 'open question*', 'тбд', 'будет определ*', 'будет решен*', '待定', '待确定', '待补充',
  // "目前还没有结论": the sentence lays out options not chosen yet.
  '没有结论', '没结论', '暂无结论', '尚无结论', '没有定论', '尚无定论', '未有定论']);

/**
 * Markers a writer leaves to come back to, in the three languages: the
 * placeholder-text rule reports each one, and a sentence holding one settles nothing.
 */
export const PLACEHOLDER_MARKER = /\b(?:tbd|tbc|tba|todo|fixme|xxx|lorem ipsum)\b|\?{3,}|<[a-z ]*(?:fill|placeholder|todo)[a-z ]*>|待定|待补充|待填写|待确认|(?<![\p{L}])(?:тбд|тодо|уточняется|уточняются)(?![\p{L}])/iu;

/** A placeholder sentence: a marker, or an empty "(?)" or "[ ]" left to fill. */
export const PLACEHOLDER = new RegExp(`${PLACEHOLDER_MARKER.source}|\\(\\?\\)|\\[\\s*\\]`, 'iu');

export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER.test(text);
}

// A table row reads as its cells joined by " | ": each cell is a clause of its own, so "no
// feature interactions" in one cell does not negate "baseline" in the next. An arrow leads from a
// condition to what is done about it: "模型效果不达预期 → A/B测试验证", "model underperforms -> not shipped"
// keeps its negation on its own side.
// The same breaks without the commas: where a comma-joined list's item ends (listCommas).
const NON_COMMA_BREAK = /[;:()\[\]—–；：（）→⇒➔➜]|->|=>|\s-\s|\s\|\s/;
const PUNCTUATION_BREAK = new RegExp(`${NON_COMMA_BREAK.source}|[，、]|,(?!\\d)`, 'g');
const NON_COMMA_BREAKS = new RegExp(NON_COMMA_BREAK.source, 'g');
// "Baseline: none" and "A/B test - not planned" name the concept before a colon or dash:
// an absent predicate reaches back past them, to the last ";" or conjunction (or cell: "A/B test | none").
const MAJOR_PUNCTUATION_BREAK = /[;；]|\s\|\s/g;
const NEGATION_REACH = 8;
// A negation before an enumeration denies each item: "不实现多目标排序、重排、在线学习", "we do not do
// reranking, calibration or online learning". Past its reach of words, it reaches this many more after
// each "、" it gets to, so a long list keeps its last item (a list of commas it takes whole: see listCommas).
const ITEM_REACH = 6;
// A comma-joined list of short items that a conjunction closes: "A, B or C", "A, B, and C", "А, Б и В".
// A comma before a clause of its own ("we do not split randomly, we split by time") or a restriction
// ("…, only GBDT or LR") is no list.
const LIST_CONJUNCTION = /^(?:and|or|nor|и|или|либо)$/;
// English may close a list with a comma before the conjunction ("A, B, and C"); Russian does not: ", и …" opens a clause.
const OXFORD_CONJUNCTION = /^(?:and|or|nor)$/;
// A segment that holds a negation says something of its own: the list, if any, ended before it.
const SEGMENT_NEGATION = /^(?:not|no|never|without|не|нет|без|никогда)$/;
const NOT_LIST_OPENER = /^(?:only|just|instead|but|rather|also|then|this|that|there|только|лишь|а|но|зато|также|тоже|затем|потом|это)$/;
const SUBJECT = /^(?:we|i|they|it|he|she|you|мы|я|они|он|она|оно|вы)$/;
const LIST_ITEM_WORDS = 10;
// A list that is the subject of a negation after it ("Reranking, calibration and online learning are not
// planned"): its first item, before the first comma, is a name of a few words.
const SUBJECT_ITEM_WORDS = 4;

/** Whether the words before a sentence's first list comma are a short item of their own, not a clause ("Reranking", not "Reranking is done by rules"). */
function shortFirstItem(text: string, tokens: readonly Token[], sentence: Span, comma: number): boolean {
  let from = sentence.start;
  for (const m of text.slice(sentence.start, comma).matchAll(NON_COMMA_BREAKS)) from = sentence.start + m.index + m[0].length;
  const words = tokens.filter((t) => t.start >= from && t.end <= comma).map((t) => t.word);
  return looksLikeItem(words, SUBJECT_ITEM_WORDS) && !words.some((w) => LINK_VERB.test(w));
}
const LINK_VERB = /^(?:is|are|was|were|be|будет|будут|является|являются|это)$/;

/** Whether `words` can be one item of a list: at most `max` words, no subject or negation, not opened like a clause. */
function looksLikeItem(words: readonly string[], max: number): boolean {
  return words.length > 0 && words.length <= max && !NOT_LIST_OPENER.test(words[0]) && !words.some((w) => SUBJECT.test(w) || SEGMENT_NEGATION.test(w));
}

const DIGIT_CHAR = /\d/;

/** The ASCII commas of a sentence that join the items of a list (see LIST_CONJUNCTION). */
function listCommas(text: string, tokens: readonly Token[], sentence: Span): number[] {
  const commas: number[] = [];
  for (let i = text.indexOf(',', sentence.start); i >= 0 && i < sentence.end; i = text.indexOf(',', i + 1)) if (!DIGIT_CHAR.test(text[i + 1] ?? '')) commas.push(i);
  const found: number[] = [];
  let run: number[] = [];
  // Commas come in order: one pass over the tokens (a unit may hold thousands of commas).
  let first = 0;
  commas.forEach((comma, k) => {
    // The segment after this comma: to the next comma, or to the next other break.
    const next = commas[k + 1] ?? sentence.end;
    const rest = text.slice(comma + 1, next);
    const cut = rest.search(NON_COMMA_BREAK);
    const segEnd = cut >= 0 ? comma + 1 + cut : next;
    while (first < tokens.length && tokens[first].start <= comma) first++;
    let words: string[] = [];
    for (let t = first; t < tokens.length && tokens[t].end <= segEnd && words.length <= LIST_ITEM_WORDS; t++) words.push(tokens[t].word);
    // "…, calibration and online learning are not planned": the list closes before the negation it is the subject of.
    const negation = words.findIndex((w) => SEGMENT_NEGATION.test(w));
    const subjectList = negation > 1 && words.slice(1, negation).some((w) => LIST_CONJUNCTION.test(w)) && shortFirstItem(text, tokens, sentence, run[0] ?? comma);
    if (subjectList) words = words.slice(0, negation);
    const item = looksLikeItem(words, LIST_ITEM_WORDS);
    if (!item) {
      run = [];
      return;
    }
    run.push(comma);
    if (segEnd < next || k === commas.length - 1 || subjectList) {
      // The run's last item closes the list: a conjunction inside it, or opening it after two or more commas.
      const joined = words.some((w, j) => (j > 0 ? LIST_CONJUNCTION.test(w) : run.length >= 2 && OXFORD_CONJUNCTION.test(w)));
      if (joined) found.push(...run);
      run = [];
    }
  });
  return found;
}

/** Where clauses start: sentence starts, conjunctions and, unless `major`, punctuation inside a sentence. */
/**
 * Where clauses start, ascending, each once: the sentences' starts, the ends of punctuation breaks and the
 * starts of `breaks`. All three come in ascending order (sentences and regex matches by position, a phrase
 * set's matches by start), so they are merged, not put in a Set and sorted (a sort with a comparison
 * function per unit whose polarity is read).
 */
function clauseStarts(text: string, breaks: readonly Span[], sentences: readonly Span[], major: boolean): number[] {
  const punctuation: number[] = [];
  for (const m of text.matchAll(major ? MAJOR_PUNCTUATION_BREAK : PUNCTUATION_BREAK)) punctuation.push(m.index + m[0].length);
  const starts: number[] = [];
  let s = 0;
  let p = 0;
  let b = 0;
  for (;;) {
    const next = Math.min(s < sentences.length ? sentences[s].start : Infinity, p < punctuation.length ? punctuation[p] : Infinity, b < breaks.length ? breaks[b].start : Infinity);
    if (next === Infinity) return starts;
    if (starts.length === 0 || starts[starts.length - 1] !== next) starts.push(next);
    if (s < sentences.length && sentences[s].start === next) s++;
    if (p < punctuation.length && punctuation[p] === next) p++;
    if (b < breaks.length && breaks[b].start === next) b++;
  }
}

function clauseAround(starts: readonly number[], sentence: Span, at: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const s of starts) {
    if (s <= at && s >= start) start = s;
    else if (s > at && s < end) {
      end = s;
      break;
    }
  }
  return { start, end };
}

/**
 * How far back an absent predicate reaches: to the start of its own clause,
 * or, when nothing stands there but the predicate ("Baseline: none", "A/B
 * test — not planned"), one clause further, to what it is said of. It does
 * not reach past a clause that says something of its own ("training is not
 * part of the pipeline, GPU costs: none").
 */
function absentReach(starts: readonly number[], tokens: readonly Token[], sentence: Span, at: number): number {
  const own = clauseAround(starts, sentence, at);
  const saysSomething = tokens.some((t) => t.start >= own.start && t.end <= at && !WHEN_WORDS.has(t.word));
  if (saysSomething || own.start <= sentence.start) return own.start;
  return clauseAround(starts, sentence, own.start - 1).start;
}

/** Words that say when, not what: "Position bias: currently not handled", "位置偏差：目前没做", "Смещение: пока не учитываем". */
const WHEN_WORDS: ReadonlySet<string> = new Set(['currently', 'still', 'yet', 'now', 'so', 'far', 'for', 'at', 'the', 'moment', 'presently', 'пока', 'сейчас', 'еще', 'тоже', 'также', '目前', '暂时', '暂', '还', '尚', '现在', '当前', '现阶段', '也', '都', '均']);

function sentenceAt(sentences: readonly Span[], at: number): Span {
  return sentences.find((s) => at >= s.start && at < s.end) ?? sentences[sentences.length - 1] ?? { start: 0, end: at + 1 };
}

function isQuestion(text: string, sentence: Span): boolean {
  let end = sentence.end;
  // Closing emphasis or brackets after the mark: "**200 ms?**", "(which one?)".
  while (end > sentence.start && /[\s*_)\]"'»）]/.test(text[end - 1])) end--;
  return text[end - 1] === '?' || text[end - 1] === '？' || CHINESE_QUESTION.test(text.slice(sentence.start, end)) || isTemplatePrompt(text.slice(sentence.start, end));
}

/**
 * A Chinese question without its mark: the particle 吗 ends it ("可以直接拿来用吗。"), or an interrogative
 * does — interview notes list what to think about as questions ("好处坏处有哪些。", "distribution 随时间改变怎么办").
 */
const CHINESE_QUESTION = /(?:吗|怎么办|怎么做|怎么样|有哪些|是什么|是多少|为什么|为何|要不要)[。.!！…]*$/u;

/**
 * A course template's prompt left in place: a question without its mark ("Какие данные нужны,
 * откуда их брать", "Как будем следить за качеством модели") or an instruction to the writer
 * ("Briefly describe the business metrics", "Кратко описывается дизайн пилота"). An answer
 * after a colon ("Какие модели: CatBoost и LR") makes it a statement again.
 */
const TEMPLATE_QUESTION = /^[\s*_>#(（【\[-]*(?:как(?:ой|ая|ое|ие|им|ую|их) |сколько |зачем |почему |откуда |как (?:будем|будет|оцениваем|размечать|собирать|измерять) |что (?:делаем|будем|нужно) |где (?:брать|взять) |кто (?:будет|отвечает) )/iu;
// Templates put the prompt in brackets and ask politely: "（请说明选择的模型及原因）", "(Please describe the baseline.)".
const TEMPLATE_INSTRUCTION = /^[\s*_>#(（【\[-]*(?:(?:briefly |please )?(?:describe|specify|list|outline|explain|indicate|mention) (?:the |what |how |which |here)|(?:кратко )?(?:опишите|укажите|перечислите|объясните|описывается|указывается|перечисляются)(?![\p{L}])|(?:请|请在此|在此)?(?:简要|简单|具体|详细)?(?:描述|说明|列出|列举|填写|阐述|写明)(?:一下)?)/iu;
// The same instruction after words that point at the template's place or duty: "In this section, describe …", "This
// section should explain …", «Здесь нужно описать …», «В этом разделе следует описать …», 「本节需要说明…」「此处填写…」.
// Only a modal or an imperative: "This section describes our baseline: …", «В этом разделе описан …», 「本节介绍…」 and
// 「这里说明一下：…」 are the writer's own preview.
const PLACED_INSTRUCTION = /^[\s*_>#(（【\[-]*(?:(?:in this (?:section|part|block)|here)[,:]? (?:please )?(?:briefly )?(?:describe|specify|list|outline|explain|indicate|state|give)|this (?:section|part|block) (?:should|must|needs to|is to|will need to) (?:briefly )?(?:describe|specify|list|outline|explain|state|cover|give)|(?:здесь|ниже|в (?:этом|данном) (?:разделе|пункте|блоке)) (?:нужно|надо|следует|необходимо|требуется|стоит) (?:кратко )?(?:описать|указать|перечислить|объяснить|рассказать|привести)|(?:本节|本部分|本章|此处|这里|该部分)(?:需要|应|应该|请)(?:简要|简单|具体|详细)?(?:描述|说明|列出|列举|填写|阐述|写明|介绍)|此处填写)/iu;

const CLOSING: Readonly<Record<string, string>> = { '[': ']', '(': ')', '<': '>', '（': '）', '【': '】' };

/** A sentence wrapped in one pair of brackets: "[…]", "(…)", "<…>", "（…）", "【…】" (its closing one may be trimmed off already). */
function bracketed(sentence: string): boolean {
  const open = /^[\s*_]*([[(<（【])/u.exec(sentence);
  if (!open) return false;
  const close = sentence.indexOf(CLOSING[open[1]], open[0].length);
  return close < 0 || /^[\s*_.。]*$/u.test(sentence.slice(close + 1));
}

// The template's own place named in its instruction: "here", "in this section", «здесь», «в этом разделе», 「在此」「此处」「本节」.
const INSTRUCTION_HERE = /(?<![\p{L}])(?:here|below|in this (?:section|part|block|field)|здесь|ниже|в (?:этом|данном) (?:разделе|пункте|блоке))(?![\p{L}])|在此|此处|在这里|本节|本部分|下方/iu;

// A field label whose value is the template's instruction: "Privacy: describe how personal data is handled".
// Only a wh-clause after the verb: "Goal: explain the score to the applicant" states a requirement.
const LABELLED_INSTRUCTION = /^[^:：?]{1,40}[:：]\s*[*_(\[]*(?:please )?(?:describe|specify|list|outline|explain|indicate) (?:how|what|which|where|when|why) /iu;

// An interview guide's talking point: what to bring up when asked, not what the design does ("Discuss
// gradual rollout strategies", "Address feature store and management", "Cover metrics (false positives …)").
// Saying how makes it a statement again: "Address class imbalance with class weights", "Cover cold start by …".
const TALKING_POINT = /^[\s*_>#(（【\[-]*(?:discuss|explain|address|cover|mention|talk about|walk through|bring up|elaborate on|go over|touch on|обсудите|обсудить|расскажите (?:о|об|про)|рассказать (?:о|об|про))(?![\p{L}])|^[\s*_>#(（【\[-]*(?:谈谈|聊聊|讨论一下)/iu;
const TALKING_POINT_ANSWER = /(?<![\p{L}])(?:by|with|using|via|through|because|since|so that|с помощью|через)(?![\p{L}])|使用|通过|[:：=→]\s*\S/iu;

export function isTemplatePrompt(sentence: string): boolean {
  if (TALKING_POINT.test(sentence) && !TALKING_POINT_ANSWER.test(sentence)) return true;
  if (LABELLED_INSTRUCTION.test(sentence) && !/[:：][^:：]*[:：]\s*\S/u.test(sentence)) return true;
  if (PLACED_INSTRUCTION.test(sentence)) return true;
  if (!TEMPLATE_QUESTION.test(sentence) && !TEMPLATE_INSTRUCTION.test(sentence)) return false;
  // An instruction in brackets is the template's whole line, its colon included: "[Describe the A/B test: groups, duration]".
  if (bracketed(sentence)) return true;
  const colon = sentence.search(/[:：]/u);
  // An instruction that points at its own place ("Describe the baseline here: a simple model or heuristic …",
  // «Опишите здесь бейзлайн: …», 「在此描述基线：…」) is the template's; what follows its colon is its hint.
  if (INSTRUCTION_HERE.test(colon < 0 ? sentence : sentence.slice(0, colon))) return true;
  const answer = /[:：]\s*(.+)$/u.exec(sentence)?.[1] ?? '';
  // "…: рекомендательная система, поиск аномалий, прогноз и т.д." lists the template's options, not an answer.
  if (/(?:и т\.\s?[дп]\.?|etc\.?|等)\s*[).]*$/iu.test(answer)) return true;
  // Chinese is written without spaces: "说明：训练数据来自埋点日志" answers in one run of characters.
  if (/\p{Script=Han}{4,}/u.test(answer)) return false;
  return answer.split(/\s+/).filter((w) => /[\p{L}\p{N}]{3,}/u.test(w)).length < 2;
}

const OPEN_BRACKETS = '(（';
const CLOSE_BRACKETS = ')）';

/**
 * The bracketed aside inside a sentence a hedge stands in, if any: "数据突然全为0（可能是同步出问题）会告警"
 * doubts the cause, not the alert after it. Such a hedge covers the aside and the clause it is attached to
 * ("做AB实验（后续再做），看CTR", "an A/B test (maybe later) on CTR"), not the rest of its sentence.
 */
function asideAround(text: string, sentence: Span, cue: Span): Span | undefined {
  let open = -1;
  for (let i = cue.start - 1; i >= sentence.start; i--) {
    if (CLOSE_BRACKETS.includes(text[i])) return undefined;
    if (OPEN_BRACKETS.includes(text[i])) {
      open = i;
      break;
    }
  }
  if (open < 0) return undefined;
  for (let i = cue.end; i < sentence.end; i++) {
    if (OPEN_BRACKETS.includes(text[i])) return undefined;
    // An aside that ends its sentence comments on all of it ("… like online learning (maybe if we turn it into a startup)!").
    if (CLOSE_BRACKETS.includes(text[i])) return /[\p{L}\p{N}]/u.test(text.slice(i + 1, sentence.end)) ? { start: open, end: i + 1 } : undefined;
  }
  return undefined;
}

/** Dimensions of a value a design sets (a budget, a target, a threshold), not an amount it estimates. */
const SET_VALUE: ReadonlySet<string> = new Set(['time', 'percent', 'ratio']);

/** Between two values offered as alternatives: "100 ms or 300 ms", "либо 100 мс, либо 300 мс", "100 毫秒或 300 毫秒", "要么…，要么…". */
const ALTERNATIVE_GAP = /^[\s,，]*(?:or|или|либо|或|或者|还是|要么)[\s,，]*$/iu;
const ALTERNATIVE_WORD = /(?<![\p{L}])(?:or|или|либо)(?![\p{L}])|或|还是|要么/iu;
/**
 * Right before the first value, a look-back window: "logins in the last 7 or 30 days", «за последние 7 или 30 дней»,
 * 「近 7 天或 30 天的点击」 are two windows a feature is counted over, both used, not a value left open.
 */
const WINDOW_BEFORE = /(?:(?<![\p{L}])(?:last|past|previous|trailing|rolling|последние|последних|прошлые|прошедшие)|近|过去|最近)\s*$/iu;
const WINDOW_OPENS = /^(?:近|过去|最近)/u;
/** A bare number right before "or" ("100 or 300 ms", «100 или 300 мс»): the first value, its unit left to the second. */
const BARE_FIRST_VALUE = /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?\s*$/u;

/**
 * Two values of one kind offered as alternatives ("Latency: either 100 ms or 300 ms", «Задержка: 100 или 300 мс»,
 * 「PSI 阈值 0.1 或 0.2」): the value is not chosen yet, as with "TBD". Only values a design sets (SET_VALUE): amounts
 * are left alone, "users with 0 or 1 interactions" names a group and "10M or 20M users" is still an order of magnitude.
 */
function alternativeValues(text: string, quantities: readonly Quantity[]): Span[] {
  const spans: Span[] = [];
  const open = (span: Span): void => {
    // A zh quantity may begin with its window word (近 is also "nearly"): "近 7 天或 30 天".
    if (!WINDOW_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)) && !WINDOW_OPENS.test(text.slice(span.start, span.start + 2))) spans.push(span);
  };
  quantities.forEach((b, i) => {
    if (!SET_VALUE.has(b.dimension)) return;
    const a = quantities[i - 1];
    if (a && (a.dimension === b.dimension || a.dimension === 'plain') && ALTERNATIVE_GAP.test(text.slice(a.end, b.start))) {
      open({ start: a.start, end: b.end });
      return;
    }
    // The first value may be no quantity of its own: "100 или 300 мс".
    const before = text.slice(Math.max(a?.end ?? 0, b.start - 40), b.start);
    const gap = /(?:or|или|либо|或者?|还是)[\s,，]*$/iu.exec(before);
    const first = gap ? BARE_FIRST_VALUE.exec(before.slice(0, gap.index)) : null;
    if (gap && first) open({ start: b.start - before.length + first.index, end: b.end });
  });
  return spans;
}

/**
 * Words a hedged clause may hold besides its hedge and still say nothing of its own, so that it speaks of the clause
 * before it: "…, but that's later", "…; we have not decided yet", «…, но это позже», 「…，不过这是后话」. (Function
 * words count too: stopwords.ts.)
 */
const REFER_BACK_WORDS: ReadonlySet<string> = new Set(['yet', 'so', 'one', 'ones', 'will', 'пока', 'ещё', 'уже', 'всё', 'потом', '我们', '这个', '这些', '那个', '但', '不过', '再', '说',
  // When it comes, not what: "…, but that's for a later release", «…, но это на следующем этапе», 「…，这是下一阶段的事」.
  'release', 'releases', 'version', 'versions', 'phase', 'stage', 'iteration', 'milestone', 'релиз', 'релиза', 'релизе', 'версия', 'версии', 'этап', 'этапа', 'этапе', 'итерация', 'итерации', '版本', '阶段', '迭代', '事']);

function refersBack(tokens: readonly Token[], clause: Span, cues: readonly Span[]): boolean {
  return tokens.every((t) => t.end <= clause.start || t.start >= clause.end || inside(t, cues) || isStopword(t.word) || REFER_BACK_WORDS.has(t.word));
}

/**
 * A Chinese absence after a copula that opens a noun phrase: in "衡量成功的标准是无需人工介入即解决的工单占比" the
 * absence (无需 …) describes the tickets counted, with 的 and the noun after it; it says nothing of the subject before
 * 是. Returns where the modifier ends (its 的), or -1. "位置偏差是没有处理的。" (是…的, nothing after 的) still denies.
 */
function zhAttributiveEnd(text: string, cue: Span, clause: Span): number {
  if (!/(?:是|为|即|指)\s*$/u.test(text.slice(Math.max(clause.start, cue.start - 3), cue.start))) return -1;
  const rest = /的\s*\p{Script=Han}/u.exec(text.slice(cue.end, clause.end));
  return rest ? cue.end + rest.index : -1;
}

function inside(span: Span, outer: readonly Span[]): boolean {
  return outer.some((o) => span.start >= o.start && span.end <= o.end);
}

/**
 * `quantitiesOf` gives the unit's quantities (read once and shared with the rules): asked only when a hedge word stands
 * before a number or "or" stands between numbers.
 */
export function analyzePolarity(text: string, norm: string, tokens: readonly Token[], sentenceSpans: readonly Span[], quantitiesOf: () => readonly Quantity[] = () => []): Polarity {
  // Written out rather than spread from the span: a spread gave each of these a hidden class of its own
  // (~300 bytes more per sentence, kept with every unit's reading).
  const rolePrompt = endsWithTemplateRole(text);
  const sentences: SentenceMarks[] = mapPacked(sentenceSpans, (s) => ({
    start: s.start,
    end: s.end,
    question: rolePrompt || isQuestion(text, s),
    placeholder: isPlaceholderText(text.slice(s.start, s.end)),
  }));
  // Words that open a clause ("but", "because", "однако", "因为").
  const breaks = CLAUSE_BREAK.matches(text, norm, tokens);
  const starts = clauseStarts(text, breaks, sentenceSpans, false);
  const majorStarts = clauseStarts(text, breaks, sentenceSpans, true);
  const exempt: Span[] = [...NOT_NEGATION.matches(text, norm, tokens)];
  if (text.includes('无')) for (const m of text.matchAll(ZH_ABSENCE_RATE)) exempt.push({ start: m.index, end: m.index + m[0].length });
  const negations: Scope[] = [];
  // A negation's clause runs on through a list: not past "、" (the Chinese enumeration comma) nor a list's commas.
  const listStarts = new Set<number>();
  for (let i = text.indexOf('、'); i >= 0; i = text.indexOf('、', i + 1)) listStarts.add(i + 1);
  if (text.includes(',')) for (const s of sentenceSpans) for (const c of listCommas(text, tokens, s)) listStarts.add(c + 1);
  const negationStarts = listStarts.size > 0 ? starts.filter((s) => !listStarts.has(s)) : starts;
  const forward = (cue: Span): void => {
    if (inside(cue, exempt)) return;
    const sentence = sentenceAt(sentenceSpans, cue.start);
    // A negation inside an item ("CTR、无结果率、点击率", "CTR, no-result rate, and conversion") covers that item only.
    const own = clauseAround(starts, sentence, cue.start);
    const clause = listStarts.has(own.start) ? own : clauseAround(negationStarts, sentence, cue.start);
    const after = tokens.filter((t) => t.start >= cue.end && t.start < clause.end);
    let limit = NEGATION_REACH;
    // Only a clause that runs on through a list reaches past NEGATION_REACH.
    if (listStarts.size > 0 && clause !== own) for (let i = 1; i < after.length && i < limit; i++) {
      const gap = text.slice(after[i - 1].end, after[i].start);
      // A list comma was checked to join short items: the negation takes the whole list.
      if (gap.includes(',') && listStarts.has(after[i - 1].end + gap.indexOf(',') + 1)) limit = after.length;
      else if (gap.includes('、')) limit = Math.max(limit, i + ITEM_REACH);
    }
    const reach = after[Math.min(after.length, limit) - 1];
    let end = reach ? reach.end : cue.end;
    // "标准是无需人工介入即解决的工单占比": the negation describes the tickets; it ends with its modifier, at 的.
    const attributive = cue.end < end && HAN.test(text[cue.start]) ? zhAttributiveEnd(text, cue, clause) : -1;
    if (attributive >= 0) end = Math.min(end, attributive);
    negations.push({ cue, kind: 'forward', start: cue.end, end });
  };
  for (const m of NEGATION.matches(text, norm, tokens)) forward(m);
  for (const t of tokens) if (t.script === 'han' && ZH_NEGATION.has(t.word)) forward(t);
  const absents = ABSENT.matches(text, norm, tokens);
  const reasonOpeners = REASON_OPENER.matches(text, norm, tokens);
  for (const m of absents) {
    if (inside(m, exempt)) continue;
    let start = absentReach(negationStarts, tokens, sentenceAt(sentenceSpans, m.start), m.start);
    // "…, поскольку размеченных случаев почти нет": the absence is the reason's content; the reason stays a reason.
    for (const opener of reasonOpeners) if (opener.start >= start && opener.end <= m.start) start = opener.end;
    // "У нового соискателя пока нет откликов": "у …" names who lacks what follows; the absence is theirs, not denied of them
    // (the forward negation still covers what follows "нет").
    if (tokens.find((t) => t.start >= start && t.end <= m.start)?.word === 'у') continue;
    // "刚发布的文章还没有互动数据": 没有 + what one has is the newcomer's state, as «у X нет Y» above (ZH_LACKED_THING).
    if (ZH_LACKED_THING.test(text.slice(m.end, m.end + 12))) continue;
    // "标准是无需人工介入即解决的工单占比": the absence after 是 describes what is counted, not the subject.
    if (HAN.test(text[m.start]) && zhAttributiveEnd(text, m, clauseAround(negationStarts, sentenceAt(sentenceSpans, m.start), m.start)) >= 0) continue;
    negations.push({ cue: m, kind: 'absent', start, end: m.start });
  }
  // A hedge reaches past a colon or comma ("Possible variants: MAP@k, MRR"), not past ";" or "but".
  // A hedge word quoted as a name is mentioned, not meant: "the share of 'unknown' predictions", "类别为“待定”的工单".
  const notHedges: Span[] = [...NOT_HEDGE.matches(text, norm, tokens), ...quotedNames(text, tokens)];
  // "maybe 3k requests per second" estimates an amount; "Latency: maybe 100 ms" leaves a budget open (polarity-data estimate).
  const estimates = ESTIMATE.matches(text, norm, tokens);
  let quantities: readonly Quantity[] | undefined;
  const quantitiesRead = (): readonly Quantity[] => (quantities ??= quantitiesOf());
  for (const m of estimates) {
    const value = quantitiesRead().find((q) => q.end > m.start && q.start <= m.end + 1);
    if (!value || !SET_VALUE.has(value.dimension)) notHedges.push(m);
  }
  if (/未来|日后|以后|后续|之后/u.test(text)) for (const m of text.matchAll(ZH_HORIZON)) notHedges.push({ start: m.index, end: m.index + m[0].length });
  if (text.includes('日')) for (const m of text.matchAll(ZH_NUMBERED_DAY_AFTER)) notHedges.push({ start: m.index, end: m.index + m[0].length });
  // A reason's opener inside a sentence is not hedged with the reason's content: in "We use RAG because
  // fine-tuning is out of scope" what is out of scope is doubtful, not that a reason is given.
  const afterOpener = (clause: Span, sentence: Span): number => (clause.start > sentence.start ? reasonOpeners.find((o) => o.start === clause.start)?.end : undefined) ?? clause.start;
  const laterChanges = LATER_CHANGE.matches(text, norm, tokens);
  const optionsOpen = openOptions(text, norm, tokens, sentenceSpans, majorStarts, notHedges);
  const hedgeMatches = HEDGE.matches(text, norm, tokens);
  const sentenceHedges = SENTENCE_HEDGE.matches(text, norm, tokens);
  // A hedged clause with nothing else in it speaks of the clause before it ("…, but that's later").
  const referCues = [...hedgeMatches, ...sentenceHedges];
  const clauseScopes = (matches: readonly Span[]): Scope[] =>
    mapPacked(matches.filter((m) => !inside(m, notHedges)), (m) => {
      const sentence = sentenceAt(sentenceSpans, m.start);
      const aside = asideAround(text, sentence, m);
      if (aside) return { cue: m, start: clauseAround(starts, sentence, Math.max(sentence.start, aside.start - 1)).start, end: aside.end };
      const opening = clauseAround(majorStarts, sentence, m.start);
      // A hedge that holds its clause word covers what that word opens: "we still need to decide which model ranks the feed".
      const clause = m.end > opening.end ? { start: opening.start, end: clauseAround(majorStarts, sentence, m.end - 1).end } : opening;
      // "logistic regression, later upgraded to a deep model": the plan covers its own clause, not the decision before it.
      if (laterChanges.length > 0 && inside(m, laterChanges)) {
        const own = clauseAround(starts, sentence, m.start);
        if (own.start > clause.start) return { cue: m, start: own.start, end: clause.end };
      }
      if (clause.start > sentence.start && refersBack(tokens, clause, referCues)) return { cue: m, start: clauseAround(majorStarts, sentence, clause.start - 1).start, end: clause.end };
      return { cue: m, start: Math.min(afterOpener(clause, sentence), m.start), end: clause.end };
    });
  const alternatives = ALTERNATIVE_WORD.test(text) && /\d/.test(text) ? alternativeValues(text, quantitiesRead()) : [];
  const hedges = [
    ...quotations(text, tokens),
    ...optionsOpen,
    ...clauseScopes(alternatives.length > 0 ? [...hedgeMatches, ...alternatives] : hedgeMatches),
    ...sentenceHedges.map((m) => ({ cue: m, ...sentenceAt(sentenceSpans, m.start) })),
    ...NOT_OWN.matches(text, norm, tokens).map((m) => ({ cue: m, ...sentenceAt(sentenceSpans, m.start) })),
  ];
  return { sentences, negations, hedges, mildHedges: clauseScopes(MILD_HEDGE.matches(text, norm, tokens)), reasons: REASON.matches(text, norm, tokens) };
}

/** What joins options still open: "A or B", «A или B», 「A 或者 B」「A 还是 B」 ("A and B" uses both). */
const ALTERNATIVE_OR = /(?<![\p{L}])(?:or|vs\.?|versus|или|либо)(?![\p{L}])|或者|或是|还是|或/iu;
/** Words a label may hold after its options word before the colon ("Варианты онлайн-оценки:", "Options for the baseline:"). */
const LABEL_TAIL_WORDS = 4;

/** Whether the lead opens its sentence's label: the colon comes a few words after it, and none before it. */
function leadsLabel(text: string, sentence: Span, lead: Span): boolean {
  if (/[:：]/u.test(text.slice(sentence.start, lead.start))) return false;
  const colon = text.slice(lead.end, sentence.end).search(/[:：]/u);
  if (colon < 0) return false;
  const tail = text.slice(lead.end, lead.end + colon);
  return tail.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + Math.ceil((tail.match(/\p{Script=Han}/gu)?.length ?? 0) / 2) <= LABEL_TAIL_WORDS;
}

/**
 * Options laid out and none taken (polarity-data `options`, `optionLabel`): from the lead's clause to the end of its sentence, or of
 * the unit after a label lead ("Online evaluation options: an A/B test or interleaving. Interleaving needs less
 * traffic."), as long as "or" joins what follows and the unit says no choice ("…. We chose the third: …").
 */
function openOptions(text: string, norm: string, tokens: readonly Token[], sentenceSpans: readonly Span[], majorStarts: readonly number[], notHedges: readonly Span[]): Scope[] {
  const counted = OPTIONS.matches(text, norm, tokens);
  const labels = OPTION_LABEL.matches(text, norm, tokens);
  if ((counted.length === 0 && labels.length === 0) || CHOICE_MADE.matches(text, norm, tokens).length > 0) return [];
  const scopes: Scope[] = [];
  for (const m of [...counted, ...labels]) {
    if (inside(m, notHedges)) continue;
    const sentence = sentenceAt(sentenceSpans, m.start);
    if (!ALTERNATIVE_OR.test(text.slice(m.end, sentence.end))) continue;
    const label = leadsLabel(text, sentence, m);
    // A bare "options" word leads only as a label: "users pick delivery options or pickup points" lays out none.
    if (!label && !counted.includes(m)) continue;
    scopes.push({ cue: m, start: clauseAround(majorStarts, sentence, m.start).start, end: label ? text.length : sentence.end });
  }
  return scopes;
}

const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [['"', '"'], ['“', '”'], ['«', '»'], ['「', '」'], ['『', '』'], ['„', '“']];
/** Words a quotation needs to be an example utterance rather than a quoted name ("insult rate"). */
const UTTERANCE_WORDS = 4;
const HAN = /\p{Script=Han}/u;
/**
 * Chinese quotes name things as often as they quote someone (“检索增强 + 通用大模型”), and a
 * Han character is not a word: a quotation is an utterance when it reads as one — sentence
 * punctuation, a first person, a second person in more than a block's title, or longer than
 * a name. A page block addresses its reader in a few characters (“猜你喜欢”, “为你推荐”,
 * “你可能感兴趣的商品”): that is the block's name, not someone speaking.
 */
function isHanUtterance(quoted: string): boolean {
  const hanCount = quoted.match(/\p{Script=Han}/gu)?.length ?? 0;
  return /[？?！!。，,]|我/u.test(quoted) || (/你|您/u.test(quoted) && hanCount > 10) || hanCount > 15;
}

/**
 * Russian writers put names and definitions in «»: «продажи того же дня недели неделю назад» names a
 * baseline, «пользователь открыл карточку» a label. A «» quotation is an utterance when it reads as
 * one: sentence punctuation, a first or second person, or longer than a name.
 */
const SPEAKER = /(?<![\p{L}])(?:я|мы|вы|ты|мне|нам|вам|меня|нас|вас|мой|моя|наш|наша|ваш|ваша|твой|i|we|you|my|our|your)(?![\p{L}])/iu;

function isGuillemetUtterance(quoted: string, words: number): boolean {
  return /[?!.…]/u.test(quoted) || SPEAKER.test(quoted) || words > 12;
}

/**
 * Quoted utterances ('the analyst asks "show me monthly revenue by region"'):
 * words in them are an example, not the writer's own statement, so they weigh
 * as a hedge does. A short quotation names something and is left alone.
 */
function quotations(text: string, tokens: readonly Token[]): Scope[] {
  const scopes: Scope[] = [];
  for (const { open, start, end } of pairedQuotes(text)) {
    const quoted = text.slice(start + 1, end);
    const inside = tokens.filter((t) => t.start > start && t.end <= end).length;
    // A unit that is nothing but a quotation (a bullet of talking points in quotes) is the writer's own line.
    const wholeUnit = text.slice(0, start).trim().length === 0 && /^[\s.,;:!?)]*$/.test(text.slice(end + 1));
    if (!wholeUnit && (HAN.test(quoted) ? isHanUtterance(quoted) : open === '«' ? isGuillemetUtterance(quoted, inside) : inside >= UTTERANCE_WORDS)) scopes.push({ cue: { start, end: end + 1 }, start, end: end + 1 });
  }
  return scopes;
}

/** Each quotation of QUOTE_PAIRS in `text`: its opening mark and the offsets of its opening and closing marks. */
function* pairedQuotes(text: string): Generator<{ open: string; start: number; end: number }> {
  for (const [open, close] of QUOTE_PAIRS) {
    for (let from = 0; ; ) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + 1);
      if (end < 0) break;
      yield { open, start, end };
      from = end + 1;
    }
  }
}

/** Straight or curly single quotes around a short name: "'unknown'", "‘pending’" (an apostrophe has a letter before it). */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])['‘]([^'’\n]{1,40})['’](?![\p{L}\p{N}])/gu;
/** At most this many words make a quoted name (a class, a status, a label value), not an utterance. */
const NAME_WORDS = 3;

/** Quotations that name something (a class, a status): few words, no sentence punctuation inside. */
function quotedNames(text: string, tokens: readonly Token[]): Span[] {
  if (!/['‘"“«「『„]/u.test(text)) return [];
  const spans: Span[] = [];
  const add = (start: number, end: number): void => {
    const quoted = text.slice(start + 1, end - 1);
    if (/[.?!。？！]/u.test(quoted)) return;
    const words = tokens.filter((t) => t.start > start && t.end < end).length;
    if (words >= 1 && words <= NAME_WORDS) spans.push({ start, end });
  };
  for (const { start, end } of pairedQuotes(text)) add(start, end + 1);
  for (const m of text.matchAll(SINGLE_QUOTED)) add(m.index, m.index + m[0].length);
  return spans;
}

/** Whether a unit's last sentence is a question (not a placeholder like "???"): what comes next may answer it. */
export function endsInQuestion(polarity: Polarity): boolean {
  const last = polarity.sentences[polarity.sentences.length - 1];
  return last !== undefined && last.question && !last.placeholder;
}

/** Whether a span is covered by a scope whose cue is not part of the span itself ("no leakage" as a phrase is not negated). */
export function coveredBy(scopes: readonly Scope[], span: Span): Scope | undefined {
  // A loop, not `find` with a closure: this runs for every hit of every part (a closure per call was ~20 MB for the 68 corpus docs).
  for (let i = 0; i < scopes.length; i++) {
    const s = scopes[i];
    if ((span.start >= s.start || overrunsCue(s, span)) && span.start < Math.max(s.end, s.start + 1) && !(s.cue.start >= span.start && s.cue.end <= span.end)) return s;
  }
  return undefined;
}

/**
 * A Chinese cue may start inside a negation word and run past it: ICU cuts "不做AB实验" as
 * 不做|AB|实验, and the cue "做AB" begins in the word "不做". Such a cue is negated as the
 * words after the negation are. (Latin and Cyrillic cues start at word starts, so never do.)
 */
function overrunsCue(scope: Scope, span: Span): boolean {
  return scope.kind === 'forward' && span.start > scope.cue.start && span.start < scope.cue.end && span.end > scope.cue.end;
}
