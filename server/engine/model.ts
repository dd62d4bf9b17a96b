// The design-doc model: built once per document from the mdast, read by every
// rule. It holds the section tree (from headings, with exact ranges), the
// prose units of each section with offsets back to the source, the front
// matter and the lint directives. Code blocks and HTML comments are not prose.
import type { Root } from 'mdast';
import { parseMarkdown } from './parse.js';
import type { Token } from './text/tokens.js';
import type { UnitText } from './text/unit-text.js';
import { endsInQuestion } from './text/polarity.js';
import type { ExtractedKind } from './extract/index.js';
import type { Lang } from './text/script.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { placeDirectives, type Directive } from './directives.js';
import { lineIndex, pointIn, type LineIndex } from './line-index.js';
import { buildFragment, sameCells, type Fragment, type FragmentHeading, type FragmentUnit, type UnitKind } from './fragment.js';
import { changeChain, changeContext, fragmentFact, type BlockKey, type GroupKey } from './fragment-cache.js';
import type { Segment } from './plain-text.js';
import { firstStatement, sumsHaveSubstance } from './substance.js';
import type { Point, SourceRange, Step } from './types.js';

export interface Section {
  /** Heading text; '' for the part before the first heading. */
  title: string;
  /** Heading depth 1–6; 0 for the preamble. */
  level: number;
  headingRange: SourceRange | undefined;
  /** Offset where the section starts (its heading) and ends (next heading of the same or a higher level). */
  start: number;
  end: number;
  /** Steps named by this heading. */
  steps: Step[];
  /** A heading written as a plain line, not with '#' (plain-heading.ts): its level is a convention, not the writer's. */
  plain?: boolean;
  parent: Section | undefined;
  children: Section[];
  units: ProseUnit[];
}

export type { UnitKind } from './fragment.js';

export interface ProseUnit {
  kind: UnitKind;
  /** Language-aware reading of the text: tokens, sentences, negation and hedges (shared with the fragment). */
  words: UnitText;
  lang: Lang;
  /** For a unit read from outside Markdown prose (code, HTML, a diagram, front matter): what it was read from. */
  origin: ExtractedKind | undefined;
  /** Plain text as the reader sees it (no Markdown markup). */
  text: string;
  /** `text` lower-cased with dashes and quotes unified; same length as `text`. */
  norm: string;
  tokens: Token[];
  section: Section;
  /** List nesting depth: 0 outside lists, 1 for a top-level item. */
  depth: number;
  /** A list item that has nested items under it. */
  hasChildren: boolean;
  /** The list item this unit is nested in. */
  parentItem: ProseUnit | undefined;
  /** The unit before this one in the document (context for "cons: …" under a sibling bullet). */
  previous: ProseUnit | undefined;
  /**
   * For a list item: the unit of the same section right before the run of
   * list items it belongs to ("**Baseline:**" over "- popularity per city"),
   * across regions; undefined for other units. Set when the document is
   * assembled (`listRunIntro`); a region whose first item continues a run
   * holds this unit in its context key (`RegionContext.listIntro`).
   */
  listIntro: ProseUnit | undefined;
  /** For table rows: the header cells of the table. */
  tableHeader: string[] | undefined;
  /**
   * Not a statement about the design: a table-of-contents entry (nothing but
   * link text), a metadata line ("**Reviewers:** Jobs Infra, Trust & Privacy")
   * or an unchecked task ("- [ ] Explainable AI"), which is a to-do.
   */
  notStatement: boolean;
  start: number;
  end: number;
  /** Offset the segments' source offsets count from (the start of the unit's region). */
  base: number;
  segments: Segment[];
  /**
   * For a heading: whether the rest of its section has substance
   * (substance.ts), so that the heading can settle a concept; false for
   * other units. The body may span regions, so it is worked out when the
   * document is assembled.
   */
  sectionHasBody: boolean;
  /**
   * For a heading whose section says nothing of its own: whether its
   * sub-sections have a body ("## Baseline" whose content is all under "###
   * Rule-based heuristic"), so that a heading naming the concept still takes
   * the first statement under it. False for other units.
   */
  subSectionsHaveBody: boolean;
}

/**
 * A piece of the document parsed on its own (the whole document, or one
 * region of an incremental parse) and the units it holds.
 */
export interface DocRegion {
  fragment: Fragment;
  /** Offset of the region's first character in the document. */
  base: number;
  units: ProseUnit[];
  /**
   * The section open where the region starts, then the sections of its own
   * headings in order: a unit's section is `sections[fragmentUnit.heading + 1]`.
   */
  sections: Section[];
}

/**
 * A run of consecutive regions over which concept decisions are folded once
 * and reused while the run's regions and their contexts are unchanged
 * (judge/decide.ts): an edit then costs its own block and one lookup per
 * other block, rather than a pass over every region.
 */
export interface DocBlock {
  key: BlockKey;
  regions: DocRegion[];
  /**
   * The section open where the block starts, then its regions' own sections
   * in order: every unit of the block is in one of them.
   */
  sections: Section[];
}

/**
 * A run of consecutive blocks, folded once more for the same reason (an edit
 * then folds one lookup per other group, the blocks of its own group and the
 * regions of its own block): a long document has ~50 blocks.
 */
export interface DocGroup {
  key: GroupKey;
  blocks: DocBlock[];
  /** The section open where the group starts, then its blocks' own sections in order. */
  sections: Section[];
}

export interface DesignDoc {
  text: string;
  root: Section;
  /** All sections in document order (the preamble first). */
  sections: Section[];
  units: ProseUnit[];
  frontMatter: FrontMatter;
  directives: Directive[];
  /** The first heading, or line 1 when there is none: where document findings go by default. */
  titleRange: SourceRange;
  /**
   * Start of the top-level block holding a code fence that is never closed:
   * everything after it is code, so fixes must be inserted before it.
   */
  unclosedFenceStart: number | undefined;
  pointAt(offset: number): Point;
  rangeOf(start: number, end: number): SourceRange;
  /** The pieces the document was parsed in, in order; one for a plain full parse. */
  regions: DocRegion[];
  /** The regions in runs (see DocBlock). */
  blocks: DocBlock[];
  /** The blocks in runs (see DocGroup). */
  groups: DocGroup[];
}

/**
 * Source range of [start, end) of a unit's text. The end is mapped through
 * the last character it covers, so "**low latency**" ends before the closing
 * markers rather than after them.
 */
export function sourceSpan(unit: ProseUnit, start: number, end: number): [number, number] {
  const from = sourceOffset(unit, start);
  if (end <= start) return [from, from];
  // A box's label drawn over two lines ("| Nightly |" over "| batch |") is read in one unit whose words may
  // run back in the source ("batch → Redis", Redis a line above): the span covers both ends either way.
  const last = sourceOffset(unit, end - 1);
  return [Math.min(from, last), Math.max(from, last) + 1];
}

/** Where `plainIndex` of a unit's text lies in the source. */
export function sourceOffset(unit: ProseUnit, plainIndex: number): number {
  let best: Segment | undefined;
  for (const segment of unit.segments) {
    if (segment.plainStart <= plainIndex) best = segment;
    else break;
  }
  if (!best) return unit.start;
  const delta = Math.min(plainIndex - best.plainStart, best.length);
  return unit.base + (best.offsets ? best.offsets[delta] : best.sourceStart + delta);
}

/**
 * The units made of each fragment the last time it was placed in a document,
 * placed again in the next assembly rather than made anew (their section,
 * neighbours and offsets are updated in place): an edit of a long document
 * then allocates units for its re-parsed regions only. A document built
 * earlier from the same fragments therefore sees its units move; the
 * incremental linter and the language server read each result before the
 * next edit.
 */
const placedUnits = new WeakMap<Fragment, ProseUnit[]>();

/**
 * The section made of each fragment heading the last time it was placed,
 * taken again (its offsets, children and units set anew) while its parent is
 * the same section object and its steps are what they must be: everything
 * the judgement layer memoises per section (judge/decide.ts: deferred, named
 * by a heading cue, steps in scope) is a function of its heading unit, its
 * steps and the sections above it, so those memos stay right across edits and
 * an edit no longer makes every section, its arrays and its memo entries anew.
 * Like `placedUnits`, a document built earlier from the same fragments sees
 * its sections change.
 */
const placedSections = new WeakMap<FragmentHeading, Section>();

/** The fragment heading each section was made from (its chain key is kept with it: see chainKey). */
const headingOf = new WeakMap<Section, FragmentHeading>();

/** The region made of each fragment the last time it was placed (see `placedUnits`). */
const placedRegions = new WeakMap<Fragment, DocRegion>();

/** The sections of a region without a heading of its own (shared: never changed). */
const NO_SECTIONS: Section[] = [];

/** Whether `sections` is `outer` then `own`, element by element. */
function sameSections(sections: readonly Section[], outer: Section, own: readonly Section[]): boolean {
  if (sections.length !== own.length + 1 || sections[0] !== outer) return false;
  for (let k = 0; k < own.length; k++) if (sections[k + 1] !== own[k]) return false;
  return true;
}

/**
 * What an incremental linter keeps from one assembly to the next: the
 * document's root section, so that the top-level sections under it can be
 * kept too (`placedSections` compares parents by identity), and the line index.
 */
export interface AssemblyState {
  root: Section | undefined;
  /** The line index of the last text. */
  lines: LineIndex | undefined;
  /** What the last assembly placed, for its unchanged prefix (see `keptPrefix`). */
  last?: LastAssembly;
  /**
   * The assembly before the last: nothing reads it, so the next assembly writes its per-part and per-section lists
   * over this one's (`reused`, `copyInto`) instead of making ~20 new lists of ~1,300 items on every edit of a long
   * document, which lived until the next edit and so were copied by the scavenges that fell between.
   */
  spare?: LastAssembly;
}

/**
 * The units, regions and sections of the last assembly and, per region, the
 * unit pass's state where it started: the regions before the first one an
 * edit changed are the same fragments at the same offsets under the same
 * sections, so their units need no pass at all (each would be written with
 * what it already holds), and the pass starts at the first changed region
 * from the state kept here.
 */
interface LastAssembly {
  fragments: Fragment[];
  bases: number[];
  loneTitle: boolean;
  titles: TitleScan;
  sections: Section[];
  /** The section pass's lists (per part, and per section for `parentIndex`), for its unchanged prefix (`keptSections`). */
  openAtStart: Section[];
  openAtStartIndex: number[];
  firstOwnIndex: number[];
  ownSections: Section[][];
  parentIndex: number[];
  /** The section open after the last part, and its index in `sections`. */
  openAtEnd: Section;
  openAtEndIndex: number;
  units: ProseUnit[];
  regions: DocRegion[];
  beforeUnits: Array<ProseUnit | undefined>;
  beforeParts: Array<FragmentUnit | undefined>;
  afterQuestions: boolean[];
  listIntroParts: Array<FragmentUnit | undefined>;
  regionBodies: Array<readonly SectionBody[]>;
  headingUnits: HeadingUnits[];
  /** Per region, its headings' bodies as its context holds them (RegionContext `bodies`). */
  headingBodies: readonly string[];
  /** The blocks, and the region each starts at (see blocksOf). */
  blocks: readonly DocBlock[];
  blockStarts: readonly number[];
  /** Per region (and once more after the last), where the pass started: `units.length`, ... */
  unitsAt: number[];
  /** ... how many units the section open there held, ... */
  openCountAt: number[];
  /** ... and the parts of the last two units and of the open list run's introduction. */
  lastPartAt: Array<FragmentUnit | undefined>;
  partBeforeLastAt: Array<FragmentUnit | undefined>;
  introPartAt: Array<FragmentUnit | undefined>;
}

/**
 * How many leading parts are placed exactly as in the last assembly: the same
 * fragment at the same offset, the document's lone title unchanged and the
 * sections made so far the very same objects (kept, `placedSections`), so
 * that every unit of those parts already holds its section, neighbours,
 * list introduction and offsets.
 */
function keptPrefix(last: LastAssembly | undefined, parts: readonly PlacedFragment[], loneTitle: boolean, sections: readonly Section[], firstOwnIndex: readonly number[]): number {
  if (!last || last.loneTitle !== loneTitle) return 0;
  const most = Math.min(parts.length, last.fragments.length);
  let prefix = 0;
  while (prefix < most && parts[prefix].fragment === last.fragments[prefix] && parts[prefix].base === last.bases[prefix]) prefix++;
  const made = prefix === parts.length ? sections.length : firstOwnIndex[prefix];
  if (made > last.sections.length) return 0;
  for (let s = 0; s < made; s++) if (sections[s] !== last.sections[s]) return 0;
  return prefix;
}

/**
 * The trailing parts that are the last assembly's trailing fragments, all moved by the same amount (`shift`), from
 * part `from` on (not before `prefix`; `more`: how many more parts there are now than then). The section and unit
 * passes may take those parts as they were once they reach them in the state the last assembly was in.
 */
function movedParts(last: LastAssembly | undefined, parts: readonly PlacedFragment[], loneTitle: boolean, prefix: number) {
  if (!last || last.loneTitle !== loneTitle || parts.length === 0 || last.fragments.length === 0) return undefined;
  const more = parts.length - last.fragments.length;
  const shift = parts[parts.length - 1].base - last.bases[last.bases.length - 1];
  let from = parts.length;
  while (from > prefix && from - 1 - more >= 0 && parts[from - 1].fragment === last.fragments[from - 1 - more] && parts[from - 1].base - last.bases[from - 1 - more] === shift) from--;
  return from === parts.length ? undefined : { last, from, more, shift };
}

/** How many trailing sections are the very objects the last assembly ended with. */
function sameTrailingSections(last: LastAssembly, sections: readonly Section[]): number {
  let same = 0;
  const most = Math.min(sections.length, last.sections.length);
  while (same < most && sections[sections.length - 1 - same] === last.sections[last.sections.length - 1 - same]) same++;
  return same;
}

/** `target` (a list of the spare assembly, or a new one when there is none) holding `source[0, count)`, written over. */
function reused<T>(target: T[] | undefined, source: readonly T[] | undefined, count: number): T[] {
  const list = target ?? [];
  for (let k = 0; k < count; k++) list[k] = source![k];
  return list;
}

/** Writes `source[from, to)` over `target` from `at` on (`at` is at most `target.length`: no holes). */
function copyInto<T>(target: T[], at: number, source: readonly T[], from: number, to: number): void {
  for (let k = from; k < to; k++) target[at + k - from] = source[k];
}

/** Items per push in `appendFrom` (a push of a spread list passes each item as an argument, on the stack). */
const APPEND_CHUNK = 4096;

/** Appends `source[from, to)` to `target`: a builtin copy per chunk rather than a push per item. */
function appendFrom<T>(target: T[], source: readonly T[], from: number, to: number): void {
  for (let at = from; at < to; at += APPEND_CHUNK) target.push(...source.slice(at, Math.min(to, at + APPEND_CHUNK)));
}

/** How many leading parts are the same fragments at the same offsets as in the last assembly, under the same lone title. */
function samePartsPrefix(last: LastAssembly | undefined, parts: readonly PlacedFragment[], loneTitle: boolean): number {
  if (!last || last.loneTitle !== loneTitle) return 0;
  const most = Math.min(parts.length, last.fragments.length);
  let prefix = 0;
  while (prefix < most && parts[prefix].fragment === last.fragments[prefix] && parts[prefix].base === last.bases[prefix]) prefix++;
  return prefix;
}

/**
 * The sections of the parts before `prefix` as the last assembly made them, with the section pass's lists for
 * those parts: each would be taken again from `placedSections` (its parent the same object, its steps the same)
 * with the same start and heading range (the text before the first changed part is the same, so are its line
 * ends). Only the sections still open where the pass resumes change: their ends, and their children from the parts
 * after (dropped here: they are pushed again). `keptRoot` kept the root's children for this.
 */
function keptSections(last: LastAssembly, prefix: number, spare: LastAssembly | undefined) {
  const more = prefix < last.fragments.length;
  const made = more ? last.firstOwnIndex[prefix] : last.sections.length;
  const current = more ? last.openAtStart[prefix] : last.openAtEnd;
  // The sections the last assembly made from the parts after the prefix start at or after the first of them.
  const boundary = more ? last.bases[prefix] : Infinity;
  for (let open: Section | undefined = current; open; open = open.parent) {
    while (open.children.length > 0 && open.children[open.children.length - 1].start >= boundary) open.children.pop();
  }
  return {
    sections: last.sections.slice(0, made),
    openAtStart: reused(spare?.openAtStart, last.openAtStart, prefix),
    openAtStartIndex: reused(spare?.openAtStartIndex, last.openAtStartIndex, prefix),
    firstOwnIndex: reused(spare?.firstOwnIndex, last.firstOwnIndex, prefix),
    ownSections: reused(spare?.ownSections, last.ownSections, prefix),
    parentIndex: reused(spare?.parentIndex, last.parentIndex, made),
    current,
    currentIndex: more ? last.openAtStartIndex[prefix] : last.openAtEndIndex,
  };
}

/** The root section: the one kept in `state` (emptied, unless the sections of an unchanged prefix are kept: `keptSections`), or a new one. */
function keptRoot(state: AssemblyState | undefined, length: number, keepChildren: boolean): Section {
  const root = state?.root;
  if (root) {
    root.end = length;
    if (!keepChildren) root.children.length = 0;
    return root;
  }
  const made: Section = { title: '', level: 0, headingRange: undefined, start: 0, end: length, steps: [], parent: undefined, children: [], units: [] };
  if (state) state.root = made;
  return made;
}

/** What says whether a document has a lone title: its first heading's level (0: none), the part holding it, and its level-1 headings. */
interface TitleScan {
  first: number;
  firstPart: number;
  levelOnes: number;
}

function levelOnesOf(fragment: Fragment): number {
  let count = 0;
  for (const heading of fragment.headings) if (heading.level === 1) count++;
  return count;
}

/** The first heading at or after part `from` (whose parts before hold none), and `levelOnes`. */
function firstHeadingFrom(parts: readonly PlacedFragment[], from: number, levelOnes: number): TitleScan {
  for (let k = from; k < parts.length; k++) {
    const headings = parts[k].fragment.headings;
    if (headings.length > 0) return { first: headings[0].level, firstPart: k, levelOnes };
  }
  return { first: 0, firstPart: parts.length, levelOnes };
}

/**
 * The title scan of `parts`, from the last assembly's when there is one: the level-1 headings of the parts an edit
 * replaced (those between the parts that are the same fragments at either end) taken out and those of the new ones
 * added, and the first heading kept when it is in the unchanged leading parts. Not a pass over every part's
 * headings on every edit (a fragment's headings never change).
 */
function titleScanOf(parts: readonly PlacedFragment[], last: LastAssembly | undefined): TitleScan {
  if (!last) {
    let levelOnes = 0;
    for (const { fragment } of parts) levelOnes += levelOnesOf(fragment);
    return firstHeadingFrom(parts, 0, levelOnes);
  }
  const was = last.fragments;
  let same = 0;
  while (same < parts.length && same < was.length && parts[same].fragment === was[same]) same++;
  let sameAfter = 0;
  while (sameAfter < parts.length - same && sameAfter < was.length - same && parts[parts.length - 1 - sameAfter].fragment === was[was.length - 1 - sameAfter]) sameAfter++;
  let levelOnes = last.titles.levelOnes;
  for (let k = same; k < was.length - sameAfter; k++) levelOnes -= levelOnesOf(was[k]);
  for (let k = same; k < parts.length - sameAfter; k++) levelOnes += levelOnesOf(parts[k].fragment);
  if (last.titles.firstPart < same) return { first: last.titles.first, firstPart: last.titles.firstPart, levelOnes };
  return firstHeadingFrom(parts, same, levelOnes);
}

/** A fragment and where it starts in the document. */
export interface PlacedFragment {
  base: number;
  fragment: Fragment;
}

export function buildDesignDoc(text: string, tree: Root = parseMarkdown(text)): DesignDoc {
  return assembleDesignDoc(text, [{ base: 0, fragment: buildFragment(text, tree) }]);
}

/**
 * The document made of its fragments, in order. The section tree, the unit
 * chain and everything with absolute offsets is placed here on every call
 * (linear in sections and units, no text processing): the text work lives in
 * the fragments. Units, sections and regions of fragments placed before are
 * taken again and updated in place (`placedUnits`, `placedSections`,
 * `placedRegions`), and with `kept` (an incremental linter's state) the root
 * and the line index are too.
 */
export function assembleDesignDoc(text: string, parts: readonly PlacedFragment[], kept?: AssemblyState): DesignDoc {
  // The line index is updated from the last assembly's, not rebuilt (line-index.ts).
  const lines = lineIndex(text, kept?.lines);
  if (kept) kept.lines = lines;
  const pointAt = (offset: number): Point => pointIn(lines, Math.max(0, Math.min(offset, text.length)));
  const rangeOf = (start: number, end: number): SourceRange => ({ start: pointAt(start), end: pointAt(end) });

  // A lone level-1 heading at the top is the document's title, not a step. Known before the sections
  // are made (from the fragments' headings), so that a section kept from the last assembly is taken
  // only with the steps it must have.
  const titles = titleScanOf(parts, kept?.last);
  const loneTitle = titles.first === 1 && titles.levelOnes === 1;
  // The sections of the parts before the first one this edit changed are the last assembly's, as they were.
  const sectionPrefix = samePartsPrefix(kept?.last, parts, loneTitle);
  const root = keptRoot(kept, text.length, sectionPrefix > 0);
  // The per-part and per-section lists below are the spare assembly's, written over: each is written at its part's
  // (or section's) index, and cut to length after its pass.
  const spare = kept?.spare;
  const resumed = sectionPrefix > 0 ? keptSections(kept!.last!, sectionPrefix, spare) : undefined;
  // Sections first: units need the whole tree (parents across regions, the lone title).
  const sections: Section[] = resumed?.sections ?? [root];
  const ownSections: Section[][] = resumed?.ownSections ?? spare?.ownSections ?? [];
  const openAtStart: Section[] = resumed?.openAtStart ?? spare?.openAtStart ?? [];
  // Where each region's open section and first own section are in `sections` (its own ones follow
  // in order): section bodies are summed in arrays indexed by these, not in a Map of objects.
  const openAtStartIndex: number[] = resumed?.openAtStartIndex ?? spare?.openAtStartIndex ?? [];
  const firstOwnIndex: number[] = resumed?.firstOwnIndex ?? spare?.firstOwnIndex ?? [];
  let currentIndex = resumed?.currentIndex ?? 0;
  let current = resumed?.current ?? root;
  /** Per section, its parent's index in `sections` (-1 for the root): subSectionBodies adds children into parents by it. */
  const parentIndex: number[] = resumed?.parentIndex ?? reused(spare?.parentIndex, [-1], 1);
  /** The sections still open where the pass resumes, outermost first (the root aside): closeSections closes them. */
  const stillOpen: Section[] = [];
  for (let open = current; open.parent; open = open.parent) {
    open.end = text.length;
    stillOpen.unshift(open);
  }
  const closedBefore = sections.length;
  const moved = movedParts(kept?.last, parts, loneTitle, sectionPrefix);
  for (let index = sectionPrefix; index < parts.length; index++) {
    const { base, fragment } = parts[index];
    if (moved && index >= moved.from && index > 0 && sections.length > 1) {
      // The parts from here on are the last assembly's, moved: once the pass is where it was at this part (the
      // same section open, not the document's first), each of their headings would take its section of the
      // last assembly again (the same parent, steps and title), and only offsets and ranges change.
      const L = moved.last;
      const was = index - moved.more;
      if (current === L.openAtStart[was] && L.firstOwnIndex[was] > 1) {
        const firstOld = L.firstOwnIndex[was];
        const sectionShift = sections.length - firstOld;
        // The sections open here (this one and those above it) are where they were before the suffix: their
        // indexes then and now, innermost first.
        const openThen: number[] = [];
        const openNow: number[] = [];
        for (let then = L.openAtStartIndex[was], now = currentIndex; then >= 0 && now >= 0; then = L.parentIndex[then], now = parentIndex[now]) {
          openThen.push(then);
          openNow.push(now);
        }
        const indexNow = (then: number): number => (then >= firstOld ? then + sectionShift : openNow[openThen.indexOf(then)]);
        for (let at = was; at < L.fragments.length; at++) {
          openAtStartIndex[index + at - was] = indexNow(L.openAtStartIndex[at]);
          firstOwnIndex[index + at - was] = L.firstOwnIndex[at] + sectionShift;
        }
        copyInto(openAtStart, index, L.openAtStart, was, L.fragments.length);
        copyInto(ownSections, index, L.ownSections, was, L.fragments.length);
        for (let k = firstOld; k < L.sections.length; k++) {
          const section = L.sections[k];
          const range = section.headingRange!;
          section.start += moved.shift;
          section.headingRange = rangeOf(section.start, range.end.offset + moved.shift);
          section.end = text.length;
          // Its children are its own (sections after it); a section open here gets those it had after here again.
          if (section.parent!.start < base) section.parent!.children.push(section);
          parentIndex[k + sectionShift] = indexNow(L.parentIndex[k]);
        }
        appendFrom(sections, L.sections, firstOld, L.sections.length);
        current = L.openAtEnd;
        currentIndex = indexNow(L.openAtEndIndex);
        break;
      }
    }
    openAtStart[index] = current;
    openAtStartIndex[index] = currentIndex;
    firstOwnIndex[index] = sections.length;
    // Most regions have no heading: they share one empty list.
    const own: Section[] = fragment.headings.length === 0 ? NO_SECTIONS : [];
    for (const heading of fragment.headings) {
      let parent = current;
      let parentAt = currentIndex;
      while (parent.level >= heading.level && parent.parent) {
        parent = parent.parent;
        parentAt = parentIndex[parentAt];
      }
      const start = base + heading.start;
      const isTitle = loneTitle && sections.length === 1;
      let section = placedSections.get(heading);
      if (section && section.parent === parent && (section.steps === heading.steps) !== isTitle) {
        // Kept: what rules read of it (title, steps, the heading unit, the sections above) is the same.
        section.headingRange = rangeOf(start, base + heading.end);
        section.start = start;
        section.end = text.length;
        section.children.length = 0;
      } else {
        section = {
          title: heading.title,
          level: heading.level,
          headingRange: rangeOf(start, base + heading.end),
          start,
          end: text.length,
          steps: isTitle ? [] : heading.steps,
          ...(heading.plain ? { plain: true } : {}),
          parent,
          children: [],
          units: [],
        };
        placedSections.set(heading, section);
        headingOf.set(section, heading);
      }
      parent.children.push(section);
      parentIndex[sections.length] = parentAt;
      sections.push(section);
      own.push(section);
      current = section;
      currentIndex = sections.length - 1;
    }
    ownSections[index] = own;
  }
  closeSections(sections, closedBefore, stillOpen);
  for (const list of [openAtStart, openAtStartIndex, firstOwnIndex, ownSections]) list.length = parts.length;
  parentIndex.length = sections.length;

  // The regions before the first one this edit changed are placed as they were: no pass over their units.
  const previousAssembly = kept?.last;
  const prefix = keptPrefix(previousAssembly, parts, loneTitle, sections, firstOwnIndex);
  const from = prefix > 0 ? previousAssembly : undefined;
  // The units and regions are lists as long as the last ones, their prefix already in place: the pass writes over
  // them by index (`unitCount`, the part's index) and cuts them to length after, and the moved suffix is copied
  // only when it moved in them (one list made per assembly, not a slice, its growth and the suffix's copies).
  const units: ProseUnit[] = previousAssembly ? previousAssembly.units.slice() : [];
  let unitCount = from ? from.unitsAt[prefix] : 0;
  /** Per region, the unit before it and what it was made of (undefined for the first units of the document). */
  const keptCount = from ? prefix : 0;
  const beforeUnits: Array<ProseUnit | undefined> = reused(spare?.beforeUnits, from?.beforeUnits, keptCount);
  const beforeParts: Array<FragmentUnit | undefined> = reused(spare?.beforeParts, from?.beforeParts, keptCount);
  /** Per region, whether the unit before it ends with a question and follows another one (judge/decide.ts askingUnit). */
  const afterQuestions: boolean[] = reused(spare?.afterQuestions, from?.afterQuestions, keptCount);
  let lastPart: FragmentUnit | undefined = from?.lastPartAt[prefix];
  let partBeforeLast: FragmentUnit | undefined = from?.partBeforeLastAt[prefix];
  /** What the `listIntro` of the list run open at the last unit was made of. */
  let introPart: FragmentUnit | undefined = from?.introPartAt[prefix];
  /** Per region, the `listIntro` its first unit takes from before the region's `before` unit, as made. */
  const listIntroParts: Array<FragmentUnit | undefined> = reused(spare?.listIntroParts, from?.listIntroParts, keptCount);
  const unitCounts = new Int32Array(sections.length);
  const unitsAt = reused(spare?.unitsAt, from?.unitsAt, keptCount);
  const openCountAt = reused(spare?.openCountAt, from?.openCountAt, keptCount);
  const lastPartAt = reused(spare?.lastPartAt, from?.lastPartAt, keptCount);
  const partBeforeLastAt = reused(spare?.partBeforeLastAt, from?.partBeforeLastAt, keptCount);
  const introPartAt = reused(spare?.introPartAt, from?.introPartAt, keptCount);
  const regions: DocRegion[] = previousAssembly ? previousAssembly.regions.slice() : [];
  // Per region, its fragment's section bodies and heading units (facts looked up by name): read from
  // the last assembly's lists for the prefix, a pass over an array rather than a lookup per region.
  const regionBodies = reused(spare?.regionBodies, from?.regionBodies, keptCount);
  const headingUnits = reused(spare?.headingUnits, from?.headingUnits, keptCount);
  if (from) {
    // The prefix's sections hold the units they held; the one open where the pass starts holds those before it.
    const made = prefix === parts.length ? sections.length : firstOwnIndex[prefix];
    for (let s = 0; s < made; s++) unitCounts[s] = sections[s].units.length;
    unitCounts[prefix < parts.length ? openAtStartIndex[prefix] : currentIndex] = from.openCountAt[prefix];
  }
  /** Where the moved suffix was taken as it was (its regions' contexts are then the ones they had, as the prefix's). */
  let keptFrom = parts.length;
  const suffix = moved && previousAssembly ? { ...moved, parts: moved.more, sameSections: sameTrailingSections(previousAssembly, sections) } : undefined;
  for (let index = prefix; index < parts.length; index++) {
    const { base, fragment } = parts[index];
    if (suffix && index >= suffix.from) {
      // The parts from here on are the last assembly's, moved: once the pass is where it was at this part (the
      // same units before it, in the same sections), every unit after it is as it was but for its offsets.
      const was = index - suffix.parts;
      const L = suffix.last;
      if (
        openAtStart[index] === L.openAtStart[was] &&
        unitCounts[openAtStartIndex[index]] === L.openCountAt[was] &&
        sections.length - firstOwnIndex[index] === L.sections.length - L.firstOwnIndex[was] &&
        sections.length - firstOwnIndex[index] <= suffix.sameSections &&
        lastPart === L.lastPartAt[was] &&
        partBeforeLast === L.partBeforeLastAt[was] &&
        introPart === L.introPartAt[was] &&
        (unitCount === 0 ? L.unitsAt[was] === 0 : units[unitCount - 1] === L.units[L.unitsAt[was] - 1])
      ) {
        const unitShift = unitCount - L.unitsAt[was];
        // Their sections hold these units already (the same arrays, written the same up to here): not cut below.
        unitCounts[openAtStartIndex[index]] = sections[openAtStartIndex[index]].units.length;
        for (let k = firstOwnIndex[index]; k < sections.length; k++) unitCounts[k] = sections[k].units.length;
        for (let at = was; at < L.fragments.length; at++) {
          L.regions[at].base = L.bases[at] + suffix.shift;
          unitsAt[index + at - was] = L.unitsAt[at] + unitShift;
        }
        // The other lists are copied whole: `regions` with a builtin copy, the rest over the spare lists.
        copyInto(openCountAt, index, L.openCountAt, was, L.fragments.length);
        copyInto(lastPartAt, index, L.lastPartAt, was, L.fragments.length);
        copyInto(partBeforeLastAt, index, L.partBeforeLastAt, was, L.fragments.length);
        copyInto(introPartAt, index, L.introPartAt, was, L.fragments.length);
        copyInto(beforeUnits, index, L.beforeUnits, was, L.fragments.length);
        copyInto(beforeParts, index, L.beforeParts, was, L.fragments.length);
        copyInto(afterQuestions, index, L.afterQuestions, was, L.fragments.length);
        copyInto(listIntroParts, index, L.listIntroParts, was, L.fragments.length);
        if (suffix.parts !== 0) copyInto(regions, index, L.regions, was, L.fragments.length);
        copyInto(regionBodies, index, L.regionBodies, was, L.fragments.length);
        copyInto(headingUnits, index, L.headingUnits, was, L.fragments.length);
        if (suffix.shift !== 0) {
          for (let u = L.unitsAt[was]; u < L.units.length; u++) {
            const unit = L.units[u];
            unit.start += suffix.shift;
            unit.end += suffix.shift;
            unit.base += suffix.shift;
          }
        }
        if (unitShift !== 0) copyInto(units, unitCount, L.units, L.unitsAt[was], L.units.length);
        unitCount += L.units.length - L.unitsAt[was];
        lastPart = L.lastPartAt[L.fragments.length];
        partBeforeLast = L.partBeforeLastAt[L.fragments.length];
        introPart = L.introPartAt[L.fragments.length];
        keptFrom = index;
        break;
      }
    }
    unitsAt[index] = unitCount;
    openCountAt[index] = unitCounts[openAtStartIndex[index]];
    lastPartAt[index] = lastPart;
    partBeforeLastAt[index] = partBeforeLast;
    introPartAt[index] = introPart;
    const outer = openAtStart[index];
    const previous = units[unitCount - 1];
    beforeUnits[index] = previous && lastPart ? previous : undefined;
    beforeParts[index] = previous && lastPart ? lastPart : undefined;
    afterQuestions[index] = previous !== undefined && lastPart !== undefined && partBeforeLast !== undefined && endsInQuestion(lastPart.words.polarity) && endsInQuestion(partBeforeLast.words.polarity);
    const kept = placedUnits.get(fragment);
    const local: ProseUnit[] = kept ?? [];
    const fragmentUnits = fragment.units;
    for (let i = 0; i < fragmentUnits.length; i++) {
      const part = fragmentUnits[i];
      const section = part.heading < 0 ? outer : ownSections[index][part.heading];
      let unit = kept?.[i];
      if (unit) {
        // Placed again: only what depends on the rest of the document changes.
        unit.section = section;
        unit.previous = units[unitCount - 1];
        unit.listIntro = listRunIntro(unit);
        unit.start = base + part.start;
        unit.end = base + part.end;
        unit.base = base;
        unit.sectionHasBody = false;
        unit.subSectionsHaveBody = false;
      } else {
        unit = {
          kind: part.kind,
          words: part.words,
          lang: part.words.lang,
          origin: part.origin,
          text: part.text,
          norm: part.norm,
          tokens: part.tokens,
          section,
          depth: part.depth,
          hasChildren: part.hasChildren,
          parentItem: part.parentItem < 0 ? undefined : local[part.parentItem],
          previous: units[unitCount - 1],
          listIntro: undefined,
          tableHeader: part.tableHeader,
          notStatement: part.notStatement,
          start: base + part.start,
          end: base + part.end,
          base,
          segments: part.segments,
          sectionHasBody: false,
          subSectionsHaveBody: false,
        };
        unit.listIntro = listRunIntro(unit);
        local.push(unit);
      }
      if (!unit.listIntro) introPart = undefined;
      else if (unit.listIntro === unit.previous) introPart = lastPart;
      if (i === 0) listIntroParts[index] = unit.listIntro && unit.listIntro !== unit.previous ? introPart : undefined;
      units[unitCount++] = unit;
      // Written over the section's list of the last assembly (cut to length below), not pushed onto an
      // emptied one: a list emptied by `length = 0` loses its storage and grows again on every edit.
      section.units[unitCounts[part.heading < 0 ? openAtStartIndex[index] : firstOwnIndex[index] + part.heading]++] = unit;
      partBeforeLast = lastPart;
      lastPart = part;
    }
    if (fragmentUnits.length === 0) listIntroParts[index] = undefined;
    if (!kept) placedUnits.set(fragment, local);
    // The region object of the last assembly, when its sections are the same ones: fewer objects made
    // per edit, and fewer that live until the next one (each scavenge copies those).
    const own = ownSections[index];
    let region = placedRegions.get(fragment);
    if (region && region.units === local && sameSections(region.sections, outer, own)) region.base = base;
    else placedRegions.set(fragment, (region = { fragment, base, units: local, sections: [outer, ...own] }));
    regions[index] = region;
    regionBodies[index] = fragmentBodies(fragment);
    headingUnits[index] = headingUnitsOf(fragment);
  }
  // And once more after the last region: where the pass over a document that only grew would start.
  units.length = unitCount;
  regions.length = parts.length;
  unitsAt[parts.length] = unitCount;
  openCountAt[parts.length] = unitCounts[currentIndex];
  lastPartAt[parts.length] = lastPart;
  partBeforeLastAt[parts.length] = partBeforeLast;
  introPartAt[parts.length] = introPart;
  for (const list of [unitsAt, openCountAt, lastPartAt, partBeforeLastAt, introPartAt]) list.length = parts.length + 1;
  for (const list of [beforeUnits, beforeParts, afterQuestions, listIntroParts, regionBodies, headingUnits]) list.length = parts.length;
  if (kept) {
    const fragments = spare?.fragments ?? [];
    const bases = spare?.bases ?? [];
    for (let index = 0; index < parts.length; index++) {
      fragments[index] = parts[index].fragment;
      bases[index] = parts[index].base;
    }
    fragments.length = parts.length;
    bases.length = parts.length;
    // The last assembly's lists are the next one's to write over; this one's are read by the next.
    kept.spare = previousAssembly;
    kept.last = {
      fragments,
      bases,
      loneTitle,
      titles,
      sections,
      openAtStart,
      openAtStartIndex,
      firstOwnIndex,
      ownSections,
      parentIndex,
      openAtEnd: current,
      openAtEndIndex: currentIndex,
      units,
      regions,
      beforeUnits,
      beforeParts,
      afterQuestions,
      listIntroParts,
      regionBodies,
      headingUnits,
      headingBodies: spare?.headingBodies ?? [],
      blocks: [],
      blockStarts: [],
      unitsAt,
      openCountAt,
      lastPartAt,
      partBeforeLastAt,
      introPartAt,
    };
  }

  // Only the sections the pass wrote units into can hold more than they now have: not those of the kept prefix
  // (but the one open where the pass started) nor those of the moved suffix.
  const wroteFrom = prefix < parts.length ? openAtStartIndex[prefix] : currentIndex;
  const wroteTo = keptFrom < parts.length ? firstOwnIndex[keptFrom] : sections.length;
  for (let k = wroteFrom; k < wroteTo; k++) if (sections[k].units.length !== unitCounts[k]) sections[k].units.length = unitCounts[k];

  // A section's body can span regions: whether each heading has one is part of its region's context.
  const sums = sectionBodies(regionBodies, sections.length, openAtStartIndex, firstOwnIndex);
  const movedBy = keptFrom < parts.length ? suffix!.parts : 0;
  const headingBodies = markHeadingBodies(regions, headingUnits, parentIndex, sums, openAtStartIndex, firstOwnIndex, { prefix, keptFrom, movedBy, bodies: previousAssembly?.headingBodies }, kept?.last?.headingBodies as string[] | undefined);
  if (kept?.last) kept.last.headingBodies = headingBodies;
  /** The regions whose context changed, in order. */
  const changed: number[] = [];
  const chainKeys = new Map<Section, string>();
  const chainOf = (section: Section): string => chainKey(section, chainKeys);
  for (let index = 0; index < regions.length; index++) {
    const region = regions[index];
    const bodies = headingBodies[index];
    // A region of the kept prefix or suffix has the context it had (its sections, chains and the units before
    // it are the same), but for whether its headings have a body, which can change with what follows them: its
    // context holds the bodies the last assembly worked out for it.
    if (index < prefix && previousAssembly!.headingBodies[index] === bodies) continue;
    if (index >= keptFrom && previousAssembly!.headingBodies[index - movedBy] === bodies) continue;
    const chain = chainOf(openAtStart[index]);
    const part = beforeParts[index];
    const afterQuestion = afterQuestions[index];
    const beforeSection = part ? beforeUnits[index]!.section : undefined;
    const beforeChain = beforeSection ? chainOf(beforeSection) : '';
    const beforeInOuter = beforeSection === openAtStart[index];
    // Rule results kept from an earlier assembly are dropped here if the region's context changed
    // (those that check what they read of the headings themselves are kept when only the chain did).
    const cache = region.fragment.cache;
    const known = cache.context as RegionContext | undefined;
    const listIntro = listIntroParts[index];
    const context = { loneTitle, chain, before: part, listIntro, afterQuestion, beforeChain, beforeInOuter, bodies } satisfies RegionContext;
    if (known && sameRest(known, context)) {
      if (known.chain !== chain || known.beforeChain !== beforeChain) {
        changeChain(cache, context);
        changed.push(index);
      }
    } else {
      changeContext(cache, context);
      changed.push(index);
    }
  }

  const blocks = blocksOf(regions, parts, text.length, previousAssembly && { last: previousAssembly, prefix, keptFrom, movedBy, changed });
  if (kept?.last) {
    kept.last.blocks = blocks;
    kept.last.blockStarts = blockStartsOf(blocks);
  }
  const groups = groupsOf(blocks);

  const last = parts[parts.length - 1];
  const unclosedFenceStart = last?.fragment.unclosedFenceStart === undefined ? undefined : last.base + last.fragment.unclosedFenceStart;
  const firstHeading = sections[1]?.headingRange;
  const firstLineEnd = text.indexOf('\n');
  const titleRange = firstHeading ?? rangeOf(0, firstLineEnd === -1 ? text.length : firstLineEnd);
  const first = parts[0];
  // Front matter is only ever at offset 0, where the first fragment's offsets are the document's.
  const frontMatter =
    first && first.base === 0
      ? fragmentFact(first.fragment.cache, 'front-matter', () => readFrontMatter(first.fragment.frontMatter, text, rangeOf))
      : readFrontMatter({ type: 'root', children: [] }, text, rangeOf);

  return {
    text,
    root,
    sections,
    units,
    frontMatter,
    directives: placedDirectives(parts, pointAt),
    titleRange,
    unclosedFenceStart,
    pointAt,
    rangeOf,
    regions,
    blocks,
    groups,
  };
}

/** Regions per block on average; a block ends after a region whose length hashes to 0 modulo this. */
const BLOCK_REGIONS = 24;
const MAX_BLOCK_REGIONS = 4 * BLOCK_REGIONS;

/**
 * Cuts items into runs where the content says so: a run ends after an item
 * whose length hashes to a multiple of `average`, or at `max` items, so that
 * an edit that adds or removes an item moves no other run's boundaries.
 */
function runsOf<T>(items: readonly T[], lengthOf: (index: number) => number, hash: (length: number) => number, average: number, max: number): T[][] {
  const runs: T[][] = [];
  let first = 0;
  items.forEach((_, index) => {
    if (index < items.length - 1 && index + 1 - first < max && hash(lengthOf(index)) % average !== 0) return;
    runs.push(items.slice(first, index + 1));
    first = index + 1;
  });
  return runs;
}

/** What blocksOf may take from the last assembly: its blocks over the regions taken as they were (see markHeadingBodies). */
interface KeptBlocks {
  last: LastAssembly;
  prefix: number;
  keptFrom: number;
  movedBy: number;
  /** The regions whose context changed in this assembly, in order. */
  changed: readonly number[];
}

/** The index of the region each block starts at. */
function blockStartsOf(blocks: readonly DocBlock[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.regions.length;
  }
  return starts;
}

/**
 * Cuts the regions into blocks (runsOf, by the regions' lengths) and reuses
 * each block's key from the last assembly when its regions and their contexts
 * are the same. Call after the regions' contexts are set. A block of the
 * regions taken as they were (the kept prefix or moved suffix), none of whose
 * contexts changed, is the last assembly's block itself: its regions are the
 * same objects, and the key it holds is the one their caches hold.
 */
function blocksOf(regions: readonly DocRegion[], parts: readonly PlacedFragment[], textLength: number, kept: KeptBlocks | undefined): DocBlock[] {
  // The parts' offsets are the regions' (read from the parts: young objects side by side, not one region each).
  const lengthOf = (index: number): number => (parts[index + 1]?.base ?? textLength) - parts[index].base;
  let at = 0;
  let lastBlock = 0;
  let nextChanged = 0;
  return runsOf(regions, lengthOf, (length) => Math.imul(length + 1, 2654435761) >>> 8, BLOCK_REGIONS, MAX_BLOCK_REGIONS).map((members) => {
    const first = at;
    at += members.length;
    if (kept) {
      const was = at - 1 < kept.prefix ? first : first >= kept.keptFrom ? first - kept.movedBy : -1;
      while (nextChanged < kept.changed.length && kept.changed[nextChanged] < first) nextChanged++;
      while (lastBlock < kept.last.blockStarts.length && kept.last.blockStarts[lastBlock] < was) lastBlock++;
      if (was >= 0 && (nextChanged === kept.changed.length || kept.changed[nextChanged] >= at) && kept.last.blockStarts[lastBlock] === was) {
        const block = kept.last.blocks[lastBlock];
        if (block.regions.length === members.length) {
          block.key.previous = undefined;
          return block;
        }
      }
    }
    const caches = members.map((r) => r.fragment.cache);
    let key = caches[0].block;
    if (!key || key.fragments.length !== caches.length || caches.some((c, k) => key!.fragments[k] !== c || key!.versions[k] !== c.contextVersion)) {
      const previous = caches.find((c) => c.lastBlock)?.lastBlock;
      if (previous) previous.previous = undefined;
      key = { fragments: caches, versions: caches.map((c) => c.contextVersion), facts: new Map(), group: undefined, previous, lastGroup: undefined };
      caches[0].block = key;
      for (const cache of caches) cache.lastBlock = key;
    } else key.previous = undefined; // Read by the lint right after the key was made; kept longer, keys would chain.
    return { key, regions: members, sections: joinedSections(members) };
  });
}

/**
 * The section open where the first of `members` starts, then each member's own sections in order
 * (a loop: slicing each member's list allocated an array per region on every assembly).
 */
function joinedSections(members: ReadonlyArray<{ sections: Section[] }>): Section[] {
  const joined = [members[0].sections[0]];
  for (const member of members) for (let k = 1; k < member.sections.length; k++) joined.push(member.sections[k]);
  return joined;
}

/** The directives of every fragment, placed (most fragments have none: no array is made for those). */
function placedDirectives(parts: readonly PlacedFragment[], pointAt: (offset: number) => Point): Directive[] {
  const all: Directive[] = [];
  for (const { base, fragment } of parts) if (fragment.directives.length > 0) all.push(...placeDirectives(fragment.directives, base, pointAt));
  return all;
}

/** Blocks per group on average (see runsOf). */
const GROUP_BLOCKS = 8;
const MAX_GROUP_BLOCKS = 4 * GROUP_BLOCKS;

/**
 * Cuts the blocks into groups (runsOf, by the length of each block's last
 * region, with another hash than the blocks' own cut on that region), and
 * reuses each group's key while its blocks are the same (the same block keys,
 * which blocksOf keeps while their regions and contexts are).
 */
function groupsOf(blocks: readonly DocBlock[]): DocGroup[] {
  const lastRegionLength = (index: number): number => {
    const last = blocks[index].regions[blocks[index].regions.length - 1];
    return (blocks[index + 1]?.regions[0].base ?? last.base + 1) - last.base;
  };
  const hash = (length: number): number => Math.imul(length ^ 0x5bd1e995, 0x27d4eb2d) >>> 13;
  return runsOf(blocks, lastRegionLength, hash, GROUP_BLOCKS, MAX_GROUP_BLOCKS).map((members) => {
    let key = members[0].key.group;
    if (!key || key.blocks.length !== members.length || members.some((b, k) => key!.blocks[k] !== b.key)) {
      const previous = members.map((b) => b.key.lastGroup ?? b.key.previous?.lastGroup).find((g) => g);
      if (previous) previous.previous = undefined;
      key = { blocks: members.map((b) => b.key), facts: new Map(), previous };
      members[0].key.group = key;
      for (const block of members) block.key.lastGroup = key;
    } else key.previous = undefined;
    return { key, blocks: members, sections: joinedSections(members) };
  });
}

/**
 * A section ends where the next heading of the same or a higher level starts: closes the sections from `from` on,
 * and those in `open` (still open before `from`, outermost first; the root is never closed).
 */
function closeSections(sections: readonly Section[], from: number, open: Section[]): void {
  for (let k = Math.max(1, from); k < sections.length; k++) {
    const section = sections[k];
    while (open.length > 0 && open[open.length - 1].level >= section.level) open.pop()!.end = section.start;
    open.push(section);
  }
}

/**
 * Everything outside a region that rule results on its units can depend on:
 * the sections it is nested in (headings and their steps, read through
 * `unitInSteps`/`headingsMatch`: `chain`), whether the document has a lone
 * title, the unit just before it (`unit.previous`, with its section),
 * whether that unit is a question that follows another question (an answer
 * after a list of questions answers none of them: judge/decide.ts
 * `askingUnit`) and whether each of its headings has a body. Compared field by field on every
 * assembly; the chain keys of unchanged sections are the very strings of the
 * last assembly (chainKey), so an unchanged context costs a few identity tests.
 */
interface RegionContext {
  loneTitle: boolean;
  chain: string;
  /** The unit before the region as rules can read it: its text and shape (an unchanged fragment's unit is the same object). */
  before: FragmentUnit | undefined;
  /**
   * When the region's first unit continues a list run that starts before `before`: the unit
   * right before that run (ProseUnit `listIntro`, "**Baseline:**" over a list cut into regions).
   */
  listIntro: FragmentUnit | undefined;
  /** The unit before it ends with a question and so does the unit before that one. */
  afterQuestion: boolean;
  beforeChain: string;
  /**
   * The unit before is in the section open where the region starts (judge/decide.ts compares the
   * sections of a question and its answer, of a table and its introduction, by identity).
   */
  beforeInOuter: boolean;
  /** Per heading unit of the region, '1' when its section has a body. */
  bodies: string;
}

/** Whether a unit is one of a list run: a list item read from Markdown (not from a diagram or code). */
function inListRun(unit: ProseUnit): boolean {
  return unit.kind === 'list-item' && !unit.origin;
}

/** The unit right before the list run `unit` belongs to, in its section (ProseUnit `listIntro`); `unit.previous` is placed. */
function listRunIntro(unit: ProseUnit): ProseUnit | undefined {
  const before = unit.previous;
  if (!inListRun(unit) || !before || before.section !== unit.section) return undefined;
  return inListRun(before) ? before.listIntro : before;
}

/**
 * Whether everything in the context but the heading chains (`chain`,
 * `beforeChain`) is unchanged. A change of the chains alone is
 * fragment-cache.ts `changeChain`: a heading edit changes the chain of every
 * region under it, and most concepts read nothing of that heading.
 */
function sameRest(known: RegionContext, now: RegionContext): boolean {
  return (
    known.loneTitle === now.loneTitle &&
    known.bodies === now.bodies &&
    known.afterQuestion === now.afterQuestion &&
    known.beforeInOuter === now.beforeInOuter &&
    sameUnitShape(known.before, now.before) &&
    sameUnitShape(known.listIntro, now.listIntro)
  );
}

function sameUnitShape(a: FragmentUnit | undefined, b: FragmentUnit | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.kind === b.kind && a.depth === b.depth && a.hasChildren === b.hasChildren && a.notStatement === b.notStatement && sameCells(a.tableHeader, b.tableHeader) && a.text === b.text;
}

interface SectionBody {
  contentWords: number;
  placeholders: number;
  /**
   * Whether the section's first statement (substance.ts `firstStatement` over
   * its units) commits; undefined while none was found. A section's own units
   * are contiguous, so the first fragment in document order that has one for
   * the section decides.
   */
  firstCommits: boolean | undefined;
}

/** What the units of one fragment add to each section: index 0 for the section open at its start, k + 1 for its heading k. */
function fragmentBodies(fragment: Fragment): readonly SectionBody[] {
  // Looked up before fragmentFact so that a hit makes no closure (this runs per region on every assembly).
  return (fragment.cache.facts.get('section-bodies') as readonly SectionBody[] | undefined) ?? fragmentFact(fragment.cache, 'section-bodies', () => {
    const slots = Array.from({ length: fragment.headings.length + 1 }, (): FragmentUnit[] => []);
    for (const unit of fragment.units) slots[unit.heading + 1].push(unit);
    return slots.map((units) => ({
      contentWords: units.reduce((sum, unit) => sum + unit.body.contentWords, 0),
      placeholders: units.filter((unit) => unit.body.mostlyPlaceholder).length,
      firstCommits: firstStatement(units)?.commits,
    }));
  });
}

/**
 * A fragment's heading units (a context-free fact): their indexes, their slots (index 0 for the section open at
 * the fragment's start, k + 1 for its heading k, as in `fragmentBodies`) and what each adds to its section's body.
 * The passes over heading units then touch no unit of an unchanged region.
 */
interface HeadingUnits {
  indexes: readonly number[];
  slots: readonly number[];
  contentWords: readonly number[];
  placeholders: readonly number[];
}

function headingUnitsOf(fragment: Fragment): HeadingUnits {
  return (fragment.cache.facts.get('heading-units') as HeadingUnits | undefined) ?? fragmentFact(fragment.cache, 'heading-units', () => {
    const found: { indexes: number[]; slots: number[]; contentWords: number[]; placeholders: number[] } = { indexes: [], slots: [], contentWords: [], placeholders: [] };
    fragment.units.forEach((unit, index) => {
      if (unit.kind !== 'heading') return;
      found.indexes.push(index);
      found.slots.push(unit.heading + 1);
      found.contentWords.push(unit.body.contentWords);
      found.placeholders.push(unit.body.mostlyPlaceholder ? 1 : 0);
    });
    return found;
  });
}

/**
 * Per section (by its index in the document's `sections`), what its units add up to (see
 * substance.ts), from the fragments' sums; `firstCommits` is 1 / 0 for true / false, -1 while no
 * fragment had a first statement for the section.
 */
interface SectionSums {
  contentWords: Float64Array;
  placeholders: Float64Array;
  firstCommits: Int8Array;
}

function sectionBodies(regionBodies: ReadonlyArray<readonly SectionBody[]>, sectionCount: number, openAtStartIndex: readonly number[], firstOwnIndex: readonly number[]): SectionSums {
  const sums: SectionSums = { contentWords: new Float64Array(sectionCount), placeholders: new Float64Array(sectionCount), firstCommits: new Int8Array(sectionCount).fill(-1) };
  const add = (section: number, body: SectionBody): void => {
    sums.contentWords[section] += body.contentWords;
    sums.placeholders[section] += body.placeholders;
    if (sums.firstCommits[section] === -1 && body.firstCommits !== undefined) sums.firstCommits[section] = body.firstCommits ? 1 : 0;
  };
  for (let index = 0; index < regionBodies.length; index++) {
    const own = regionBodies[index];
    add(openAtStartIndex[index], own[0]);
    for (let k = 1; k < own.length; k++) add(firstOwnIndex[index] + k - 1, own[k]);
  }
  return sums;
}

/** The regions an assembly took as they were (see markHeadingBodies) and the bodies the last one worked out. */
interface KeptBodies {
  prefix: number;
  keptFrom: number;
  /** How many more regions there are now than then. */
  movedBy: number;
  bodies: readonly string[] | undefined;
}

/**
 * Sets `sectionHasBody` of every heading unit: the rest of its section (all regions) has substance
 * and opens with a statement that commits; and `subSectionsHaveBody`: the section says nothing of
 * its own and its sub-sections have such a body. Returns, per region, a '1', '2' or '0' per heading
 * unit (part of the region's context; '1' says all: a body has content words, so its heading's
 * sub-sections never stand in for it). The units of a region taken as it was (`kept`) are written
 * only when their marks changed: they hold what the last assembly set.
 */
function markHeadingBodies(regions: readonly DocRegion[], headingUnits: readonly HeadingUnits[], parentIndex: readonly number[], sums: SectionSums, openAtStartIndex: readonly number[], firstOwnIndex: readonly number[], kept: KeptBodies, target: string[] = []): string[] {
  // Each section's own body less its heading unit.
  const words = Float64Array.from(sums.contentWords);
  const placeholders = Float64Array.from(sums.placeholders);
  const sectionOf = (index: number, slot: number): number => (slot === 0 ? openAtStartIndex[index] : firstOwnIndex[index] + slot - 1);
  for (let index = 0; index < regions.length; index++) {
    const heads = headingUnits[index];
    for (let j = 0; j < heads.slots.length; j++) {
      const section = sectionOf(index, heads.slots[j]);
      words[section] -= heads.contentWords[j];
      placeholders[section] -= heads.placeholders[j];
    }
  }
  const childBody = subSectionBodies(parentIndex, words, placeholders, sums.firstCommits);
  // Written over the spare assembly's list when there is one (see AssemblyState `spare`).
  const bodies = target;
  bodies.length = Math.min(bodies.length, regions.length);
  for (let index = 0; index < regions.length; index++) {
    const heads = headingUnits[index];
    let marks = '';
    for (let j = 0; j < heads.slots.length; j++) {
      const section = sectionOf(index, heads.slots[j]);
      const hasBody =
        sumsHaveSubstance(words[section], placeholders[section]) &&
        // A body that opens by saying the point is open ("No baseline yet", "maybe …, to be decided") is not one.
        sums.firstCommits[section] !== 0;
      const subHaveBody = words[section] <= 0 && sums.firstCommits[section] === -1 && childBody[section];
      marks += hasBody ? '1' : subHaveBody ? '2' : '0';
    }
    bodies[index] = marks;
    if (heads.slots.length === 0) continue;
    const was = index < kept.prefix ? index : index >= kept.keptFrom ? index - kept.movedBy : -1;
    if (was >= 0 && kept.bodies?.[was] === marks) continue;
    const units = regions[index].units;
    for (let j = 0; j < heads.slots.length; j++) {
      const unit = units[heads.indexes[j]];
      unit.sectionHasBody = marks[j] === '1';
      unit.subSectionsHaveBody = marks[j] === '2';
    }
  }
  return bodies;
}

/**
 * Per section, whether its sub-sections together have a body by the same measure (their own
 * bodies without their headings added up, the first statement among them committing). Sections
 * are in document order, so children come after their parent and a backward pass adds each
 * subtree into its parent before the parent is read.
 */
function subSectionBodies(parentIndex: readonly number[], words: Float64Array, placeholders: Float64Array, firstCommits: Int8Array): boolean[] {
  const n = parentIndex.length;
  const childWords = new Float64Array(n);
  const childPlaceholders = new Float64Array(n);
  /** The first statement's verdict among the children's subtrees, -1 for none (the earliest child wins). */
  const childFirst = new Int8Array(n).fill(-1);
  for (let index = n - 1; index > 0; index--) {
    const p = parentIndex[index];
    if (p < 0) continue;
    childWords[p] += words[index] + childWords[index];
    childPlaceholders[p] += placeholders[index] + childPlaceholders[index];
    const first = firstCommits[index] !== -1 ? firstCommits[index] : childFirst[index];
    if (first !== -1) childFirst[p] = first;
  }
  return Array.from({ length: n }, (_, index) => sumsHaveSubstance(childWords[index], childPlaceholders[index]) && childFirst[index] === 1);
}

/**
 * Per fragment heading, its section's own key and the last chain key made
 * with it: while the sections above are unchanged, the chain key is the same
 * string object as in the last assembly, which compares by identity.
 */
const keptChains = new WeakMap<FragmentHeading, { own: string; parent: string; chain: string }>();

/** A section's heading chain as a string, memoised per section for one assembly. */
function chainKey(section: Section, keys: Map<Section, string>): string {
  let key = keys.get(section);
  if (key === undefined) {
    const parent = section.parent ? chainKey(section.parent, keys) : '';
    const heading = headingOf.get(section);
    // The own key is a function of the heading and its unit, which live as long as the fragment, unless
    // the document's lone title took its steps.
    const kept = heading && heading.steps === section.steps ? keptChains.get(heading) : undefined;
    if (kept && kept.parent === parent) key = kept.chain;
    else {
      const own = kept?.own ?? ownKey(section);
      key = `${own}${parent}`;
      if (heading && heading.steps === section.steps) keptChains.set(heading, { own, parent, chain: key });
    }
    keys.set(section, key);
  }
  return key;
}

/** What rules read of one section's heading: level, title, steps, and the heading's unit (its text as chunked, not trimmed). */
function ownKey(section: Section): string {
  const heading = section.units.find((unit) => unit.kind === 'heading');
  return JSON.stringify(heading === undefined || heading.text === section.title ? [section.level, section.title, section.steps] : [section.level, section.title, section.steps, heading.text]);
}

/** The steps of a section and of the sections it is nested in. */
export function stepsInScope(section: Section): Step[] {
  const steps: Step[] = [];
  for (let s: Section | undefined = section; s; s = s.parent) steps.push(...s.steps);
  return steps;
}

/** Heading titles from the unit's section up to the root, innermost first. */
export function headingChain(section: Section): string[] {
  const titles: string[] = [];
  for (let s: Section | undefined = section; s && s.level > 0; s = s.parent) titles.push(s.title);
  return titles;
}
