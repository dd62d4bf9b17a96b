// What kind of system the doc designs, and what follows for the review: which
// of the catalog's † (ranking-shaped) and * (rare positives) rules apply, and
// what the model's task is, so messages can speak of a regression target, a
// ranking label or an LLM's answer instead of always of a classifier.
//
// Front matter always wins: `system:` decides the type and, with it, whether
// the system is ranking-shaped, whatever the text says. It also decides rare
// positives for the types that settle it (fraud, moderation and ads have
// them, forecasting does not); for the others (recommendation, search, feed,
// other) the doc's own words still can ("churn is 2% a month", "the classes
// are imbalanced").
//
// Otherwise the doc's words vote, in English, Russian and Chinese
// (vocabulary in system-type-data.ts); words in the title and top-level
// headings count five times.
import type { DesignDoc, DocBlock } from './model.js';
import type { Fragment } from './fragment.js';
import { keptOverReplacedRegions } from './fold-plan.js';
import { fragmentFact } from './fragment-cache.js';
import { LabelledCues } from './labelled-cues.js';
import {
  CLASSIFIER_TOP, GENERATIVE, IMBALANCE_HINT, IMBALANCE_STATEMENT, OTHER_SENSES, RANK_BY_PREDICTION, RANKED_LIST, RANKING_TASK, RARE_POSITIVE_TASKS, RETRIEVER_CONTEXT, SHOWN_LIST, SYSTEM_TYPE_CUES, TASK_CUES, TOP_SHOWN,
} from './system-type-data.js';
import { coveredBy } from './text/polarity.js';
import { SYSTEM_TYPES, type SystemType } from './types.js';
import { PROSE_KINDS } from './fragment.js';

/** What the model does, as far as the wording of findings is concerned. */
export type Task = 'classification' | 'regression' | 'ranking' | 'generation' | 'forecasting' | 'other';

export interface SystemProfile {
  type: SystemType;
  source: 'front-matter' | 'inferred';
  /** Returns a ranked list of items to a user (results, recommendations, a feed, ads): the † rules apply. */
  rankingShaped: boolean;
  /** Positives are rare (fraud, abuse, clicks, churn, anomalies, or the doc says so): the * rules apply. */
  rarePositives: boolean;
  /** An LLM, RAG or agent system: what it returns is generated. */
  generative: boolean;
  task: Task;
}

export function isSystemType(value: unknown): value is SystemType {
  return typeof value === 'string' && (SYSTEM_TYPES as readonly string[]).includes(value);
}

const RANKING_TYPES = ['recommendation', 'search', 'feed', 'ads'] as const;
const RANKING_SHAPED: ReadonlySet<SystemType> = new Set(RANKING_TYPES);
const RARE_POSITIVE_TYPES: ReadonlySet<SystemType> = new Set(['fraud', 'moderation', 'ads']);
/** Types whose positives are never rare: a forecast is a number. */
const NO_RARE_POSITIVE_TYPES: ReadonlySet<SystemType> = new Set(['forecasting']);
/** Types named by what the system detects, not by where it works. */
const DETECTION_TYPES = ['fraud', 'moderation'] as const;

type Signal =
  | Exclude<SystemType, 'other'>
  | 'ranked-list' | 'shown-list' | 'ranking-task' | 'retriever-context' | 'retriever-list' | 'top-shown' | 'rank-by-prediction' | 'generative' | 'generative-core' | 'generative-plain' | 'rare-task' | 'imbalance' | 'imbalance-hint' | 'classification' | 'cutoff-metric' | 'regression' | 'forecasting-task'
  /** Words in another sense ("feeds into", "vector search"): they hide a type's vote... */
  | 'other-sense'
  /** ...which is counted as the type's word in another sense ("CLAUDE.md" names a coding agent's notes, not an LLM system). */
  | `other:${Exclude<SystemType, 'other'>}` | 'other:generative'
  /** The top of a classifier's classes ("the top 3 species"): a top shown beside it is no list. */
  | 'classifier-top';
/**
 * In the order a tie is settled: the task a doc names (detecting fraud or abuse, forecasting) before the
 * setting it works in ("click fraud detection for the ads platform" is a fraud system).
 */
const TYPES: ReadonlyArray<Exclude<SystemType, 'other'>> = ['fraud', 'moderation', 'forecasting', 'recommendation', 'search', 'feed', 'ads'];

const LIST_SIGNALS: ReadonlySet<Signal> = new Set(['ranked-list', 'shown-list']);
/** Signals of a list or its top shown to a person. */
const SHOWN_SIGNALS: ReadonlySet<Signal> = new Set(['ranked-list', 'shown-list', 'top-shown']);
const TYPE_SIGNALS: ReadonlySet<Signal> = new Set(TYPES);
const isTypeSignal = (signal: Signal): signal is Exclude<SystemType, 'other'> => TYPE_SIGNALS.has(signal);

const CUES = new LabelledCues<Signal>([
  ...TYPES.map((type) => [type, SYSTEM_TYPE_CUES[type]] as const),
  ['ranked-list', RANKED_LIST],
  ['shown-list', SHOWN_LIST],
  ['ranking-task', RANKING_TASK],
  ['top-shown', TOP_SHOWN],
  ['rank-by-prediction', RANK_BY_PREDICTION],
  ['retriever-context', RETRIEVER_CONTEXT],
  ['other-sense', OTHER_SENSES],
  ['classifier-top', CLASSIFIER_TOP],
  ['generative', GENERATIVE],
  ['rare-task', RARE_POSITIVE_TASKS],
  ['imbalance', IMBALANCE_STATEMENT],
  ['imbalance-hint', IMBALANCE_HINT],
  ['classification', TASK_CUES.classification],
  ['regression', TASK_CUES.regression],
  ['forecasting-task', TASK_CUES.forecasting],
]);

/** Hits per signal in the fragment's top-level headings and in the rest, and its word count. Adds up over fragments. */
interface Votes {
  inTitles: Partial<Record<Signal, number>>;
  inBody: Partial<Record<Signal, number>>;
  words: number;
}

/** A unit's votes: each signal it holds once per match, and whether it is a title (a heading of level 1 or 2). */
interface UnitVotes {
  title: boolean;
  signals: Array<{ signal: Signal; start: number; end: number }>;
}

function unitVotes(fragment: Fragment, unit: Fragment['units'][number]): UnitVotes {
  const title = unit.kind === 'heading' && (fragment.headings[unit.heading]?.level ?? 3) <= 2;
  const identifiers = codeIdentifiers(unit.text);
  // Words of a code identifier ("`rank_items()`", "find_slot", "search_results.csv", "llm_client") say what the code
  // is called, not what the system returns to its users: a cue that starts or ends in one casts no list, ranking-type
  // or LLM vote. Identifiers still name what is detected or predicted ("is_fraud", "churn_label").
  const matches = CUES.matches(unit.words).filter((m) => !(IDENTIFIER_BLIND.has(m.label) && identifiers.some(([start, end]) => (m.start >= start && m.start < end) || (m.end > start && m.end <= end))));
  const signals: UnitVotes['signals'] = [];
  const otherSenses = matches.filter((m) => m.label === 'other-sense');
  const classifierTops = matches.filter((m) => m.label === 'classifier-top');
  for (const match of matches) {
    if (match.label === 'other-sense' || match.label === 'classifier-top') continue;
    // "The app shows the user the top 3 species": the top of a classifier's guesses, not a list of items.
    if (classifierTops.length > 0 && SHOWN_SIGNALS.has(match.label) && classifierTops.some((m) => sameSentence(unit, m.start, match.start))) continue;
    if (otherSenses.some((m) => m.start <= match.start && m.end >= match.end)) {
      // A type's or an LLM's word in another sense is kept as such (inferType weighs it); any other signal's
      // ("ranking of features", "the interview prompt") is no vote at all.
      if (isTypeSignal(match.label) || match.label === 'generative') signals.push({ signal: `other:${match.label}`, start: match.start, end: match.end });
      continue;
    }
    // A metric at a cutoff ("recall@5", "precision at k") scores a retrieved list or the top of a score's ranking:
    // a classifier's metric where a classifier is the task, but no sign of one beside an LLM (isGenerative).
    if (match.label === 'classification' && AT_CUTOFF.test(unit.text.slice(match.end, match.end + 8))) {
      signals.push({ signal: 'cutoff-metric', start: match.start, end: match.end });
      continue;
    }
    // An LLM named twice in one line, or matched by two phrases ("LLM": '!LLM' and 'llm*'), is one mention: the
    // vote is the line's, so one aside ("reasons could be drafted by an LLM") cannot outvote the doc's task.
    if (match.label === 'generative' && signals.some((s) => s.signal === 'generative')) continue;
    // A negated statement ("the classes are not imbalanced") is not a vote for it. Polarity is
    // read only here: most units hold no such cue, and reading it is a clause analysis.
    if ((match.label === 'imbalance' || match.label === 'imbalance-hint') && coveredBy(unit.words.polarity.negations, match)) continue;
    // A ranking model counts only named plainly: not "no ranking model is needed", "maybe a ranker later", "Should we use LTR?".
    if (match.label === 'ranking-task' && !plainMention(unit, match)) continue;
    // A share said in the statement must be small: "about 2% of pushes are opened" is rare, "about 45% … opened" is not.
    if ((match.label === 'imbalance' || match.label === 'imbalance-hint') && largeShare(unit.text.slice(match.start, match.end + 2))) continue;
    // The "regression" of "logistic regression" names a classifier.
    if (match.label === 'regression' && matches.some((m) => m.label === 'classification' && m.start <= match.start && m.end >= match.end && m.end - m.start > match.end - match.start)) continue;
    // A list said once is one vote: "ranked result lists" is matched by three phrases. (The other signals' thresholds
    // were set with every phrase voting: "LLM", matched by '!LLM' and 'llm*', counts twice.)
    if (LIST_SIGNALS.has(match.label) && signals.some((s) => s.signal === match.label && s.start <= match.start && s.end >= match.end)) continue;
    signals.push({ signal: match.label, start: match.start, end: match.end });
    // A ranked list said beside the retriever's words is also the retriever's (read only for an LLM system's doc).
    if (match.label === 'ranked-list' && matches.some((m) => m.label === 'retriever-context')) signals.push({ signal: 'retriever-list', start: match.start, end: match.end });
    if (match.label === 'generative' && !title) {
      const mention = mentionKind(fragment, unit, match);
      if (mention) signals.push({ signal: mention, start: match.start, end: match.end });
    }
  }
  return { title, signals };
}

/** Above this share (in per cent) a class is not rare: a quarter of the data is no needle in a haystack. */
const RARE_SHARE_MAX = 15;
/** Whether the text states a percentage above RARE_SHARE_MAX ("45%", "45 %", "45,5 ％"). */
function largeShare(text: string): boolean {
  for (const m of text.matchAll(/(\d+(?:[.,]\d+)?)\s*[%％]/g)) if (Number(m[1].replace(',', '.')) > RARE_SHARE_MAX) return true;
  return false;
}

/** What follows a metric named at a cutoff: "@5", "@k", " at 10", " at K". */
const AT_CUTOFF = /^\s*(?:@|at\s+(?:k\b|\d))/i;

/** Signals a code identifier's words do not cast. */
const IDENTIFIER_BLIND: ReadonlySet<Signal> = new Set(['ranked-list', 'shown-list', 'ranking-task', 'top-shown', 'rank-by-prediction', 'generative', ...RANKING_TYPES]);

/**
 * Spans of the unit's text that are code identifiers: a name with an underscore inside ("find_slot", "rank_items"),
 * a call ("predict()", "rank(items)"), a dotted member or file ("ranker.score", "feed.py"). Prose never spells words
 * so. Not a word before a parenthesis that glosses it ("CTR(点击率)", "RAG(retrieval)", "model(s)"): a call's name
 * is lower case and its arguments are code; nor "e.g" (one letter a part), nor camel case ("YandexGPT" is a name).
 */
const IDENTIFIER = /\b[A-Za-z][A-Za-z0-9]*_\w*|\b[a-z][A-Za-z0-9]+(?:\.[a-z][A-Za-z0-9]+)+|\b[a-z][A-Za-z0-9]*\((?!e?s\))[a-z0-9_, .=]*\)/g;
function codeIdentifiers(text: string): Array<[number, number]> {
  if (!text.includes('_') && !text.includes('(') && !text.includes('.')) return [];
  return [...text.matchAll(IDENTIFIER)].map((m) => [m.index, m.index + m[0].length]);
}

/** Steps whose section says what the model is: the model itself, or the ML task it is framed as. */
const CORE_STEPS = new Set(['model', 'framing']);

/**
 * How an LLM is named in a line: plainly (not in parentheses, negated, hedged or asked: not "(an LLM could draft the
 * reasons)", "we may try an LLM later", "Should an LLM write them?"), and if so whether where a doc says what its
 * system is: in a heading below the titles ("### LLM choice") or in a section on the model or the ML framing.
 */
function mentionKind(fragment: Fragment, unit: Fragment['units'][number], match: { start: number; end: number }): 'generative-core' | 'generative-plain' | undefined {
  if (!plainMention(unit, match) || inParentheses(unit.text, match.start)) return undefined;
  if (unit.kind === 'heading') return 'generative-core';
  return fragment.headings[unit.heading]?.steps.some((step) => CORE_STEPS.has(step)) ? 'generative-core' : 'generative-plain';
}

/** Whether two offsets of a unit are in one sentence. */
function sameSentence(unit: Fragment['units'][number], a: number, b: number): boolean {
  return unit.words.sentenceIndexAt(a) === unit.words.sentenceIndexAt(b);
}

/** A mention neither negated, hedged nor asked. */
function plainMention(unit: Fragment['units'][number], match: { start: number; end: number }): boolean {
  const { negations, hedges, mildHedges, sentences } = unit.words.polarity;
  if (coveredBy(negations, match) || coveredBy(hedges, match) || coveredBy(mildHedges, match)) return false;
  return !sentences.some((s) => s.question && s.start <= match.start && s.end >= match.end);
}

/** Whether an offset sits inside an open parenthesis (ASCII or full-width) of the text before it. */
function inParentheses(text: string, offset: number): boolean {
  let depth = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Name of a fragment's votes (fragment-cache.ts `facts`). */
const SYSTEM_PROFILE = 'system-profile';

function votesOf(fragment: Fragment): Votes {
  return fragmentFact(fragment.cache, SYSTEM_PROFILE, () => {
    const votes: Votes = { inTitles: {}, inBody: {}, words: 0 };
    for (const unit of fragment.units) {
      // Judged on the writer's prose; code identifiers and diagram labels would skew the counts.
      if (!PROSE_KINDS.has(unit.kind)) continue;
      votes.words += unit.tokens.length;
      const { title, signals } = unitVotes(fragment, unit);
      const tally = title ? votes.inTitles : votes.inBody;
      for (const { signal } of signals) tally[signal] = (tally[signal] ?? 0) + 1;
    }
    return votes;
  });
}

/**
 * For `npm run explain -- system <file>`: every prose unit's votes with the
 * words that cast them (offset in the document), and the totals the profile
 * was inferred from.
 */
export function explainProfile(doc: DesignDoc): { units: Array<{ offset: number; title: boolean; votes: Array<{ signal: string; words: string }> }>; totals: Votes } {
  const units: Array<{ offset: number; title: boolean; votes: Array<{ signal: string; words: string }> }> = [];
  for (const region of doc.regions) {
    for (const unit of region.fragment.units) {
      if (!PROSE_KINDS.has(unit.kind)) continue;
      const { title, signals } = unitVotes(region.fragment, unit);
      if (signals.length > 0) units.push({ offset: region.base + unit.start, title, votes: signals.map((s) => ({ signal: s.signal, words: unit.text.slice(s.start, s.end) })) });
    }
  }
  return { units, totals: sumOf(doc.blocks.map(blockVotes)) };
}

/** Key of the votes in a block's facts (context-free, like the regions' votes). */
const BLOCK_VOTES = {};

/** The votes of a block's regions added up, kept with the block (model.ts DocBlock): an edit adds up blocks, not regions. */
function blockVotes(block: DocBlock): Votes {
  let votes = block.key.facts.get(BLOCK_VOTES) as Votes | undefined;
  if (!votes) {
    votes = keptOverReplacedRegions(block, BLOCK_VOTES, SYSTEM_PROFILE, votesOf) ?? sumOf(block.regions.map((region) => votesOf(region.fragment)));
    block.key.facts.set(BLOCK_VOTES, votes);
  }
  return votes;
}

function sumOf(votes: readonly Votes[]): Votes {
  const totals: Votes = { inTitles: {}, inBody: {}, words: 0 };
  for (const v of votes) {
    totals.words += v.words;
    for (const where of ['inTitles', 'inBody'] as const) {
      for (const [signal, count] of Object.entries(v[where]) as Array<[Signal, number]>) totals[where][signal] = (totals[where][signal] ?? 0) + count;
    }
  }
  return totals;
}

interface Tally {
  /** Title hits × TITLE_WEIGHT + body hits. */
  score(signal: Signal): number;
  /** Body hits per thousand words. */
  density(signal: Signal): number;
  inTitles(signal: Signal): number;
  /** Body hits: lines outside the titles. */
  inBody(signal: Signal): number;
  /** Words of prose in the doc. */
  words: number;
}

/**
 * What a title's word is worth in body words. A title says what the whole doc is about, where a body line may be an
 * aside, so one title alone must clear inferType's floor of 3. Measured 2026-12-07: any weight from 3 to 8 gives
 * the same profiles on the 68 corpus docs, the 100 profile-battery and real docs and the applicability fixtures;
 * 2 fails 9 applicability fixtures. 5 sits inside that range, not fitted to a doc.
 */
const TITLE_WEIGHT = 5;

function tallyOf(votes: readonly Votes[]): Tally {
  // Added up once: the profile asks for each signal several times.
  const totals = sumOf(votes);
  const words = Math.max(1, totals.words);
  const sum = (signal: Signal, where: 'inTitles' | 'inBody'): number => totals[where][signal] ?? 0;
  return {
    score: (signal) => TITLE_WEIGHT * sum(signal, 'inTitles') + sum(signal, 'inBody'),
    density: (signal) => (1000 * sum(signal, 'inBody')) / words,
    inTitles: (signal) => sum(signal, 'inTitles'),
    inBody: (signal) => sum(signal, 'inBody'),
    words: totals.words,
  };
}

/**
 * The type with the most votes. A handful of passing mentions in a long doc
 * does not make a recommender out of a product-matching doc: the words must
 * be in a title or frequent (3 per thousand words). In an LLM system's doc
 * they must be in a title: an assistant that guards against abuse or fraud,
 * or writes "recommendations" as text, is not a moderation, fraud or
 * recommender system.
 */
function inferType(tally: Tally, generative: boolean): SystemType {
  let best: SystemType = 'other';
  let bestScore = 0;
  for (const type of TYPES) {
    if (tally.inTitles(type) === 0 && (generative || tally.density(type) < 3)) continue;
    // A word said more often in another sense ("the city's traffic feed … the feed", "a vector search … searched
    // against the index") is that sense when said alone too: it names no type.
    if (tally.score(`other:${type}`) >= tally.score(type)) continue;
    const score = tally.score(type);
    if (score >= 3 && score > bestScore) {
      best = type;
      bestScore = score;
    }
  }
  // What a doc detects, named in a title, is its type even where the setting is said more often: "Click fraud detection
  // for sponsored listings" says ad, advertiser and sponsored in every line, and is still a fraud model. The setting
  // wins only when named in more titles or when the doc ranks a list ("Ads ranking with a click-fraud filter": ads
  // ranked by bid × pCTR, the top 4 shown).
  if (tally.score('ranked-list') >= 3) return best;
  for (const detected of DETECTION_TYPES) {
    if (best === 'other' || best === detected || !RANKING_SHAPED.has(best) || tally.inTitles(detected) === 0) continue;
    if (tally.inTitles(detected) >= tally.inTitles(best)) return detected;
  }
  return best;
}

/** A thin spec: a page or two of prose. */
const THIN_SPEC_WORDS = 300;

/**
 * An LLM, RAG or agent system. Its words vote once per line: in a title, or in two lines and frequent (2 lines per
 * thousand words) — three lines where the doc names a classifier, a regression or a ranked list three times, so a
 * scorecard's or a ranker's asides about an LLM do not make it one. Or a thin spec names its LLM once: where the doc
 * says what its model is ("## Model: GPT-4o-mini through the API") and no other task is named as often, or anywhere
 * plainly (not hedged or in parentheses) in a short doc that names another task once at most.
 */
function isGenerative(tally: Tally): boolean {
  const otherTask = tally.score('classification') + tally.score('regression') + tally.score('ranked-list');
  const lines = tally.score('generative');
  // A title that names a ranked product and an LLM ("Marketplace search with LLM query expansion") names the LLM as a
  // part of it: the title counts only where the body speaks of the LLM more than once.
  const rankedInTitles = tally.inTitles('ranked-list') + RANKING_TYPES.reduce((sum, t) => sum + tally.inTitles(t), 0);
  const inBody = lines - TITLE_WEIGHT * tally.inTitles('generative');
  const titled = tally.inTitles('generative') > 0 && (rankedInTitles === 0 || inBody >= 2);
  const needed = otherTask >= 3 ? 3 : 2;
  if ((titled && lines >= needed) || (inBody >= needed && tally.density('generative') >= 2)) return true;
  // A thin spec names its LLM once: where it says what its model is, or anywhere plainly when another task is named once at most.
  // (A long doc that names an LLM once names it in passing: "voicing dialogues an LLM generated" upstream of a TTS model.)
  return (tally.score('generative-core') > 0 && otherTask < 3) || (tally.score('generative-plain') > 0 && otherTask <= 1 && tally.words <= THIN_SPEC_WORDS);
}

/**
 * Which of regression, forecasting and classification the words point to, if
 * any. Predicting churn, failures or anomalies is a classification even in a
 * doc full of time series.
 */
function predictiveTask(type: SystemType, tally: Tally): Task {
  const regression = tally.score('regression');
  const classification = tally.score('classification') + tally.score('cutoff-metric');
  if (tally.score('rare-task') >= 3 && classification >= 2 && classification >= regression) return 'classification';
  if (type === 'forecasting' || tally.score('forecasting-task') >= 3) return 'forecasting';
  if (regression >= 2 && regression >= classification) return 'regression';
  if (classification >= 2 || RARE_POSITIVE_TYPES.has(type)) return 'classification';
  return regression > 0 ? 'regression' : 'other';
}

/**
 * Ranking-shaped when nothing was declared: recommendations, feeds and ads
 * are; search is unless it is an LLM answering from what it retrieved without
 * showing results; any other system is when the doc plainly returns a ranked
 * list to its users (support replies ranked for an agent, matches ranked for
 * a recruiter). Fraud, moderation and forecasts, and numbers to predict, are not.
 */
function inferRankingShaped(type: SystemType, generative: boolean, task: Task, tally: Tally): boolean {
  if (type === 'recommendation' || type === 'feed' || type === 'ads') return true;
  // A number to predict vetoes ranking only when the doc says so more than once: one "regression" in
  // passing (a baseline, a metric) is not the task of a search doc full of rankers and NDCG.
  // Unless the numbers order a list ("listings sorted by the predicted price"): a regression that ranks is ranking-shaped.
  const ranksByPrediction = tally.score('rank-by-prediction') > 0;
  const predictsNumber = ((task === 'regression' && tally.score('regression') >= 2) || task === 'forecasting') && !ranksByPrediction;
  if (predictsNumber || type === 'fraud' || type === 'moderation' || type === 'forecasting') return false;
  const rankedList = tally.score('ranked-list') + tally.score('rank-by-prediction');
  // An LLM system's retriever ranks too ("top-5 chunks", "reranker", "fused ranked lists"): only a list its users see counts.
  const shown = tally.score('shown-list');
  if (type === 'search') return !generative || shown >= 3;
  // Its own ranked lists count where they are not the retriever's (candidates ranked for a recruiter, a ranked shortlist).
  const ownList = rankedList - tally.score('retriever-list');
  if (generative) return (ownList >= 8 && tally.density('ranked-list') - tally.density('retriever-list') >= 4) || shown >= 4;
  // The top of a list shown to a person, or the items a user browses sorted by a prediction, said so, is a ranked
  // list returned to a user; so is a ranking the doc's title or a top-level heading names ("Push notification
  // ranking", "Learning to rank for help articles"): what a doc is about is in its titles. Not in a doc that predicts
  // churn, failures or anomalies, whose "## Ranking model" orders a call list, not what a user is shown.
  // The same for the top shown to a person in such a doc: "the dashboard shows customer success managers the top 50
  // accounts most likely to churn" is a call list too.
  const predictsRareEvents = tally.score('rare-task') >= 3;
  const titledRanking = tally.inTitles('ranked-list') > 0 && !predictsRareEvents;
  if ((tally.score('top-shown') > 0 && !predictsRareEvents) || ranksByPrediction || titledRanking) return true;
  // A short spec says what it builds once: "learning to rank", "a ranking model orders the applicants". Not one that
  // predicts churn or failures, whose ranking orders a call list, nor one that names a classifier more often than its
  // ranker ("tickets go through a classifier and a router … a reranker orders the suggested macros": the classifier's).
  const rankingTask = tally.score('ranking-task');
  if (tally.words <= THIN_SPEC_WORDS && rankingTask > 0 && rankingTask >= tally.score('classification') && tally.score('rare-task') === 0) return true;
  // Words of recommenders, feeds, ads and search too few to name the type still say what the user gets.
  // Not a type's words the doc says more often in another sense ("treatment recommendations … the recommendations"):
  // its lone uses are that sense too, as inferType takes them.
  const typeWords = RANKING_TYPES.filter((t) => tally.score(`other:${t}`) < tally.score(t));
  const userFacing = rankedList + typeWords.reduce((sum, t) => sum + tally.score(t), 0);
  const density = tally.density('ranked-list') + typeWords.reduce((sum, t) => sum + tally.density(t), 0);
  return userFacing >= 5 && density >= 1.5;
}

/**
 * Rare positives when nothing decided them: a rare-positive type, a task whose
 * positives are rare (churn, failures, clicks), or the doc saying its classes
 * are imbalanced (a statement counts twice a hint). A number to predict or a
 * text to generate has no positives.
 */
function inferRarePositives(type: SystemType, task: Task, tally: Tally): boolean {
  if (RARE_POSITIVE_TYPES.has(type)) return true;
  if (task === 'regression' || task === 'forecasting' || task === 'generation') return false;
  return 2 * tally.score('imbalance') + tally.score('imbalance-hint') >= 2 || tally.score('rare-task') >= 3;
}

/**
 * A detector that uses an LLM as its classifier: a moderation pipeline whose hard cases an LLM reviews, posts an LLM
 * prompt labels as scams. What it returns is a verdict, not generated text. Said so when the doc names what it detects
 * (fraud, abuse) in a title or frequently (3 per thousand words), in the body at least twice as many times as it names
 * the LLM, and names a classifier's task three times. An assistant that mentions fraud or abuse in passing names itself
 * more often. (Body lines, not title-weighted scores: a "## LLM review" section is a part of such a pipeline too.)
 */
function detectsWithLlm(tally: Tally): boolean {
  if (tally.score('classification') + tally.score('cutoff-metric') < 3) return false;
  return DETECTION_TYPES.some((type) => (tally.inTitles(type) > 0 || tally.density(type) >= 3)
    && tally.score(`other:${type}`) < tally.score(type) && tally.inBody(type) >= 2 * tally.inBody('generative'));
}

/** The last profile made and what it was made of (one document at a time: documents linted in turn make their own again). */
let keptProfile: { votes: readonly Votes[]; declared: SystemType | undefined; profile: SystemProfile } | undefined;

/** The profile of the blocks' votes: the last one made while every block's votes are the same (an edit cast no other vote). */
export function profileSystem(doc: DesignDoc, declared: SystemType | undefined): SystemProfile {
  const votes = doc.blocks.map(blockVotes);
  const kept = keptProfile;
  if (kept && kept.declared === declared && kept.votes.length === votes.length && kept.votes.every((v, k) => v === votes[k])) return { ...kept.profile };
  const profile = profileOf(votes, declared);
  keptProfile = { votes, declared, profile };
  return { ...profile };
}

function profileOf(blockVotes: readonly Votes[], declared: SystemType | undefined): SystemProfile {
  const tally = tallyOf(blockVotes);
  const generative = isGenerative(tally) && !detectsWithLlm(tally);
  const type = declared ?? inferType(tally, generative);
  const predictive = predictiveTask(type, tally);
  const rankingShaped = declared ? RANKING_SHAPED.has(declared) : inferRankingShaped(type, generative, predictive, tally);
  const task: Task = rankingShaped ? 'ranking' : generative ? 'generation' : predictive;
  // A declared type that settles rare positives settles them; the others leave them to the text.
  const rarePositives = declared && (RARE_POSITIVE_TYPES.has(declared) || NO_RARE_POSITIVE_TYPES.has(declared))
    ? RARE_POSITIVE_TYPES.has(declared)
    : inferRarePositives(type, declared === 'forecasting' ? 'forecasting' : task, tally);
  return { type, source: declared ? 'front-matter' : 'inferred', rankingShaped, rarePositives, generative, task };
}
