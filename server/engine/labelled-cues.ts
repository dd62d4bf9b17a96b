// Cue phrases of several kinds compiled into one phrase set, so a unit is
// read once and every match says which kind it is: the steps a heading
// names, the ML concepts a paragraph mentions, the system types it describes.
// The vocabulary itself is data (step-headings.ts, detect-data.ts,
// system-type-data.ts); this is only the lookup.
import type { CueSet } from './judge/concept.js';
import { PhraseSet } from './text/phrases.js';
import type { Token } from './text/tokens.js';

export interface LabelledMatch<L> {
  label: L;
  start: number;
  end: number;
}

export interface TextReading {
  text: string;
  norm: string;
  tokens: readonly Token[];
}

export class LabelledCues<L> {
  private readonly set: PhraseSet;
  private readonly labels: L[] = [];

  constructor(groups: ReadonlyArray<readonly [L, CueSet]>) {
    const phrases: string[] = [];
    for (const [label, cues] of groups) {
      for (const list of Object.values(cues)) {
        for (const phrase of list ?? []) {
          phrases.push(phrase);
          this.labels.push(label);
        }
      }
    }
    this.set = new PhraseSet(phrases);
  }

  /** Every match in the text, by start, longest first at one start. */
  matches(reading: TextReading): Array<LabelledMatch<L>> {
    return this.set.matches(reading.text, reading.norm, reading.tokens).map((m) => ({ label: this.labels[m.phrase], start: m.start, end: m.end }));
  }

  /**
   * The matches not inside a longer one: "business metrics" is one cue, not
   * "business" and "metrics" besides.
   */
  outermost(reading: TextReading): Array<LabelledMatch<L>> {
    const all = this.matches(reading);
    return all.filter((m) => !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  }

  /** The distinct labels matched in the text. */
  labelsIn(reading: TextReading): Set<L> {
    return new Set(this.matches(reading).map((m) => m.label));
  }
}

/** Groups from a record of cue sets, in the record's order. */
export function groupsOf<K extends string>(record: Readonly<Record<K, CueSet>>): Array<[K, CueSet]> {
  return Object.entries(record) as Array<[K, CueSet]>;
}
