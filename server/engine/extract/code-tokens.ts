// A small tokenizer for the code in design docs: enough to tell comments
// and strings from code (a `#` inside a string is no comment), identifiers
// from numbers, and to follow bracket depth. One pass, no regular
// expressions on the code itself, so a 5 MB block costs one read. Languages
// differ only in their comment markers and string quotes (languages.ts).

export type CodeTokenKind =
  | 'word'
  | 'number'
  | 'string'
  /** A Python triple-quoted string: a docstring, or a multi-line string such as an embedded query. */
  | 'block-string'
  | 'comment'
  | 'op'
  | 'open'
  | 'close'
  | 'punct'
  | 'newline';

export interface CodeToken {
  kind: CodeTokenKind;
  start: number;
  end: number;
  /** Strings and comments: the content inside the quotes or markers. */
  innerStart: number;
  innerEnd: number;
  /** Comments: nothing but whitespace before it on its line. */
  ownLine: boolean;
}

export interface CodeSyntax {
  lineComments: readonly string[];
  blockComments: ReadonlyArray<readonly [string, string]>;
  /** Python: """…""" and '''…'''. */
  tripleQuotes: boolean;
  /** Quote characters of one-line strings. */
  quotes: string;
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

export function isWordChar(value: string, i: number): boolean {
  const code = value.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code) || isDigit(code) || code === 95 || code === 36;
  return NON_ASCII_WORD.test(value[i]);
}

const STRING_PREFIX = new Set(['r', 'b', 'f', 'u', 'rb', 'br', 'fr', 'rf', 'R', 'B', 'F', 'U']);

/** Tokens of value[from, to) (offsets stay offsets into `value`). */
export function tokenizeCode(value: string, syntax: CodeSyntax, from = 0, to = value.length): CodeToken[] {
  const tokens: CodeToken[] = [];
  let lineHasCode = false;
  const push = (kind: CodeTokenKind, start: number, end: number, innerStart = start, innerEnd = end): void => {
    tokens.push({ kind, start, end, innerStart, innerEnd, ownLine: kind === 'comment' && !lineHasCode });
    if (kind === 'newline') lineHasCode = false;
    else if (kind !== 'comment') lineHasCode = true;
  };
  let i = from;
  const n = to;
  scan: while (i < n) {
    const code = value.charCodeAt(i);
    if (code === 10) {
      push('newline', i, i + 1);
      i++;
      continue;
    }
    if (code === 32 || code === 9 || code === 13 || code === 12) {
      i++;
      continue;
    }
    for (const marker of syntax.lineComments) {
      if (value.startsWith(marker, i)) {
        const end = lineEnd(value, i, n);
        push('comment', i, end, i + marker.length, end);
        i = end;
        continue scan;
      }
    }
    for (const [open, close] of syntax.blockComments) {
      if (value.startsWith(open, i)) {
        let at = value.indexOf(close, i + open.length);
        if (at + close.length > n) at = -1;
        const end = at === -1 ? n : at + close.length;
        push('comment', i, end, i + open.length, at === -1 ? n : at);
        i = end;
        continue scan;
      }
    }
    const ch = value[i];
    if (syntax.tripleQuotes && (ch === '"' || ch === "'") && value.startsWith(ch + ch + ch, i)) {
      let at = value.indexOf(ch + ch + ch, i + 3);
      if (at + 3 > n) at = -1;
      const end = at === -1 ? n : at + 3;
      push('block-string', i, end, i + 3, at === -1 ? n : at);
      i = end;
      continue;
    }
    if (syntax.quotes.includes(ch)) {
      const end = stringEnd(value, i, ch, n);
      push('string', i, end, i + 1, value[end - 1] === ch && end - 1 > i ? end - 1 : end);
      i = end;
      continue;
    }
    if (isDigit(code) || (ch === '.' && isDigit(value.charCodeAt(i + 1)))) {
      const end = numberEnd(value, i, n);
      push('number', i, end);
      i = end;
      continue;
    }
    if (isWordChar(value, i)) {
      let end = i + 1;
      while (end < n && isWordChar(value, end)) end++;
      // f"…", rb'…': the prefix belongs to the string.
      if (!(syntax.quotes.includes(value[end] ?? '\n') && STRING_PREFIX.has(value.slice(i, end)))) push('word', i, end);
      i = end;
      continue;
    }
    if (ch === '<' || ch === '>' || ch === '=' || ch === '!') {
      let end = i + 1;
      while (end < n && '<>=!'.includes(value[end])) end++;
      push('op', i, end);
      i = end;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') push('open', i, i + 1);
    else if (ch === ')' || ch === ']' || ch === '}') push('close', i, i + 1);
    else push('punct', i, i + 1);
    i++;
  }
  return tokens;
}

function lineEnd(value: string, from: number, to: number): number {
  const at = value.indexOf('\n', from);
  const end = at === -1 || at > to ? to : at;
  return end > from && value[end - 1] === '\r' ? end - 1 : end;
}

/** End of a one-line string: after its closing quote, or at the end of the line when it has none. */
function stringEnd(value: string, start: number, quote: string, to: number): number {
  for (let i = start + 1; i < to; i++) {
    const ch = value[i];
    if (ch === '\\') i++;
    else if (ch === quote) return i + 1;
    else if (ch === '\n') return value[i - 1] === '\r' ? i - 1 : i;
  }
  return to;
}

/** 42, 0.85, 1e-3, 0x1F, 1_000, 200ms. */
function numberEnd(value: string, start: number, to: number): number {
  let i = start;
  while (i < to) {
    const code = value.charCodeAt(i);
    if (isDigit(code) || isAsciiLetter(code) || code === 95 || code === 46) i++;
    else if ((code === 43 || code === 45) && (value[i - 1] === 'e' || value[i - 1] === 'E') && isDigit(value.charCodeAt(i - 2))) i++;
    else break;
  }
  return i;
}
