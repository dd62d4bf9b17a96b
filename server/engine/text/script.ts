// Which language a piece of text is in. mldl reviews English, Russian and
// Chinese docs; the three are written in different scripts, so counting
// letters per script decides a unit's language exactly where a statistical
// identifier (franc, eld) would guess from n-grams and is unreliable on the
// short units a design doc is made of (a bullet, a table cell). Technical
// English inside a Russian or Chinese sentence ("модель CTR", "离线AUC") is the
// norm, so the unit's language is its majority script, and every token is
// still stemmed by its own script (tokens.ts).

export type Lang = 'en' | 'ru' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'ru', 'zh'];

export type Script = 'latin' | 'cyrillic' | 'han' | 'other';

const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

export function scriptOfChar(ch: string): Script {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code | 32) >= 97 && (code | 32) <= 122 ? 'latin' : 'other';
  if (code >= 0x400 && code <= 0x4ff) return 'cyrillic';
  if (HAN.test(ch)) return 'han';
  if (CYRILLIC.test(ch)) return 'cyrillic';
  if (LATIN.test(ch)) return 'latin';
  return 'other';
}

/**
 * The language of a text by its letters: Han characters count three times
 * (a Chinese word is one or two characters where an English one is five),
 * and a text without letters takes `fallback` (the document's language).
 */
export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  let latin = 0;
  let cyrillic = 0;
  let han = 0;
  for (const ch of text) {
    const script = scriptOfChar(ch);
    if (script === 'latin') latin++;
    else if (script === 'cyrillic') cyrillic++;
    else if (script === 'han') han += 3;
  }
  if (latin + cyrillic + han === 0) return fallback;
  if (han >= latin && han >= cyrillic) return 'zh';
  if (cyrillic >= latin) return 'ru';
  return 'en';
}

/** The language most of a document's text is in, from per-unit languages weighted by length. */
export function majorityLanguage(units: ReadonlyArray<{ lang: Lang; text: string }>): Lang {
  const weight: Record<Lang, number> = { en: 0, ru: 0, zh: 0 };
  for (const unit of units) weight[unit.lang] += unit.lang === 'zh' ? unit.text.length * 3 : unit.text.length;
  return LANGS.reduce((best, lang) => (weight[lang] > weight[best] ? lang : best), 'en' as Lang);
}
