// Key/value pairs in code: `threshold = 0.85`, `class_weight={1: 50}`,
// `{"max_depth": 6}`, `retrain_schedule = "daily"` under `[training]`. Found
// on the token stream (code-tokens.ts), so quotes and comments are already
// told apart; one pass with a bracket stack. Hand-written because one small
// scanner covers the line-shaped `key = value` of TOML, INI, .properties,
// HCL and the literal assignments of Python/JS/Go alike, with the source
// ranges that parsers of those formats do not report.
import type { CodeToken } from './code-tokens.js';

export interface Assignment {
  /** Key tokens, outermost first: the enclosing keys (`[section]`, `params = {`) then the key itself. */
  keys: CodeToken[][];
  /** Value tokens (comments and line breaks left out). */
  value: CodeToken[];
  /** Index range [first, last] of the tokens the pair covers (key to value). */
  first: number;
  last: number;
}

/** Words that may stand in a literal value. */
const LITERAL_WORDS = new Set(['True', 'False', 'None', 'true', 'false', 'null', 'nil', 'NaN', 'nan', 'inf', 'Infinity', 'undefined', 'yes', 'no']);
/** Words before a declared name: `const threshold = 0.85`. */
const DECLARERS = new Set(['let', 'const', 'var', 'val', 'final', 'static', 'export', 'my', 'local', 'set', 'readonly', 'public', 'private']);

type Mode = 'program' | 'key-value';

interface Frame {
  open: number;
  bracket: string;
  prefix: CodeToken[][];
}

/**
 * In 'program' mode only literal values count (`x = compute()` is code, not
 * configuration); in 'key-value' mode (TOML, INI) every `key = value` line does.
 */
export function findAssignments(value: string, tokens: readonly CodeToken[], mode: Mode): { pairs: Assignment[]; headers: Array<[number, number]> } {
  const found: Assignment[] = [];
  /** Token index ranges of `[section]` lines: read as the keys' prefix, not as code. */
  const headers: Array<[number, number]> = [];
  const stack: Frame[] = [];
  let section: CodeToken[][] = [];
  const text = (t: CodeToken): string => value.slice(t.start, t.end);
  const prefix = (): CodeToken[][] => (stack.length > 0 ? stack[stack.length - 1].prefix : section);
  let pendingPrefix: CodeToken[][] | undefined;
  let pendingOpen = -1;

  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (mode === 'key-value' && stack.length === 0 && atLineStart(tokens, k)) {
      const header = sectionHeader(value, tokens, k);
      if (header) {
        section = header.keys.length > 0 ? [header.keys] : [];
        headers.push([k, header.last]);
        k = header.last;
        continue;
      }
    }
    if (token.kind === 'open') {
      stack.push({ open: k, bracket: text(token), prefix: k === pendingOpen && pendingPrefix ? pendingPrefix : prefix() });
      continue;
    }
    if (token.kind === 'close') {
      stack.pop();
      continue;
    }
    if (mode === 'key-value' && (stack.length === 0 || stack[stack.length - 1].bracket === '{') && atLineStart(tokens, k)) {
      const pair = lineAssignment(value, tokens, k, section);
      if (pair) {
        found.push(pair);
        k = pair.last;
      }
      continue;
    }
    if (mode !== 'program') continue;
    const separator = k + 1 < tokens.length ? tokens[k + 1] : undefined;
    if (!separator || (token.kind !== 'word' && token.kind !== 'string' && token.kind !== 'number')) continue;
    const isEquals = separator.kind === 'op' && text(separator) === '=';
    const inBraces = stack.length > 0 && stack[stack.length - 1].bracket === '{';
    const isColon = separator.kind === 'punct' && text(separator) === ':' && inBraces && startsEntry(tokens, k);
    if (!isEquals && !isColon) continue;
    let keyFirst = k;
    if (isEquals) {
      if (token.kind !== 'word') continue;
      keyFirst = chainStart(value, tokens, k);
      if (!mayDeclare(value, tokens, keyFirst)) continue;
    }
    const valueEnd = valueExtent(value, tokens, k + 2);
    const valueTokens = tokens.slice(k + 2, valueEnd).filter((t) => t.kind !== 'comment' && t.kind !== 'newline');
    if (valueTokens.length === 0) continue;
    const key = tokens.slice(keyFirst, k + 1).filter((t) => t.kind !== 'punct' || text(t) !== '.');
    const ownKey = key.length > 1 && (text(key[0]) === 'self' || text(key[0]) === 'this') ? key.slice(1) : key;
    const keys = [...prefix(), ownKey];
    if (valueTokens[0].kind === 'open' && (entriesAreKeyed(value, tokens, k + 2) || !isLiteral(value, valueTokens))) {
      // `params = {"max_depth": 6}` or `model = XGBClassifier(max_depth=6)`: the entries inside are the pairs.
      pendingPrefix = keys;
      pendingOpen = k + 2;
      k++;
      continue;
    }
    if (!isLiteral(value, valueTokens)) continue;
    found.push({ keys, value: valueTokens, first: keyFirst, last: valueEnd - 1 });
    k = valueEnd - 1;
  }
  return { pairs: found, headers };
}

function atLineStart(tokens: readonly CodeToken[], k: number): boolean {
  return k === 0 || tokens[k - 1].kind === 'newline' || (tokens[k - 1].kind === 'comment' && (k === 1 || tokens[k - 2].kind === 'newline'));
}

/** `[section]`, `[a.b]`, `[[array]]` alone on a line. */
function sectionHeader(value: string, tokens: readonly CodeToken[], k: number): { keys: CodeToken[]; last: number } | undefined {
  if (tokens[k].kind !== 'open' || value[tokens[k].start] !== '[') return undefined;
  const keys: CodeToken[] = [];
  let j = k + 1;
  for (; j < tokens.length && tokens[j].kind !== 'newline'; j++) {
    const t = tokens[j];
    if (t.kind === 'word' || t.kind === 'number' || t.kind === 'string') keys.push(t);
    else if (t.kind === 'close' || t.kind === 'open' || t.kind === 'comment' || (t.kind === 'punct' && '.-'.includes(value[t.start]))) continue;
    else return undefined;
  }
  return { keys, last: j - 1 };
}

/** `key = value` / `key: value` from the start of a line to its end (or the end of a bracketed value). */
function lineAssignment(value: string, tokens: readonly CodeToken[], k: number, section: CodeToken[][]): Assignment | undefined {
  const key: CodeToken[] = [];
  let j = k;
  for (; j < tokens.length && j - k < 12; j++) {
    const t = tokens[j];
    const ch = value[t.start];
    if ((t.kind === 'op' && value.slice(t.start, t.end) === '=') || (t.kind === 'punct' && ch === ':')) break;
    if (t.kind === 'word' || t.kind === 'number' || t.kind === 'string') key.push(t);
    else if (!(t.kind === 'punct' && '.-'.includes(ch))) return undefined;
  }
  if (key.length === 0 || j >= tokens.length || j - k >= 12) return undefined;
  const end = valueExtent(value, tokens, j + 1);
  const valueTokens = tokens.slice(j + 1, end).filter((t) => t.kind !== 'comment' && t.kind !== 'newline');
  if (valueTokens.length === 0) return undefined;
  return { keys: [...section, key], value: valueTokens, first: k, last: end - 1 };
}

/** The first token of a key written `a.b.c`. */
function chainStart(value: string, tokens: readonly CodeToken[], k: number): number {
  let first = k;
  while (first >= 2 && tokens[first - 1].kind === 'punct' && value[tokens[first - 1].start] === '.' && tokens[first - 2].kind === 'word') first -= 2;
  return first;
}

/** What may stand before `name =`: a line start, `(`, `,`, `;`, `{`, `let`/`const`…, or `name: type`. */
function mayDeclare(value: string, tokens: readonly CodeToken[], keyFirst: number): boolean {
  if (keyFirst === 0) return true;
  const before = tokens[keyFirst - 1];
  if (before.kind === 'newline' || before.kind === 'open') return true;
  if (before.kind === 'punct') return value[before.start] === ',' || value[before.start] === ';';
  return before.kind === 'word' && DECLARERS.has(value.slice(before.start, before.end));
}

/** The key is the first thing of its entry: after `{`, `,` or a line break. */
function startsEntry(tokens: readonly CodeToken[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (tokens[j].kind === 'newline' || tokens[j].kind === 'comment')) j--;
  return j < 0 || tokens[j].kind === 'open' || tokens[j].kind === 'punct';
}

/** Index just past a value: at a `,` or `;` or line break outside brackets, or at the close of the enclosing bracket. */
function valueExtent(value: string, tokens: readonly CodeToken[], from: number): number {
  let depth = 0;
  let j = from;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'open') depth++;
    else if (t.kind === 'close') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (t.kind === 'newline' || (t.kind === 'punct' && (value[t.start] === ',' || value[t.start] === ';')))) break;
  }
  return j;
}

/** `{"a": …` / `{a: …`: a mapping whose entries have their own keys. */
function entriesAreKeyed(value: string, tokens: readonly CodeToken[], open: number): boolean {
  if (value[tokens[open].start] !== '{') return false;
  let j = open + 1;
  while (j < tokens.length && (tokens[j].kind === 'newline' || tokens[j].kind === 'comment')) j++;
  const key = tokens[j];
  const colon = tokens[j + 1];
  return key !== undefined && (key.kind === 'string' || key.kind === 'word') && colon !== undefined && colon.kind === 'punct' && value[colon.start] === ':';
}

/** Numbers, strings, literal words and brackets of them: `0.85`, `"daily"`, `{1: 50}`, `[0.5, -1e-3]`. */
function isLiteral(value: string, tokens: readonly CodeToken[]): boolean {
  return tokens.every((t) => {
    if (t.kind === 'number' || t.kind === 'string' || t.kind === 'block-string' || t.kind === 'open' || t.kind === 'close') return true;
    if (t.kind === 'word') return LITERAL_WORDS.has(value.slice(t.start, t.end));
    return t.kind === 'punct' && ',:-+.*/%'.includes(value[t.start]);
  });
}
