// The precompiled cue phrases (server/engine/text/phrase-cache.ts), which the
// CLI bundle carries in place of compiling the rules' phrases in every
// process, must compile to exactly what compiling them gives. Here a copy of
// the text layer is given the snapshot of every rule's phrases, as
// scripts/bundle.mjs does, and must then compile every phrase as written to
// the same words, find the same matches on real text, and still compile
// phrases the snapshot does not hold. The copy is also given the phrase index
// as the CLI bundle carries it (phrase-index.bin): its sets must read the
// restored entries, not file their own, and match as the originals do.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_RULES } from '../rules/index.js';
import { compiledConcept } from '../server/engine/judge/rule-decision.js';
import type { CompiledConcept } from '../server/engine/judge/concept.js';
import type { PrecompiledPhrases } from '../server/engine/text/phrase-cache.js';
import { compiledPhrasesSnapshot, phraseIndexSnapshot, PhraseSet } from '../server/engine/text/phrases.js';
import { readingOf } from '../server/engine/text/unit-text.js';
import { REPO_ROOT } from './cli-harness.js';

const TEXT_DIR = path.join(REPO_ROOT, 'out', 'server', 'engine', 'text');
const COPY_DIR = path.join(REPO_ROOT, 'out', `phrase-cache-test-${process.pid}`);
after(() => fs.rmSync(COPY_DIR, { recursive: true, force: true }));

function setsOf(concept: CompiledConcept): PhraseSet[] {
  return [
    ...concept.parts.flatMap((part) => [part.phrases, ...(part.quantity?.nouns ? [part.quantity.nouns] : [])]),
    ...concept.combinations.flatMap((combination) => (combination.underHeading ? [combination.underHeading] : [])),
    ...(concept.headings ? [concept.headings] : []),
    ...(concept.exclude ? [concept.exclude] : []),
  ];
}

/** The entry count of a phrase index snapshot (the first number after its JSON). */
function entryCount(index: Uint8Array): number {
  const view = new DataView(index.buffer, index.byteOffset, index.byteLength);
  return view.getInt32((4 + view.getUint32(0, true) + 3) & ~3, true);
}

/** The snapshot's phrases with each word id replaced by the word: two snapshots compare whatever ids they gave. */
function byWords(snapshot: PrecompiledPhrases, written: string): unknown {
  return snapshot.phrases[written]
    .split('|')
    .map((line) => (line.startsWith('~') ? { pieces: line.slice(1).split('~') } : { words: line === '' ? [] : line.split(' ').map((id) => snapshot.words[parseInt(id, 36)]) }));
}

test('a text layer given the precompiled phrases compiles and matches exactly as one that compiles them', async () => {
  const sets = ALL_RULES.flatMap((rule) => {
    const concept = rule.kind === 'document' ? compiledConcept(rule) : undefined;
    return concept ? setsOf(concept) : [];
  });
  assert.ok(sets.length > 200, `the rules' phrase sets (${sets.length})`);
  const snapshot = compiledPhrasesSnapshot();
  const written = new Set(sets.flatMap((set) => set.phrases));
  for (const phrase of written) assert.ok(Object.hasOwn(snapshot.phrases, phrase), `snapshot holds ${JSON.stringify(phrase)}`);

  // A copy of the compiled text layer whose phrase-cache.js holds the snapshot, as the bundle's does.
  fs.mkdirSync(COPY_DIR, { recursive: true });
  for (const file of fs.readdirSync(TEXT_DIR).filter((name) => name.endsWith('.js'))) fs.copyFileSync(path.join(TEXT_DIR, file), path.join(COPY_DIR, file));
  const index = phraseIndexSnapshot();
  fs.writeFileSync(path.join(COPY_DIR, 'phrase-index.bin'), index);
  fs.writeFileSync(
    path.join(COPY_DIR, 'phrase-cache.js'),
    `import fs from 'node:fs';\nconst phrases = JSON.parse(${JSON.stringify(JSON.stringify(snapshot))});\nexport const precompiledPhrases = () => phrases;\nexport const PRECOMPILED_INDEX = fs.readFileSync(new URL('./phrase-index.bin', import.meta.url));\n`,
  );
  const copy = (await import(pathToFileURL(path.join(COPY_DIR, 'phrases.js')).href)) as typeof import('../server/engine/text/phrases.js');

  // Phrases the snapshot does not hold (a rule option's own terms) are compiled as usual.
  const novel = ['__proto__ constructor', 'ultra … {fast|quick} retrain*', '!ZZTop #', '超低延迟'];
  const copies = sets.map((set) => new copy.PhraseSet(set.phrases));
  assert.equal(entryCount(copy.phraseIndexSnapshot()), entryCount(index), "the rules' sets read the restored entries");
  copies.push(new copy.PhraseSet(novel));
  const originals = [...sets, new PhraseSet(novel)];
  assert.equal(entryCount(copy.phraseIndexSnapshot()), entryCount(phraseIndexSnapshot()), 'a set the index does not hold is filed after it');
  const fromCopy = copy.compiledPhrasesSnapshot();
  for (const phrase of written) assert.deepEqual(byWords(fromCopy, phrase), byWords(snapshot, phrase), JSON.stringify(phrase));
  const fresh = compiledPhrasesSnapshot();
  for (const phrase of novel) assert.deepEqual(byWords(fromCopy, phrase), byWords(fresh, phrase), JSON.stringify(phrase));

  // Matches on real text: the examples and a few lines that hold the novel phrases.
  const lines = ['job-recommendations.md', 'job-recommendations-draft.md']
    .flatMap((file) => fs.readFileSync(path.join(REPO_ROOT, 'examples', file), 'utf8').split('\n'))
    .concat(['An ultra quick retraining run', 'ZZTop 3 times', '需要超低延迟', '__proto__ constructor']);
  let found = 0;
  for (const line of lines) {
    const { text, norm, tokens } = readingOf(line);
    for (let i = 0; i < originals.length; i++) {
      const expected = originals[i].matches(text, norm, tokens);
      assert.deepEqual(copies[i].matches(text, norm, tokens), expected, `${JSON.stringify(line)} with ${JSON.stringify(originals[i].phrases.slice(0, 3))}…`);
      found += expected.length;
    }
  }
  assert.ok(found > 500, `the texts hold matches (${found}): else the comparison proves little`);
});
