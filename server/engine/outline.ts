// An outline of the framework, not a design: "Framework I want to follow:
// 1. Clarify requirements 2. Frame the ML problem … 7. Monitoring: drift,
// retraining". Interview notes and course templates open with one; its items
// name what a design covers ("Evaluation: offline + online, A/B test") without
// settling any of it, so they are not statements of this design.
import { stepsOfHeading } from './steps.js';
import { PhraseSet } from './text/phrases.js';
import { contentWordCount } from './text/stopwords.js';
import { readingOf } from './text/unit-text.js';

/** Words that introduce a list as an outline of what will be covered (or of what is left to discuss). */
const LEAD_IN = new PhraseSet([
  'framework', 'outline', 'agenda', 'checklist', 'check list', 'template', 'table of contents', 'contents', 'structure of', 'answer structure',
  'topics to cover', 'what to cover', 'steps to follow', 'the steps', 'cover the following',
  // An agenda for the rest of an interview: "Plan for the remaining time:", "If time permits:".
  'remaining time', 'rest of the time', 'if time {permits|allows}', 'time permitting', '{things|topics} to discuss',
  'оставш* время', 'если {останется|будет} время', 'что {еще|ещё} {стоит|можно|нужно} обсудить', '剩下的时间', '剩余时间', '如果时间允许',
  'фреймворк*', 'план ответ*', 'структур*', 'шаблон*', 'чек лист*', 'чеклист*', 'содержани*', 'что нужно осветить', 'шаги',
  '框架', '大纲', '提纲', '步骤', '目录', '模板', '答题思路',
]);

/** Fewer steps than this in a list is a short note, not an outline of the framework. */
const MIN_STEPS = 4;
/** An outline item is a topic with a few subtopics; a longer one says something. */
const MAX_ITEM_WORDS = 10;

/**
 * Whether a list introduced by `leadIn` (the heading or paragraph just before
 * it) is an outline: the lead-in calls it one, and its items, each short,
 * name at least four different steps of the framework.
 */
export function isFrameworkOutline(leadIn: string | undefined, items: readonly string[]): boolean {
  if (!leadIn || items.length < MIN_STEPS) return false;
  const lead = readingOf(leadIn);
  if (LEAD_IN.matches(lead.text, lead.norm, lead.tokens).length === 0) return false;
  const steps = new Set<string>();
  for (const item of items) {
    if (contentWordCount(readingOf(item).tokens) > MAX_ITEM_WORDS) return false;
    const [first] = stepsOfHeading(item);
    if (first) steps.add(first);
  }
  return steps.size >= MIN_STEPS;
}
