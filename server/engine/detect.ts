// Is this Markdown file an ML design doc? A project README, a changelog,
// meeting notes or mldl's own report must not be told they lack a business
// metric, and a design doc must never be skipped: a skipped doc gets no review
// at all, so when in doubt the doc is linted. Files opt in or out through
// front matter (`mldl: true|false`) or config; otherwise the doc's words and
// headings decide, in English, Russian and Chinese (vocabulary in
// detect-data.ts):
// - an ML design doc talks about several ML concepts (models, training,
//   labels, metrics, LLMs…) and its headings are those of a design
//   (framework steps, requirements, architecture, risks) or its title says so;
// - a README's headings are about installing and running code, a changelog's
//   are versions, meeting notes have attendees and action items; these win
//   only when they outweigh the design's own headings.
import type { DesignDoc, DocBlock, DocGroup } from './model.js';
import { fragmentFact } from './fragment-cache.js';
import { groupPlan, keptOverReplacedRegions } from './fold-plan.js';
import type { Fragment } from './fragment.js';
import { groupsOf, LabelledCues } from './labelled-cues.js';
import { stepsOfHeading } from './steps.js';
import type { Step } from './types.js';
import {
  CARD_HEADINGS, CARD_METADATA_KEYS, CARD_TITLES, CHANGELOG_GROUPS, CHANGELOG_VERSION, DESIGN_HEADINGS, DESIGN_TITLES, DOC_META_HEADINGS, PROJECT_TOPIC_HEADINGS, README_QUALIFIERS, EXERCISE_HEADINGS, GUIDE_TITLES, INSTALL_COMMAND, MEETING_HEADINGS, MEETING_TITLES, ML_CONCEPTS, NOT_ML, LLM_CONTEXT_CONCEPTS,
  NOTEBOOK, PROJECT_HEADINGS, PROJECT_LABELS, REPORT_MARKER,
} from './detect-data.js';
import { readingOf, type UnitText } from './text/unit-text.js';
import { PROSE_KINDS } from './fragment.js';

const NOT_A_DESIGN_DOC_NAME = /(^|[\\/])(changelog|changes|history|license|licence|contributing|code_of_conduct|security|authors|notice)(\.[a-z]+)?$/i;

export interface Detection {
  isDesignDoc: boolean;
  reason: string;
}

const PROJECT_LABEL_CUES = new LabelledCues<'project'>([['project', PROJECT_LABELS]]);
const README_QUALIFIER_CUES = new LabelledCues<'qualifier'>([['qualifier', README_QUALIFIERS]]);
const CONCEPTS = new LabelledCues<string | undefined>([...groupsOf(ML_CONCEPTS), [undefined, NOT_ML]]);
const LLM_CONTEXT = new LabelledCues<string>(groupsOf(LLM_CONTEXT_CONCEPTS));

type HeadingKind = 'design' | 'project' | 'project-topic' | 'meeting' | 'changelog-group' | 'card' | 'exercise' | 'doc-meta' | 'design-title' | 'meeting-title' | 'changelog-title' | 'card-title' | 'guide-title';
const HEADING_CUES = new LabelledCues<HeadingKind>([
  ['design', DESIGN_HEADINGS],
  // Counts for nothing: it is there to be the longer match that hides a README cue inside it ("文档信息" is not "文档").
  ['doc-meta', DOC_META_HEADINGS],
  ['project', PROJECT_HEADINGS],
  ['project-topic', PROJECT_TOPIC_HEADINGS],
  ['meeting', MEETING_HEADINGS],
  ['changelog-group', CHANGELOG_GROUPS],
  ['card', CARD_HEADINGS],
  ['exercise', EXERCISE_HEADINGS],
]);
// A template's title ("Design Doc Template", "Шаблон дизайн-документа", "设计文档模板"): it has every design heading by construction.
const TEMPLATE_CUES = new LabelledCues<'template'>([['template', { en: ['template', 'boilerplate'], ru: ['шаблон*'], zh: ['模板', '样板'] }]]);
const TITLE_CUES = new LabelledCues<HeadingKind>([
  ['design-title', DESIGN_TITLES],
  ['meeting-title', MEETING_TITLES],
  ['card-title', CARD_TITLES],
  ['guide-title', GUIDE_TITLES],
  ['changelog-title', { en: ['changelog', 'change log', 'release notes', 'release history', 'version history'], ru: ['истори* изменен*', 'список изменен*'], zh: ['更新日志', '变更日志', '版本历史', '发布说明'] }],
]);

// Numbering and decoration before a heading's words: "2.1", "IV.", "📦".
const NUMBERING = /^(?:\d+|[ivxlc]+)$/;
// The number of an exercise: "Exercise 2", "Задание 3", "练习一", "作业 (二)".
const ORDINAL = /^(?:\d+|[ivxlc]+|[a-h]|[一二三四五六七八九十百零〇两]+)$/iu;
// Articles and determiners a README's heading adds without changing what it is about ("How to run the notebook").
const DETERMINER = /^(?:the|a|an|this|our|your|these)$/i;
const JOINER = /^(?:and|or|&|и|или|与|和|及)$/i;
const HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE)\s+\//;
// "Attendees: …", "**Участники:** …", "参会人员：…" at the start of a line of prose.
const LABEL_LINE = /^[^:：]{1,30}[:：]/;
// A question to ask ("What is the business goal?", "**How do we handle drift?**").
const QUESTION_END = /[?？][\s*_)）]*$/;
// A line of its own that reads as a heading: short, no sentence's end ("一、项目背景", "**Evaluation**", "目标：").
const PLAIN_HEADING_END = /[。.!?！？；;，,、…]$/;
const PLAIN_HEADING_MAX_CHARS = 40;
const PLAIN_HEADING_MAX_WORDS = 8;
// The reader addressed: a guide says "you", a design says "we".
const READER = /^(?:you|your|yours|yourself|вы|вам|вас|ваш\p{L}*|你|您|你们)$/iu;

/**
 * The writer's own prose under a heading, up to the next heading (paragraphs, list items, table rows; never code):
 * its words and the ML concepts it names. A section of commands ("## Training" then a fence) has next to none.
 */
interface SectionBody {
  words: number;
  concepts: readonly string[];
}

const NO_BODY: SectionBody = { words: 0, concepts: [] };

/** A section's prose as read (its concepts still a set), or NO_BODY when it has none, which pieces compare by identity. */
function sectionBody(read: { words: number; concepts: ReadonlySet<string> }): SectionBody {
  return read.words > 0 || read.concepts.size > 0 ? { words: read.words, concepts: [...read.concepts] } : NO_BODY;
}

function joinedBody(a: SectionBody, b: SectionBody): SectionBody {
  if (b.words === 0 && b.concepts.length === 0) return a;
  if (a.words === 0 && a.concepts.length === 0) return b;
  return { words: a.words + b.words, concepts: [...new Set([...a.concepts, ...b.concepts])] };
}

interface HeadingFacts {
  level: number;
  kinds: Set<HeadingKind>;
  /** The prose of the heading's own section (see SectionBody); the rest of it may open the next piece (DetectionFacts `lead`). */
  body: SectionBody;
  titleKinds: Set<HeadingKind>;
  version: boolean;
  http: boolean;
  template: boolean;
}

/** A paragraph that is a heading in all but markup (see plainHeading). */
interface PlainHeadingFacts {
  steps: Step[];
  design: boolean;
}

interface DetectionFacts {
  concepts: string[];
  /** The prose before the piece's first heading: the end of the section a heading of an earlier piece opened. */
  lead: SectionBody;
  /** Concepts named in a diagram's labels or in plain text in a fence (not code): see factsOf and detectDesignDoc. */
  fenceConcepts: string[];
  /** Concepts of the prose that count only in a doc naming a language model (LLM_CONTEXT_CONCEPTS). */
  llmContextConcepts: string[];
  headings: HeadingFacts[];
  /** Lines of prose that read as headings naming a framework step or a design topic. */
  plainHeadings: PlainHeadingFacts[];
  /** Steps named by table rows' labels (their first cell of words): a design canvas ("目标 | …", "数据 | …"). */
  tableSteps: Step[];
  /** Prose lines that start like meeting metadata ("Attendees:"), or like a README's run instructions ("How to run:"). */
  meetingLines: number;
  projectLines: number;
  /** Words of prose outside headings and tables (paragraphs, list items), those units, the questions among them and the words addressing the reader ("you"). */
  proseWords: number;
  proseUnits: number;
  questions: number;
  /** Questions answered: the next unit of prose is not another question (an interview's "Q … A …", not a list of questions). */
  answered: number;
  readerWords: number;
  /** Tables (header rows), their body rows, and the words and cells of those rows. */
  tables: number;
  tableRows: number;
  tableWords: number;
  tableCells: number;
}

/**
 * A heading is a README's or a meeting's own ("Installation", "Usage
 * examples", "Action items") when the cue opens it and at most one other word
 * follows: "Observability setup" and "Model development" are not.
 */
function opensShortHeading(words: UnitText, start: number, end: number, label: HeadingKind, others: ReadonlyArray<{ label: HeadingKind; start: number; end: number }>): boolean {
  const tokens = words.tokens.filter((t) => !NUMBERING.test(t.word));
  if (tokens.length === 0 || tokens[0].start !== start) return false;
  // "Setup and installation": a second cue of the same kind joined to the first is not another topic.
  const sameKind = (t: { start: number; end: number }): boolean => others.some((m) => m.label === label && m.start <= t.start && m.end >= t.end);
  return tokens.filter((t) => t.start >= end && !DETERMINER.test(t.word) && !JOINER.test(t.word) && !sameKind(t)).length <= 1;
}

/** Whether a cue is the heading's first word (after numbering). */
function opensHeading(words: UnitText, start: number): boolean {
  return words.tokens.find((t) => !NUMBERING.test(t.word))?.start === start;
}

/** Whether the cue is the whole heading, numbering and decoration aside: "Added", "### 优化", "## Homework". */
function wholeHeading(words: UnitText, start: number, end: number): boolean {
  const tokens = words.tokens.filter((t) => !NUMBERING.test(t.word));
  return tokens.length > 0 && tokens[0].start === start && tokens.every((t) => t.end <= end);
}

/** Whether the cue opens the heading and every word after it is a README's qualifier ("配置说明", "运行环境"), or none follows. */
function readmeTopic(words: UnitText, start: number, end: number): boolean {
  if (!opensHeading(words, start)) return false;
  const rest = words.tokens.filter((t) => t.start >= end && !NUMBERING.test(t.word) && !DETERMINER.test(t.word) && !JOINER.test(t.word));
  if (rest.length === 0) return true;
  const qualifiers = README_QUALIFIER_CUES.outermost(words);
  return rest.every((t) => qualifiers.some((q) => q.start <= t.start && q.end >= t.end));
}

/**
 * Whether the heading sets one exercise of several: the cue opens it and a number follows ("Exercise 2: Design a
 * search ranking system", "练习一：短视频推荐"), or the cue is all of it. A part of one assignment ("作业说明",
 * "Homework requirements") is not another exercise: a student's answer has those too.
 */
function setsExercise(words: UnitText, start: number, end: number): boolean {
  if (!opensHeading(words, start)) return false;
  // The number may be part of the cue ("задание #") or follow it.
  const numbered = words.tokens.filter((t) => t.start > start).slice(0, 1 + words.tokens.filter((t) => t.start > start && t.end <= end).length);
  return numbered.length === 0 || numbered.some((t) => ORDINAL.test(t.word));
}

function headingFacts(words: UnitText, level: number, title: string): HeadingFacts {
  const kinds = new Set<HeadingKind>();
  const matches = HEADING_CUES.outermost(words);
  for (const match of matches) {
    if (match.label === 'doc-meta') continue;
    if (match.label === 'exercise') {
      if (setsExercise(words, match.start, match.end)) kinds.add(match.label);
    }
    // Keep a Changelog's groups are the bare word ("Added", "优化"); "优化方向" or "Fixed costs" in a design is a topic.
    // "文档", "配置说明" are a README's; "文档解析", "配置管理" a design's topics.
    else if (match.label === 'project-topic') {
      if (readmeTopic(words, match.start, match.end)) kinds.add('project');
    }
    else if (match.label === 'changelog-group') {
      if (wholeHeading(words, match.start, match.end)) kinds.add(match.label);
    }
    else if (match.label === 'design' || opensShortHeading(words, match.start, match.end, match.label, matches)) kinds.add(match.label);
  }
  return {
    level,
    kinds,
    body: NO_BODY,
    titleKinds: new Set(TITLE_CUES.outermost(words).map((m) => m.label)),
    version: CHANGELOG_VERSION.test(title),
    template: TEMPLATE_CUES.matches(words).length > 0,
    http: HTTP_METHOD.test(title),
  };
}

/**
 * Lines of a paragraph that are headings without the markup: a design pasted from a web page, or exported from
 * Feishu, Yuque or Word, keeps its headings as lines of their own ("一、项目背景", "**3. 模型选型**", "Evaluation"),
 * often with no blank line around them, so each line of the paragraph is looked at. Only a short line that names a
 * framework step or a design topic counts; detectionSignals reads these only in a doc whose Markdown headings are
 * fewer, so a doc with real headings is judged on them alone.
 */
function plainHeadings(text: string): PlainHeadingFacts[] {
  const found: PlainHeadingFacts[] = [];
  for (const line of text.split('\n')) {
    const label = line.trim().replace(/[:：]$/, '');
    if (!label || label.length > PLAIN_HEADING_MAX_CHARS || PLAIN_HEADING_END.test(label)) continue;
    const words = readingOf(label);
    if (words.tokens.filter((t) => !ORDINAL.test(t.word)).length > PLAIN_HEADING_MAX_WORDS) continue;
    const steps = stepsOfHeading(label);
    const design = HEADING_CUES.outermost(words).some((m) => m.label === 'design');
    if (steps.length > 0 || design) found.push({ steps, design });
  }
  return found;
}

/** The ML concepts a unit names (software senses such as "data model" left out). */
function addConcepts(concepts: Set<string>, unit: { words: UnitText }): string[] {
  const named: string[] = [];
  for (const match of CONCEPTS.outermost(unit.words)) if (match.label) { concepts.add(match.label); named.push(match.label); }
  return named;
}

/** Name of a fragment's detection facts (fragment-cache.ts `facts`). */
const DETECTION = 'detection';

function factsOf(fragment: Fragment): DetectionFacts {
  return fragmentFact(fragment.cache, DETECTION, () => {
    const concepts = new Set<string>();
    const fenceConcepts = new Set<string>();
    const llmContext = new Set<string>();
    const headings: HeadingFacts[] = [];
    const plain: PlainHeadingFacts[] = [];
    let afterQuestion = false;
    const tableSteps: Step[] = [];
    let meetingLines = 0;
    let projectLines = 0;
    // The section being read: the lead (prose before the fragment's first heading), then each heading's own.
    const lead = { words: 0, concepts: new Set<string>() };
    let body = lead;
    const bodies = new Map<HeadingFacts, typeof lead>();
    const shape = { proseWords: 0, proseUnits: 0, questions: 0, answered: 0, readerWords: 0, tables: 0, tableRows: 0, tableWords: 0, tableCells: 0 };
    for (const unit of fragment.units) {
      // Judged on the writer's prose; code (identifiers, comments, config) would skew the counts. The concepts of a
      // diagram's labels and of plain text in a fence are kept apart (detectDesignDoc says when they count).
      if (!PROSE_KINDS.has(unit.kind)) {
        if (unit.kind === 'diagram' || unit.origin === 'code-text') addConcepts(fenceConcepts, unit);
        continue;
      }
      if (unit.kind === 'paragraph' || unit.kind === 'list-item') {
        shape.proseWords += unit.tokens.length;
        shape.proseUnits++;
        const question = QUESTION_END.test(unit.text);
        if (question) shape.questions++;
        else if (afterQuestion) shape.answered++;
        afterQuestion = question;
        if (unit.kind === 'paragraph') plain.push(...plainHeadings(unit.text));
        shape.readerWords += unit.tokens.filter((t) => READER.test(t.word)).length;
      }
      else if (unit.kind === 'table-header') shape.tables++;
      else if (unit.kind === 'table-row') {
        // The row's label, not the header: a comparison's columns are steps' words too ("模型 | 准确率 | 推理延迟").
        const label = unit.text.split(' | ').find((cell) => !/^[\s\d.)#]*$/.test(cell));
        if (label && label.length <= PLAIN_HEADING_MAX_CHARS) tableSteps.push(...stepsOfHeading(label.trim()));
        shape.tableRows++;
        shape.tableWords += unit.tokens.length;
        shape.tableCells += Math.max(1, unit.tableHeader?.length ?? 1);
      }
      const named = addConcepts(concepts, unit);
      for (const match of LLM_CONTEXT.outermost(unit.words)) llmContext.add(match.label);
      if (unit.kind === 'heading') {
        const heading = fragment.headings[unit.heading];
        const facts = headingFacts(unit.words, heading?.level ?? 1, heading?.title ?? unit.text);
        headings.push(facts);
        bodies.set(facts, (body = { words: 0, concepts: new Set() }));
        continue;
      }
      if (unit.kind !== 'table-header') {
        body.words += unit.tokens.length;
        for (const concept of named) body.concepts.add(concept);
      }
      if (LABEL_LINE.test(unit.text)) {
        const label = unit.words.norm.slice(0, unit.words.norm.search(/[:：]/));
        const labelWords = { text: label, norm: label, tokens: unit.words.tokens.filter((t) => t.end <= label.length) };
        if (HEADING_CUES.matches(labelWords).some((m) => m.label === 'meeting')) meetingLines++;
        // "How to run:", "Installation:" opening a line of a README written without headings.
        if (PROJECT_LABEL_CUES.matches(labelWords).some((m) => m.start === 0 && m.end >= label.trimEnd().length)) projectLines++;
      }
    }
    for (const [facts, read] of bodies) facts.body = sectionBody(read);
    const leadBody = sectionBody(lead);
    return { concepts: [...concepts], lead: leadBody, fenceConcepts: [...fenceConcepts], llmContextConcepts: [...llmContext], headings, plainHeadings: plain, tableSteps, meetingLines, projectLines, ...shape };
  });
}

/** What the decision weighs, kept for its reason. */
export interface Signals {
  concepts: number;
  /** Concepts named only in diagrams or plain text in fences, none in the prose. */
  fenceConcepts: number;
  steps: number;
  /** Steps named by a design's own heading (not a README's) whose section states something (see statedSteps). */
  statedSteps: number;
  designHeadings: number;
  /** Lines of prose read as headings (they count in steps and designHeadings): the doc's structure is in plain lines. */
  plainHeadings: number;
  designTitle: boolean;
  project: number;
  meeting: number;
  versions: number;
  changelogTitle: boolean;
  /** Model or dataset card headings, plus 3 for a card's title and 3 for a card's metadata in the front matter. */
  card: number;
  /** The doc is one table of short entries (names, numbers) under a heading or two, with next to no prose: a listing or a comparison. */
  singleTable: boolean;
  /** A quarter or more of 12+ items are questions to ask, most not followed by an answer, and the title says guide/framework/checklist/template or the text addresses the reader. */
  questionGuide: boolean;
  /** The title says guide, tutorial, handbook… ("Agentic RAG 智能客服项目完整指南", "A practical guide to …"). */
  guideTitle: boolean;
  /** The title says template ("Design Doc Template", "模板"). */
  templateTitle: boolean;
  /** Headings that open an exercise ("Exercise 2: …", "Задание 3", "练习一"). */
  exercises: number;
}

/** What a block's text says of running code, looked for when needed. */
interface BlockText {
  installCommand: boolean | undefined;
  notebook: boolean | undefined;
}

/** Key of the detection facts in a block's or group's facts (they are context-free, so any key object of the block will do). */
const BLOCK_FACTS = {};
/** Key of a block's BlockText in its key's facts. */
const BLOCK_TEXT = {};

/** The facts of consecutive pieces together: a block's of its regions', a group's of its blocks'. */
function combinedFacts(pieces: readonly DetectionFacts[]): DetectionFacts {
  const total = (key: Exclude<keyof DetectionFacts, 'concepts' | 'lead' | 'fenceConcepts' | 'llmContextConcepts' | 'headings' | 'plainHeadings' | 'tableSteps'>): number => pieces.reduce((sum, f) => sum + f[key], 0);
  // A piece's lead ends the section of the last heading before it (a copy: pieces' facts are kept with their fragments).
  let lead = NO_BODY;
  const headings: HeadingFacts[] = [];
  for (const piece of pieces) {
    const last = headings.length - 1;
    if (last < 0) lead = joinedBody(lead, piece.lead);
    else if (piece.lead !== NO_BODY) headings[last] = { ...headings[last], body: joinedBody(headings[last].body, piece.lead) };
    headings.push(...piece.headings);
  }
  return {
    concepts: [...new Set(pieces.flatMap((f) => f.concepts))],
    lead,
    fenceConcepts: [...new Set(pieces.flatMap((f) => f.fenceConcepts))],
    llmContextConcepts: [...new Set(pieces.flatMap((f) => f.llmContextConcepts))],
    headings,
    plainHeadings: pieces.flatMap((f) => f.plainHeadings),
    tableSteps: pieces.flatMap((f) => f.tableSteps),
    meetingLines: total('meetingLines'),
    projectLines: total('projectLines'),
    proseWords: total('proseWords'),
    proseUnits: total('proseUnits'),
    questions: total('questions'),
    answered: total('answered'),
    readerWords: total('readerWords'),
    tables: total('tables'),
    tableRows: total('tableRows'),
    tableWords: total('tableWords'),
    tableCells: total('tableCells'),
  };
}

/**
 * The regions' facts of a block, kept with the block (model.ts DocBlock): an
 * edit then reads one lookup per other block instead of a pass over every region.
 */
function blockFacts(block: DocBlock): DetectionFacts {
  let facts = block.key.facts.get(BLOCK_FACTS) as DetectionFacts | undefined;
  if (!facts) {
    facts = keptOverReplacedRegions(block, BLOCK_FACTS, DETECTION, factsOf) ?? combinedFacts(block.regions.map((region) => factsOf(region.fragment)));
    block.key.facts.set(BLOCK_FACTS, facts);
  }
  return facts;
}

/**
 * The blocks' facts of a group, kept with the group (model.ts DocGroup) while its blocks are the same:
 * an edit then combines one per group rather than every block's (their concepts and headings).
 */
function groupFacts(group: DocGroup): DetectionFacts {
  let facts = group.key.facts.get(BLOCK_FACTS) as DetectionFacts | undefined;
  if (!facts) {
    facts = replacedGroupFacts(group) ?? combinedFacts(group.blocks.map(blockFacts));
    group.key.facts.set(BLOCK_FACTS, facts);
  }
  return facts;
}

/** The facts of the group's key replaced, when the blocks between the ones both keys hold kept theirs (see replacedBlockFacts). */
function replacedGroupFacts(group: DocGroup): DetectionFacts | undefined {
  const was = group.key.previous;
  const kept = was?.facts.get(BLOCK_FACTS) as DetectionFacts | undefined;
  if (!was || !kept) return undefined;
  const { prefix, suffix } = groupPlan(group.key, group.blocks);
  const end = group.blocks.length - suffix;
  if (end !== was.blocks.length - suffix) return undefined;
  for (let k = prefix; k < end; k++) if (blockFacts(group.blocks[k]) !== was.blocks[k].facts.get(BLOCK_FACTS)) return undefined;
  return kept;
}

/**
 * Whether the block's text holds a command that installs or runs code. A
 * match never spans a line, and regions (so blocks) start at line starts, so
 * the regions' answers add up to the block's and the blocks' to the document's.
 * Kept with the block and each region: the same fragments, so the same text.
 */
function hasInstallCommand(doc: DesignDoc, index: number): boolean {
  return blockText(doc, index, 'installCommand', INSTALL_COMMAND);
}

/** Whether the block's text names a notebook to open or run (a .ipynb file, Jupyter, Colab); kept with the block as above. */
function mentionsNotebook(doc: DesignDoc, index: number): boolean {
  return blockText(doc, index, 'notebook', NOTEBOOK);
}

function blockText(doc: DesignDoc, index: number, key: 'installCommand' | 'notebook', pattern: RegExp): boolean {
  const block = doc.blocks[index];
  let facts = block.key.facts.get(BLOCK_TEXT) as BlockText | undefined;
  if (!facts) block.key.facts.set(BLOCK_TEXT, (facts = { installCommand: undefined, notebook: undefined }));
  let found = facts[key];
  if (found === undefined) {
    // Region by region, each answer kept with its fragment (its text): an edited block searches its new regions only.
    const next = doc.blocks[index + 1]?.regions[0].base ?? doc.text.length;
    found = block.regions.some((region, k) => {
      const end = block.regions[k + 1]?.base ?? next;
      return fragmentFact(region.fragment.cache, key, () => doc.text.slice(region.base, end).search(pattern) >= 0);
    });
    facts[key] = found;
  }
  return found;
}

/**
 * What the headings of a group add to the signals: their number, the first one, how many have each kind, name an
 * HTTP method or a version, and the steps of the group's own sections (model.ts DocGroup `sections` after the
 * first). A section's steps are its heading's, or none for the document's lone title, which only a level-1
 * heading is while `loneTitle` holds; both are in the group's key (its fragments and their contexts), so the
 * summary is kept with the key: an edit then combines one per group rather than a pass over every heading and
 * section of the document.
 */
interface GroupHeadings {
  count: number;
  first: HeadingFacts | undefined;
  kinds: Map<HeadingKind, number>;
  http: number;
  versions: number;
  steps: Set<Step>;
  /** The steps each heading names, in order (its section's, model.ts Section `steps`). */
  headingSteps: ReadonlyArray<readonly Step[]>;
}

/** Key of a group's GroupHeadings in its facts. */
const GROUP_HEADINGS = {};

function groupHeadings(group: DocGroup, facts: DetectionFacts): GroupHeadings {
  let summary = group.key.facts.get(GROUP_HEADINGS) as GroupHeadings | undefined;
  if (!summary) {
    const steps = new Set<Step>();
    const headingSteps = group.sections.slice(1).map((section) => section.steps);
    for (const named of headingSteps) for (const step of named) steps.add(step);
    // The replaced key's (an edit), when its facts were taken as they were and its sections name the same steps.
    const was = group.key.previous;
    const before = was?.facts.get(GROUP_HEADINGS) as GroupHeadings | undefined;
    const sameSteps = (a: ReadonlyArray<readonly Step[]>): boolean => a.length === headingSteps.length && a.every((named, k) => named.length === headingSteps[k].length && named.every((step, i) => step === headingSteps[k][i]));
    if (before && was!.facts.get(BLOCK_FACTS) === facts && sameSteps(before.headingSteps)) summary = before;
    else {
      summary = { count: facts.headings.length, first: facts.headings[0], kinds: new Map(), http: 0, versions: 0, steps, headingSteps };
      for (const heading of facts.headings) {
        for (const kind of heading.kinds) summary.kinds.set(kind, (summary.kinds.get(kind) ?? 0) + 1);
        if (heading.http) summary.http++;
        if (heading.version) summary.versions++;
      }
    }
    group.key.facts.set(GROUP_HEADINGS, summary);
  }
  return summary;
}

/** The signals of the groups' facts and headings (all but what reads the text or the front matter), and what they were read from. */
interface KeptSignals {
  facts: readonly DetectionFacts[];
  groups: readonly GroupHeadings[];
  signals: Signals;
}

/** The last document's (one at a time: documents linted in turn make their own again). */
let keptSignals: KeptSignals | undefined;

export function detectionSignals(doc: DesignDoc): Signals {
  const facts = doc.groups.map(groupFacts);
  const groups = doc.groups.map((group, index) => groupHeadings(group, facts[index]));
  const kept = keptSignals;
  const same = kept !== undefined && kept.facts.length === facts.length && kept.facts.every((f, k) => f === facts[k]) && kept.groups.every((g, k) => g === groups[k]);
  const signals = same ? kept.signals : groupSignals(facts, groups);
  if (!same) keptSignals = { facts, groups, signals };
  let project = signals.project;
  // Commands that install or run code are a README's; look only when its headings already suggest one.
  if (project > 0 && doc.blocks.some((_, index) => hasInstallCommand(doc, index))) project++;
  // So is a notebook to open and run: the README of an analysis done once in a notebook, which builds no system.
  if (project > 0 && doc.blocks.some((_, index) => mentionsNotebook(doc, index))) project += 2;
  const metadata = Object.keys(doc.frontMatter.data ?? {}).some((key) => CARD_METADATA_KEYS.has(key));
  return { ...signals, project, card: signals.card + (metadata ? 3 : 0) };
}

/** The signals of the groups' facts and headings, before what the text says of running code and the front matter's card metadata. */
function groupSignals(facts: readonly DetectionFacts[], groups: readonly GroupHeadings[]): Signals {
  const headingCount = groups.reduce((sum, g) => sum + g.count, 0);
  const title = groups.find((g) => g.first)?.first;
  const count = (kind: HeadingKind): number => groups.reduce((sum, g) => sum + (g.kinds.get(kind) ?? 0), 0);
  const versions = groups.reduce((sum, g) => sum + g.versions, 0);
  const project = count('project') + Math.min(2, groups.reduce((sum, g) => sum + g.http, 0)) + Math.min(2, facts.reduce((sum, f) => sum + f.projectLines, 0));
  const meetingTitle = title?.titleKinds.has('meeting-title') ?? false;
  const sum = (key: 'proseWords' | 'proseUnits' | 'questions' | 'answered' | 'readerWords' | 'tables' | 'tableRows' | 'tableWords' | 'tableCells'): number => facts.reduce((total, f) => total + f[key], 0);
  const guideTitle = title?.titleKinds.has('guide-title') ?? false;
  const addressesReader = 100 * sum('readerWords') >= 1.5 * Math.max(1, sum('proseWords'));
  // Short cells: a name, a number, a yes/no. A table whose cells are sentences (a one-page design canvas) is still prose.
  const shortCells = sum('tableWords') <= 6 * Math.max(1, sum('tableCells'));
  // A doc written (or pasted) without Markdown headings keeps its structure in lines of their own; read those as
  // headings when they outnumber the real ones. The title alone, or a heading or two, is not the doc's structure.
  const plain = facts.flatMap((f) => f.plainHeadings);
  const plainCounted = plain.length >= 2 && plain.length > headingCount ? plain : [];
  // The root section (doc.sections[0]) names no step; every other section is one group's own.
  const steps = new Set<Step>();
  for (const group of groups) for (const step of group.steps) steps.add(step);
  for (const p of plainCounted) for (const step of p.steps) steps.add(step);
  const prose = new Set(facts.flatMap((f) => f.concepts));
  // An agent or a knowledge base is an LLM's only in a doc that names one.
  if (prose.has('llm')) for (const concept of facts.flatMap((f) => f.llmContextConcepts)) prose.add(concept);
  return {
    concepts: prose.size,
    fenceConcepts: new Set(facts.flatMap((f) => f.fenceConcepts).filter((c) => !prose.has(c))).size,
    steps: steps.size,
    statedSteps: statedSteps(facts, groups),
    designHeadings: count('design') + plainCounted.filter((p) => p.design).length,
    plainHeadings: plainCounted.length,
    designTitle: title?.titleKinds.has('design-title') ?? false,
    project,
    meeting: count('meeting') + (meetingTitle ? 2 : 0) + Math.min(2, facts.reduce((sum, f) => sum + f.meetingLines, 0)),
    versions,
    changelogTitle: (title?.titleKinds.has('changelog-title') ?? false) || (count('changelog-group') >= 2 && versions > 0),
    card: count('card') + (title?.titleKinds.has('card-title') ? 3 : 0),
    // A one-page design canvas is a table too, but its labels are the framework's steps ("目标", "数据", "模型", "评估").
    singleTable: sum('tables') === 1 && sum('tableRows') >= 2 && shortCells && sum('proseWords') <= 30 && headingCount <= 3 && new Set(facts.flatMap((f) => f.tableSteps)).size < 3,
    // An interview written down ("面试官：你会怎么定义标签？" then the answer) asks as many questions and says "you" as
    // often, but answers each one; a guide lists its questions one after another.
    questionGuide: sum('proseUnits') >= 12 && 4 * sum('questions') >= sum('proseUnits') && (guideTitle || addressesReader) && 5 * sum('answered') < 4 * sum('questions'),
    guideTitle,
    templateTitle: title?.template ?? false,
    exercises: count('exercise'),
  };
}

/** Words of prose, or ML concepts, that make a section state something rather than introduce commands or a list of files. */
const STATED_WORDS = 10;
const STATED_CONCEPTS = 2;

function states(body: SectionBody): boolean {
  return body.words >= STATED_WORDS || body.concepts.length >= STATED_CONCEPTS;
}

/**
 * The framework steps a design says something about: named by a heading that is not a README's ("Installation",
 * "Usage", "Features" name no step of a design even when steps.ts reads one in them) and followed by prose that
 * states something: a few sentences, or two ML concepts ("Baseline: last year's traffic; main model: LightGBM on lag
 * features"). A subsection naming no step adds to the section it is in. A library's or a research repository's
 * "Training" and "Evaluation" hold a command each; a design's say what is trained and how it is judged.
 */
function statedSteps(facts: readonly DetectionFacts[], groups: readonly GroupHeadings[]): number {
  const stated = new Set<Step>();
  let open: { steps: readonly Step[]; level: number; body: SectionBody; readme: boolean } | undefined;
  const close = (): void => {
    if (open && !open.readme && states(open.body)) for (const step of open.steps) stated.add(step);
  };
  facts.forEach((piece, g) => {
    if (open) open.body = joinedBody(open.body, piece.lead);
    piece.headings.forEach((heading, k) => {
      const steps = groups[g].headingSteps[k] ?? [];
      const readme = heading.kinds.has('project');
      if (open && steps.length === 0 && !readme && heading.level > open.level) {
        open.body = joinedBody(open.body, heading.body);
        return;
      }
      close();
      open = { steps, level: heading.level, body: heading.body, readme };
    });
  });
  close();
  return stated.size;
}

/** A README that states this many framework steps, in a doc naming this many ML concepts, carries a design (detectDesignDoc). */
const README_DESIGN_STEPS = 4;
const README_DESIGN_CONCEPTS = 6;

/** How much the headings and title say "design": framework steps count most. */
function designWeight(s: Signals): number {
  return 2 * s.steps + Math.min(s.designHeadings, 8) + (s.designTitle ? 3 : 0);
}

function optIn(reason: string): string {
  return `${reason}; add \`mldl: true\` to its front matter to lint it`;
}

export function detectDesignDoc(doc: DesignDoc, filePath: string | undefined): Detection {
  if (filePath && NOT_A_DESIGN_DOC_NAME.test(filePath)) {
    return { isDesignDoc: false, reason: 'file name is that of a project file, not a design doc' };
  }
  // Reports carry the marker at the top (scorecards at the end); a doc that only quotes it further in is not a report.
  if (doc.text.slice(0, 2000).includes(REPORT_MARKER) || doc.text.slice(-2000).includes(REPORT_MARKER)) return { isDesignDoc: false, reason: optIn('this is a report written by mldl') };
  const s = detectionSignals(doc);
  const design = designWeight(s);
  // A changelog is versions (or its title) and little else; a design that dates two of its iterations, or keeps a
  // "版本历史" table at the top, still has the framework's steps in its headings.
  if ((s.changelogTitle || s.versions >= 2) && 2 * s.versions + (s.changelogTitle ? 4 : 0) >= design) {
    return { isDesignDoc: false, reason: optIn(`looks like a changelog (${s.versions} version headings)`) };
  }
  if (s.meeting >= 3 && s.steps < 4) {
    return { isDesignDoc: false, reason: optIn('looks like meeting notes (attendees, agenda or action items)') };
  }
  // A table alone (a model comparison, a list of links or papers under a title) says what was measured or
  // collected, not what will be built and why.
  if (s.singleTable) {
    return { isDesignDoc: false, reason: optIn('is a single table with next to no prose') };
  }
  // A framework, checklist or template of questions to ask ("What is the business goal?", "How do we handle
  // drift?") tells how to design any system; a design answers them for one. Designs list a few open questions, never
  // a quarter of their items.
  if (s.questionGuide) {
    return { isDesignDoc: false, reason: optIn('reads as a guide or checklist of questions to ask (an interview framework or a template), not a design') };
  }
  // A course page or a homework sheet sets exercises ("Exercise 1: Design a recommendation system", then what to
  // describe and discuss): tasks for a reader about many systems, not a design of one. A student's design answering
  // one names the framework's steps in its own headings.
  if (s.exercises >= 2 && s.steps <= 2) {
    return { isDesignDoc: false, reason: optIn(`reads as a course page or exercise sheet (${s.exercises} exercise headings), not a design`) };
  }
  // A model or dataset card describes a published model or data set: what it is, how to load it, what it was
  // trained on and how it scored. It names every ML concept, but designs no system; its title or its metadata
  // settles it, else its headings when they outweigh the design's.
  if (s.card >= 3 && 2 * s.card + s.project >= design) {
    return { isDesignDoc: false, reason: optIn(`looks like a model or dataset card (${s.card} card headings or metadata)`) };
  }
  // A README of ML code talks about models too; its headings are about getting and running the code.
  // A design written as a project's README (problem, data, model, evaluation, serving… then
  // installation and usage) is still a design: many ML concepts over several framework steps.
  // Richness alone (many ML concepts over four steps of headings) or substance: four steps the design's own headings
  // state something about, in a doc that names six ML concepts. README headings name steps too ("Features", "Running
  // tests", "Prerequisites"), and a library's "Training" holds a command: neither is stated (statedSteps).
  const richDesign = s.concepts >= 10 && s.steps >= 4;
  const readmeShapedDesign = richDesign || (s.statedSteps >= README_DESIGN_STEPS && s.concepts >= README_DESIGN_CONCEPTS);
  // Without a single design heading, two README signs are enough ("How to run:" and a pip install line).
  if ((s.project >= 3 || (s.project >= 2 && design === 0)) && 2 * s.project >= design && !readmeShapedDesign) {
    return { isDesignDoc: false, reason: optIn(`looks like a project README (${s.project} headings or commands about installing and running code)`) };
  }
  // A guide or tutorial that walks the reader through installing and running code ("…完整指南": quick start,
  // install, deploy) teaches how to build a kind of system; it designs none (a README that says guide is caught as a README above). A design titled as a guide names many ML
  // concepts over the framework's steps (richDesign) and is still reviewed; a tutorial states its steps as a design
  // would ("Retrieval: we embed the FAQ…"), so stated steps alone do not make it one.
  if (s.guideTitle && s.project >= 3 && !richDesign) {
    return { isDesignDoc: false, reason: optIn(`reads as a guide or tutorial (its title says so; ${s.project} headings or commands about installing and running code), not a design`) };
  }
  // A design may draw or paste its content in fences that are not code: a mermaid or ASCII pipeline ("召回 → 粗排 →
  // DeepFM 精排"), an outline or an answer in a plain ``` block; its prose then names little but the title's concept.
  // Those concepts count as the prose's do, but only in a doc with no README sign: a README's fences are its file
  // tree ("train.py  # 训练脚本") and its run's output ("accuracy 0.91").
  const concepts = s.project === 0 ? s.concepts + s.fenceConcepts : s.concepts;
  const described = `${concepts} ML concepts${concepts > s.concepts ? ` (${concepts - s.concepts} only in diagrams or fenced text)` : ''}, ${s.steps} framework steps in headings`;
  // The more a doc reads as a design, the fewer ML words it needs: an LLM agent's
  // design names few ML concepts, a software design none or one. A draft or an
  // interview answer without headings says five ML concepts in a few paragraphs
  // (model, features, label, metric, retraining); the READMEs, changelogs and
  // meeting notes that talk as much ML were recognised above.
  // A template has every design heading by construction ("Design Doc Template"), so its headings alone do not make up
  // for few ML words. (Not any guide's title: "推荐系统整体框架设计" says framework and is a design.)
  const shapedDesign = design >= 8 && !s.templateTitle;
  if ((concepts >= 3 && shapedDesign) || (concepts >= 4 && design >= 2) || concepts >= 5) return { isDesignDoc: true, reason: described };
  return { isDesignDoc: false, reason: optIn(`does not look like an ML design doc (${described})`) };
}
