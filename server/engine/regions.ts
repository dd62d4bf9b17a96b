// Incremental parsing: the document is kept as regions, each parsed on its
// own with offsets relative to its start. A region starts at a column-0 ATX
// heading ("# …") or at a column-0 paragraph, table, fence, HTML block or
// block quote right after a blank line. After an edit only the regions the
// edit touches are parsed again; the others keep their fragments and move.
//
// Why this is exact. A column-0 ATX heading that is a top-level block closes
// every open block before it (a paragraph, a list, a block quote, a table),
// and so does a blank line followed by one of those blocks; the text from there
// onwards parses the same as a document of its own, and the text before it
// parses the same as if the document ended there. Four things break that,
// and each is handled:
// - something open that swallows the next line (an unclosed code fence, an
//   HTML block): a region is parsed with a sentinel heading after it, and
//   when the sentinel does not come out as a top-level heading the region is
//   merged with the next one;
// - front matter, whose closing fence is looked for further down: no region
//   boundary lies before the line that closes it;
// - front matter that is never closed, which changes how the whole document
//   parses, and link and footnote definitions, which a reference anywhere
//   can use: each region is parsed knowing both (region-parse.ts). The
//   definitions are collected per region; when they change, the regions
//   that may refer to a changed label are parsed again, and only those.
// What the model needs across regions (the section a region's units belong
// to, whether a heading's section has a body) is rebuilt on every assembly
// and is part of each region's cache key (model.ts).
import { commonAffixes, type KnownEdit } from './common-affix.js';
import { buildFragment, recycleUnits, type Fragment, type RecycledUnit } from './fragment.js';
import { LIST_ITEM_LINE, listMarkerAt } from './list-cuts.js';
import { apparentFences, openBlockEnd } from './open-blocks.js';
import { frontMatterShape, parseRegion, referencedDefinitions, resolutionKey, type Definition, type ParsedRegion, type RegionContext } from './region-parse.js';
import { lastStartAtOrBefore } from './sorted.js';

export interface Region {
  start: number;
  text: string;
  fragment: Fragment;
  /** The link and footnote definitions the region makes. */
  defines: readonly Definition[];
  /** The definitions its references were resolved against (region-parse.ts `resolutionKey`). */
  resolvedAgainst: string;
  /** The kind of marker of the last item of the list it ends with, if it does (list-cuts.ts). */
  listTail: string | undefined;
}

// A line that may open a block quote, a list item or a footnote definition
// (or is a thematic break or setext underline: harmless extra): the only
// lines whose parse depends on whether front matter was left open.
const MAY_OPEN_CONTAINER = /(?:^|[\r\n])[ \t]*(?:[>*+-]|\d{1,9}[.)]|\[\^)/;
// A line start followed by 1–6 '#' and a space, tab or line end.
const HEADING_LINE = /(?:\r\n|\r|\n)(?=#{1,6}(?:[ \t\r\n]|$))/g;

// A block that starts at column 0 right after a blank line, with a letter (a
// paragraph) or one of | ` ~ < > ! [ (a table, a fence, HTML, a block quote,
// an image, a definition): the blank line has closed every block before it
// that a heading would close (paragraph, list, block quote, table, indented
// code, HTML blocks of kinds 6 and 7, footnote definitions), and none of
// these characters continues a list across the blank line the way a list
// marker (- + * 1.) would.
const PARAGRAPH_LINE = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)(?=[\p{L}|`~<>![])/gu;
const HEADING_AT = /#{1,6}(?:[ \t\r\n]|$)/y;
const BLOCK_START_AT = /[\p{L}|`~<>![]/uy;
// A fence line at column 0 that opens a code block (a backtick fence's info string has no backtick),
// after any line: like a heading, it closes every block a heading closes (a paragraph, lazy or not,
// a list, a block quote, a table, indented code, a footnote definition: none continues with it), and
// what is open and swallows it (a fence, an HTML block) swallows the sentinel heading too
// (region-parse.ts), so the parse of the region before tells. After a broken fence the fences pair
// the other way, and these are the only places the swapped prose and code can be cut. They are
// looked for only then (parseSpan's `extendTo`): elsewhere a fence right after text (often inside
// an HTML block such as <details>, where the cut fails) would take the place of a nearby paragraph
// cut (`boundaries` keeps one start per `minBlockRegion` characters) and make regions larger.
const FENCE_OPENING = '(?:```(?=`*[^`\\r\\n]*(?:\\r|\\n|$))|~~~)';
const FENCE_LINE = new RegExp(`(?:\\r\\n|\\r(?!\\n)|\\n)(?=${FENCE_OPENING})`, 'g');
const FENCE_AT = new RegExp(FENCE_OPENING, 'y');

/**
 * Fewer characters than this since the previous boundary and a block after a
 * blank line does not start a region: every region costs a little on every
 * edit (its cache key, its cached results), so tiny ones do not pay.
 */
export const MIN_BLOCK_REGION_CHARS = 400;

/**
 * Offsets in [from, to) where a region starts (a heading, or a block after a
 * blank line), past `notBefore`. Not inside what looks like a code fence (a
 * `#` comment line is not a heading there: trying it would only cost a
 * parse). A block after a blank line starts a region when the region before
 * it would have `minBlockRegion` characters, or when the block and what
 * follows it up to the next possible start have: a long code block, table or
 * pasted data URI is then a region of its own, which typing next to it does
 * not parse again. `fenceLines`: fence lines right after text may start a
 * region too (see FENCE_LINE).
 */
function boundaries(text: string, from: number, to: number, notBefore: number, minBlockRegion: number, fenceLines = false): number[] {
  const fences = apparentFences(text, from, to);
  let f = 0;
  const insideFence = (offset: number): boolean => {
    while (f < fences.length && fences[f][1] <= offset) f++;
    return f < fences.length && fences[f][0] < offset;
  };
  const headings = matchEnds(HEADING_LINE, text, from, to, notBefore).filter((at) => !insideFence(at));
  f = 0;
  const paragraphs = matchEnds(PARAGRAPH_LINE, text, from, to, notBefore);
  const listItems = matchEnds(LIST_ITEM_LINE, text, from, to, notBefore).filter((at) => listMarkerAt(text, at) !== undefined && mayContinueList(text, at));
  const fenceStarts = fenceLines ? matchEnds(FENCE_LINE, text, from, to, notBefore) : [];
  const blocks = [...new Set([...paragraphs, ...listItems, ...fenceStarts])].sort((a, b) => a - b).filter((at) => !insideFence(at));
  const out: number[] = [];
  let last = from;
  let h = 0;
  for (const [index, block] of blocks.entries()) {
    while (h < headings.length && headings[h] <= block) last = pushed(out, headings[h++]);
    if (block === last) continue;
    const next = Math.min(blocks[index + 1] ?? to, headings[h] ?? to);
    if (block - last >= minBlockRegion || next - block >= minBlockRegion) last = pushed(out, block);
  }
  while (h < headings.length) pushed(out, headings[h++]);
  return out;
}

function pushed(out: number[], offset: number): number {
  if (out[out.length - 1] !== offset) out.push(offset);
  return offset;
}

/** Where each match of `re` ends, in (from, to), past `notBefore`, in order. */
function matchEnds(re: RegExp, text: string, from: number, to: number, notBefore: number): number[] {
  const ends: number[] = [];
  re.lastIndex = Math.max(0, from - 1);
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > from && end < to && end >= notBefore && ends[ends.length - 1] !== end) ends.push(end);
    // Overlapping matches: the line break that ends a blank line may start the next match.
    re.lastIndex = Math.max(re.lastIndex, m.index + 1);
  }
  return ends;
}

/**
 * Whether the line before a list item at `offset` can end the same list: a
 * region that starts at a list item right after text is only exact when the
 * region before ends with a list of the same marker (list-cuts.ts), which a
 * parse checks. An item right after a paragraph ("**Serving**" then "- …")
 * never passes that check, and trying it costs a parse of the region before
 * and then of both together (in a short document, twice the document). So
 * after text, only an item whose line before is an item of the same marker
 * or an indented line (its continuation, a nested item) is tried. (A lazy
 * continuation line is not: a cut lost, never a wrong one.)
 */
function mayContinueList(text: string, offset: number): boolean {
  if (followsBlankLine(text, offset)) return true;
  let lineStart = offset - 1;
  if (text.charCodeAt(lineStart) === 10 && text.charCodeAt(lineStart - 1) === 13) lineStart--;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  const c = text.charCodeAt(lineStart);
  return c === 32 || c === 9 || listMarkerAt(text, lineStart) === listMarkerAt(text, offset);
}

/**
 * Whether an edit from `prefix` on leaves the list item that starts a region
 * at `start` the same kind of item start: the same marker (so the same kind,
 * number and thematic-break test) before and after, edited only after it.
 * The region before is untouched and still ends with that list.
 */
function sameListStart(previous: string, next: string, start: number, prefix: number): boolean {
  const marker = listMarkerAt(previous, start);
  if (marker === undefined || marker !== listMarkerAt(next, start)) return false;
  let end = start;
  while (previous.charCodeAt(end) >= 48 && previous.charCodeAt(end) <= 57) end++;
  return prefix > end;
}

/** Whether a region may start at `offset` of `text` (see `boundaries`). */
function isBoundary(text: string, offset: number): boolean {
  if (offset === 0) return true;
  if (!startsLine(text, offset)) return false;
  HEADING_AT.lastIndex = offset;
  if (HEADING_AT.test(text)) return true;
  if (listMarkerAt(text, offset) !== undefined) return true;
  FENCE_AT.lastIndex = offset;
  if (FENCE_AT.test(text)) return true;
  BLOCK_START_AT.lastIndex = offset;
  return BLOCK_START_AT.test(text) && followsBlankLine(text, offset);
}

/**
 * The kind of list marker the region before must end with for a region to
 * start at `offset` (a list item right after text, or an ordered item not
 * numbered 1 anywhere: list-cuts.ts); undefined when nothing is asked of the
 * region before.
 */
export function listTailNeeded(text: string, offset: number): string | undefined {
  if (offset === 0 || offset >= text.length) return undefined;
  const marker = listMarkerAt(text, offset);
  if (marker === undefined || (followsBlankLine(text, offset) && !(marker.startsWith('o') && !/^0*1[.)]/.test(text.slice(offset, offset + 12))))) return undefined;
  return marker;
}

/** Whether the line before the one starting at `offset` is blank (spaces and tabs at most). */
function followsBlankLine(text: string, offset: number): boolean {
  let i = offset - 1;
  if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
  i--; // past the line break that ends the previous line
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === 10 || c === 13;
}

/**
 * A copy of a piece of the document that does not point into it. V8 keeps a
 * slice as a view of the whole string: a region kept for hours would keep the
 * full text of the version it was parsed from alive, one version per region.
 */
function detach(slice: string): string {
  return slice.length < 64 ? slice : Buffer.from(slice, 'utf16le').toString('utf16le');
}

function region(text: string, start: number, parsed: ParsedRegion, replaced: ReadonlyMap<string, RecycledUnit>, recycling: Fragment[]): Region {
  const fragment = buildFragment(text, parsed.tree, replaced);
  if (fragment.recycled) recycling.push(fragment);
  return { start, text, fragment, defines: parsed.defines, resolvedAgainst: parsed.resolvedAgainst, listTail: parsed.listTail };
}

/** Every definition the regions make, by key (the first of each label). */
function definitionsOf(regions: readonly Region[]): Map<string, Definition> {
  const all = new Map<string, Definition>();
  for (const r of regions) for (const d of r.defines) if (!all.has(d.key)) all.set(d.key, d);
  return all;
}

function sameKeys(a: ReadonlyMap<string, Definition>, b: ReadonlyMap<string, Definition>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a.keys()) if (!b.has(key)) return false;
  return true;
}

export class RegionParser {
  private regions: Region[] = [];
  private text: string | undefined;
  private context: RegionContext = { unclosedFrontMatter: false, definitions: new Map() };
  /** Regions parsed during the current update (their references are checked against the final definitions). */
  private fresh = new Set<Region>();
  /** The units of the regions the current update replaces, by text (fragment.ts RecycledUnit). */
  private replaced = new Map<string, RecycledUnit>();
  /** Fragments the current update made from replaced units. */
  private recycling: Fragment[] = [];
  /**
   * Characters parsed by the last update, and how many updates after the
   * first parsed the whole of a document that was cut into regions and still
   * has places to cut it (a one-region document is parsed whole by any edit): the
   * tests use them to show that an edit costs what it touches, not the
   * document.
   */
  parsedChars = 0;
  wholeDocumentParses = 0;

  /** `minBlockRegionChars`: see MIN_BLOCK_REGION_CHARS (tests set it low to cut often). */
  constructor(private readonly minBlockRegionChars = MIN_BLOCK_REGION_CHARS) {}

  /**
   * The regions of `next`, re-parsing only what changed since the last call;
   * `edit`, when the caller knows how `next` was made from the last text
   * (common-affix.ts), saves comparing the two whole.
   */
  update(next: string, edit?: KnownEdit): readonly Region[] {
    let previous = this.text;
    // A document that was one region (too short to cut, or nowhere to cut it) is parsed whole by any edit: that is what the edit touched.
    const wasCut = this.regions.length > 1;
    this.text = next;
    // The last update's new fragments let go of the fragments they replaced.
    for (const fragment of this.recycling) fragment.recycled = undefined;
    this.recycling = [];
    this.fresh = new Set();
    this.replaced = new Map();
    this.parsedChars = 0;
    const frontMatter = frontMatterShape(next);
    const zone = frontMatter.zoneEnd;
    const modeChanged = frontMatter.unclosed !== this.context.unclosedFrontMatter;
    if (modeChanged) this.context = { ...this.context, unclosedFrontMatter: frontMatter.unclosed };
    if (previous === undefined || this.regions.length === 0) {
      this.regions = this.parseSpan(next, 0, next.length, [], zone);
    } else if (previous !== next) {
      this.regions = this.reparseChange(previous, next, zone, edit);
      // Front matter opened or closed: every region that could hold a container parses differently now.
      if (modeChanged) {
        this.regions = this.regions.map((r, index) => (this.fresh.has(r) || !MAY_OPEN_CONTAINER.test(r.text) ? r : this.reparsed(r, index, next)));
        // Lists may have become paragraphs: a region that starts at a list item may no longer follow its list.
        this.regions = this.joinBrokenListStarts(next, zone);
      }
    }
    this.resolveReferences(next);
    this.replaced = new Map();
    if (wasCut && previous !== next && this.parsedChars >= next.length && boundaries(next, 0, next.length, zone, this.minBlockRegionChars).length > 0) {
      this.wholeDocumentParses++;
    }
    return this.regions;
  }

  private reparseChange(previous: string, next: string, zone: number, edit: KnownEdit | undefined): Region[] {
    // The changed span: [prefix, oldEnd) in the old text, [prefix, newEnd) in the new one.
    const { prefix, suffix } = commonAffixes(previous, next, edit);
    const oldEnd = previous.length - suffix;
    const delta = next.length - previous.length;

    // First region to re-parse: the one holding the change, or the one
    // before it when the change touches what makes the region start there
    // (a heading's `#`s, a paragraph's first letter) and the region can no
    // longer start there: what follows then belongs to the region before.
    let first = this.regionAt(prefix);
    const firstStart = this.regions[first].start;
    if (first > 0 && prefix <= firstStart + boundaryMarkLength(previous, firstStart) && !isBoundary(next, firstStart)) first--;
    // A region that starts at a list item right after text holds only if the region before still ends with that list.
    else if (
      first > 0 &&
      prefix <= lineEnd(previous, firstStart) &&
      (listTailNeeded(previous, firstStart) !== undefined || listTailNeeded(next, firstStart) !== undefined) &&
      !sameListStart(previous, next, firstStart, prefix)
    ) first--;
    let last = this.regionAt(Math.max(prefix, oldEnd - 1));
    if (last < first) last = first;

    // Regions that now start inside the front-matter zone (an edit of the
    // front matter moved its closing fence down) merge into the first.
    const newStart = (index: number): number => this.regions[index].start + (index > last ? delta : 0);
    if (zone > 0 && this.regions.length > 1 && newStart(1) < zone) {
      first = 0;
      while (last + 1 < this.regions.length && newStart(last + 1) < zone) last++;
    }

    // A region that follows must still start where a region may (the line break or blank line before it may be what was edited).
    while (last + 1 < this.regions.length && !isBoundary(next, this.regions[last + 1].start + delta)) last++;

    for (let k = first; k <= last; k++) this.recycle(this.regions[k]);
    const start = this.regions[first].start;
    const kept = this.regions.slice(last + 1).map((r) => ({ ...r, start: r.start + delta }));
    const end = kept[0]?.start ?? next.length;
    const reparsed = this.parseSpan(next, start, end, kept, zone);
    return [...this.regions.slice(0, first), ...reparsed];
  }

  /**
   * Regions were parsed knowing the definitions of the previous version;
   * when the definitions changed, the regions that may refer to a label
   * that came or went are parsed again (their text, and so where they
   * start and end, stays the same: a definition changes no block).
   */
  private resolveReferences(text: string): void {
    const definitions = definitionsOf(this.regions);
    const changed = !sameKeys(definitions, this.context.definitions);
    this.context = { ...this.context, definitions };
    if (!changed && this.fresh.size === 0) return;
    this.regions = this.regions.map((r, index) => {
      if (!changed && !this.fresh.has(r)) return r;
      const needed = resolutionKey(referencedDefinitions(r.text, definitions));
      if (needed === r.resolvedAgainst) return r;
      const again = this.reparsed(r, index, text);
      if (again.resolvedAgainst !== needed) throw new Error('internal: a region was not given the definitions it refers to');
      return again;
    });
  }

  /** The regions, with each one that starts at a list item its region before no longer ends with parsed again together with it. */
  private joinBrokenListStarts(text: string, zone: number): Region[] {
    let regions = this.regions;
    for (let k = 1; k < regions.length; k++) {
      const tail = listTailNeeded(text, regions[k].start);
      if (tail === undefined || regions[k - 1].listTail === tail) continue;
      const after = regions.slice(k + 1);
      this.recycle(regions[k - 1]);
      regions = [...regions.slice(0, k - 1), ...this.parseSpan(text, regions[k - 1].start, after[0]?.start ?? text.length, after, zone)];
      k = Math.max(0, k - 2);
    }
    return regions;
  }

  /** `r`, the `index`th region of `text`, parsed again in the current context; its text and extent stay. */
  private reparsed(r: Region, index: number, text: string): Region {
    const parsed = parseRegion(r.text, index === 0, r.start + r.text.length < text.length, this.context);
    this.parsedChars += r.text.length;
    // The context changes no block's extent (a definition), or none of a region that closed before (front matter).
    if (!parsed.closed) throw new Error('internal: a region no longer closes in a new context');
    this.recycle(r);
    return region(r.text, r.start, parsed, this.replaced, this.recycling);
  }

  /** Offers the units of a region being replaced to the regions parsed in its place. */
  private recycle(r: Region): void {
    recycleUnits(r.fragment, this.replaced);
  }

  /** Index of the region holding `offset` (the last one for the end of the text). */
  private regionAt(offset: number): number {
    return lastStartAtOrBefore(this.regions.length, (index) => this.regions[index].start, offset);
  }

  /**
   * Regions for [start, end) of `text`, followed by `after` (already parsed
   * regions, shifted); none starts before `zone` (see frontMatterShape).
   * When the last new region does not close, it swallows regions of
   * `after`, more each time, until it does.
   */
  private parseSpan(text: string, start: number, end: number, after: Region[], zone: number): Region[] {
    const bounds = [start, ...boundaries(text, start, end, zone, this.minBlockRegionChars), end];
    const out: Region[] = [];
    let rest = after;
    // Takes in already parsed regions that follow the span until the last bound is at or past `offset`.
    // The places to cut inside the swallowed regions are found again from `from`, where the
    // region being parsed starts (nothing is open there), and added to their old starts: after a
    // fence was broken the fences pair the other way, and the old starts fall inside the new code
    // while the new prose can be cut only at its fence lines.
    const extendTo = (offset: number, from: number): void => {
      const last = bounds.length - 1;
      while (bounds[bounds.length - 1] < offset && rest.length > 0) {
        this.recycle(rest[0]);
        rest = rest.slice(1);
        bounds.push(rest[0]?.start ?? text.length);
      }
      if (bounds.length - 1 === last) return;
      const inner = boundaries(text, from, bounds[bounds.length - 1], zone, this.minBlockRegionChars, true).filter((at) => at > bounds[last]);
      if (inner.length > 0) bounds.splice(last + 1, bounds.length - last, ...[...new Set([...bounds.slice(last + 1), ...inner])].sort((a, b) => a - b));
    };
    let i = 0;
    while (i < bounds.length - 1) {
      let j = i + 1;
      for (;;) {
        // An item right after a line that cannot end its list is no region start: swallow it without a parse to find out.
        while (bounds[j] < text.length && listTailNeeded(text, bounds[j]) !== undefined && !mayContinueList(text, bounds[j])) {
          extendTo(bounds[j] + 1, bounds[i]);
          j++;
        }
        const slice = detach(text.slice(bounds[i], bounds[j]));
        const parsed = parseRegion(slice, bounds[i] === 0, bounds[j] < text.length, this.context);
        this.parsedChars += slice.length;
        // A region that ends before a list item must end with that list (list-cuts.ts).
        const tail = listTailNeeded(text, bounds[j]);
        if (parsed.closed && (tail === undefined || parsed.listTail === tail)) {
          const made = region(slice, bounds[i], parsed, this.replaced, this.recycling);
          this.fresh.add(made);
          out.push(made);
          i = j;
          break;
        }
        // Something is open at the end: go on to where it ends when that can be told, else twice as far.
        // (Closed but not ending with the list that goes on: one bound further.)
        const blockEnd = parsed.closed ? bounds[j] + 1 : parsed.open ? openBlockEnd(text, parsed.open.type, bounds[i] + parsed.open.start, bounds[j]) : undefined;
        const target = blockEnd ?? bounds[Math.min(j + (j - i), bounds.length - 1)] + (j + (j - i) >= bounds.length - 1 ? 1 : 0);
        extendTo(Math.min(Math.max(target, bounds[j] + 1), text.length), bounds[i]);
        let next = j + 1;
        while (next < bounds.length - 1 && bounds[next] < target) next++;
        // The last region of a document is always closed (nothing follows it).
        if (next >= bounds.length) throw new Error('internal: open region at the end of the document');
        j = next;
      }
    }
    return [...out, ...rest];
  }
}

/** Offset of the end of the line that starts at `offset` (before its line break). */
function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

function startsLine(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset - 1);
  return offset === 0 || c === 10 || c === 13;
}

/**
 * How many characters at a region's start make it a region start: a
 * heading's `#`s and the space after them; a paragraph's first letter; a
 * fence's whole line (a backtick typed into its info string makes it text).
 */
function boundaryMarkLength(text: string, start: number): number {
  FENCE_AT.lastIndex = start;
  if (FENCE_AT.test(text)) return lineEnd(text, start) - start;
  let hashes = 0;
  while (text.charCodeAt(start + hashes) === 35) hashes++;
  return hashes > 0 ? hashes + 1 : 0;
}
