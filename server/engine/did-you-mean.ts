// "Did you mean …?" for every name a user types: presets, settings, severities,
// rule ids (in configuration, front matter, directives and on the command
// line), formats. One rule for what counts as a likely typo, so that every
// message suggests the same way. Edit distance comes from `leven`.
import leven from 'leven';

/**
 * The candidate a mistyped `input` most likely meant, or undefined when none
 * is close: within an edit distance of a third of the input's length (at
 * least 2: "sytem" → "system"), or a candidate that starts with the input
 * ("warn" → "warning"). Case is ignored.
 */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  const typed = input.toLowerCase();
  if (typed.length === 0) return undefined;
  const limit = Math.max(2, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const known = candidate.toLowerCase();
    const distance = typed.length >= 3 && known.startsWith(typed) ? 0.5 : leven(typed, known);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` Did you mean "x"?` (with the leading space), or '' when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const guess = nearest(input, candidates);
  return guess === undefined ? '' : ` Did you mean "${guess}"?`;
}
