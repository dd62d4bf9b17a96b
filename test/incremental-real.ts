// Typing into real documents: shared by test/incremental.test.ts (npm test:
// the examples, the drafts and a few corpus documents picked by the seed) and
// test/incremental-corpus.test.ts (npm run test:slow: every corpus document).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, lintOptions } from '../server/linter.js';
import { type LintResult } from '../server/engine/lint.js';
import { IncrementalLinter } from '../server/engine/incremental.js';
import { sourceSpan } from '../server/engine/model.js';
import { frontMatterShape } from '../server/engine/region-parse.js';

export interface NamedText {
  name: string;
  text: string;
}

/** The development corpus (../shared/corpus/docs from the project root), or undefined where it is not (a clean clone). */
export const CORPUS_DIR: string | undefined = ((dir) => (existsSync(dir) ? dir : undefined))(join(process.cwd(), '..', 'shared', 'corpus', 'docs'));

function markdownIn(dir: string): NamedText[] {
  return readdirSync(dir).filter((name) => name.endsWith('.md')).sort().map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The examples, the drafts and the complete docs of test-fixtures: documents in three languages, in every checkout. */
export function bundledDocuments(): NamedText[] {
  return [join(process.cwd(), 'examples'), join(process.cwd(), 'test-fixtures', 'drafts'), join(process.cwd(), 'test-fixtures', 'complete')].flatMap(markdownIn);
}

export function corpusDocuments(): NamedText[] {
  return CORPUS_DIR === undefined ? [] : markdownIn(CORPUS_DIR);
}

/** What a user sees of a result: findings with their fixes, coverage, system profile, skipping. */
export function observable(result: LintResult): unknown {
  return {
    skipped: result.skipped,
    skipReason: result.skipReason,
    findings: result.findings,
    coverage: result.coverage,
    profile: result.profile,
    directives: result.doc.directives,
    // What the rules read, even where no rule finds anything: a reference left as text changes the words.
    units: result.doc.units.map((unit) => [unit.kind, unit.text, unit.notStatement, ...sourceSpan(unit, 0, unit.text.length)]),
    frontMatter: { present: result.doc.frontMatter.present, data: result.doc.frontMatter.data, faults: result.doc.frontMatter.faults },
  };
}

/** A linear congruential generator: the same edits for the same seed, in every Node version. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` of `documents`, picked by `random` (all of them when there are no more). */
export function sample<T>(documents: readonly T[], count: number, random: () => number): T[] {
  const left = [...documents];
  const picked: T[] = [];
  while (picked.length < count && left.length > 0) picked.push(...left.splice(Math.floor(random() * left.length), 1));
  return picked;
}

/** Which lines open or close a code fence (CommonMark: up to 3 spaces, then 3+ backticks or tildes), as a key. */
function fenceLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .flatMap((line, index) => (/^ {0,3}(?:`{3,}|~{3,})/.test(line) ? [`${index}:${/^ {0,3}(`+|~+)/.exec(line)?.[1] ?? ''}`] : []))
    .join(',');
}

/**
 * Types six characters at random places into each document, re-linting
 * incrementally after each: no edit may parse the whole document again, and
 * the last result must equal a full lint of the same text.
 */
export function checkTypingIn(documents: readonly NamedText[], random: () => number): void {
  for (const { name, text: original } of documents) {
    const linter = new IncrementalLinter();
    let text = original;
    linter.lint(text, lintOptions({ force: true }));
    for (let edit = 0; edit < 6; edit++) {
      const at = Math.floor(random() * text.length);
      const before = text;
      text = `${text.slice(0, at)}${'xe '[edit % 3]}${text.slice(at)}`;
      const parsesBefore = linter.parseStats().wholeDocumentParses;
      linter.lint(text, lintOptions({ force: true }));
      // The two known exceptions (docs/performance.md, "No parse cliff"):
      // a keystroke that opens or closes the front matter ('---' -> '---x')
      // re-parses every region that may hold a list or quote, which on a
      // list-heavy document is all of it, once; one that breaks or makes a
      // code fence ('```yaml' -> '``x`yaml') changes how everything after it
      // reads (the old closing fence now opens one), so it is re-parsed to
      // the end, which near the top of a short doc is all of it. Any other
      // edit must not.
      const frontMatterSwitched = frontMatterShape(before).unclosed !== frontMatterShape(text).unclosed;
      const fencesChanged = fenceLines(before) !== fenceLines(text);
      if (!frontMatterSwitched && !fencesChanged) {
        assert.equal(linter.parseStats().wholeDocumentParses, parsesBefore, `${name}: an edit at ${at} parsed the whole document again`);
      }
    }
    assert.equal(linter.fallbacks, 0, name);
    assert.deepEqual(observable(linter.lint(text, lintOptions({ force: true }))), observable(lint(text, { force: true })), name);
  }
}
