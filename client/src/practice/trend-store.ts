// Earlier practice attempts per problem, for the scorecard's trend. Kept in
// the extension's globalState (a VS Code Memento on this machine, not synced:
// the key is never passed to setKeysForSync) and never sent anywhere but the
// local language server that renders the scorecard. Pure over a small
// key-value interface, so test/practice-trend.test.ts runs without VS Code.
import type { Attempt } from '../../../server/interview/scorecard.js';

/** The part of vscode.Memento this store uses. */
export interface KeyValueStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

export const ATTEMPTS_KEY = 'mldl.practice.attempts';
/** The oldest attempts are dropped beyond this, per problem. */
export const MAX_ATTEMPTS_PER_PROBLEM = 50;

type AttemptsByProblem = Record<string, Attempt[]>;

function isAttempt(value: unknown): value is Attempt {
  if (typeof value !== 'object' || value === null) return false;
  const { date, score } = value as Record<string, unknown>;
  return typeof date === 'string' && typeof score === 'number' && Number.isFinite(score);
}

/** "2026-11-21 20:15" (UTC): sorts as text, short enough for the trend line. */
export function attemptDate(when: Date): string {
  return when.toISOString().slice(0, 16).replace('T', ' ');
}

export class AttemptStore {
  constructor(private readonly store: KeyValueStore) {}

  /** Everything stored, with anything malformed (an older format, a hand edit) dropped. */
  private all(): AttemptsByProblem {
    const raw = this.store.get<unknown>(ATTEMPTS_KEY);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    const clean: AttemptsByProblem = {};
    for (const [problem, attempts] of Object.entries(raw as Record<string, unknown>)) {
      if (Array.isArray(attempts)) clean[problem] = attempts.filter(isAttempt).map((a) => ({ date: a.date, score: a.score }));
    }
    return clean;
  }

  /** Earlier attempts at a problem, oldest first. */
  attempts(problemId: string): Attempt[] {
    const all = this.all();
    return [...(Object.hasOwn(all, problemId) ? all[problemId] : [])].sort((a, b) => a.date.localeCompare(b.date));
  }

  /** Adds an attempt; returns the problem's attempts, oldest first. */
  async record(problemId: string, attempt: Attempt): Promise<Attempt[]> {
    const all = this.all();
    const attempts = [...(Object.hasOwn(all, problemId) ? all[problemId] : []), { date: attempt.date, score: attempt.score }]
      .sort((a, b) => a.date.localeCompare(b.date))
      .slice(-MAX_ATTEMPTS_PER_PROBLEM);
    await this.store.update(ATTEMPTS_KEY, { ...all, [problemId]: attempts });
    return attempts;
  }

  /** Forgets every attempt (all problems). */
  async clear(): Promise<void> {
    await this.store.update(ATTEMPTS_KEY, undefined);
  }
}
