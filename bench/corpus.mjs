// Builds the benchmark inputs in a temporary directory, never in the repo:
// the development corpus (../shared/corpus/docs, copied, read-only source),
// the corpus replicated to about 300 files, and one ~10,000-line document
// made by concatenating whole corpus documents in name order, their link
// and footnote definitions included.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** How many files the replicated corpus has (the CLI comparison). */
export const REPLICATED_FILES = 300;
/** How many lines the concatenated document has at least. */
export const BIG_DOC_LINES = 10_000;

export const lineCount = (text) => text.split(/\r\n|\r|\n/).length;

/** Whole documents, in order, until there are `minLines` lines: the text and the names used. */
export function concatenate(docs, minLines) {
  const parts = [];
  let lines = 0;
  for (const doc of docs) {
    if (lines >= minLines) break;
    // Each document starts on a line of its own after a blank line.
    parts.push(doc.text.endsWith('\n') ? doc.text : `${doc.text}\n`);
    lines += lineCount(doc.text);
  }
  return { text: parts.join('\n'), names: docs.slice(0, parts.length).map((d) => d.name) };
}

export function prepareInputs(corpusDir) {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-bench-')));
  const docsDir = path.join(root, 'docs');
  const replicatedDir = path.join(root, 'replicated');
  const bigDir = path.join(root, 'big');
  for (const dir of [docsDir, replicatedDir, bigDir]) fs.mkdirSync(dir);
  const names = fs.readdirSync(corpusDir).filter((name) => name.endsWith('.md')).sort();
  const docs = names.map((name) => ({ name, text: fs.readFileSync(path.join(corpusDir, name), 'utf8') }));
  for (const doc of docs) fs.writeFileSync(path.join(docsDir, doc.name), doc.text);
  // Copies in sub-directories (as a repository has them), round-robin until REPLICATED_FILES.
  for (let i = 0; i < REPLICATED_FILES; i++) {
    const dir = path.join(replicatedDir, `copy-${String(Math.floor(i / docs.length)).padStart(2, '0')}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, docs[i % docs.length].name), docs[i % docs.length].text);
  }
  const big = concatenate(docs, BIG_DOC_LINES);
  const bigName = `corpus-${lineCount(big.text)}-lines.md`;
  fs.writeFileSync(path.join(bigDir, bigName), big.text);
  return {
    root,
    docs,
    big: { name: bigName, text: big.text, sources: big.names },
    corpora: [
      { name: 'corpus docs', dir: docsDir, files: docs.length, bytes: dirBytes(docsDir) },
      { name: 'corpus replicated', dir: replicatedDir, files: REPLICATED_FILES, bytes: dirBytes(replicatedDir) },
      { name: `${lineCount(big.text).toLocaleString('en')}-line doc`, dir: bigDir, files: 1, bytes: Buffer.byteLength(big.text) },
    ],
  };
}

function dirBytes(dir) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
  }
  return total;
}
