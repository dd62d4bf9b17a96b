// GFM's table construct is tried for a head row only where the next line may
// be a delimiter row (server/engine/table-gate.ts): the tree must be the one
// remark-gfm makes on its own, and the gate must still find remark-gfm's table
// construct (an update that moves it would silently undo the speed-up).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parseMarkdown, processor, processorWithoutAt } from '../server/engine/parse.js';
import { nextLineMayDelimit, tablesGated } from '../server/engine/table-gate.js';
import { REPO_ROOT } from './lsp-harness.js';
import { repositoryMarkdownFiles } from './repository-markdown.js';

const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
/** Whether the text parses to remark-gfm's tree, and whether that holds a table. */
const same = (text: string): boolean => {
  const tree = JSON.stringify(parseMarkdown(text));
  assert.equal(tree, JSON.stringify(whole.parse(text)), JSON.stringify(text));
  return tree.includes('"type":"table"');
};

describe('GFM tables tried only before a possible delimiter row', () => {
  test("both processors gate remark-gfm's table construct", () => {
    assert.ok(tablesGated(processor));
    assert.ok(tablesGated(processorWithoutAt));
    assert.ok(!tablesGated(whole));
  });

  test('a next line of only "|", ":", "-", blanks and ">" with a "-" and a "|" or ":" may delimit', () => {
    const at = (text: string): boolean => nextLineMayDelimit(text, 0);
    for (const text of ['a | b\n|---|---|', 'a\n:--', 'a\r\n| - |', 'a\r--|--', '> a | b\n> | --- | --- |', '  - a | b\n    -|-', 'a\n\t:-:\t'])
      assert.ok(at(text), JSON.stringify(text));
    // No "-"; no "|" or ":" (a setext underline); another character; no next line; the line after next.
    for (const text of ['a | b\n| :: |', 'a\n---', 'a | b\n|---|x|', 'a | b', 'a | b\n', 'a\n\n|---|', 'a\n- b: c'])
      assert.ok(!at(text), JSON.stringify(text));
  });

  test('the same tree as remark-gfm on line mixes of cells, delimiters and container prefixes', () => {
    const PREFIXES = ['', '', '> ', '>', '  ', '- ', '1. ', '    ', '\t', '> > ', '* ', '[^1]: ', '  > '];
    const CELLS = ['a', 'b c', '', ' ', '-', '---', ':--', '--:', ':-:', ':', '|', '\\|', '`x|y`', '**b**', 'www.a.b', '😀', '\t', ' - ', '>'];
    const DELIMITERS = ['-', '---', ':--', '--:', ':-:', ' - ', '', ':'];
    const ENDS = ['\n', '\n', '\r\n', '\r', '\n\n'];
    let seed = 5;
    const random = (n: number): number => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
    };
    let tables = 0;
    for (let i = 0; i < 3000; i++) {
      // Half the mixes keep one prefix on every line, as a table in a quote or a list does.
      const prefix = random(2) ? PREFIXES[random(PREFIXES.length)] : undefined;
      // Most lines have as many cells as the mix's head row would (a table needs the delimiter row to match it).
      const columns = 1 + random(3);
      let text = '';
      for (let line = 1 + random(6); line > 0; line--) {
        text += prefix ?? PREFIXES[random(PREFIXES.length)];
        if (random(2)) text += '|';
        // A third of the lines are (near) delimiter rows.
        const cells = random(3) ? CELLS : DELIMITERS;
        for (let cell = random(4) ? columns : random(5); cell > 0; cell--) text += cells[random(cells.length)] + (random(4) ? '|' : ' ');
        text += ENDS[random(ENDS.length)];
      }
      if (same(text)) tables++;
    }
    // The mixes must hold tables, or they test nothing.
    assert.ok(tables > 100, `${tables} tables`);
  });

  test('the same tree as remark-gfm on the repository’s Markdown', () => {
    const files = repositoryMarkdownFiles(REPO_ROOT);
    assert.ok(files.length > 50);
    for (const file of files) same(fs.readFileSync(file, 'utf8'));
  });
});
