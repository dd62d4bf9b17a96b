// One spelling for characters writers vary: lower case, one kind of dash,
// quote and space, "ё" as "е", full-width ASCII (common in Chinese text) as
// ASCII, Traditional Chinese characters as Simplified (cues are written in
// Simplified; OpenCC's one-to-one pairs, see han-variants-data.ts). The result
// has the same length as the input, so an offset into it is an offset into the
// original text.
import { TRADITIONAL_TO_SIMPLIFIED } from './han-variants-data.js';

const SIMPLIFIED_OF = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_TO_SIMPLIFIED.length; i += 2) SIMPLIFIED_OF.set(TRADITIONAL_TO_SIMPLIFIED[i], TRADITIONAL_TO_SIMPLIFIED[i + 1]);

export function normalize(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code < 128) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) out += '-';
    else if (code === 0x2018 || code === 0x2019) out += "'";
    else if (code === 0x201c || code === 0x201d) out += '"';
    else if (code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000) out += ' ';
    else if (code === 0x451 || code === 0x401) out += 'е';
    else if (code >= 0xff01 && code <= 0xff5e) {
      // Full-width forms of ASCII: "ＡＵＣ", "：", "（".
      const ascii = code - 0xfee0;
      out += ascii >= 65 && ascii <= 90 ? String.fromCharCode(ascii + 32) : String.fromCharCode(ascii);
    } else if (code >= 0x3400 && code <= 0xfaff) {
      out += SIMPLIFIED_OF.get(ch) ?? ch;
    } else {
      const lower = ch.toLowerCase();
      out += lower.length === 1 ? lower : ch;
    }
  }
  return out;
}
