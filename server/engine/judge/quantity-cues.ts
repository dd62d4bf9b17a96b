// Quantities as concept parts ("a time", "a count"). A stop-gap reading of
// digits followed by a unit word, until text/quantities.ts (numbers in every
// form writers use, in three languages) is wired in.
import type { QuantityDimension } from './concept.js';

export interface QuantitySpan {
  start: number;
  end: number;
  dimension: QuantityDimension;
}

const TIME = /\d[\d.,]*\s*(?:ms|msec|milliseconds?|s|sec|secs|seconds?|min|mins|minutes?|hours?|h|hrs?|days?|мс|сек\w*|мин\w*|час\w*|毫秒|秒|分钟|小时)(?![\p{L}])/giu;
const NUMBER = /\d[\d.,]*\s*(?:k|m|b|bn|mm|thousand|million|billion|тыс\.?|млн|млрд|万|亿)?(?![\p{L}])/giu;

export function quantitySpans(text: string): QuantitySpan[] {
  const spans: QuantitySpan[] = [];
  for (const m of text.matchAll(TIME)) spans.push({ start: m.index, end: m.index + m[0].length, dimension: 'time' });
  for (const m of text.matchAll(NUMBER)) {
    if (spans.some((s) => m.index >= s.start && m.index < s.end)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, dimension: 'count' });
  }
  return spans.sort((a, b) => a.start - b.start);
}
