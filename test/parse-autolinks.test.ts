// remark-gfm's bare-URL and e-mail links are looked for only in the blocks that
// may hold one, and a text without "@" is parsed without GFM's e-mail construct
// (server/engine/autolink-literals.ts): the tree must be the one remark-gfm
// makes on its own, and both must still find remark-gfm's parts (an update that
// moves them would silently undo the speed-up).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parseMarkdown, processor, processorWithoutAt } from '../server/engine/parse.js';
import { autolinkLiteralsNarrowed, hasEmailConstruct } from '../server/engine/autolink-literals.js';
import { REPO_ROOT } from './lsp-harness.js';
import { repositoryMarkdownFiles } from './repository-markdown.js';

const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const same = (text: string): void => {
  const expected = JSON.stringify(whole.parse(text));
  assert.equal(JSON.stringify(parseMarkdown(text)), expected, JSON.stringify(text));
  // Without its "@"s, through the parser without the e-mail construct as well.
  const withoutAt = text.replaceAll('@', ' ');
  assert.equal(JSON.stringify(processorWithoutAt.parse(withoutAt)), JSON.stringify(whole.parse(withoutAt)), JSON.stringify(withoutAt));
};

// Pieces that make links where GFM makes them and where it does not (code, links, HTML, escapes, references).
const PIECES = [
  'www.a.com', 'WWW.x.org/p?q=1', 'https://e.io/a_b', 'HTTP://X.Y', 'a@b.co', 'mailto:x@y.com', 'xmpp:u@h.org/r', '[x](http://y)',
  '[www.q.com][r]', '\n[r]: http://z\n', '> ', '\n- ', '\n  - ', '\n1. ', '| a | b |\n|---|---|\n| www.c.d | e@f.gh |\n', '[^1]',
  '\n[^1]: see https://f.g\n', '`www.code.com`', '*em www.e.f*', '**b@c.de**', '&#64;', '&commat;', '\\@', ' ', '\n', '\n\n', 'text',
  'ww.w', 'http:/', '<https://auto.link>', '# h www.h.i\n', '<b>www.html.x</b>', '~~del a@b.cd~~', '![img www.i.j](u)',
  '---\ntitle: a@b.c\n---\n', '```\nwww.fence.x\n```\n', '    www.indented.com\n', 'x&#x40;y.com', 'user&commat;host.org',
];

describe('autolink literals found only where they may be', () => {
  test("the processor runs remark-gfm's transform narrowed", () => {
    assert.ok(autolinkLiteralsNarrowed(processor));
    assert.ok(autolinkLiteralsNarrowed(processorWithoutAt));
  });

  test("the parser for texts without '@' has no e-mail construct, the other has", () => {
    assert.ok(hasEmailConstruct(processor));
    assert.ok(!hasEmailConstruct(processorWithoutAt));
    assert.ok(hasEmailConstruct(whole));
  });

  test('the same tree as remark-gfm on mixed pieces', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      let text = '';
      for (let k = 1 + random(15); k > 0; k--) text += PIECES[random(PIECES.length)];
      same(text);
    }
  });

  test('the same tree as remark-gfm on the repository’s Markdown', () => {
    const files = repositoryMarkdownFiles(REPO_ROOT);
    assert.ok(files.length > 50);
    for (const file of files) same(fs.readFileSync(file, 'utf8'));
  });
});
