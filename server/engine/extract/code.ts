// Code fences as evidence: comments and docstrings are prose the writer
// wrote; configuration (YAML, JSON, TOML, INI, literal assignments in code)
// becomes one "key words: value" unit per entry; SQL one unit per statement;
// other code one unit per group of lines, holding its identifiers as words
// (so `df["label"] = df.chargeback_days <= 90` reads "df label df
// chargeback days <= 90") and no language keywords, so code makes no claim
// ("not", "if") that prose would. Mermaid and ASCII diagrams are read as
// text (diagram.ts, ascii.ts).
import type { Code } from 'mdast';
import { MAX_UNIT_CHARS } from '../plain-text.js';
import { findAssignments, type Assignment } from './assignments.js';
import { classifyTextFence, diagramRows, textLines } from './ascii.js';
import { tokenizeCode, type CodeSyntax, type CodeToken } from './code-tokens.js';
import { diagramStatements } from './diagram.js';
import { lineOpensStatement } from '../text/sentences.js';
import { finishUnit, gap, gatherUnits, lineGap, keyUnitAfterValue, newDraft, put, take, takeCollapsed, type Draft } from './draft.js';
import { takeIdentifier } from './identifiers.js';
import { readJson } from './json-pairs.js';
import { fenceLanguage, readingOf } from './languages.js';
import { mapNodeValue, type ValueMap } from './source-map.js';
import type { ExtractedKind, ExtractedUnit } from './types.js';
import { draftYamlPair, readYaml, yamlComments } from './yaml-pairs.js';

type Emit = (draft: Draft, kind: ExtractedKind, start: number, end: number) => void;

const SQL_SYNTAX: CodeSyntax = { lineComments: ['--'], blockComments: [['/*', '*/']], tripleQuotes: false, quotes: `"'\`` };
const NO_COMMENTS: CodeSyntax = { lineComments: [], blockComments: [], tripleQuotes: false, quotes: `"'` };

export function extractCode(node: Code, source: string): ExtractedUnit[] {
  const value = node.value;
  const start = node.position?.start.offset;
  if (value.trim() === '' || start === undefined) return [];
  const map = codeValueMap(value, source, start);
  const language = fenceLanguage(node.lang);
  const units: ExtractedUnit[] = [];
  const emit: Emit = (draft, kind, from, to) => {
    if (kind === 'code-config') keyUnitAfterValue(draft);
    for (const unit of finishUnit(draft, kind, from, to, map, { codeLanguage: language })) units.push(unit);
  };
  readCode(value, language, emit);
  // Comments, pairs and code are found in separate passes: hand them over in document order.
  return units.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The value of a fenced block starts on the line after the opening fence; an indented block's at the node. */
function codeValueMap(value: string, source: string, start: number): ValueMap {
  let i = start;
  while (source[i] === ' ' || source[i] === '\t') i++;
  const fenced = source.startsWith('```', i) || source.startsWith('~~~', i);
  const newline = source.indexOf('\n', start);
  return mapNodeValue(value, source, fenced ? (newline === -1 ? source.length : newline + 1) : start);
}

function readCode(value: string, language: string, emit: Emit): void {
  const reading = readingOf(language);
  switch (reading.kind) {
    case 'yaml':
      return readYamlCode(value, emit);
    case 'json':
      return readJsonCode(value, emit);
    case 'key-value':
      return readProgram(value, reading.syntax, 'key-value', emit);
    case 'program':
      return readProgram(value, reading.syntax, 'program', emit);
    case 'sql':
      return readSql(value, 0, value.length, emit);
    case 'diagram':
      for (const statement of diagramStatements(value, reading.dialect)) emit(statement.draft, 'diagram', statement.start, statement.end);
      return;
    case 'prose':
      for (const line of textLines(value)) emit(line.draft, 'code-text', line.start, line.end);
      return;
    case 'text': {
      const kind = classifyTextFence(value);
      if (kind === 'diagram') for (const row of diagramRows(value)) emit(row.draft, 'diagram', row.start, row.end);
      else if (kind === 'text') for (const line of textLines(value)) emit(line.draft, 'code-text', line.start, line.end);
      else readProgram(value, NO_COMMENTS, 'program', emit);
      return;
    }
  }
}

function readYamlCode(value: string, emit: Emit): void {
  const { pairs, quoted } = readYaml(value);
  for (const pair of pairs) emit(draftYamlPair(value, pair), 'code-config', pair.start, pair.end);
  for (const [from, to] of yamlComments(value, quoted)) {
    const draft = newDraft();
    takeCommentText(draft, value, from + 1, to);
    emit(draft, 'code-comment', from, to);
  }
}

function readJsonCode(value: string, emit: Emit): void {
  const { pairs, comments } = readJson(value);
  for (const pair of pairs) {
    const draft = newDraft();
    for (const [from, to] of pair.keys) {
      gap(draft);
      takeIdentifier(draft, value, ...unquoted(value, from, to));
    }
    if (pair.keys.length > 0) put(draft, ': ');
    pair.values.forEach(([from, to], i) => {
      if (i > 0) put(draft, ', ');
      takeCollapsed(draft, value, ...unquoted(value, from, to));
    });
    emit(draft, 'code-config', pair.start, pair.end);
  }
  for (const [from, to] of comments) {
    const draft = newDraft();
    const block = value.startsWith('/*', from);
    takeCommentText(draft, value, from + 2, block && value.endsWith('*/', to) ? to - 2 : to);
    emit(draft, 'code-comment', from, to);
  }
}

function unquoted(value: string, from: number, to: number): [number, number] {
  return to - from >= 2 && value[from] === '"' && value[to - 1] === '"' ? [from + 1, to - 1] : [from, to];
}

/** Words of keywords common to the languages design docs quote; in code-text they would read as prose ("not", "if"). */
const KEYWORDS = new Set(
  (
    'def class return import from if elif else for while in not and or is None True False lambda with as try except ' +
    'finally raise pass break continue yield async await global nonlocal del assert function const let var new this self ' +
    'public private protected static void int float double string bool boolean null undefined true false package func fn ' +
    'struct impl pub use mut match case switch default do then end local nil typeof instanceof extends implements interface ' +
    'type enum export require val object override fun go defer chan map select range println print echo'
  ).split(' '),
);
const COMPARISONS = new Set(['<', '>', '<=', '>=', '==', '!=', '===', '!==']);
const SQL_START = /^\s*(?:select|with|insert|create|update|delete|merge)\b/i;

function readProgram(value: string, syntax: CodeSyntax, mode: 'program' | 'key-value', emit: Emit): void {
  const tokens = tokenizeCode(value, syntax);
  readComments(value, tokens, emit);
  const used = new Uint8Array(tokens.length);
  tokens.forEach((token, k) => {
    if (token.kind !== 'block-string') return;
    used[k] = 1;
    if (SQL_START.test(value.slice(token.innerStart, Math.min(token.innerEnd, token.innerStart + 40)))) readSql(value, token.innerStart, token.innerEnd, emit);
    else {
      const draft = newDraft();
      takeCollapsed(draft, value, token.innerStart, token.innerEnd);
      emit(draft, 'code-comment', token.start, token.end);
    }
  });
  const { pairs, headers } = findAssignments(value, tokens, mode);
  for (const pair of pairs) {
    emit(draftAssignment(value, pair), 'code-config', tokens[pair.first].start, tokens[pair.last].end);
    used.fill(1, pair.first, pair.last + 1);
  }
  for (const [first, last] of headers) used.fill(1, first, last + 1);
  readCodeText(value, tokens, used, emit);
}

function draftAssignment(value: string, pair: Assignment): Draft {
  const draft = newDraft();
  for (const key of pair.keys) {
    for (const token of key) {
      gap(draft);
      takeIdentifier(draft, value, token.innerStart, token.innerEnd);
    }
  }
  put(draft, ': ');
  // `{1: 50}`, `[0.5, 0.7]`: the brackets around the whole value are dropped.
  let tokens = pair.value;
  if (tokens.length >= 2 && tokens[0].kind === 'open' && tokens[tokens.length - 1].kind === 'close' && closes(tokens)) tokens = tokens.slice(1, -1);
  let previousEnd = -1;
  for (const token of tokens) {
    if (previousEnd >= 0 && token.start === previousEnd + 1 && value[previousEnd] === ' ') take(draft, value, previousEnd, token.start);
    else if (previousEnd >= 0 && token.start > previousEnd) gap(draft);
    if (token.kind === 'string' || token.kind === 'block-string') takeCollapsed(draft, value, token.innerStart, token.innerEnd);
    else take(draft, value, token.start, token.end);
    previousEnd = token.end;
  }
  return draft;
}

/** The first bracket closes at the last token. */
function closes(tokens: readonly CodeToken[]): boolean {
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].kind === 'open') depth++;
    else if (tokens[k].kind === 'close') depth--;
    if (depth === 0) return k === tokens.length - 1;
  }
  return false;
}

/** Code outside comments and assignments, one unit per group of lines (a blank line ends a group). */
function readCodeText(value: string, tokens: readonly CodeToken[], used: Uint8Array, emit: Emit): void {
  const unit = gatherUnits((draft, first, last) => emit(draft, 'code-text', first, last));
  tokens.forEach((token, k) => {
    if (token.kind === 'newline') {
      // A blank line ends a group; so does a group as long as a unit may be (code with no blank lines).
      if ((k > 0 && tokens[k - 1].kind === 'newline') || unit.size() >= MAX_UNIT_CHARS) unit.flush();
      return;
    }
    if (!used[k] && token.kind !== 'comment') unit.add(token.start, token.end, (draft) => renderCodeToken(draft, value, token, false));
  });
  unit.flush();
}

/** One token as words: identifiers split, numbers and string contents kept, comparisons kept (SQL: `=` and keywords too). */
function renderCodeToken(draft: Draft, value: string, token: CodeToken, sql: boolean): void {
  switch (token.kind) {
    case 'word':
      if (!sql && KEYWORDS.has(value.slice(token.start, token.end))) return;
      gap(draft);
      takeIdentifier(draft, value, token.start, token.end);
      return;
    case 'number':
      gap(draft);
      take(draft, value, token.start, token.end);
      return;
    case 'string':
      if (token.innerEnd > token.innerStart) {
        gap(draft);
        takeCollapsed(draft, value, token.innerStart, token.innerEnd);
      }
      return;
    case 'op': {
      const op = value.slice(token.start, token.end);
      if (value[token.start - 1] === '-') return; // `->`: an arrow (a return type, a pointer), not "greater than"
      if (COMPARISONS.has(op) || (sql && (op === '=' || op === '<>'))) {
        gap(draft);
        take(draft, value, token.start, token.end);
      }
      return;
    }
    default:
      return;
  }
}

/** SQL in value[from, to): comments, then one unit per statement (`;`-separated). */
function readSql(value: string, from: number, to: number, emit: Emit): void {
  const tokens = tokenizeCode(value, SQL_SYNTAX, from, to);
  readComments(value, tokens, emit);
  const statement = gatherUnits((draft, first, last) => emit(draft, 'code-sql', first, last));
  for (const token of tokens) {
    if (token.kind === 'punct' && value[token.start] === ';') statement.flush();
    else if (token.kind !== 'comment' && token.kind !== 'newline') statement.add(token.start, token.end, (draft) => renderCodeToken(draft, value, token, true));
  }
  statement.flush();
}

/** Comments as prose: a run of whole-line comments on consecutive lines is one unit; a trailing or block comment is its own. */
function readComments(value: string, tokens: readonly CodeToken[], emit: Emit): void {
  const run = gatherUnits((draft, first, last) => emit(draft, 'code-comment', first, last));
  let lastIndex = -1;
  tokens.forEach((token, k) => {
    if (token.kind !== 'comment') return;
    const lineComment = token.innerEnd === token.end;
    const continues = lineComment && token.ownLine && !run.isEmpty() && lastIndex === k - 2 && tokens[k - 1].kind === 'newline';
    if (!continues || isDirective(value, token)) run.flush();
    if (isDirective(value, token)) return;
    const previous = continues ? tokens[lastIndex] : undefined;
    // Comment lines are seldom full sentences with full stops: a line that starts anew after one with no
    // punctuation is a statement of its own (a blank line for the text layer), or a hedge on one line
    // ("might be reported late") would cover the next ("Only use labels known at the cut-off").
    const anew = previous !== undefined && lineOpensStatement(commentLine(value, previous), commentLine(value, token));
    run.add(token.start, token.end, (draft) => {
      lineGap(draft);
      if (anew) put(draft, '\n');
      takeCommentText(draft, value, token.innerStart, token.innerEnd);
    });
    lastIndex = k;
    if (!lineComment || !token.ownLine) run.flush();
  });
  run.flush();
}

/** A line comment's text without its markers (`#`, `//`, `--`) and the spaces around it. */
function commentLine(value: string, token: CodeToken): string {
  return value.slice(token.innerStart, token.innerEnd).replace(/^[\s#/!*-]+/, '').trim();
}

/** Tool directives, not prose: `# noqa`, `# type: ignore`, `// eslint-disable`, `#!/usr/bin/env`, `# -*- coding -*-`. */
const DIRECTIVE = /^[#!/\s]*(?:noqa|type:|pylint:|eslint|prettier-|@ts-|fmt:|isort:|pragma|nolint|-\*-|!\/)/i;

function isDirective(value: string, token: CodeToken): boolean {
  return DIRECTIVE.test(value.slice(token.start, Math.min(token.end, token.start + 24)));
}

/**
 * A comment's text, line by line: leading markers (`*` of a block comment,
 * `##`, `///`) and rulers (`-----`, `=====`) left out.
 */
function takeCommentText(draft: Draft, value: string, from: number, to: number): void {
  let lineStart = from;
  while (lineStart < to) {
    const newline = value.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > to ? to : newline;
    let i = lineStart;
    if (lineStart > from) lineGap(draft);
    while (i < lineEnd && ' \t*#/!'.includes(value[i])) i++;
    while (i < lineEnd) {
      const ruler = rulerEnd(value, i, lineEnd);
      if (ruler > i) {
        gap(draft);
        i = ruler;
        continue;
      }
      let stop = i + 1;
      while (stop < lineEnd && rulerEnd(value, stop, lineEnd) === stop) stop++;
      gap(draft);
      takeCollapsed(draft, value, i, stop);
      i = stop;
    }
    lineStart = lineEnd + 1;
  }
}

/** End of a run of 3 or more of one ruler character at `i`, or `i` when there is none. */
function rulerEnd(value: string, i: number, to: number): number {
  const ch = value[i];
  if (!'-=*#~_+'.includes(ch)) return i;
  let end = i + 1;
  while (end < to && value[end] === ch) end++;
  return end - i >= 3 ? end : i;
}
