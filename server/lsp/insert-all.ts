// "Insert every missing skeleton": each fix is placed by the engine for the
// text as it is, and two missing rules of one absent step would each create
// that step's heading. So the fixes are applied one at a time, re-reviewing
// the text in between, and the result is expressed as insertions into the
// original text (which is therefore never touched): an editor applies
// insertions, not a replacement of the whole document.
import { RULE_META } from '../../rules/meta.js';
import { withoutReplacement } from '../engine/fixes.js';
import type { LintResult } from '../engine/lint.js';
import type { LinterOptions } from '../linter.js';
import type { TextInsertion } from './workspace-edits.js';

/** Text built from the original by insertions only, tracking where each piece came from. */
class InsertionTracker {
  /** Pieces in order: a slice [start, end) of the original, or inserted text. */
  private pieces: Array<{ original: [number, number] } | { inserted: string }>;

  constructor(private readonly original: string) {
    this.pieces = [{ original: [0, original.length] }];
  }

  text(): string {
    return this.pieces.map((p) => ('inserted' in p ? p.inserted : this.original.slice(p.original[0], p.original[1]))).join('');
  }

  /** Inserts at an offset of the current text. */
  insert(offset: number, text: string): void {
    let position = 0;
    for (let i = 0; i < this.pieces.length; i++) {
      const piece = this.pieces[i];
      const length = 'inserted' in piece ? piece.inserted.length : piece.original[1] - piece.original[0];
      if (offset <= position + length) {
        const at = offset - position;
        if ('inserted' in piece) {
          piece.inserted = piece.inserted.slice(0, at) + text + piece.inserted.slice(at);
        } else {
          const [start, end] = piece.original;
          this.pieces.splice(i, 1, { original: [start, start + at] }, { inserted: text }, { original: [start + at, end] });
        }
        return;
      }
      position += length;
    }
    this.pieces.push({ inserted: text });
  }

  /** The inserted runs as insertions into the original text. */
  insertions(): TextInsertion[] {
    const result: TextInsertion[] = [];
    let originalOffset = 0;
    for (const piece of this.pieces) {
      if ('inserted' in piece) {
        if (piece.inserted.length === 0) continue;
        const previous = result[result.length - 1];
        if (previous && previous.offset === originalOffset) previous.text += piece.inserted;
        else result.push({ offset: originalOffset, text: piece.inserted });
      } else originalOffset = piece.original[1];
    }
    return result;
  }
}

const CATALOG_ORDER = new Map(RULE_META.map((rule, index) => [rule.meta.id, index]));

/** Insertions adding the skeleton of every missing concept, each in its step's section. */
export function insertAllMissing(text: string, options: LinterOptions, lint: (text: string, options: LinterOptions) => LintResult): TextInsertion[] {
  const tracker = new InsertionTracker(text);
  const done = new Set<string>();
  // Each round inserts one rule's skeleton, so the rule count bounds the loop.
  for (let round = 0; round <= RULE_META.length; round++) {
    const result = lint(tracker.text(), options);
    // In catalog order, so bullets land in each section in the framework's order.
    const next = result.findings
      .filter((f) => f.kind === 'document' && f.fixes.length > 0 && !done.has(f.ruleId))
      .sort((a, b) => (CATALOG_ORDER.get(a.ruleId) ?? 0) - (CATALOG_ORDER.get(b.ruleId) ?? 0))[0];
    if (!next) break;
    done.add(next.ruleId);
    // Insertions only (see above): a skeleton goes after a lone placeholder rather than in its place.
    const insertion = withoutReplacement(next.fixes[0].insertion);
    tracker.insert(insertion.offset, insertion.text);
  }
  return tracker.insertions();
}
