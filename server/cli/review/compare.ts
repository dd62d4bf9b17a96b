// Which findings a change introduced and which it resolved. Line numbers move
// when text is added above, so a finding is identified by its rule, its
// message and the text of the line it sits on (trimmed); findings about the
// document as a whole (a missing section) by rule and message alone, since
// where they point is only where a fix would go.
import type { Finding } from '../../engine/types.js';

export function findingKey(finding: Finding, text: string): string {
  if (finding.kind === 'document') return `${finding.ruleId}\u0000${finding.message}`;
  const lines = text.split(/\r?\n/);
  const lineText = (lines[finding.range.start.line - 1] ?? '').trim();
  return `${finding.ruleId}\u0000${finding.message}\u0000${lineText}`;
}

export interface FindingDelta {
  introduced: Finding[];
  resolved: Finding[];
}

/** Multiset difference by key: two identical TODO lines before and three after is one introduced. */
export function compareFindings(before: readonly Finding[], beforeText: string, after: readonly Finding[], afterText: string): FindingDelta {
  const remaining = new Map<string, number>();
  for (const finding of before) {
    const key = findingKey(finding, beforeText);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const introduced: Finding[] = [];
  const matched = new Map<string, number>();
  for (const finding of after) {
    const key = findingKey(finding, afterText);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      matched.set(key, (matched.get(key) ?? 0) + 1);
    } else {
      introduced.push(finding);
    }
  }
  const resolved: Finding[] = [];
  for (const finding of before) {
    const key = findingKey(finding, beforeText);
    const used = matched.get(key) ?? 0;
    if (used > 0) matched.set(key, used - 1);
    else resolved.push(finding);
  }
  return { introduced, resolved };
}
