// Typing into every document of the development corpus (68 documents, 1.5 MB;
// minutes of CPU), in `npm run test:slow`. `npm test` types into the examples,
// the drafts and a sample of the corpus (test/incremental.test.ts).
import { test } from 'node:test';
import { checkTypingIn, CORPUS_DIR, corpusDocuments, seededRandom } from './incremental-real.js';

const SEED = process.env.MLDL_FUZZ_SEED === undefined ? 20261121 : Number(process.env.MLDL_FUZZ_SEED);

test('every corpus document: typing anywhere never parses a whole document again, and the result equals a full lint', (t) => {
  if (CORPUS_DIR === undefined) {
    t.skip('the development corpus (../shared/corpus/docs) is not there');
    return;
  }
  checkTypingIn(corpusDocuments(), seededRandom(Number.isNaN(SEED) ? Date.now() : SEED));
});
