// One spelling for characters writers vary: lower case, one kind of dash,
// quote and space, "ё" as "е", full-width ASCII (common in Chinese text) as
// ASCII, Traditional Chinese characters as Simplified (cues are written in
// Simplified; OpenCC's one-to-one pairs, see han-variants-data.ts). The result
// has the same length as the input, so an offset into it is an offset into the
// original text: each UTF-16 unit is mapped on its own (a lone surrogate half
// is kept), so normalize(text.slice(a, b)) is normalize(text).slice(a, b).
import { TRADITIONAL_TO_SIMPLIFIED } from './han-variants-data.js';

const SIMPLIFIED_OF = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_TO_SIMPLIFIED.length; i += 2) SIMPLIFIED_OF.set(TRADITIONAL_TO_SIMPLIFIED[i], TRADITIONAL_TO_SIMPLIFIED[i + 1]);

/** The normalised form of one UTF-16 unit. */
function normalizeUnit(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return 0x2d; // '-'
  if (code === 0x2018 || code === 0x2019) return 0x27; // "'"
  if (code === 0x201c || code === 0x201d) return 0x22; // '"'
  if (code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000) return 0x20;
  if (code === 0x451 || code === 0x401) return 0x435; // 'е'
  if (code >= 0xff01 && code <= 0xff5e) {
    // Full-width forms of ASCII: "ＡＵＣ", "：", "（".
    const ascii = code - 0xfee0;
    return ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii;
  }
  const ch = String.fromCharCode(code);
  if (code >= 0x3400 && code <= 0xfaff) return (SIMPLIFIED_OF.get(ch) ?? ch).charCodeAt(0);
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

// Every unit's form, filled on first sight: each text of a lint is normalised once per unit, word and phrase,
// and building the result a character at a time (`out += ch`) made a string per character for the collector
// (docs/performance.md, "CLI cold, eleventh pass").
const FORM = new Uint16Array(0x10000);
const KNOWN = new Uint8Array(0x10000);
for (let code = 0; code < 128; code++) {
  FORM[code] = normalizeUnit(code);
  KNOWN[code] = 1;
}

/** Units decoded per String.fromCharCode call (its arguments go on the stack). */
const CHUNK = 4096;
let scratch = new Uint16Array(CHUNK);

export function normalize(text: string): string {
  const length = text.length;
  // Text that is already in its normal form (most words, much of a unit) is returned as it is.
  let i = 0;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (KNOWN[code] === 0) {
      FORM[code] = normalizeUnit(code);
      KNOWN[code] = 1;
    }
    if (FORM[code] !== code) break;
  }
  if (i === length) return text;
  if (scratch.length < length) scratch = new Uint16Array(Math.max(length, 2 * scratch.length));
  const units = scratch;
  for (let k = 0; k < i; k++) units[k] = text.charCodeAt(k);
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (KNOWN[code] === 0) {
      FORM[code] = normalizeUnit(code);
      KNOWN[code] = 1;
    }
    units[i] = FORM[code];
  }
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let from = 0; from < length; from += CHUNK) out += String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + CHUNK)) as unknown as number[]);
  return out;
}

/** A Traditional Chinese character, as one UTF-16 unit in the CJK blocks, that has a Simplified form. */
const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED_OF.keys()].filter((ch) => ch.length === 1 && SIMPLIFIED_OF.get(ch)!.length === 1).join('')}]`, 'gu');

/**
 * `text` with its Traditional Chinese characters written Simplified and nothing else changed (no case
 * folding: the quantity reader needs "QPS" and "DAU" as written). Same length as `text`: "日活兩千萬" reads
 * as "日活两千万", so a number's Chinese multiplier and its counted noun are the ones the lexicons know.
 */
export function simplifyHan(text: string): string {
  TRADITIONAL.lastIndex = 0;
  return TRADITIONAL.test(text) ? text.replace(TRADITIONAL, (ch) => SIMPLIFIED_OF.get(ch)!) : text;
}
