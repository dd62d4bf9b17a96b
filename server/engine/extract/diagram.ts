// Diagrams as text: Mermaid, PlantUML, Graphviz dot and the like, one unit
// per statement, with nodes read by their labels and arrows as " → ":
// `A[Feature store] -->|features| B(Ranker)` → "Feature store → features →
// Ranker"; `Client->>API: score request` → "Client → API: score request".
// One scanner serves every dialect: they share the shapes that carry words
// (bracketed labels, |edge text|, "quoted" names, `: message`), and differ in
// comment markers and in the keywords that open lines with no content.
import { draftText, gap, newDraft, put, separate, takeCollapsed, type Draft } from './draft.js';
import { isWordChar } from './code-tokens.js';
import { takeIdentifier } from './identifiers.js';
import type { DiagramDialect } from './languages.js';

type ItemKind = 'word' | 'label' | 'edge-text' | 'arrow' | 'message' | 'and';

interface Item {
  kind: ItemKind;
  /** Whole item, delimiters included. */
  start: number;
  end: number;
  /** The words: inside the brackets or quotes, after the colon. */
  innerStart: number;
  innerEnd: number;
  /** A label written right after a word (`A[Feature store]`): the node it names. */
  attached: boolean;
}

export interface DiagramStatement {
  draft: Draft;
  start: number;
  end: number;
}

/** Lines that only set up the diagram or style it. */
const SETUP = new Set(
  (
    'graph flowchart sequencediagram classdiagram statediagram statediagram-v2 erdiagram gantt pie journey gitgraph mindmap ' +
    'timeline quadrantchart requirementdiagram c4context c4container c4component sankey-beta xychart-beta block-beta ' +
    'end style classdef linkstyle click direction class autonumber dateformat axisformat excludes todaymarker ' +
    '@startuml @enduml @startmindmap @endmindmap skinparam hide show left right top !include !theme ' +
    'digraph strict node edge rankdir'
  ).split(' '),
);
/** Keywords before a name or a title: the rest of the line is content. */
const LEAD_WORDS = new Set(
  'subgraph title participant actor component database entity boundary control collections queue usecase rectangle package cloud frame folder note section state object interface'.split(' '),
);

const ARROW_CHARS = '-=.~<>';

export function diagramStatements(value: string, dialect: DiagramDialect): DiagramStatement[] {
  const spans = statementsOf(value, dialect);
  // A note block's first line (`note right of Train`) is scanned like any statement; its text is read below.
  const parsed = spans.map((span) => scanStatement(value, span.from, span.body === undefined ? span.to : span.body - 1, dialect));
  const labels = new Map<string, Item>();
  for (const items of parsed) collectLabels(value, items, labels);
  const statements: DiagramStatement[] = [];
  parsed.forEach((items, k) => {
    const body = spans[k].body;
    if (items.length === 0 && body === undefined) return;
    const draft = renderStatement(value, items, labels);
    if (body !== undefined) renderNoteBody(draft, value, body, spans[k].to);
    const start = body === undefined ? items[0].start : spans[k].from;
    const end = body === undefined ? items[items.length - 1].end : spans[k].to;
    if (/\p{L}/u.test(draftText(draft))) statements.push({ draft, start, end });
  });
  return statements;
}

/** [from, to) of a statement; for a note block, `body` is where the lines of its text start. */
interface Span {
  from: number;
  to: number;
  body?: number;
}

/** `note right of Train` / `note over A, B` / PlantUML `rnote`, `hnote`: a note whose text follows on its own lines. */
const NOTE_OPENING = /^[rh]?note\b[^:"\n]*$/i;
const NOTE_CLOSING = /^[ \t]*end[ \t]?[rh]?note\b/i;
/** A bullet or number that opens a line of a note ("- daily job", "1. drift"). */
const NOTE_BULLET = /^(?:[-*+•·]|\d{1,2}[.)、])[ \t]+/;

/**
 * A note's text is one statement, as a reader takes it: "Trigger conditions:"
 * over "- daily job" and "- quality drop" says what triggers the job, which
 * no line says alone. Each line is read as text (no arrows or node shapes in
 * it), without its bullet; lines are joined by "; " unless the previous one
 * ends in a colon or other punctuation.
 */
function renderNoteBody(draft: Draft, value: string, from: number, to: number): void {
  if (draft.chars.length > 0) put(draft, ': ');
  let previousEnd = '';
  let i = from;
  while (i < to) {
    const newline = value.indexOf('\n', i);
    const lineEnd = newline === -1 || newline > to ? to : newline;
    let start = i;
    while (start < lineEnd && (value[start] === ' ' || value[start] === '\t')) start++;
    start += NOTE_BULLET.exec(value.slice(start, Math.min(lineEnd, start + 8)))?.[0].length ?? 0;
    let end = lineEnd;
    while (end > start && /\s/.test(value[end - 1])) end--;
    if (end > start) {
      if (previousEnd !== '' && !/[:：,，;；.。!?！？、]/.test(previousEnd)) separate(draft, '; ');
      else gap(draft);
      takeLabel(draft, value, start, end);
      previousEnd = value[end - 1];
    }
    i = lineEnd + 1;
  }
}

/** Longest statement a quoted label may carry over several lines. */
const MAX_STATEMENT = 2000;

/**
 * [from, to) of each statement: lines, split at `;` outside quotes and
 * brackets, and joined where a quoted label goes on to the next line;
 * comments and setup lines left out.
 */
function statementsOf(value: string, dialect: DiagramDialect): Span[] {
  const statements: Span[] = [];
  let inBlockComment = false;
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (value[i] === ' ' || value[i] === '\t')) i++;
    const newline = value.indexOf('\n', i);
    const lineEnd = newline === -1 ? value.length : newline;
    const head = value.slice(i, Math.min(lineEnd, i + 3));
    if (dialect === 'plantuml' && head.startsWith("/'")) inBlockComment = true;
    if (inBlockComment || isCommentLine(head, dialect) || isSetupLine(value, i, lineEnd)) {
      if (inBlockComment && value.lastIndexOf("'/", lineEnd) >= i) inBlockComment = false;
      i = lineEnd + 1;
      continue;
    }
    const close = NOTE_OPENING.test(value.slice(i, lineEnd)) ? noteClosing(value, lineEnd) : -1;
    if (close !== -1) {
      // The note's lines up to `end note`, which is then skipped as a setup line.
      let to = close;
      while (to > lineEnd && /\s/.test(value[to - 1])) to--;
      statements.push({ from: i, to, body: lineEnd + 1 });
      i = close;
      continue;
    }
    // A PlantUML activity (`:Retrain the ranker` … `when PSI > 0.2;`) may go on over several lines up to its `;`.
    const activityEnd = dialect === 'plantuml' && value[i] === ':' ? activityClosing(value, i, lineEnd) : -1;
    if (activityEnd !== -1) {
      statements.push({ from: i, to: activityEnd });
      i = activityEnd + 1;
      continue;
    }
    let start = i;
    let quoted = false;
    let depth = 0;
    let j = i;
    for (; j < value.length; j++) {
      const ch = value[j];
      if (ch === '\n' && ((!quoted && depth === 0) || j - start > MAX_STATEMENT)) break;
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (ch === '[' || ch === '(' || ch === '{')) depth++;
      else if (!quoted && (ch === ']' || ch === ')' || ch === '}')) depth = Math.max(0, depth - 1);
      else if (!quoted && depth === 0 && ch === ';') {
        statements.push({ from: start, to: j });
        start = j + 1;
      }
    }
    statements.push({ from: start, to: j });
    i = j + 1;
  }
  return statements;
}

/** Index of the `;` ending a PlantUML activity begun at `from` on a line with none; -1 if it ends there or none comes within MAX_STATEMENT. */
function activityClosing(value: string, from: number, lineEnd: number): number {
  if (value.lastIndexOf(';', lineEnd) >= from) return -1;
  const semicolon = value.indexOf(';', lineEnd);
  if (semicolon === -1 || semicolon - from > MAX_STATEMENT) return -1;
  // The `;` must end its line: `:a;` forms, not a `;` inside some later statement's text.
  let after = semicolon + 1;
  while (after < value.length && (value[after] === ' ' || value[after] === '\t' || value[after] === '\r')) after++;
  return after >= value.length || value[after] === '\n' ? semicolon : -1;
}

/** Start of the `end note` line closing a note opened on the line ending at `lineEnd`; -1 if none comes within MAX_STATEMENT. */
function noteClosing(value: string, lineEnd: number): number {
  let i = lineEnd + 1;
  while (i < value.length && i - lineEnd <= MAX_STATEMENT) {
    const newline = value.indexOf('\n', i);
    const end = newline === -1 ? value.length : newline;
    if (NOTE_CLOSING.test(value.slice(i, end))) return i;
    i = end + 1;
  }
  return -1;
}

function isCommentLine(start: string, dialect: DiagramDialect): boolean {
  if (start.startsWith('%%') || start.startsWith('//')) return true;
  if (dialect === 'plantuml' && start.startsWith("'")) return true;
  return dialect === 'dot' && start.startsWith('#');
}

function isSetupLine(value: string, from: number, to: number): boolean {
  let end = from;
  while (end < to && value[end] !== ' ' && value[end] !== '\t' && value[end] !== '[' && value[end] !== '{' && value[end] !== '=' && value[end] !== ':') end++;
  const word = value.slice(from, end).toLowerCase();
  if (word === '' && (value[from] === '}' || value[from] === '{')) return true;
  // `rankdir=LR`, `size="8,5"`: graph attributes.
  if (value[end] === '=') return true;
  return SETUP.has(word);
}

function scanStatement(value: string, from: number, to: number, dialect: DiagramDialect): Item[] {
  const items: Item[] = [];
  const item = (kind: ItemKind, start: number, end: number, innerStart = start, innerEnd = end, attached = false): void => {
    items.push({ kind, start, end, innerStart, innerEnd, attached });
  };
  let i = from;
  while (i < to) {
    const ch = value[i];
    const previousIsWord = items.length > 0 && items[items.length - 1].kind === 'word' && items[items.length - 1].end === i;
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
    } else if (isWordChar(value, i)) {
      let end = i + 1;
      while (end < to && (isWordChar(value, end) || ((value[end] === '.' || value[end] === '-') && isWordChar(value, end + 1)))) end++;
      item('word', i, end);
      if (value.startsWith(':::', end)) {
        end += 3; // A:::className — a style, not words
        while (end < to && isWordChar(value, end)) end++;
      }
      i = end;
    } else if (ch === '"') {
      const close = value.indexOf('"', i + 1);
      const end = close === -1 || close >= to ? to : close + 1;
      item('label', i, end, i + 1, close === -1 || close >= to ? to : close, previousIsWord);
      i = end;
    } else if (ch === '|') {
      const close = value.indexOf('|', i + 1);
      if (close === -1 || close >= to) {
        i++;
        continue;
      }
      item('edge-text', i, close + 1, i + 1, close);
      i = close + 1;
    } else if (ch === '[' || ch === '(' || ch === '{' || (ch === '>' && previousIsWord)) {
      const label = bracketLabel(value, i, to, dialect);
      if (label) {
        item('label', i, label.end, label.innerStart, label.innerEnd, previousIsWord || (dialect === 'dot' && items.length === 1));
        i = label.end;
      } else i++;
    } else if (ARROW_CHARS.includes(ch) || ch === '→' || ch === '⇒' || ch === '←') {
      let end = i + 1;
      while (end < to && ARROW_CHARS.includes(value[end])) end++;
      // Arrow heads of ER diagrams and Mermaid: --o{, --x, o--o.
      while (end < to && 'ox{}'.includes(value[end]) && (end + 1 >= to || value[end + 1] === ' ')) end++;
      const run = value.slice(i, end);
      if (run.length >= 2 || ch === '→' || ch === '⇒' || ch === '←' || ch === '>') item('arrow', i, end);
      i = end;
    } else if (ch === ':') {
      let start = i + 1;
      while (start < to && value[start] === ' ') start++;
      item('message', i, to, start, to);
      i = to;
    } else if (ch === '&' || ch === ',') {
      item('and', i, i + 1);
      i++;
    } else i++;
  }
  return items;
}

/** A bracketed node label: `[x]`, `(x)`, `((x))`, `{x}`, `[(x)]`, `[/x/]`, `>x]`; in dot, `[label="x"]`. */
function bracketLabel(value: string, at: number, to: number, dialect: DiagramDialect): { end: number; innerStart: number; innerEnd: number } | undefined {
  let start = at;
  while (start < to && '[({/\\>'.includes(value[start]) && start - at < 3) start++;
  let close = start;
  if (value[start] === '"') {
    const quote = value.indexOf('"', start + 1);
    if (quote === -1 || quote >= to) return undefined;
    close = quote + 1;
    const end = closerRun(value, close, to);
    return { end, innerStart: start + 1, innerEnd: quote };
  }
  while (close < to && !']})'.includes(value[close])) close++;
  if (close >= to) return undefined;
  let innerEnd = close;
  while (innerEnd > start && '/\\'.includes(value[innerEnd - 1])) innerEnd--;
  const end = closerRun(value, close, to);
  if (dialect === 'dot' && value[at] === '[') return dotLabel(value, start, innerEnd, end);
  return { end, innerStart: start, innerEnd };
}

function closerRun(value: string, from: number, to: number): number {
  let end = from;
  while (end < to && ']})/\\'.includes(value[end]) && end - from < 3) end++;
  return end;
}

/** `label="Feature store", shape=box` → the label; no label → nothing to read. */
function dotLabel(value: string, from: number, to: number, end: number): { end: number; innerStart: number; innerEnd: number } | undefined {
  const at = value.indexOf('label', from);
  if (at === -1 || at >= to) return { end, innerStart: end, innerEnd: end };
  let i = at + 5;
  while (i < to && (value[i] === ' ' || value[i] === '=')) i++;
  if (value[i] === '"') {
    const close = value.indexOf('"', i + 1);
    return { end, innerStart: i + 1, innerEnd: close === -1 || close > to ? to : close };
  }
  let stop = i;
  while (stop < to && value[stop] !== ',' && value[stop] !== ' ' && value[stop] !== ';') stop++;
  return { end, innerStart: i, innerEnd: stop };
}

/** Node ids given a label: `A[Feature store]`, `participant A as Feature store`, `component "Feature store" as FS`. */
function collectLabels(value: string, items: readonly Item[], labels: Map<string, Item>): void {
  items.forEach((item, k) => {
    const word = (w: Item | undefined): string | undefined => (w?.kind === 'word' ? value.slice(w.start, w.end) : undefined);
    if (item.kind === 'label' && item.attached && item.innerEnd > item.innerStart) {
      const id = word(items[k - 1]);
      if (id !== undefined && !labels.has(id)) labels.set(id, item);
    }
    if (word(item) === 'as' && k > 0) {
      const before = items[k - 1];
      const after = items[k + 1];
      if (before.kind === 'label' && word(after) !== undefined) labels.set(word(after)!, before);
      else if (word(before) !== undefined && after) {
        // `participant A as Feature store`: the rest of the line is the name.
        const last = items[items.length - 1];
        labels.set(word(before)!, { kind: 'label', start: after.start, end: last.end, innerStart: after.start, innerEnd: last.end, attached: true });
      }
    }
  });
}

function renderStatement(value: string, items: readonly Item[], labels: Map<string, Item>): Draft {
  const draft = newDraft();
  const words = items.map((it) => (it.kind === 'word' ? value.slice(it.start, it.end) : ''));
  const lead = LEAD_WORDS.has(words[0]?.toLowerCase() ?? '');
  // `participant A as Feature store` / `component "Feature store" as FS`: the name is read once, through the label map.
  const aliasAt = words.indexOf('as');
  const aliasByLabel = aliasAt > 0 && items[aliasAt - 1].kind === 'label';
  let arrowPending = false;
  items.forEach((item, k) => {
    if (lead && k === 0) return;
    if (aliasAt > 0 && (aliasByLabel ? k === aliasAt || k === aliasAt + 1 : k >= aliasAt)) return;
    switch (item.kind) {
      case 'word': {
        // A[Feature store], `subgraph online [Online serving]`: the label names it.
        if (items[k + 1]?.kind === 'label' && (items[k + 1].attached || lead)) return;
        if (arrowPending) separate(draft, ' → ');
        arrowPending = false;
        const label = labels.get(words[k]);
        gap(draft);
        if (label) takeLabel(draft, value, label.innerStart, label.innerEnd);
        else takeIdentifier(draft, value, item.start, item.end);
        return;
      }
      case 'label':
        if (item.innerEnd <= item.innerStart) return;
        if (arrowPending) separate(draft, ' → ');
        arrowPending = false;
        gap(draft);
        takeLabel(draft, value, item.innerStart, item.innerEnd);
        return;
      case 'edge-text':
        if (item.innerEnd > item.innerStart) {
          separate(draft, ' → ');
          takeLabel(draft, value, item.innerStart, item.innerEnd);
          arrowPending = true;
        }
        return;
      case 'arrow':
        separate(draft, value[item.start] === '<' || value[item.start] === '←' ? ' ← ' : ' → ');
        arrowPending = false;
        return;
      case 'message':
        if (item.innerEnd > item.innerStart) {
          put(draft, ': ');
          takeLabel(draft, value, item.innerStart, item.innerEnd);
        }
        return;
      case 'and':
        separate(draft, ', ');
        return;
    }
  });
  return draft;
}

/** A label's words; `<br/>` and other tags inside it (Mermaid allows them) read as a space. */
function takeLabel(draft: Draft, value: string, from: number, to: number): void {
  let i = from;
  while (i < to) {
    const tag = value[i] === '<' ? value.indexOf('>', i) : -1;
    if (tag !== -1 && tag < to && tag - i <= 12 && /^<\/?[a-z]/i.test(value.slice(i, i + 3))) {
      gap(draft);
      i = tag + 1;
      continue;
    }
    const next = value.indexOf('<', i + 1);
    const stop = next === -1 || next > to ? to : next;
    takeCollapsed(draft, value, i, stop);
    i = stop;
  }
}
