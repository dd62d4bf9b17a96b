// Inline lint directives in HTML comments, ESLint style:
//   <!-- mldl-disable rule-a, rule-b -->   … until <!-- mldl-enable rule-a -->
//   <!-- mldl-disable-next-line rule-a -->  the next non-blank line only
//   <!-- mldl-disable-line rule-a -->       the line the comment is on
// With no rule ids a directive applies to every rule. Hand-written rather than
// remark-message-control because that package only knows `<!--name disable-->`
// markers and has no next-line form.
import type { Root, Nodes } from 'mdast';
import type { Point } from './types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means all rules. */
  rules: string[];
  /** Line the directive applies from (for next-line: that line). 1-based. */
  line: number;
  /** Where the comment itself is, for reporting unknown rule ids. */
  position: Point;
}

const MAX_DIRECTIVE_HTML = 10_000;
const COMMENT = /<!--\s*mldl-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/** A directive as found in a tree: offsets only, placed on lines by `placeDirectives`. */
export interface RawDirective {
  kind: DirectiveKind;
  rules: string[];
  /** Offsets of the comment's `<!--` and one past its `-->`. */
  start: number;
  end: number;
}

export function readRawDirectives(tree: Root): RawDirective[] {
  const directives: RawDirective[] = [];
  walk(tree, (node) => {
    // A directive is a short comment; a huge HTML block is not scanned (it
    // bounds the directive pattern's worst case, see test/regex-safety).
    if (node.type !== 'html' || node.position?.start.offset === undefined || node.value.length > MAX_DIRECTIVE_HTML) return;
    const base = node.position.start.offset;
    for (const match of node.value.matchAll(COMMENT)) {
      const rules = match[2]
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter((id) => id.length > 0 && id !== '--');
      directives.push({ kind: match[1] as DirectiveKind, rules, start: base + match.index, end: base + match.index + match[0].length });
    }
  });
  return directives.sort((a, b) => a.start - b.start);
}

/** Directives of a piece of the document that starts at `base`, on the document's lines. */
export function placeDirectives(raw: readonly RawDirective[], base: number, pointAt: (offset: number) => Point): Directive[] {
  return raw.map(({ kind, rules, start, end }) => {
    const position = pointAt(base + start);
    const line = kind === 'disable-next-line' ? pointAt(base + end).line + 1 : position.line;
    return { kind, rules, line, position };
  });
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

/** Whether a finding of `ruleId` on `line` is switched off by the directives. */
export function isDisabledAt(directives: readonly Directive[], ruleId: string, line: number): boolean {
  let disabled = false;
  for (const directive of directives) {
    if (!names(directive, ruleId)) continue;
    if (directive.kind === 'disable-next-line' || directive.kind === 'disable-line') {
      if (directive.line === line) return true;
      continue;
    }
    if (directive.line > line) break;
    disabled = directive.kind === 'disable';
  }
  return disabled;
}

/**
 * Whether a document-level rule is off for the whole file: a missing concept
 * is about the whole document, so a `mldl-disable` that is still in force at
 * the end of the file switches it off wherever its finding would be placed.
 */
export function isDisabledForDocument(directives: readonly Directive[], ruleId: string): boolean {
  let disabled = false;
  for (const directive of directives) {
    if (!names(directive, ruleId)) continue;
    if (directive.kind === 'disable') disabled = true;
    else if (directive.kind === 'enable') disabled = false;
  }
  return disabled;
}
