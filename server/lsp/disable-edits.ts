// Where and what to insert so that a rule stops reporting: in the front
// matter for the whole file, in an HTML comment for one line. Only ever
// insertions: the writer's text is never replaced or removed. Each front
// matter edit is checked by parsing the result; when merging into the
// existing YAML cannot be done safely, a `mldl-disable` comment below the
// front matter does the same job.
import type { Pair, YAMLMap } from 'yaml';
// yaml (~260 kB of the main thread's bundle) is loaded by the first quick fix
// that edits front matter, not when the server starts (config/deps.ts).
import { yamlModule as yaml } from '../config/deps.js';
import type { FrontMatterSpan } from './review.js';
import type { TextInsertion } from './workspace-edits.js';

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just past the line holding the last non-blank character before `end`. */
function afterLastLine(text: string, end: number): number {
  let p = end;
  while (p > 0 && /\s/.test(text[p - 1])) p--;
  const newline = text.indexOf('\n', p);
  return newline === -1 ? text.length : newline + 1;
}

function keyOf(pair: Pair): unknown {
  return yaml().isScalar(pair.key) ? pair.key.value : pair.key;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((item) => keyOf(item) === key) as Pair | undefined;
}

function indentOf(text: string, map: YAMLMap): string {
  const first = map.items[0]?.key as { range?: [number, number, number] } | undefined;
  const at = first?.range?.[0] ?? map.range?.[0] ?? 0;
  return ' '.repeat(at - lineStartAt(text, at));
}

/** Where a block mapping's last entry ends in `yamlText` (0 when it has no range). */
function mapEnd(map: YAMLMap): number {
  const last = map.items[map.items.length - 1];
  const node = (last?.value ?? last?.key) as { range?: [number, number, number] } | undefined;
  return node?.range?.[1] ?? map.range?.[1] ?? 0;
}

/** An insertion into the YAML text (offsets relative to it), or undefined when not safe. */
function mergeIntoYaml(yamlText: string, ruleId: string, eol: string): { offset: number; text: string } | undefined {
  const document = yaml().parseDocument(yamlText, { uniqueKeys: true });
  if (document.errors.length > 0) return undefined;
  const block = (indent: string): string => `${indent}mldl:${eol}${indent}  rules:${eol}${indent}    ${ruleId}: off${eol}`;
  const contents = document.contents;
  if (contents === null || (yaml().isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return { offset: yamlText.length, text: block('') };
  }
  if (!yaml().isMap(contents) || contents.flow) return undefined;
  const mldl = findPair(contents, 'mldl');
  if (!mldl) return { offset: afterLastLine(yamlText, mapEnd(contents)), text: block(indentOf(yamlText, contents)) };
  if (!yaml().isMap(mldl.value) || mldl.value.flow || mldl.value.items.length === 0) return undefined;
  const settings = mldl.value;
  const rules = findPair(settings, 'rules');
  if (!rules) {
    const indent = indentOf(yamlText, settings);
    return { offset: afterLastLine(yamlText, mapEnd(settings)), text: `${indent}rules:${eol}${indent}  ${ruleId}: off${eol}` };
  }
  if (!yaml().isMap(rules.value) || rules.value.flow || rules.value.items.length === 0) return undefined;
  // A rule already listed would need its value replaced: not an insertion.
  if (findPair(rules.value, ruleId)) return undefined;
  return { offset: afterLastLine(yamlText, mapEnd(rules.value)), text: `${indentOf(yamlText, rules.value)}${ruleId}: off${eol}` };
}

/** True when `yamlText` parses and switches the rule off. */
function switchesOff(yamlText: string, ruleId: string): boolean {
  const document = yaml().parseDocument(yamlText, { uniqueKeys: true });
  if (document.errors.length > 0) return false;
  const data = document.toJS() as { mldl?: { rules?: Record<string, unknown> } } | null;
  return data?.mldl?.rules?.[ruleId] === 'off';
}

/** Front matter (characters) that a "disable for this file" fix still edits; larger gets the comment below it. */
const MAX_MERGED_FRONT_MATTER = 16 * 1024;

/** Insertion that switches `ruleId` off for the whole document. */
export function disableForFile(text: string, fm: FrontMatterSpan, ruleId: string): TextInsertion {
  const eol = eolOf(text);
  if (!fm.present) {
    const insert = `---${eol}mldl:${eol}  rules:${eol}    ${ruleId}: off${eol}---${eol}${eol}`;
    return { offset: 0, text: insert };
  }
  const contentStart = text.indexOf('\n', fm.start) + 1;
  const closingStart = lineStartAt(text, fm.end);
  // Merging parses the YAML on the main thread at every code-action request: only for front matter of a sensible size.
  if (contentStart > 0 && contentStart <= closingStart && closingStart - contentStart <= MAX_MERGED_FRONT_MATTER) {
    const yamlText = text.slice(contentStart, closingStart);
    const merge = mergeIntoYaml(yamlText, ruleId, eol);
    if (merge) {
      const merged = yamlText.slice(0, merge.offset) + merge.text + yamlText.slice(merge.offset);
      if (switchesOff(merged, ruleId)) return { offset: contentStart + merge.offset, text: merge.text };
    }
  }
  // The front matter cannot take the setting safely (a flow mapping, `mldl: true`,
  // the rule already listed): a comment right below it does the same.
  return { offset: fm.after, text: `<!-- mldl-disable ${ruleId} -->${eol}` };
}

const NEXT_LINE_COMMENT = /^([ \t]*)<!--\s*mldl-disable-next-line\b([^\r\n]*?)\s*-->[ \t]*\r?$/;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineText(text: string, starts: number[], index: number): string {
  const end = index + 1 < starts.length ? starts[index + 1] - 1 : text.length;
  return text.slice(starts[index], end);
}

function isTableLine(line: string): boolean {
  return /^\s*\|/.test(line) || /\|\s*\r?$/.test(line);
}

const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)/;

/**
 * Indentation for a comment line placed above `line`. Above a list item that
 * follows other list content, the comment is indented to the item's content
 * column so that it joins the item above and the list stays one list.
 */
function commentIndent(line: string, followsContent: boolean): string {
  const item = LIST_ITEM.exec(line);
  if (item && followsContent) return item[1] + ' '.repeat(item[2].length + Math.min(item[3].length, 4));
  return /^[ \t]*/.exec(line)?.[0] ?? '';
}

export interface LineDisable {
  title: 'line' | 'table';
  insertions: TextInsertion[];
}

/**
 * Insertions that switch `ruleId` off on `line` (1-based): a
 * `mldl-disable-next-line` comment above it, or the rule added to such a
 * comment that is already there. Inside a table a comment line would cut the
 * table in two, so the rule is switched off around the whole table instead.
 */
export function disableForLine(text: string, ruleId: string, line: number): LineDisable {
  const eol = eolOf(text);
  const starts = lineStarts(text);
  const index = Math.min(Math.max(line - 1, 0), starts.length - 1);
  const current = lineText(text, starts, index);

  if (isTableLine(current)) {
    let first = index;
    while (first > 0 && lineText(text, starts, first - 1).trim() !== '' && isTableLine(lineText(text, starts, first - 1))) first--;
    let last = index;
    while (last + 1 < starts.length && lineText(text, starts, last + 1).trim() !== '' && isTableLine(lineText(text, starts, last + 1))) last++;
    const afterTable = last + 1 < starts.length ? starts[last + 1] : text.length;
    const lead = last + 1 < starts.length ? '' : eol;
    return {
      title: 'table',
      insertions: [
        { offset: starts[first], text: `<!-- mldl-disable ${ruleId} -->${eol}` },
        { offset: afterTable, text: `${lead}<!-- mldl-enable ${ruleId} -->${eol}` },
      ],
    };
  }

  if (index > 0) {
    const above = NEXT_LINE_COMMENT.exec(lineText(text, starts, index - 1));
    if (above && above[2].trim() !== '') {
      // Extend the existing comment: `<!-- mldl-disable-next-line a -->` → `… a, b -->`.
      const offset = starts[index - 1] + above[1].length + above[0].slice(above[1].length).indexOf(above[2]) + above[2].length;
      return { title: 'line', insertions: [{ offset, text: `, ${ruleId}` }] };
    }
  }
  const indent = commentIndent(current, index > 0 && lineText(text, starts, index - 1).trim() !== '');
  return { title: 'line', insertions: [{ offset: starts[index], text: `${indent}<!-- mldl-disable-next-line ${ruleId} -->${eol}` }] };
}
