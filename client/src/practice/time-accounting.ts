// Time spent per framework step, from edit timestamps: each edit credits the
// time since the previous edit (or since the session started) to the step
// whose section the edit lands in: the thinking before typing belongs to what
// was typed. A pause longer than the idle cap counts as the cap, so a coffee
// break does not make one step look slow. Pure (no `vscode`), tested by
// test/practice-time.test.ts.

/** Longest pause credited to one edit. */
export const IDLE_CAP_MS = 2 * 60_000;

/** Key for edits outside every step section (title, prompt, front matter). */
export const OUTSIDE_STEPS = 'other';

export class StepClock {
  private readonly spent = new Map<string, number>();
  private last: number;

  constructor(
    readonly startedAt: number,
    private readonly idleCapMs = IDLE_CAP_MS,
  ) {
    this.last = startedAt;
  }

  /** An edit at time `at` (ms) in the section of `step` (undefined: outside the steps). */
  record(step: string | undefined, at: number): void {
    // Clocks can go backwards (system time changes): never credit negative time.
    const elapsed = Math.min(Math.max(0, at - this.last), this.idleCapMs);
    const key = step ?? OUTSIDE_STEPS;
    this.spent.set(key, (this.spent.get(key) ?? 0) + elapsed);
    this.last = Math.max(this.last, at);
  }

  /** Whole seconds per step that received any edit (`other` left out). */
  secondsPerStep(): Record<string, number> {
    const seconds: Record<string, number> = {};
    for (const [step, ms] of this.spent) if (step !== OUTSIDE_STEPS) seconds[step] = Math.round(ms / 1000);
    return seconds;
  }

  /** Milliseconds credited to one key (a step id or OUTSIDE_STEPS). */
  millis(step: string): number {
    return this.spent.get(step) ?? 0;
  }
}

/** "44:59" / "1:05:00" for the status bar countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
