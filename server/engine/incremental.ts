// Re-linting a document while it is edited: the regions the edit touches are
// parsed again (regions.ts), the model is assembled from the fragments, and
// rule results are reused per fragment (fragment-cache.ts). The result is the
// same as `lint(text)`; test/incremental.test.ts replays random edits to
// check that after every one.
import type { KnownEdit } from './common-affix.js';
import { lineIndex } from './line-index.js';
import { lintDesignDoc, lint, type LintOptions, type LintResult } from './lint.js';
import { assembleDesignDoc, type AssemblyState, type PlacedFragment } from './model.js';
import { MIN_BLOCK_REGION_CHARS, RegionParser, type Region } from './regions.js';

export class IncrementalLinter {
  private parser: RegionParser;
  /**
   * How often incremental parsing failed and a full lint answered instead:
   * the user still gets the right result, and the property test checks it
   * stays 0 so that the fallback cannot hide a bug in regions.ts.
   */
  fallbacks = 0;
  /** What the model keeps from one edit to the next (model.ts). */
  private assembly: AssemblyState = { root: undefined, lines: undefined };
  /** The regions as the assembly takes them, written over on every edit (the assembly keeps none of them). */
  private readonly parts: PlacedFragment[] = [];

  constructor(private readonly minBlockRegionChars = MIN_BLOCK_REGION_CHARS) {
    this.parser = new RegionParser(minBlockRegionChars);
  }

  /** How much the last update parsed, and how often an edit parsed a whole document (regions.ts). */
  parseStats(): { parsedChars: number; wholeDocumentParses: number } {
    return { parsedChars: this.parser.parsedChars, wholeDocumentParses: this.parser.wholeDocumentParses };
  }

  /**
   * `edit`: how `text` was made from the text linted last, when the caller
   * knows (the review worker does: common-affix.ts); the regions and the line
   * index then compare the two texts only around it. Ignored when the text
   * linted last is another one.
   */
  lint(text: string, options: LintOptions, edit?: KnownEdit): LintResult {
    let regions;
    try {
      regions = this.parser.update(text, edit);
    } catch {
      // Never worse than a full lint: start over from a clean parse next time.
      this.fallbacks++;
      this.parser = new RegionParser(this.minBlockRegionChars);
      this.assembly = { root: undefined, lines: undefined };
      return lint(text, options);
    }
    // The line index brought up to date here, where the edit is known: the assembly finds it current.
    const lines = this.assembly.lines;
    if (edit !== undefined && lines !== undefined && lines.text === edit.before) this.assembly.lines = lineIndex(text, lines, edit);
    const doc = assembleDesignDoc(text, this.placed(regions), this.assembly);
    return lintDesignDoc(doc, options);
  }

  /** `regions` as placed fragments: the objects of the last edit written over, not ~1,300 new ones per edit of a long document. */
  private placed(regions: readonly Region[]): PlacedFragment[] {
    const parts = this.parts;
    for (let k = 0; k < regions.length; k++) {
      const part = parts[k];
      if (part) {
        part.base = regions[k].start;
        part.fragment = regions[k].fragment;
      } else parts[k] = { base: regions[k].start, fragment: regions[k].fragment };
    }
    parts.length = regions.length;
    return parts;
  }
}
