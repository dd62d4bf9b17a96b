// Helpers for passage rules that read cue data on the text layer themselves
// (a document rule's concept is compiled by the engine instead).
import { headingChain, PhraseSet, readingOf, type CueSet, type ProseUnit } from '../../server/engine/rule-kit.js';

/** Cue sets joined language by language. */
export function joinCues(...sets: readonly CueSet[]): CueSet {
  const joined: Record<string, string[]> = {};
  for (const set of sets) for (const [lang, cues] of Object.entries(set)) joined[lang] = [...(joined[lang] ?? []), ...(cues ?? [])];
  return joined as CueSet;
}

/** Every language's cues of a set as one compiled phrase set. */
export function phraseSet(set: CueSet): PhraseSet {
  return new PhraseSet(Object.values(set).flatMap((list) => [...(list ?? [])]));
}

/** Whether a heading of the unit's section (innermost to outermost), or a column header over a table row, says something `set` names. */
export function contextNames(unit: ProseUnit, set: PhraseSet): boolean {
  const names = (text: string): boolean => {
    const reading = readingOf(text);
    return set.matches(reading.text, reading.norm, reading.tokens).length > 0;
  };
  return headingChain(unit.section).some(names) || (unit.kind === 'table-row' && (unit.tableHeader ?? []).some(names));
}
