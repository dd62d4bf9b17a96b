// Identifiers read as words: `class_weight` → "class weight", `latencyP99Ms`
// → "latency P99 Ms", `retrain-schedule` → "retrain schedule",
// `HTTPServer` → "HTTP Server". The letters keep their case (so each maps to
// the identical source character); the rules lower-case text themselves.
import { lastCode, put, take, type Draft } from './draft.js';

/** Characters that join the words of an identifier; each becomes one inserted space. */
function isJoiner(code: number): boolean {
  return code === 95 /* _ */ || code === 45 /* - */ || code === 46 /* . */ || code === 36 /* $ */;
}

const isUpper = (code: number): boolean => code >= 65 && code <= 90;
const isLower = (code: number): boolean => code >= 97 && code <= 122;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Appends value[from, to), an identifier, split into words. */
export function takeIdentifier(draft: Draft, value: string, from: number, to: number): void {
  let runStart = -1;
  let pendingSpace = lastCode(draft) !== -1 && lastCode(draft) !== 32;
  const flush = (end: number): void => {
    if (runStart < 0) return;
    if (pendingSpace) put(draft, ' ');
    take(draft, value, runStart, end);
    runStart = -1;
    pendingSpace = true;
  };
  for (let i = from; i < to; i++) {
    const code = value.charCodeAt(i);
    if (isJoiner(code)) {
      flush(i);
      continue;
    }
    if (runStart >= 0 && isUpper(code)) {
      const before = value.charCodeAt(i - 1);
      const after = i + 1 < to ? value.charCodeAt(i + 1) : 0;
      // latencyP99 → latency P99; P99Ms → P99 Ms; HTTPServer → HTTP Server; B2B stays
      if (isLower(before) || ((isDigit(before) || isUpper(before)) && isLower(after))) flush(i);
    }
    if (runStart < 0) runStart = i;
  }
  flush(to);
}
