// GFM's table construct (micromark-extension-gfm-table) is tried at the start
// of every line of flow, and checked again on every line of a paragraph (which
// a table may interrupt). Each try reads the whole line as a head row, a token
// per word and per run of blanks, before the next line tells it there is no
// delimiter row: ~15 % of the parse of a design doc, where nearly every line is
// prose or a list item (docs/performance.md, "CLI cold, thirteenth pass").
//
// A head row becomes a table only when the line after it is a delimiter row,
// and that line, after its container prefixes (">", blanks), holds nothing but
// "|", ":", "-" and blanks, with at least one "-" and one "|" or ":" (the
// construct's `headDelimiter*` states). So the construct is tried for a head
// row only when the next line of the text passes that test; rows after a head
// (a table's body) are tried as before. The tree is the same: a try that could
// succeed is made, and one that is skipped would have failed.
//
// The construct reads the text through its start's offset, so the parser is
// given the text first (`withTableSource`); without it, or when the text at the
// offset is not the character the construct is at (a text other than the one
// given), every try is made.
import type { Processor } from 'unified';

/** micromark's tokenizer context, as far as the gate reads it. */
interface TokenizeContext {
  events: Array<[string, { type: string }, unknown]>;
  now(): { offset: number };
}
type State = (code: number | null) => State | undefined;
type Tokenizer = (this: TokenizeContext, effects: unknown, ok: State, nok: State) => State;
interface Construct {
  name?: string;
  tokenize: Tokenizer;
  [key: string]: unknown;
}
type SyntaxExtension = Record<string, unknown> | SyntaxExtension[];

const TABLE_CONSTRUCT = 'table';

/** The text being parsed, while the parser runs on it (withTableSource). */
let source: string | undefined;

/** Runs `parse` (which parses `text`, synchronously) with the table gate reading `text`. */
export function withTableSource<T>(text: string, parse: () => T): T {
  const before = source;
  source = text;
  try {
    return parse();
  } finally {
    source = before;
  }
}

const CR = 0x0d;
const LF = 0x0a;
const DASH = 0x2d;
const PIPE = 0x7c;
const COLON = 0x3a;

/**
 * Whether the line after the one holding `offset` in `text` may be a delimiter row: only blanks, ">"
 * (container prefixes), "|", ":" and "-", with a "-" and a "|" or ":". False when there is no next line.
 */
export function nextLineMayDelimit(text: string, offset: number): boolean {
  let at = offset;
  while (at < text.length && text.charCodeAt(at) !== LF && text.charCodeAt(at) !== CR) at++;
  if (at >= text.length) return false;
  if (text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF) at++;
  at++;
  let dash = false;
  let divider = false;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === LF || code === CR) break;
    if (code === DASH) dash = true;
    else if (code === PIPE || code === COLON) divider = true;
    else if (code !== 0x20 && code !== 0x09 && code !== 0x3e) return false;
  }
  return dash && divider;
}

/** Whether the construct, started now, would read a head row (not a body row after a head): its `start` state's test. */
function startsHeadRow(context: TokenizeContext): boolean {
  const { events } = context;
  let index = events.length - 1;
  while (index > -1 && (events[index][1].type === 'lineEnding' || events[index][1].type === 'linePrefix')) index--;
  const tail = index > -1 ? events[index][1].type : null;
  return tail !== 'tableHead' && tail !== 'tableRow';
}

function gated(table: Construct): Construct {
  const tokenize: Tokenizer = function (this: TokenizeContext, effects, ok, nok) {
    const start = table.tokenize.call(this, effects, ok, nok);
    const context = this;
    return (code) => {
      const text = source;
      if (text !== undefined && code !== null && code > 0 && startsHeadRow(context)) {
        const { offset } = context.now();
        if (text.charCodeAt(offset) === code && !nextLineMayDelimit(text, offset)) return nok(code);
      }
      return start(code);
    };
  };
  return { ...table, tokenize };
}

const gates = new WeakSet<Tokenizer>();

/** `extension` with GFM's table construct gated (a copy: the original is the module's own object). */
function withGatedTable(extension: SyntaxExtension): SyntaxExtension {
  if (Array.isArray(extension)) return extension.map(withGatedTable);
  const flow = extension.flow as Record<string, Construct | Construct[]> | undefined;
  if (flow === undefined) return extension;
  const kept: Record<string, Construct | Construct[]> = {};
  let changed = false;
  for (const [code, value] of Object.entries(flow)) {
    const list = Array.isArray(value) ? value : [value];
    if (!list.some((construct) => construct?.name === TABLE_CONSTRUCT && !gates.has(construct.tokenize))) {
      kept[code] = value;
      continue;
    }
    changed = true;
    const swapped = list.map((construct) => {
      if (construct?.name !== TABLE_CONSTRUCT || gates.has(construct.tokenize)) return construct;
      const gate = gated(construct);
      gates.add(gate.tokenize);
      return gate;
    });
    kept[code] = Array.isArray(value) ? swapped : swapped[0];
  }
  return changed ? { ...extension, flow: kept } : extension;
}

/** A unified plugin, used after remark-gfm: its table construct tried for a head row only where the next line may be a delimiter row. */
export function gateTables(this: Processor<any, any, any, any, any>): void {
  const data = this.data();
  data.micromarkExtensions = ((data.micromarkExtensions ?? []) as SyntaxExtension[]).map(withGatedTable) as typeof data.micromarkExtensions;
}

/** Whether the processor's table construct is gated (a test checks it, so a remark-gfm update that moves it is noticed). */
export function tablesGated(processor: Processor<any, any, any, any, any>): boolean {
  processor.freeze();
  const has = (extension: SyntaxExtension): boolean =>
    Array.isArray(extension) ? extension.some(has) : Object.values((extension.flow ?? {}) as Record<string, Construct | Construct[]>).some((value) => (Array.isArray(value) ? value : [value]).some((construct) => construct?.name === TABLE_CONSTRUCT && gates.has(construct.tokenize)));
  return ((processor.data('micromarkExtensions') ?? []) as SyntaxExtension[]).some(has);
}
