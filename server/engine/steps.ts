// Which framework step a section heading belongs to. Used to read a passage
// in context ("CTR" under "Online metrics" is an online metric) and to decide
// where a finding points and a quick fix inserts a missing piece.
//
// The vocabulary is data (step-headings.ts); the reading is:
// 1. A heading with a subtitle ("Stage 2: Baseline", "Calibration (Platt
//    scaling)", "Этап 1 — подготовка данных") is named by its main part when
//    that names a step, else by the subtitle.
//    Words that join two topics ("Training and evaluation", "Данные и
//    признаки", "模型融合与在线服务", "Data flow / request flow") split a part;
//    it names the steps of each piece.
// 2. In one part, a cue that names a step by itself beats a weak one
//    ("Data architecture" is data, "Architecture" is serving), and a longer cue
//    beats the words inside it ("Business metrics").
// 3. Of the remaining cues, the head of the phrase decides: "Model
//    evaluation" is about evaluation, "Evaluation of the model" too. The head is
//    the last noun in English and Chinese ("离线评估"), the first in Russian
//    ("Оценка качества модели"); in English a leading verb form ("Monitoring
//    model performance") and the words before "of", "for"… come first.
import { COORDINATORS, HEAD_ENDS, NO_STEP, STEP_HEADINGS } from './step-headings.js';
import { LabelledCues, type LabelledMatch } from './labelled-cues.js';
import { detectLanguage } from './text/script.js';
import type { Token } from './text/tokens.js';
import { readingOf } from './text/unit-text.js';
import { STEPS, type Step } from './types.js';

interface StepCue {
  /** Undefined for a phrase that names no step (it only hides the step words inside it). */
  step: Step | undefined;
  strong: boolean;
}

const CUES = new LabelledCues<StepCue>([
  ...STEPS.flatMap((step) => {
    const { strong, weak } = STEP_HEADINGS[step];
    return weak ? [[{ step, strong: true }, strong] as const, [{ step, strong: false }, weak] as const] : [[{ step, strong: true }, strong] as const];
  }),
  [{ step: undefined, strong: true }, NO_STEP],
]);

const COORDINATOR_WORDS: ReadonlySet<string> = new Set(COORDINATORS);
const HEAD_END_WORDS: ReadonlySet<string> = new Set(HEAD_ENDS);
// Punctuation before a subtitle; a dash only with spaces around it ("Stage 2 - Baseline").
const SUBTITLE = /\s[-–—]\s|[:：(（]/g;
// Punctuation that joins two topics.
const SEPARATOR = /[&+,，、;；|]|\//g;
// Numbering before the words: "2.1", "IV.", "Step 3", "Этап 2", "第一".
const NUMBERING = /^(?:\d+|[ivxlc]+|step|stage|phase|part|day|week|этап|шаг|часть|第.)$/;
// "A/B", "I/O": a slash between two single letters or digits is part of a word.
const SHORT_PAIR = /(?:^|[^\p{L}\p{N}])[\p{L}\p{N}]\/[\p{L}\p{N}](?:$|[^\p{L}\p{N}])/u;

/** Offsets where a part of the heading is split into pieces that each name their own step. */
function splitPoints(norm: string, tokens: readonly Token[], from: number, to: number): number[] {
  const points: number[] = [];
  for (const m of norm.slice(0, to).matchAll(SEPARATOR)) {
    if (m.index < from) continue;
    if (m[0] === '/' && SHORT_PAIR.test(norm.slice(Math.max(0, m.index - 2), m.index + 3))) continue;
    points.push(m.index);
  }
  for (const token of tokens) if (COORDINATOR_WORDS.has(token.word) && token.start > from && token.start < to) points.push(token.start);
  return points.sort((a, b) => a - b);
}

/** The cue that is the head of one part of a heading. */
function headCue(part: string, tokens: readonly Token[], cues: ReadonlyArray<LabelledMatch<StepCue>>): LabelledMatch<StepCue> | undefined {
  const strong = cues.filter((c) => c.label.strong);
  const candidates = strong.length > 0 ? strong : cues;
  if (candidates.length === 0) return undefined;
  const lang = detectLanguage(part);
  if (lang === 'ru') return candidates[0];
  if (lang === 'zh') return candidates[candidates.length - 1];
  const first = tokens.find((t) => !NUMBERING.test(t.word));
  const leading = candidates.find((c) => c.start === first?.start);
  if (leading && first && first.word.endsWith('ing') && tokens.length > 1 && !tokens.slice(1).every((t) => t.end <= leading.end)) return leading;
  const headEnd = tokens.find((t) => HEAD_END_WORDS.has(t.word) && t.start > candidates[0].start);
  const beforeHeadEnd = headEnd ? candidates.filter((c) => c.end <= headEnd.start) : candidates;
  return (beforeHeadEnd.length > 0 ? beforeHeadEnd : candidates).at(-1);
}

interface HeadingReading {
  heading: string;
  norm: string;
  tokens: Token[];
  cues: Array<LabelledMatch<StepCue>>;
}

/**
 * The steps named by [from, to) of the heading: the union over its
 * coordinated pieces; undefined when it holds no cue at all.
 */
function stepsOfPart(reading: HeadingReading, from: number, to: number): Set<Step> | undefined {
  if (!reading.cues.some((c) => c.start >= from && c.start < to)) return undefined;
  const bounds = [from, ...splitPoints(reading.norm, reading.tokens, from, to), to];
  const named = new Set<Step>();
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [start, end] = [bounds[i], bounds[i + 1]];
    const inPiece = reading.cues.filter((c) => c.start >= start && c.start < end);
    const pieceTokens = reading.tokens.filter((t) => t.start >= start && t.start < end && !COORDINATOR_WORDS.has(t.word));
    const step = headCue(reading.heading.slice(start, end), pieceTokens, inPiece)?.label.step;
    if (step) named.add(step);
  }
  return named;
}

/** The steps a heading's words point to; empty when it names none. */
export function stepsOfHeading(heading: string): Step[] {
  const { norm, tokens } = readingOf(heading);
  const cues = CUES.outermost({ text: heading, norm, tokens });
  if (cues.length === 0) return [];
  const reading = { heading, norm, tokens, cues };
  const subtitles = [...norm.matchAll(SUBTITLE)].map((m) => m.index).filter((at) => at > 0);
  // The main part, else the first subtitle with a cue ("ML system design – v2" names no step: it is the whole design).
  for (const [i, from] of [0, ...subtitles].entries()) {
    const named = stepsOfPart(reading, from, subtitles[i] ?? heading.length);
    if (named) return STEPS.filter((step) => named.has(step));
  }
  return [];
}
