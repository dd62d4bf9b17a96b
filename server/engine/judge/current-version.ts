// What a later-work section says of the version being designed (docs/judgement.md "Section"): "Future work: v1
// retrains weekly; later we add online learning" settles the cadence by its first clause, and under "Roadmap" or
// «План развития» a "### v1" / «### Первая версия» / 「### 一期」 sub-section is the design itself. The corpus
// labelling guide says the same: plans deferred to future work do not settle a point, concrete plans for the first
// version do.
import type { ProseUnit } from '../model.js';

/**
 * Words that open a sentence about the version being designed: "v1 …", "In the first version, …", "Currently …" (not
 * "Launch a canary …", a verb; not "Beyond v1 …", which does not open with the lead).
 */
const LEADS: Readonly<Record<'en' | 'ru' | 'zh', readonly string[]>> = {
  en: ['v1', 'v1.0', 'version 1', 'version one', 'the first version', 'first version', 'the first release', 'the initial version', 'the mvp', 'mvp', 'at launch', 'for launch', 'by launch', 'the pilot',
    'currently', 'today', 'right now', 'for now', 'as of now', 'at the moment', 'already'],
  ru: ['v1', 'mvp', 'первой версии', 'первая версия', 'первом релизе', 'пилоте', 'запуске', 'старте', 'сейчас', 'сегодня', 'уже', 'пока', 'на данный момент', 'на текущий момент'],
  zh: ['v1', 'mvp', '第一版', '首版', '初版', '一期', '上线初期', '目前', '当前', '现阶段', '现在', '已经'],
};
/** Prepositions a lead may come after: "In v1, …", "For launch, …", «В первой версии …», 「在一期…」. */
const BEFORE_LEAD = '(?:(?:in|for|at|from|on|with|в|во|на|для|при|在)\\s*)?';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A whole word: a Latin or Cyrillic lead must not run on into a longer word ("today" not "todays"); Chinese has no spaces.
const leadPattern = (lead: string): string => escape(lead) + (/\p{Script=Han}$/u.test(lead) ? '' : '(?![\\p{L}\\p{N}])');
const ALL_LEADS = Object.values(LEADS).flat().sort((a, b) => b.length - a.length).map(leadPattern).join('|');
/** A sentence that opens (after its list mark or emphasis) with such a lead. */
const OPENS_WITH_CURRENT = new RegExp(`^[\\s*_>\\-•]*${BEFORE_LEAD}(?:${ALL_LEADS})`, 'iu');

/** Whether sentence `index` of the unit speaks of the version being designed, by its opening words. */
export function opensWithCurrentVersion(unit: ProseUnit, index: number): boolean {
  const sentence = unit.words.sentences[index];
  return sentence !== undefined && OPENS_WITH_CURRENT.test(unit.text.slice(sentence.start, sentence.end));
}

/** Headings that are only the version being designed: "v1", "Version 1", "MVP", «Первая версия», 「一期」「第一版」. */
export const CURRENT_VERSION_HEADING: ReadonlySet<string> = new Set([
  'v1', 'v1.0', 'version 1', 'version one', 'first version', 'mvp', 'phase 1', 'phase one', 'now', 'current',
  'первая версия', 'версия 1', 'mvp', 'сейчас', 'текущая версия',
  '一期', '第一版', '首版', '第一期', '当前版本', '现阶段',
]);
