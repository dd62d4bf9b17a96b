// Cue phrases written as data ("baseline", "a/b test", "split … by time",
// "cold start*", "базовая модель", "基线") compiled once and matched against a
// unit's tokens on stems, so inflection and punctuation do not matter.
//
// Phrase syntax, per word:
//   word      matches any word with the same stem (or the same surface form)
//   =word     matches this word only, in any case, not its stem ("=possibly", where the
//             stem would also match "possible")
//   word*     matches any word starting with `word` ("retrain*")
//   !WORD     matches only this exact spelling, case included ("!MAP", the metric, not "map")
//   #         matches a number: a token with a digit, or a number word ("ten", "десять", "十")
//   …  / ...  lets up to five other words stand before the next word
//   {a|b c}   alternatives, expanded when compiled: "{test*|evaluat*} … {later|most recent}";
//             they nest: "{explor*|random {slot*|order*}}"
// A phrase with Chinese characters is matched as text (Chinese has no spaces
// to split words reliably): "离线…评估" is "离线" then "评估" within 8 characters;
// spaces next to a Han character are ignored on both sides, so "ab实验" matches
// "AB 实验" and "负样本" matches "负 样本" (hanTextOf).
import { normalize } from './normalize.js';
import { PRECOMPILED_INDEX, precompiledPhrases, type PrecompiledPhrases } from './phrase-cache.js';
import { scriptOfChar } from './script.js';
import { stemWord } from './stem.js';
import type { Token } from './tokens.js';

/** What `matches` gives a unit where the set has no match. */
const NO_MATCHES: readonly PhraseMatch[] = Object.freeze([]);

export interface PhraseMatch {
  /** Offsets in the unit's text. */
  start: number;
  end: number;
  /** Index of the phrase in the set. */
  phrase: number;
}

/**
 * One word of a compiled phrase. Shared by every phrase that has the same word with the same gap before it:
 * what it matches never changes once made; only its scratch fields (`missRun`, `missIndex`) do.
 */
interface WordPart {
  readonly stem: string;
  readonly word: string;
  readonly prefix: boolean;
  /** `=word`: the surface form only. */
  readonly surface: boolean;
  /** Exact spelling for `!WORD`. */
  readonly exact: string | undefined;
  readonly digit: boolean;
  /** Other words allowed before this part. */
  readonly gapBefore: number;
  /** Where the global index files it (partKeys). */
  readonly keys: readonly string[];
  /** Of its content (partHash): two parts with the same content have the same hash (see canonicalFor). */
  readonly hash: number;
  /**
   * Scratch of matchFrom: in its run `missRun` (findHits' count), no token from `missIndex` on within the
   * part's gap matched it as a later word of a cue. Entries that share their first words and this part
   * (the 339 entries after "a b": "a b test*", "a b …current model", ...) each tried it at the same
   * token; the first failure now settles the rest.
   */
  missRun: number;
  missIndex: number;
}

const WORD_GAP = 5;
const HAN_GAP = 8;
// Number words a writer uses for small counts and orders of magnitude.
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred thousand million billion dozen several few ' +
    'один одна одно два две три четыре пять шесть семь восемь девять десять двенадцать двадцать тридцать сто тысяча тысячи миллион миллиард несколько ' +
    '一 二 两 三 四 五 六 七 八 九 十 百 千 万 亿'
  ).split(' '),
);
const GAP_MARK = /^(?:…|\.\.\.)$/;
const HAN = /\p{Script=Han}/u;
// As tokens.ts strips it from a token's word.
const POSSESSIVE = /['’]s$/;

// Compiling is memoised by phrase as written and by word: the ~370 phrase sets
// a lint compiles on first use hold ~15,000 phrases as written (40 % of them
// repeats) and ~53,000 once alternatives are expanded, made of ~8,000
// distinct words; compiling them was ~20 % of a one-file run's CPU
// (docs/performance.md). A repeated phrase costs one lookup and filing its
// entries. Both caches hold only what the rules' data compiles to.

/** One phrase of a written one's expansions: words, or Han text matched as literal pieces. */
type Expansion = { parts: readonly WordPart[]; pieces?: undefined } | { parts?: undefined; pieces: readonly string[] };

const compiledPhrases = new Map<string, readonly Expansion[]>();
// By the word as written, for no gap (index 0) and a gap (index 1) before it; null: the word has no letters or digits.
const compiledWords = [new Map<string, WordPart | null>(), new Map<string, WordPart | null>()];

function compileWritten(written: string): readonly Expansion[] {
  let expansions = compiledPhrases.get(written);
  if (expansions === undefined) {
    // Read from the precompiled phrases each time, not kept: that is cheap, and a repeated phrase's
    // entries share the first one's words anyway (fileEntry), so keeping them was ~4 MB of heap.
    const fromCache = precompiled(written);
    if (fromCache !== undefined) return fromCache;
    expansions = expandAlternatives(written).map((phrase): Expansion => (HAN.test(phrase) ? { pieces: normalize(phrase).split(/\s*(?:…|\.\.\.)\s*/).map(withoutHanSpaces).filter(Boolean) } : { parts: compileWords(phrase) }));
    compiledPhrases.set(written, expansions);
  }
  return expansions;
}

// The words of the precompiled phrases (phrase-cache.ts), made on first use, by id.
let precompiledWords: Array<WordPart | undefined> | undefined;
// Separators the words and pieces of cue phrases never hold (the snapshot checks), and JSON needs not escape.
const EXPANSION = '|';
const PIECE = '~';

/** What compiling `written` gives, from the precompiled phrases, when they hold it. */
function precompiled(written: string): Expansion[] | undefined {
  const data = precompiledPhrases();
  if (data === undefined || !Object.hasOwn(data.phrases, written)) return undefined;
  const words = (precompiledWords ??= new Array<WordPart | undefined>(data.words.length));
  return data.phrases[written].split(EXPANSION).map((line): Expansion => {
    if (line.startsWith(PIECE)) return { pieces: line.slice(1).split(PIECE) };
    if (line === '') return { parts: [] };
    return {
      parts: line.split(' ').map((digits) => {
        const id = parseInt(digits, 36);
        return (words[id] ??= wordOf(data.words[id]));
      }),
    };
  });
}

function wordOf(line: string): WordPart {
  const [flags, gapBefore, stem, word, exact] = line.split(' ');
  const bits = Number(flags);
  return withKeys({ stem, word, prefix: (bits & 1) !== 0, surface: (bits & 2) !== 0, exact: exact === '' ? undefined : exact, digit: (bits & 4) !== 0, gapBefore: Number(gapBefore) });
}

/**
 * Every phrase compiled so far in this process, and every phrase of
 * the precompiled phrases when there are some (those are not kept once compiled:
 * compileWritten), in their form (PrecompiledPhrases): what
 * scripts/bundle.mjs puts in the bundles after compiling every rule's phrases
 * with the code it bundles. Throws on a word or piece that the form cannot hold.
 */
export function compiledPhrasesSnapshot(): PrecompiledPhrases {
  const ids = new Map<WordPart, string>();
  const words: string[] = [];
  const idOf = (part: WordPart): string => {
    let id = ids.get(part);
    if (id === undefined) {
      const fields = [part.stem, part.word, part.exact ?? ''];
      if (fields.some((field) => /[\s|~]/.test(field))) throw new Error(`cue word ${JSON.stringify(fields)} holds a space, '|' or '~'`);
      ids.set(part, (id = words.length.toString(36)));
      words.push([(part.prefix ? 1 : 0) | (part.surface ? 2 : 0) | (part.digit ? 4 : 0), part.gapBefore, ...fields].join(' '));
    }
    return id;
  };
  // No prototype: a phrase may be any string, "__proto__" included.
  const phrases = Object.create(null) as Record<string, string>;
  const cached = precompiledPhrases();
  const fromCache = cached === undefined ? [] : Object.keys(cached.phrases).map((written): [string, readonly Expansion[]] => [written, precompiled(written)!]);
  for (const [written, expansions] of [...fromCache, ...compiledPhrases]) {
    const lines = expansions.map(({ parts, pieces }) => {
      if (!pieces) return parts.map(idOf).join(' ');
      if (pieces.some((piece) => piece.includes(EXPANSION) || piece.includes(PIECE))) throw new Error(`cue phrase ${JSON.stringify(written)}: a piece holds '|' or '~'`);
      return pieces.map((piece) => PIECE + piece).join('');
    });
    phrases[written] = lines.join(EXPANSION);
  }
  return { words, phrases };
}

function compileWords(phrase: string): WordPart[] {
  const parts: WordPart[] = [];
  let gap = 0;
  for (const raw of phrase.split(/[\s/]+|(?<=\p{L})-(?=\p{L})/u)) {
    if (!raw) continue;
    if (GAP_MARK.test(raw)) {
      gap = WORD_GAP;
      continue;
    }
    const cache = compiledWords[gap === 0 ? 0 : 1];
    let part = cache.get(raw);
    if (part === undefined) cache.set(raw, (part = compileWord(raw, gap)));
    if (part === null) {
      checkDroppedMark(raw, parts[parts.length - 1], phrase);
      continue;
    }
    parts.push(part);
    gap = 0;
  }
  // At its exact length: a pushed-to array has room for 17 (the compiled phrases are kept for the process's life).
  return parts.slice();
}

/**
 * A cue word with no letters or digits is dropped, as the text's tokens drop it, so the cue matches
 * without it. Between two words that is harmless and reads well ("dwell time > #", "bm25 + dense",
 * "recall @ k": the marks are optional there). A mark that stands for what the cue requires is not:
 * "% of users" would match every "of users" and "% пользователей" every «пользователей». So "%"
 * only after a number ("# %", "100 %"), and no cue opens with a mark; anything else throws, naming
 * the cue, when the rule loads (test/rule-concepts-compile.test.ts compiles every rule's concept).
 */
function checkDroppedMark(raw: string, previous: WordPart | undefined, phrase: string): void {
  const percent = raw === '%' || raw === '％';
  const afterNumber = previous !== undefined && (previous.digit || /^\d+$/.test(previous.word));
  if (percent ? afterNumber : previous !== undefined) return;
  const fix = percent ? '; write "# %" for a percentage' : '';
  throw new Error(`cue phrase "${phrase}": "${raw}" is no word of the text (its tokens drop it), so the cue would match without it${fix}`);
}

function compileWord(raw: string, gapBefore: number): WordPart | null {
  if (raw.startsWith('!')) return withKeys({ stem: '', word: '', prefix: false, surface: false, exact: raw.slice(1), digit: false, gapBefore });
  if (raw === '#') return withKeys({ stem: '', word: '', prefix: false, surface: false, exact: undefined, digit: true, gapBefore });
  const surface = raw.startsWith('=');
  const bare = surface ? raw.slice(1) : raw;
  const prefix = bare.endsWith('*');
  // "customer's question": tokens drop the possessive (tokens.ts), so the phrase's word must too.
  const word = normalize(prefix ? bare.slice(0, -1) : bare).replace(/[^\p{L}\p{N}']/gu, '').replace(POSSESSIVE, '');
  if (!word) return null;
  const stem = prefix || surface ? word : stemWord(word, scriptOfChar(word[0]));
  return withKeys({ stem, word, prefix, surface, exact: undefined, digit: false, gapBefore });
}

/**
 * The part with its keys and hash. Written out, not spread (`{ ...part, keys }`): a spread gave each of
 * the ~10,000 parts a hidden class of its own (~300 bytes each).
 */
const withKeys = ({ stem, word, prefix, surface, exact, digit, gapBefore }: PartContent): WordPart => {
  const part = { stem, word, prefix, surface, exact, digit, gapBefore };
  return { stem, word, prefix, surface, exact, digit, gapBefore, keys: partKeys(part), hash: partHash(part), missRun: -1, missIndex: -1 };
};

/** What a part is made of: what decides what it matches. */
type PartContent = Omit<WordPart, 'keys' | 'hash' | 'missRun' | 'missIndex'>;

/** A hash of everything that decides what a part matches and how it is filed (FNV-1a over its fields). */
function partHash(part: PartContent): number {
  const text = `${(part.prefix ? 1 : 0) | (part.surface ? 2 : 0) | (part.digit ? 4 : 0) | (part.exact === undefined ? 0 : 8)} ${part.gapBefore} ${part.stem} ${part.word} ${part.exact ?? ''}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

function samePart(a: WordPart, b: WordPart): boolean {
  return a === b || (a.hash === b.hash && a.stem === b.stem && a.word === b.word && a.prefix === b.prefix && a.surface === b.surface && a.exact === b.exact && a.digit === b.digit && a.gapBefore === b.gapBefore);
}

/**
 * A digit anywhere in a word. Module-level: a regular expression literal is a new RegExp object each
 * time it is evaluated, and `partMatches` runs ~1 M times for the 68 corpus docs (~25 MB of garbage).
 */
const HAS_DIGIT = /\d/;

function partMatches(part: WordPart, token: Token, text: string): boolean {
  // Compared in place: a slice per try was a string per token tried against an exact part.
  if (part.exact !== undefined) return token.end - token.start === part.exact.length && text.startsWith(part.exact, token.start);
  if (part.digit) return HAS_DIGIT.test(token.word) || NUMBER_WORDS.has(token.word);
  if (part.prefix) return token.word.startsWith(part.stem);
  if (part.surface) return token.word === part.word;
  return token.stem === part.stem || token.word === part.word;
}

const MAX_EXPANSIONS = 256;

/**
 * "{a|b} c" → ["a c", "b c"]; alternatives nest: "{a|b {c|d}} e" → ["a e", "b c e", "b d e"].
 * An unbalanced "{" or "}" throws with the phrase named, so a typo fails when the rule loads.
 */
export function expandAlternatives(phrase: string): string[] {
  // expandFrom enforces MAX_EXPANSIONS at every level, the whole phrase included.
  return expandFrom(phrase, phrase);
}

/** Expands `text`, a piece of `phrase` (named in errors). */
function expandFrom(text: string, phrase: string): string[] {
  const open = text.indexOf('{');
  const strayClose = text.indexOf('}');
  if (strayClose >= 0 && (open < 0 || strayClose < open)) throw new Error(`cue phrase "${phrase}": "}" without "{"`);
  if (open < 0) return [text];
  // The "}" that closes this "{", and the "|" at this depth that separate its options.
  const cuts: number[] = [open];
  let depth = 0;
  let close = -1;
  for (let at = open + 1; at < text.length && close < 0; at++) {
    const char = text[at];
    if (char === '{') depth++;
    else if (char === '}') {
      if (depth === 0) close = at;
      else depth--;
    } else if (char === '|' && depth === 0) cuts.push(at);
  }
  if (close < 0) throw new Error(`cue phrase "${phrase}": "{" without "}"`);
  cuts.push(close);
  const head = text.slice(0, open);
  const options: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) options.push(...expandFrom(text.slice(cuts[i] + 1, cuts[i + 1]), phrase));
  const tails = expandFrom(text.slice(close + 1), phrase);
  const out: string[] = [];
  for (const option of options) for (const tail of tails) out.push(`${head}${option}${tail}`);
  if (out.length > MAX_EXPANSIONS) throw new Error(`cue phrase "${phrase}" expands to more than ${MAX_EXPANSIONS} phrases`);
  return out;
}

/** A word phrase of a set: its index in the set, and its entry in the global index. */
type Compiled = { index: number; id: number };

/** A set's word phrases by what can start them, for `matchesByScan`. */
interface ScanIndex {
  byFirst: Map<string, Compiled[]>;
  irregular: Compiled[];
  /** Phrases whose first word is a prefix (`recommend*`), by the prefix's first character: a token tries only those. */
  prefixedByChar: Map<string, Compiled[]>;
}

/** A compiled set of phrases; `matches` finds every occurrence in a unit. */
export class PhraseSet {
  private readonly literals: Array<{ index: number; pieces: readonly string[] }> = [];
  readonly size: number;

  /** Index of the phrase as written (before alternatives were expanded), per compiled phrase. */
  private readonly origin: number[] = [];
  /** Position in the global first-word index, and the index's ids of this set's word phrases: [firstEntry, endEntry). */
  private readonly id: number;
  private readonly firstEntry: number;
  private readonly endEntry: number;
  /** Made on first use: only the test of the global index scans. */
  private scan: ScanIndex | undefined;

  constructor(readonly phrases: readonly string[]) {
    this.size = phrases.length;
    const same = filedSet(phrases);
    if (same !== undefined) {
      // Same phrases in the same order: the same entries would be filed again, each a copy of the
      // earlier set's, and match where they do. Reading the earlier set's range instead gives the
      // same matches (by phrase index) without filing or trying a copy.
      this.id = same.id;
      this.firstEntry = same.firstEntry;
      this.endEntry = same.endEntry;
      this.origin = same.origin;
      this.literals = same.literals;
      return;
    }
    this.id = setCount++;
    // This set's word phrases become the global index's next entries, in the order written.
    this.firstEntry = entryCount;
    let index = 0;
    for (let at = 0; at < phrases.length; at++) {
      for (const { parts, pieces } of compileWritten(phrases[at])) {
        this.origin.push(at);
        if (pieces) {
          if (pieces.length > 0) this.literals.push({ index, pieces });
        } else if (parts.length > 0) fileEntry(index, parts);
        index++;
      }
    }
    this.endEntry = entryCount;
    for (const { pieces } of this.literals) file(byHanChar, pieces[0][0], this.id);
    fileSet({ phrases, id: this.id, firstEntry: this.firstEntry, endEntry: this.endEntry, origin: this.origin, literals: this.literals });
  }

  /**
   * Every match in the unit, by start; at most one per phrase and start token.
   * Most sets match nothing in most units: those all get one shared empty list.
   */
  matches(text: string, norm: string, tokens: readonly Token[]): readonly PhraseMatch[] {
    // Every set's word phrases were matched on the unit at once, through the
    // global first-word index (see below); this set reads its range of them.
    const index = unitIndex(text, norm, tokens);
    const hits = index.hits;
    const first = lowerBound(hits, this.firstEntry);
    const literals = mayHoldHanLiteral(index, this.id);
    if (!literals && !(first < hits.length && hits[first] < this.endEntry)) return NO_MATCHES;
    const found: PhraseMatch[] = [];
    for (let h = first; h < hits.length && hits[h] < this.endEntry; h += 3) {
      found.push({ start: tokens[hits[h + 1]].start, end: tokens[hits[h + 2]].end, phrase: this.origin[entryPhrase[hits[h]]] });
    }
    if (literals) this.matchLiterals((index.hanText ??= hanTextOf(norm)), found);
    return canonical(found);
  }

  /**
   * Whether any of `sets` can match in the unit: false only when none has a
   * match there (their index hits and Han literals are looked at, no match
   * list is made). Lets a caller skip a unit for a group of sets at once.
   */
  static anyMatches(sets: readonly PhraseSet[], text: string, norm: string, tokens: readonly Token[]): boolean {
    const index = unitIndex(text, norm, tokens);
    const hits = index.hits;
    for (const set of sets) {
      const h = lowerBound(hits, set.firstEntry);
      if (h < hits.length && hits[h] < set.endEntry) return true;
      if (mayHoldHanLiteral(index, set.id)) return true;
    }
    return false;
  }

  /**
   * The same matches found the plain way: every token tried against this
   * set's first words. What `matches` must equal (test/text-phrases-index.test.ts).
   */
  matchesByScan(text: string, norm: string, tokens: readonly Token[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    const { byFirst, irregular, prefixedByChar } = (this.scan ??= this.scanIndex());
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const byStem = byFirst.get(token.stem);
      // A phrase filed under both the stem and the word is tried once (the lists are short: no Set per token).
      if (byStem) this.tryAt(byStem, undefined, text, tokens, i, found);
      if (token.word !== token.stem) this.tryAt(byFirst.get(token.word), byStem, text, tokens, i, found);
      this.tryAt(irregular, undefined, text, tokens, i, found);
      if (token.word.length > 0) this.tryAt(prefixedByChar.get(token.word[0]), undefined, text, tokens, i, found);
    }
    // Every literal has a Han character: a unit without one cannot hold it (one scan instead of one per literal).
    if (this.literals.length > 0 && HAN.test(norm)) this.matchLiterals(hanTextOf(norm), found);
    return canonical(found);
  }

  private scanIndex(): ScanIndex {
    const scan: ScanIndex = { byFirst: new Map(), irregular: [], prefixedByChar: new Map() };
    const add = (map: Map<string, Compiled[]>, key: string, entry: Compiled): void => {
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    };
    for (let id = this.firstEntry; id < this.endEntry; id++) {
      const entry: Compiled = { index: entryPhrase[id], id };
      const first = allParts[entryFirstPart[id]];
      if (first.prefix && first.stem.length > 0) add(scan.prefixedByChar, first.stem[0], entry);
      else if (first.prefix || first.exact !== undefined || first.digit) scan.irregular.push(entry);
      else {
        add(scan.byFirst, first.stem, entry);
        if (first.word !== first.stem) add(scan.byFirst, first.word, entry);
      }
    }
    return scan;
  }

  private matchLiterals({ compact, offsets }: HanText, found: PhraseMatch[]): void {
    for (const { index, pieces } of this.literals) {
      let from = 0;
      for (;;) {
        const at = compact.indexOf(pieces[0], from);
        if (at < 0) break;
        const end = matchLiteralRest(compact, pieces, at + pieces[0].length, 1);
        if (end >= 0) found.push({ start: offsets[at], end: offsets[end - 1] + 1, phrase: this.origin[index] });
        from = at + 1;
      }
    }
  }

  /** Tries the phrases of `list` (those not in `skip`) at token `i`, adding each match to `found`. */
  private tryAt(list: readonly Compiled[] | undefined, skip: ReadonlyArray<{ index: number }> | undefined, text: string, tokens: readonly Token[], i: number, found: PhraseMatch[]): void {
    if (!list) return;
    for (const { index, id } of list) {
      if (skip?.some((other) => other.index === index)) continue;
      // Without the misses findHits keeps (WordPart.missRun): this is what findHits is checked against.
      const last = matchEntry(id, tokens, text, i, false);
      if (last >= 0) found.push({ start: tokens[i].start, end: tokens[last].end, phrase: this.origin[index] });
    }
  }
}

/** What a set filed in the global index: another set with the same phrases reads it (filedSet). */
interface FiledSet {
  readonly phrases: readonly string[];
  readonly id: number;
  readonly firstEntry: number;
  readonly endEntry: number;
  readonly origin: number[];
  readonly literals: Array<{ index: number; pieces: readonly string[] }>;
}

/** Sets filed so far, by their first phrase and size (see `filedSet`), in the order they were made. */
const filedSets = new Map<string, FiledSet[]>();
const setKey = (phrases: readonly string[]): string => `${phrases.length} ${phrases[0] ?? ''}`;

/**
 * An earlier set with the same phrases in the same order, if there is one: ~10 % of the
 * phrases the rules compile are in a list that another concept or reading compiled before
 * (a shared word list used as a part of several concepts). In the CLI bundle, every rule's
 * sets are filed before the first is made (PRECOMPILED_INDEX).
 */
function filedSet(phrases: readonly string[]): FiledSet | undefined {
  const sets = filedSets.get(setKey(phrases));
  return sets?.find((set) => set.phrases.length === phrases.length && set.phrases.every((phrase, k) => phrase === phrases[k]));
}

function fileSet(set: FiledSet): void {
  const key = setKey(set.phrases);
  const sets = filedSets.get(key);
  if (sets) sets.push(set);
  else filedSets.set(key, [set]);
}

/** Matches by start, longest first, each once: the same list whatever order they were found in. */
function canonical(found: PhraseMatch[]): PhraseMatch[] {
  if (found.length < 2) return found;
  // Most lists are in order already, without repeats (strictly ascending): sorting and filtering them
  // would give them back as they are, through two new arrays.
  let ordered = true;
  for (let i = 1; i < found.length && ordered; i++) if (byStartLongestFirst(found[i - 1], found[i]) >= 0) ordered = false;
  if (ordered) return found;
  found.sort(byStartLongestFirst);
  // Alternatives of one written phrase can match the same words twice.
  return found.filter((m, i) => i === 0 || m.start !== found[i - 1].start || m.end !== found[i - 1].end || m.phrase !== found[i - 1].phrase);
}

function byStartLongestFirst(a: PhraseMatch, b: PhraseMatch): number {
  return a.start - b.start || b.end - a.end || a.phrase - b.phrase;
}

// The global phrase index. Every phrase of every PhraseSet made of words is
// an entry, numbered in the order the sets were made (so one set's entries are
// a range), filed under a key of what can start it: its first word's stem and
// surface form; an exact spelling (`!MAP`) under its normalised form, which is
// the token's word; a prefix (`retrain*`) under its first one to three
// characters; a number (`#`) under the number key; a bare `*` under no key
// (tried at every token). Within those, an entry is filed again under a key of
// its second word, the same way, when it has one: most tries of a common first
// word ("model", "data", a number) fail on the word after it. A unit's tokens
// are looked up once, for every set at once; the entries filed under a token's
// keys, whose second word's key is one of the next tokens' within the gap it
// allows, are tried there, and the matches (a few per unit: most tries fail)
// are kept, by entry, with the token list, which a unit's reading keeps for
// its life. A set reads its range of them. Han literals are filed by set under
// their first character and matched by the set. The index only leaves out
// tries that cannot match, so a set's matches are those of a scan of every
// token (`matchesByScan`).

const PREFIX_KEY = 3;
// Keys of prefixes and numbers are marked so that they never equal a word.
const PREFIX_MARK = '\u0001';
const NUMBER_KEY = '\u0002';
// The entries, by id, as columns of numbers rather than an object and an array of words each
// (~110,000 entries): the index of the phrase in its set, where its words are in `allParts` (an
// entry with the same words as an earlier one has that one's) and how many, and the last entry
// with its words (see `copies`). Typed, with room to grow, so that the CLI bundle's precompiled
// index (restoreIndex) is used as it is read, without a copy made number by number.
let entryCount = 0;
let entryPhrase: Int32Array<ArrayBufferLike> = new Int32Array(1024);
let entryFirstPart: Int32Array<ArrayBufferLike> = new Int32Array(1024);
let entryPartCount: Int32Array<ArrayBufferLike> = new Int32Array(1024);
/** Per entry, the last entry with its words (itself when none follows). */
let lastCopy: Int32Array<ArrayBufferLike> = new Int32Array(1024);
let allParts: WordPart[] = [];

/** A new entry's id, its columns written. */
function addEntry(phrase: number, firstPart: number, partCount: number): number {
  const id = entryCount;
  if (id === entryPhrase.length) {
    const size = Math.max(1024, 2 * id);
    entryPhrase = grown(entryPhrase, size);
    entryFirstPart = grown(entryFirstPart, size);
    entryPartCount = grown(entryPartCount, size);
    lastCopy = grown(lastCopy, size);
  }
  entryPhrase[id] = phrase;
  entryFirstPart[id] = firstPart;
  entryPartCount[id] = partCount;
  lastCopy[id] = id;
  entryCount++;
  return id;
}

function grown(column: Int32Array<ArrayBufferLike>, size: number): Int32Array<ArrayBufferLike> {
  const out = new Int32Array(size);
  out.set(column);
  return out;
}

/** The entry's `k`th word, if it has one. */
const partOf = (id: number, k: number): WordPart | undefined => (k < entryPartCount[id] ? allParts[entryFirstPart[id] + k] : undefined);

/**
 * The entries filed under one key of their first word, split by their second
 * word: `next` holds those whose second word must stand right after the
 * first, `gapped` those that allow other words before it, both by the second
 * word's key; `rest` those with no second word or one that any word matches.
 * Every list is in ascending id order, as entries are filed.
 */
interface Bucket {
  rest: number[];
  next: Map<number, number[]> | undefined;
  gapped: Map<number, number[]> | undefined;
  /** The bits (keyBit) of the keys of `next` and of `gapped`, or-ed: a token with none of them finds nothing there. */
  nextBits: number;
  gappedBits: number;
}

/** A bucket with nothing filed yet. */
const emptyBucket = (): Bucket => ({ rest: [], next: undefined, gapped: undefined, nextBits: 0, gappedBits: 0 });

/**
 * One of 32 bits for a key, by its id (a multiplicative hash). A bucket's second-word maps and a token
 * each have their keys' bits or-ed, and a map is looked up for a token only when the two share a bit: of
 * the ~1.26 M second-word lookups of the 68 corpus docs, 95 % found nothing (docs/performance.md, "CLI
 * cold, fourteenth pass").
 */
const keyBit = (key: number): number => 1 << (Math.imul(key, 0x9e3779b1) >>> 27);

function keysBits(keys: readonly number[]): number {
  let bits = 0;
  for (const key of keys) bits |= keyBit(key);
  return bits;
}

/** The buckets by their key's id (knownKeys): an array read, not a string hashed and compared per key of every token. */
const byKey: Array<Bucket | undefined> = [];
/**
 * The CLI bundle's precompiled buckets not read yet, by key id: where each is in the
 * restored numbers (restoreIndex), -1 for none. A one-file run looks up a fraction of the
 * ~6,000 keys, so each bucket is made on first use (bucketFor).
 */
let packedBuckets: Int32Array | undefined;
let packedNumbers: Int32Array | undefined;

/** The bucket of entries filed under a key of their first word, if there is one. */
function bucketFor(key: number): Bucket | undefined {
  const bucket = byKey[key];
  if (bucket !== undefined || packedBuckets === undefined || key >= packedBuckets.length) return bucket;
  const at = packedBuckets[key];
  if (at < 0) return undefined;
  packedBuckets[key] = -1;
  const unpacked = readBucket(packedNumbers!, at, emptyBucket()).bucket;
  byKey[key] = unpacked;
  return unpacked;
}

const anyWord: Bucket = emptyBucket();
const byHanChar = new Map<string, number[]>();
let setCount = 0;

function file<Key>(map: Map<Key, number[]>, key: Key, id: number): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (ids[ids.length - 1] !== id) map.set(key, appended(ids, id));
}

/**
 * `ids` with `id` after them. Most of the index's ~40,000 id lists are short:
 * a push would give each room for 17 ids (V8 grows an array by half plus 16),
 * so a short list is copied at its exact length instead (~6 MB of heap).
 */
function appended(ids: number[], id: number): number[] {
  if (ids.length >= 16) {
    ids.push(id);
    return ids;
  }
  return ids.concat(id);
}

/** The keys a token must have for `part` to match it (see keysOfToken); none when any token can. */
function partKeys(part: PartContent): string[] {
  if (part.exact !== undefined) return [normalize(part.exact).replace(POSSESSIVE, '')];
  if (part.digit) return [NUMBER_KEY];
  if (part.prefix) return part.stem.length > 0 ? [PREFIX_MARK + part.stem.slice(0, PREFIX_KEY)] : [];
  // `=word` matches the surface form only; a plain word its stem or its surface form.
  if (part.surface || part.stem === part.word) return [part.word];
  return [part.stem, part.word];
}

const NO_KEYS: readonly string[] = [];

function fileInBucket(bucket: Bucket, id: number): void {
  const second = partOf(id, 1);
  const keys = second ? second.keys : NO_KEYS;
  if (second === undefined || keys.length === 0) {
    if (bucket.rest[bucket.rest.length - 1] !== id) bucket.rest = appended(bucket.rest, id);
    return;
  }
  const next = second.gapBefore === 0;
  const map = next ? (bucket.next ??= new Map()) : (bucket.gapped ??= new Map());
  let bits = 0;
  for (const key of keys) {
    // Known: fileEntry knew the keys of an entry's first two words.
    const keyId = knownKeys.get(key)!;
    file(map, keyId, id);
    bits |= keyBit(keyId);
  }
  if (next) bucket.nextBits |= bits;
  else bucket.gappedBits |= bits;
}

// Entries whose words are the same as an earlier entry's (the same cue in
// several sets: "model", "a/b test*", "latency" are cues of many concepts)
// match at the same tokens: only the first of them, its canonical entry, is
// filed and tried, and its matches are copied to the others (`copies`). On the
// 68 corpus docs 43 % of all tries were of such copies (docs/performance.md,
// "CLI cold, eighth pass"). Canonical entries are found by a hash of their
// words' content (two spellings can compile alike), not a string of it: a
// string per entry was ~6 MB of heap.
/** Per canonical entry, the later entries with its words, in ascending order (undefined: none). */
const copies: Array<number[] | undefined> = [];
/**
 * The canonical entries by the hash of their words, open addressing: a slot
 * holds an entry id + 1, 0 when empty; at most half the slots are used.
 * (A Map from hash to id was 3.5 MB.)
 */
let canonicalSlots: Int32Array<ArrayBufferLike> = new Int32Array(1 << 12);
let canonicalCount = 0;

function entryHash(parts: ArrayLike<WordPart>, from: number, count: number): number {
  let hash = count;
  for (let k = from; k < from + count; k++) hash = Math.imul(hash ^ parts[k].hash, 0x01000193) + 0x9e3779b9;
  return hash | 0;
}

/** The canonical entry with the words of `parts`, if there is one, else the free slot where it goes (as -1 - slot). */
function canonicalFor(parts: readonly WordPart[], hash: number): number {
  const mask = canonicalSlots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const held = canonicalSlots[slot];
    if (held === 0) return -1 - slot;
    const id = held - 1;
    if (entryPartCount[id] === parts.length && samePartsAt(entryFirstPart[id], parts)) return id;
  }
}

/** Whether allParts from `first` on are `parts`. */
function samePartsAt(first: number, parts: readonly WordPart[]): boolean {
  for (let k = 0; k < parts.length; k++) if (!samePart(allParts[first + k], parts[k])) return false;
  return true;
}

function addCanonical(id: number, slot: number): void {
  canonicalSlots[slot] = id + 1;
  if (++canonicalCount * 2 <= canonicalSlots.length) return;
  const old = canonicalSlots;
  canonicalSlots = new Int32Array(old.length * 2);
  const mask = canonicalSlots.length - 1;
  for (const held of old) {
    if (held === 0) continue;
    let free = entryHash(allParts, entryFirstPart[held - 1], entryPartCount[held - 1]) & mask;
    while (canonicalSlots[free] !== 0) free = (free + 1) & mask;
    canonicalSlots[free] = held;
  }
}

function fileEntry(index: number, parts: readonly WordPart[]): void {
  const found = canonicalFor(parts, entryHash(parts, 0, parts.length));
  if (found >= 0) {
    const copy = addEntry(index, entryFirstPart[found], parts.length);
    copies[found] = appended(copies[found] ?? [], copy);
    lastCopy[found] = copy;
    return;
  }
  const id = addEntry(index, allParts.length, parts.length);
  // Loops, not `push(...parts)`, `slice` and `every`: this runs ~110,000 times in every process
  // that lints, mostly before V8 optimises it.
  for (let k = 0; k < parts.length; k++) allParts.push(parts[k]);
  addCanonical(id, -1 - found);
  for (let k = 0; k < parts.length && k < 2; k++) for (const key of parts[k].keys) know(key);
  const keys = parts[0].keys;
  if (keys.length === 0) fileInBucket(anyWord, id);
  for (const key of keys) {
    const keyId = knownKeys.get(key)!;
    let bucket = bucketFor(keyId);
    if (!bucket) byKey[keyId] = bucket = emptyBucket();
    fileInBucket(bucket, id);
  }
}

// Every key some filed entry's first or second word has: a token's key that
// is not among them can find nothing, in the first-word index or in a
// bucket's second-word maps. Most of a token's candidate keys (its one- and
// two-character prefixes, a surface form no phrase uses) are such keys, and
// looking each up in every bucket within the gap was most of the index's cost
// (docs/performance.md, "CLI cold, fourth pass").
// Each is numbered in the order it became known: the index of its bucket (byKey) and its key in the
// buckets' second-word maps, so that matching a token hashes no string but its word (keysOfToken).
const knownKeys = new Map<string, number>();

function know(key: string): void {
  if (knownKeys.has(key)) return;
  knownKeys.set(key, knownKeys.size);
  // One slot per known key, so that the array stays dense (an element far past its end makes it a dictionary).
  byKey.push(undefined);
  // A word's filtered keys were computed without this one.
  wordKeys.clear();
}

/** A word's keys that some entry has, and the stem it was computed with (a word's stem in practice never varies). */
interface WordKeys {
  stem: string;
  /** Its surface form, first one to three characters as prefix keys, the number key when it is a number, then its stem: the ids of those that are known. */
  keys: number[];
  /** Their bits (keyBit), or-ed. */
  bits: number;
}

const wordKeys = new Map<string, WordKeys>();
const MAX_WORD_KEYS = 100_000;

function candidateKeys(word: string, stem: string): number[] {
  const keys = [word];
  for (let k = 1; k <= PREFIX_KEY && k <= word.length; k++) keys.push(PREFIX_MARK + word.slice(0, k));
  if (HAS_DIGIT.test(word) || NUMBER_WORDS.has(word)) keys.push(NUMBER_KEY);
  if (stem !== word) keys.push(stem);
  const ids: number[] = [];
  for (const key of keys) {
    const id = knownKeys.get(key);
    if (id !== undefined) ids.push(id);
  }
  // Kept per word (wordKeys): at its exact length, where a pushed-to array has room for 17.
  return ids.slice();
}

/** The keys of a token (see partKeys) that some entry is filed under, each once, and their bits. */
function keysOfToken(token: Token): WordKeys {
  const cached = wordKeys.get(token.word);
  if (cached !== undefined && cached.stem === token.stem) return cached;
  const keys = candidateKeys(token.word, token.stem);
  const made = { stem: token.stem, keys, bits: keysBits(keys) };
  if (cached !== undefined) return made;
  if (wordKeys.size >= MAX_WORD_KEYS) wordKeys.clear();
  wordKeys.set(token.word, made);
  return made;
}

interface UnitIndex {
  /** Entries and sets that existed when it was made: a set made later extends it. */
  entryCount: number;
  setCount: number;
  /** (entry, first token, last token) of every match, by entry, then token. */
  hits: Int32Array;
  /** Sets with a Han literal whose first character is in the unit (a bitset), for a unit with Han text. */
  hanSets: Uint32Array | undefined;
  /** The text Han literals are matched in, made when a set first may hold one. */
  hanText?: HanText;
}

const indexOf = new WeakMap<readonly Token[], UnitIndex>();

function unitIndex(text: string, norm: string, tokens: readonly Token[]): UnitIndex {
  let index = indexOf.get(tokens);
  if (!index) {
    index = { entryCount, setCount, hits: findHits(text, tokens, 0), hanSets: hanSetsOf(norm) };
    indexOf.set(tokens, index);
  } else if (index.setCount < setCount) {
    // A set compiled after the unit was indexed: its entries come after all
    // others, so their matches go after the ones kept.
    const more = findHits(text, tokens, index.entryCount);
    const hits = new Int32Array(index.hits.length + more.length);
    hits.set(index.hits);
    hits.set(more, index.hits.length);
    index.hits = hits;
    index.hanSets = hanSetsOf(norm);
    index.entryCount = entryCount;
    index.setCount = setCount;
  }
  return index;
}

/**
 * Per token of the unit findHits is at, its keys and their bits (keysOfToken), and the matches it finds before
 * sortedHits packs them: kept from one unit to the next (findHits never runs inside itself), not made per unit.
 */
let tokenBits = new Int32Array(256);
const keysScratch: number[][] = [];
let foundBuffer: Int32Array<ArrayBufferLike> = new Int32Array(768);
let foundSize = 0;

/** Adds a match (entry, first token, last token) to the unit's found ones (`foundBuffer`). */
function addFound(id: number, first: number, last: number): void {
  if (foundSize + 3 > foundBuffer.length) foundBuffer = grown(foundBuffer, 2 * foundBuffer.length);
  foundBuffer[foundSize++] = id;
  foundBuffer[foundSize++] = first;
  foundBuffer[foundSize++] = last;
}

/** How many times findHits has run: what a part's miss (WordPart.missRun) is of. */
let matchRun = 0;

/** The matches of every entry numbered `from` or later in a unit, as (entry, first token, last token), by entry then token. */
function findHits(text: string, tokens: readonly Token[], from: number): Int32Array {
  foundSize = 0;
  const count = tokens.length;
  const keys = keysScratch;
  if (tokenBits.length < count) tokenBits = new Int32Array(Math.max(count, 2 * tokenBits.length));
  const bits = tokenBits;
  for (let i = 0; i < count; i++) {
    const made = keysOfToken(tokens[i]);
    keys[i] = made.keys;
    bits[i] = made.bits;
  }
  matchRun++;
  const tryAll = (ids: readonly number[] | undefined, i: number): void => {
    if (!ids) return;
    for (let k = ids.length - 1; k >= 0; k--) {
      const id = ids[k];
      // Only matches of entries at `from` or later are wanted (see unitIndex). Ids are filed in
      // ascending order, but an earlier canonical entry may have a copy at `from` or later, so the
      // whole list is looked at; `from` is above 0 only for a set compiled after the unit was indexed.
      if (id < from && lastCopy[id] < from) continue;
      const last = matchEntry(id, tokens, text, i, true);
      if (last < 0) continue;
      if (id >= from) addFound(id, i, last);
      const more = copies[id];
      if (more !== undefined) for (const copy of more) if (copy >= from) addFound(copy, i, last);
    }
  };
  // The entries of `map` whose second word's key is one of token j's: none when the two have no bit (keyBit) in common.
  const tryKeysAt = (map: Map<number, number[]>, mapBits: number, j: number, i: number): void => {
    if ((mapBits & bits[j]) === 0) return;
    for (const key of keys[j]) tryAll(map.get(key), i);
  };
  const tryBucket = (bucket: Bucket | undefined, i: number): void => {
    if (!bucket) return;
    tryAll(bucket.rest, i);
    if (bucket.next !== undefined && i + 1 < count) tryKeysAt(bucket.next, bucket.nextBits, i + 1, i);
    // A phrase found at several places within the gap is tried again each time; the duplicates are dropped below.
    if (bucket.gapped !== undefined) for (let j = i + 1; j <= i + 1 + WORD_GAP && j < count; j++) tryKeysAt(bucket.gapped, bucket.gappedBits, j, i);
  };
  for (let i = 0; i < count; i++) {
    // A phrase filed under two of a token's keys is found twice; the duplicate is dropped below.
    for (const key of keys[i]) tryBucket(bucketFor(key), i);
    tryBucket(anyWord, i);
  }
  return sortedHits(foundBuffer, foundSize, count);
}

// A match (entry, first token, last token) packed into one exact float64, so
// that a unit's matches sort as numbers (a typed array's sort) instead of
// through a comparison function: the entry above the first token above the
// match's length in tokens.
const TOKEN_SPACE = 2 ** 20;
const ENTRY_SPACE = 2 ** 22;
const LENGTH_SPACE = 2 ** 8;

let packedScratch = new Float64Array(256);

/** The first `used` numbers of `found` (triples) by entry then first token, each (entry, first) once. */
function sortedHits(found: Int32Array, used: number, tokenCount: number): Int32Array {
  const n = used / 3;
  if (packedScratch.length < n) packedScratch = new Float64Array(Math.max(n, 2 * packedScratch.length));
  const packed = packedScratch.subarray(0, n);
  let packable = tokenCount < TOKEN_SPACE && entryCount < ENTRY_SPACE;
  for (let k = 0; k < n && packable; k++) {
    const length = found[3 * k + 2] - found[3 * k + 1];
    if (length >= LENGTH_SPACE) packable = false;
    packed[k] = (found[3 * k] * TOKEN_SPACE + found[3 * k + 1]) * LENGTH_SPACE + length;
  }
  const hits = new Int32Array(used);
  let size = 0;
  if (packable) {
    packed.sort();
    let previous = -1;
    for (let k = 0; k < n; k++) {
      const length = packed[k] % LENGTH_SPACE;
      const start = (packed[k] - length) / LENGTH_SPACE;
      // The same phrase at the same token is the same match, found twice (under two keys, or within a gap).
      if (start === previous) continue;
      previous = start;
      const first = start % TOKEN_SPACE;
      hits[size++] = (start - first) / TOKEN_SPACE;
      hits[size++] = first;
      hits[size++] = first + length;
    }
  } else {
    const order = Array.from({ length: n }, (_, k) => 3 * k).sort((a, b) => found[a] - found[b] || found[a + 1] - found[b + 1]);
    for (const k of order) {
      if (size > 0 && hits[size - 3] === found[k] && hits[size - 2] === found[k + 1]) continue;
      hits[size++] = found[k];
      hits[size++] = found[k + 1];
      hits[size++] = found[k + 2];
    }
  }
  return size === hits.length ? hits : hits.slice(0, size);
}

/** Sets with a literal that may occur in a unit with Han text (a bitset), else undefined. */
function hanSetsOf(norm: string): Uint32Array | undefined {
  if (byHanChar.size === 0 || !HAN.test(norm)) return undefined;
  const bits = new Uint32Array((setCount + 31) >>> 5);
  // Literals are filed under their first UTF-16 unit, so the text is read by units too.
  for (let i = 0; i < norm.length; i++) for (const id of byHanChar.get(norm[i]) ?? []) bits[id >>> 5] |= 1 << (id & 31);
  return bits;
}

/**
 * Spaces next to a Han character carry no meaning: writers put them between
 * Chinese and Latin words or numbers ("AB 实验", "CTR 预估", "每天 20 亿") as
 * often as not, and sometimes between Chinese words ("负 样本"). Han literals
 * and the text they are matched in both drop them, so one cue matches every
 * spacing.
 */
const HAN_SPACES = /\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+/gu;

function withoutHanSpaces(piece: string): string {
  return piece.replace(HAN_SPACES, '');
}

/** A unit's normalised text without the spaces next to Han characters, with each character's offset in the text. */
interface HanText {
  compact: string;
  offsets: Int32Array;
}

function hanTextOf(norm: string): HanText {
  const offsets = new Int32Array(norm.length);
  let compact = '';
  let kept = 0;
  let last = 0;
  for (const m of norm.matchAll(HAN_SPACES)) {
    compact += norm.slice(last, m.index);
    for (let i = last; i < m.index; i++) offsets[kept++] = i;
    last = m.index + m[0].length;
  }
  compact += norm.slice(last);
  for (let i = last; i < norm.length; i++) offsets[kept++] = i;
  return { compact, offsets: kept === norm.length ? offsets : offsets.slice(0, kept) };
}

/** Whether the unit may hold one of the set's Han literals (hanSetsOf). */
function mayHoldHanLiteral(index: UnitIndex, setId: number): boolean {
  return index.hanSets !== undefined && (index.hanSets[setId >>> 5] & (1 << (setId & 31))) !== 0;
}

/** Index (a multiple of 3) of the first hit whose entry is at least `entry`. */
function lowerBound(hits: Int32Array, entry: number): number {
  let lo = 0;
  let hi = hits.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hits[3 * mid] < entry) lo = mid + 1;
    else hi = mid;
  }
  return 3 * lo;
}

/** The last token of entry `id`'s match that starts at token `index`, or -1. */
function matchEntry(id: number, tokens: readonly Token[], text: string, index: number, memo: boolean): number {
  const first = entryFirstPart[id];
  return matchFrom(first, first + entryPartCount[id], tokens, text, index, first, memo);
}

/**
 * The words allParts[first, end) from the one at `at`, matched from token `index`. With `memo` (findHits
 * only, whose run `matchRun` counts), a later word's misses are kept in the part and read.
 */
function matchFrom(first: number, end: number, tokens: readonly Token[], text: string, index: number, at: number, memo: boolean): number {
  if (at === end) return index - 1;
  const part = allParts[at];
  const later = at !== first;
  // A later word's tokens from `index` on are the same whichever entry asks: known to match none of them, it is not read again.
  if (memo && later && part.missRun === matchRun && part.missIndex === index) return -1;
  const maxSkip = later ? part.gapBefore : 0;
  let matched = false;
  for (let skip = 0; skip <= maxSkip; skip++) {
    const token = tokens[index + skip];
    if (!token) break;
    // A cue's words never run across a semicolon: "LightGBM is the model; training runs nightly" holds no "model trains".
    if (later && crossesSemicolon(text, tokens[index - 1].end, token.start)) break;
    if (partMatches(part, token, text)) {
      matched = true;
      const last = matchFrom(first, end, tokens, text, index + skip + 1, at + 1, memo);
      if (last >= 0) return last;
    }
  }
  if (memo && later && !matched) {
    part.missRun = matchRun;
    part.missIndex = index;
  }
  return -1;
}

function crossesSemicolon(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3b || code === 0xff1b) return true;
  }
  return false;
}

function matchLiteralRest(compact: string, pieces: readonly string[], from: number, index: number): number {
  if (index === pieces.length) return from;
  const at = compact.indexOf(pieces[index], from);
  if (at < 0 || at - from > HAN_GAP) return -1;
  return matchLiteralRest(compact, pieces, at + pieces[index].length, index + 1);
}

/**
 * What PRECOMPILED_INDEX holds besides numbers, as JSON. `parts`: the entries'
 * words, as PrecompiledPhrases.words writes them. `written`: the sets'
 * phrases as written. `sets`: per set, its phrases (ids in `written`), id,
 * first and end entry, the number of expansions per phrase (0 when each has
 * one), its Han literals (index, then pieces). Bucket keys are ids in `knownKeys`.
 */
interface IndexStrings {
  parts: string[];
  written: string[];
  sets: Array<[phrases: number[], id: number, firstEntry: number, endEntry: number, expansions: number[] | 0, literals: Array<[number, ...string[]]>]>;
  setCount: number;
  knownKeys: string[];
  byHanChar: Array<[string, number[]]>;
}

/**
 * The global index, its sets and known keys, in the form of PRECOMPILED_INDEX
 * (phrase-cache.ts): what scripts/bundle.mjs writes beside the CLI bundle
 * after making every rule's sets with the code it bundles. The bytes: the
 * JSON of IndexStrings (its length first, as a 32-bit number), then, from the
 * next multiple of 4, 32-bit numbers in this machine's byte order: the entry
 * count n and the four entry columns (n each); the count of the canonical
 * entries' words and their ids in `parts`; each part's hash; the canonical
 * slots (their count first) and how many are used; the count of canonical
 * entries that have copies and for each its id, how many and which; the
 * `anyWord` bucket; the count of byKey's buckets, each one's key and where it
 * is (from the start of the numbers), then the buckets (writeBucket).
 */
export function phraseIndexSnapshot(): Uint8Array {
  const partIds = new Map<WordPart, number>();
  const parts: WordPart[] = [];
  const partId = (part: WordPart): number => {
    let id = partIds.get(part);
    if (id === undefined) {
      partIds.set(part, (id = parts.length));
      parts.push(part);
    }
    return id;
  };
  const writtenIds = new Map<string, number>();
  const written: string[] = [];
  const writtenId = (phrase: string): number => {
    let id = writtenIds.get(phrase);
    if (id === undefined) writtenIds.set(phrase, (id = written.push(phrase) - 1));
    return id;
  };
  if (packedBuckets !== undefined) for (let key = 0; key < packedBuckets.length; key++) bucketFor(key);
  const sets = [...filedSets.values()].flat().sort((a, b) => a.id - b.id);
  // In the order they are numbered (know).
  const keys = [...knownKeys.keys()];
  const numbers: number[] = [];
  // Loops, not push(...list): a spread of ~100,000 arguments overflows the stack.
  const push = (ids: ArrayLike<number>): void => {
    for (let k = 0; k < ids.length; k++) numbers.push(ids[k]);
  };
  numbers.push(entryCount);
  for (const column of [entryPhrase, entryFirstPart, entryPartCount, lastCopy]) push(column.subarray(0, entryCount));
  numbers.push(allParts.length);
  for (const part of allParts) numbers.push(partId(part));
  numbers.push(parts.length);
  for (const part of parts) numbers.push(part.hash);
  numbers.push(canonicalSlots.length);
  push(canonicalSlots);
  numbers.push(canonicalCount);
  const withCopies = copies.flatMap((list, id): Array<[number, number[]]> => (list === undefined ? [] : [[id, list]]));
  numbers.push(withCopies.length);
  for (const [id, list] of withCopies) {
    numbers.push(id, list.length);
    push(list);
  }
  const writeMap = (map: Map<number, number[]> | undefined): void => {
    if (map === undefined) {
      numbers.push(-1);
      return;
    }
    numbers.push(map.size);
    for (const [key, ids] of map) {
      numbers.push(key, ids.length);
      push(ids);
    }
  };
  const writeBucket = (bucket: Bucket): void => {
    numbers.push(bucket.rest.length);
    push(bucket.rest);
    writeMap(bucket.next);
    writeMap(bucket.gapped);
  };
  writeBucket(anyWord);
  const filed = byKey.flatMap((bucket, key): Array<[number, Bucket]> => (bucket === undefined ? [] : [[key, bucket]]));
  numbers.push(filed.length);
  const table = numbers.length;
  for (const [key] of filed) numbers.push(key, 0);
  let slot = table;
  for (const [, bucket] of filed) {
    numbers[slot + 1] = numbers.length;
    slot += 2;
    writeBucket(bucket);
  }
  const strings: IndexStrings = {
    parts: parts.map((part) => [(part.prefix ? 1 : 0) | (part.surface ? 2 : 0) | (part.digit ? 4 : 0), part.gapBefore, part.stem, part.word, part.exact ?? ''].join(' ')),
    written,
    sets: sets.map(({ phrases, id, firstEntry, endEntry, origin, literals }) => {
      const counts = phrases.map(() => 0);
      for (const at of origin) counts[at]++;
      return [phrases.map(writtenId), id, firstEntry, endEntry, counts.every((count) => count === 1) ? 0 : counts, literals.map(({ index, pieces }): [number, ...string[]] => [index, ...pieces])];
    }),
    setCount,
    knownKeys: keys,
    byHanChar: [...byHanChar],
  };
  const json = new TextEncoder().encode(JSON.stringify(strings));
  const at = (4 + json.length + 3) & ~3;
  const bytes = new Uint8Array(at + 4 * numbers.length);
  new DataView(bytes.buffer).setUint32(0, json.length, true);
  bytes.set(json, 4);
  bytes.set(new Uint8Array(Int32Array.from(numbers).buffer), at);
  return bytes;
}

/** `count` numbers from `at` as a list made by push, as filing makes them: a packed array of small integers, the one kind the matching code sees. */
function listAt(numbers: Int32Array, at: number, count: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(numbers[at + k]);
  return out;
}

/** The map written at `at` (phraseIndexSnapshot's writeMap), and where it ends. */
function readMap(numbers: Int32Array, at: number): { map: Map<number, number[]> | undefined; bits: number; end: number } {
  const size = numbers[at++];
  if (size < 0) return { map: undefined, bits: 0, end: at };
  const map = new Map<number, number[]>();
  let bits = 0;
  for (let n = 0; n < size; n++) {
    const key = numbers[at];
    const count = numbers[at + 1];
    map.set(key, listAt(numbers, at + 2, count));
    bits |= keyBit(key);
    at += 2 + count;
  }
  return { map, bits, end: at };
}

/** The bucket written at `at` (phraseIndexSnapshot's writeBucket) into `bucket`, and where it ends. */
function readBucket(numbers: Int32Array, at: number, bucket: Bucket): { bucket: Bucket; end: number } {
  const count = numbers[at];
  bucket.rest = listAt(numbers, at + 1, count);
  const next = readMap(numbers, at + 1 + count);
  const gapped = readMap(numbers, next.end);
  bucket.next = next.map;
  bucket.gapped = gapped.map;
  bucket.nextBits = next.bits;
  bucket.gappedBits = gapped.bits;
  return { bucket, end: gapped.end };
}


/** The state phraseIndexSnapshot took, in place of an empty index: once, before any set is made. */
function restoreIndex(bytes: Uint8Array): void {
  const jsonLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  const data = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + jsonLength))) as IndexStrings;
  const start = (4 + jsonLength + 3) & ~3;
  const numbers = (bytes.byteOffset + start) % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset + start, (bytes.byteLength - start) >> 2) : new Int32Array(bytes.slice(start).buffer);
  let p = 0;
  // Views of the numbers, used as they are: a column grows into a copy when an entry is added (addEntry).
  const column = (count: number): Int32Array => numbers.subarray(p, (p += count));
  entryCount = numbers[p++];
  entryPhrase = column(entryCount);
  entryFirstPart = column(entryCount);
  entryPartCount = column(entryCount);
  lastCopy = column(entryCount);
  const partIds = column(numbers[p++]);
  const hashes = column(numbers[p++]);
  const parts = data.parts.map((line, k) => restoredPart(line, hashes[k]));
  allParts = [];
  for (let k = 0; k < partIds.length; k++) allParts.push(parts[partIds[k]]);
  canonicalSlots = column(numbers[p++]);
  canonicalCount = numbers[p++];
  for (let n = numbers[p++]; n > 0; n--) {
    const id = numbers[p];
    const count = numbers[p + 1];
    copies[id] = listAt(numbers, p + 2, count);
    p += 2 + count;
  }
  // Numbered as they were (know): the buckets and their maps hold these numbers.
  if (knownKeys.size !== 0) throw new Error('the phrase index is restored into an index that has keys');
  for (const key of data.knownKeys) know(key);
  p = readBucket(numbers, p, anyWord).end;
  packedNumbers = numbers;
  packedBuckets = new Int32Array(data.knownKeys.length).fill(-1);
  for (let n = numbers[p++]; n > 0; n--, p += 2) packedBuckets[numbers[p]] = numbers[p + 1];
  for (const [char, ids] of data.byHanChar) byHanChar.set(char, ids);
  setCount = data.setCount;
  for (const [phraseIds, id, firstEntry, endEntry, expansions, literals] of data.sets) {
    const origin: number[] = [];
    for (let k = 0; k < phraseIds.length; k++) for (let n = expansions === 0 ? 1 : expansions[k]; n > 0; n--) origin.push(k);
    fileSet({ phrases: phraseIds.map((k) => data.written[k]), id, firstEntry, endEntry, origin, literals: literals.map(([index, ...pieces]) => ({ index, pieces })) });
  }
}

/** A part of the precompiled index, as PrecompiledPhrases.words writes it, with its hash (withKeys computes the same). */
function restoredPart(line: string, hash: number): WordPart {
  const [flags, gap, stem, word, written] = line.split(' ');
  const bits = Number(flags);
  const [prefix, surface, digit, exact, gapBefore] = [(bits & 1) !== 0, (bits & 2) !== 0, (bits & 4) !== 0, written === '' ? undefined : written, Number(gap)];
  // Written out in withKeys's order, not spread: one hidden class for every part.
  return { stem, word, prefix, surface, exact, digit, gapBefore, keys: partKeys({ stem, word, prefix, surface, exact, digit, gapBefore }), hash, missRun: -1, missIndex: -1 };
}

if (PRECOMPILED_INDEX !== undefined) restoreIndex(PRECOMPILED_INDEX);
