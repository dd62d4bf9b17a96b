// One meaning per name (docs/architecture.md, "Words"): "problem" is an
// interview problem of the problem bank (server/interview/problems.ts), and
// nothing else. What is wrong with an input (a config key, front matter, a
// file that cannot be read) is a fault; what the engine itself reports is a
// finding of kind 'engine'. A name made with "problem" must be one of the
// problem bank's, so a new ConfigProblem-like name fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './cli-harness.js';

/** Names built on "problem" that mean an interview problem. */
const INTERVIEW_NAMES = new Set([
  'AttemptsByProblem', 'CatalogProblem', 'findProblem', 'formatProblemList', 'InterviewProblem', 'knownProblems',
  'MAX_ATTEMPTS_PER_PROBLEM', 'pickProblem', 'PracticeProblem', 'PROBLEM_IDS', 'PROBLEM_RULE_QUESTIONS', 'problemId',
  'problemOf', 'problemRules', 'PROBLEMS', 'problemSpecific', 'RANDOM_PROBLEM', 'resolveProblem', 'unknownProblem',
  'WEIGHT_PROBLEM_RULE',
]);
/** The word itself: in code the interview problem; in prose also "Problems panel" and "problem framing", which are not names. */
const WORD = /^problems?$/i;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'fixtures' ? [] : sources(file);
    return /\.(ts|mjs)$/.test(entry.name) ? [file] : [];
  });
}

test('a name made with "problem" means an interview problem', () => {
  const strays: string[] = [];
  const seen = new Set<string>();
  for (const file of ['server', 'rules', 'scripts', 'client/src'].flatMap((dir) => sources(path.join(REPO_ROOT, dir)))) {
    for (const [name] of fs.readFileSync(file, 'utf8').matchAll(/[A-Za-z_$][\w$]*/g)) {
      if (!/problem/i.test(name) || WORD.test(name)) continue;
      seen.add(name);
      if (!INTERVIEW_NAMES.has(name)) strays.push(`${path.relative(REPO_ROOT, file)}: ${name}`);
    }
  }
  assert.deepEqual(strays, [], 'a fault in an input is a fault, an engine finding has kind "engine"; or add an interview name to INTERVIEW_NAMES');
  assert.ok(seen.has('InterviewProblem') && seen.has('problemRules'), 'the scan reads the sources');
});
