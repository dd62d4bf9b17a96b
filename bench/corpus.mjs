// Builds the benchmark inputs in a temporary directory, never in the repo:
// the development docs (copied, read-only source), those docs replicated to
// about 300 files, and one generated 10,000-line design doc (plus a 500-line
// cut of it for the latency test).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TOPICS = ['Business objective', 'Data', 'Labels', 'Features', 'Model', 'Evaluation', 'Serving', 'Monitoring', 'Rollout', 'Appendix'];

/** One section of a synthetic design doc: prose, a list, a table and a fenced block, as real docs mix them. */
function section(index) {
  const topic = TOPICS[index % TOPICS.length];
  const lines = [`## ${index + 1}. ${topic} (part ${Math.floor(index / TOPICS.length) + 1})`, ''];
  lines.push(
    `The ${topic.toLowerCase()} work for this ranking system is owned by team ${index % 7} and reviewed every sprint with the product lead.`,
    'We measure click-through rate and 7-day retention; the target is +2 % CTR with p99 latency under 150 ms at 20k QPS.',
    'Training data comes from the event log in the warehouse, joined point-in-time with the feature store snapshot.',
    '',
  );
  for (let i = 0; i < 6; i++) lines.push(`- Item ${i + 1}: signal \`feature_${index}_${i}\` computed daily from user and item interactions over 30 days.`);
  lines.push('', '| Metric | Baseline | Target | Owner |', '| --- | --- | --- | --- |');
  for (let i = 0; i < 8; i++) lines.push(`| metric_${index}_${i} | 0.${(index * 7 + i) % 90 + 10} | 0.${(index * 11 + i) % 90 + 10} | team ${i % 3} |`);
  lines.push('', '```python', `def score_${index}(features):`, '    # logistic regression baseline, then a GBDT ranker', '    return model.predict_proba(features)[:, 1]', '```', '');
  for (let i = 0; i < 4; i++) {
    lines.push(`Paragraph ${i + 1} of section ${index + 1}: the model is retrained weekly and rolled out behind a canary with automatic rollback when the online metric drops by more than 1 %.`);
  }
  lines.push('');
  return lines;
}

/** A design doc of about `lineCount` lines, cut at a section boundary. */
export function generateDesignDoc(lineCount) {
  const lines = ['# Ranking system design', '', 'Status: draft. This document proposes a two-stage recommender for the home feed.', ''];
  for (let index = 0; lines.length < lineCount; index++) lines.push(...section(index));
  return `${lines.slice(0, lineCount).join('\n')}\n`;
}

export function prepareInputs(corpusDir) {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-bench-')));
  const docsDir = path.join(root, 'docs');
  const largeDir = path.join(root, 'large');
  const bigDir = path.join(root, 'big');
  for (const dir of [docsDir, largeDir, bigDir]) fs.mkdirSync(dir);
  const names = fs.readdirSync(corpusDir).filter((name) => name.endsWith('.md')).sort();
  for (const name of names) fs.copyFileSync(path.join(corpusDir, name), path.join(docsDir, name));
  const copies = Math.max(1, Math.round(300 / Math.max(1, names.length)));
  for (let copy = 0; copy < copies; copy++) {
    const dir = path.join(largeDir, `copy-${String(copy).padStart(2, '0')}`);
    fs.mkdirSync(dir);
    for (const name of names) fs.copyFileSync(path.join(corpusDir, name), path.join(dir, name));
  }
  const bigText = generateDesignDoc(10_000);
  fs.writeFileSync(path.join(bigDir, 'design-10k.md'), bigText);
  return {
    root,
    corpora: [
      { name: 'development docs', dir: docsDir, files: names.length, bytes: dirBytes(docsDir) },
      { name: `replicated docs`, dir: largeDir, files: names.length * copies, bytes: dirBytes(largeDir) },
      { name: '10,000-line doc', dir: bigDir, files: 1, bytes: Buffer.byteLength(bigText) },
    ],
    bigText,
    smallText: generateDesignDoc(500),
  };
}

function dirBytes(dir) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
  }
  return total;
}
