// The words and symbols quantities are written with, per language (English,
// Russian, Chinese), as data: adding a unit, a multiplier or a comparator is
// an edit here, not in the recogniser (quantities.ts).
//
// Surface forms are looked up as written after lower-casing, except entries
// marked case-sensitive (single letters and the like, where "M" is a million
// and "m" a minute, "B" a billion or a byte, "Mb" a megabit).
import { tokenize } from './quantity-tokens.js';

export type Dimension = 'time' | 'count' | 'rate' | 'percent' | 'money' | 'data-size' | 'ratio' | 'plain';
export type Comparator = '<' | '<=' | '>' | '>=' | '=' | '~';

/** How a unit may stand next to its number. */
export type Attachment = 'both' | 'attached' | 'spaced';

export interface UnitEntry {
  dimension: Dimension;
  /** Canonical unit: 's' for time, 'B' for bytes, 'bit', '%', 'pp', an ISO currency code, 'QPS', 'x'. */
  unit: string;
  /** Multiplies the number into the canonical unit (200 ms → 0.2 s; 1 GB → 1e9 B). */
  factor: number;
  /** A rate unit's denominator ("QPS" is per second). */
  per?: string;
  attachment: Attachment;
}

export interface Table<T> {
  /** Case-sensitive forms, tried first. */
  exact: Map<string, T>;
  /** Lower-cased forms. */
  folded: Map<string, T>;
  /**
   * Lower-cased beginnings and ends of every form, whole tokens at a time
   * (spaces as one space): a look-up stops as soon as what it has read cannot
   * grow into a form, so it reads no further than the longest form.
   */
  prefixes: Set<string>;
  suffixes: Set<string>;
}

function table<T>(): Table<T> {
  return { exact: new Map(), folded: new Map(), prefixes: new Set(), suffixes: new Set() };
}

function add<T>(into: Table<T>, forms: readonly string[], value: T, caseSensitive = false): void {
  for (const form of forms) {
    if (caseSensitive) into.exact.set(form, value);
    else into.folded.set(form.toLowerCase(), value);
    const parts = tokenize(form).map((t) => (t.kind === 'space' ? ' ' : t.text.toLowerCase()));
    for (let n = 1; n <= parts.length; n++) {
      into.prefixes.add(parts.slice(0, n).join(''));
      into.suffixes.add(parts.slice(parts.length - n).join(''));
    }
  }
}

/** Russian nouns change their ending with the count: one stem, the endings it takes. */
function inflect(stem: string, endings: readonly string[]): string[] {
  return endings.map((ending) => stem + ending);
}

const NOUN_ENDINGS = ['', 'а', 'ы', 'у', 'е', 'ах', 'ам', 'ами', 'ой'];
const SECOND = 1;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

// ---------------------------------------------------------------- units

export const UNITS = table<UnitEntry>();

function units(forms: readonly string[], dimension: Dimension, unit: string, factor: number, attachment: Attachment = 'both', caseSensitive = false, per?: string): void {
  add(UNITS, forms, { dimension, unit, factor, attachment, ...(per ? { per } : {}) }, caseSensitive);
}

// Time, in seconds.
units(['ns', 'nsec', 'nanosecond', 'nanoseconds', 'нс', 'наносекунд', 'наносекунды', '纳秒'], 'time', 's', 1e-9);
units(['µs', 'μs', 'usec', 'microsecond', 'microseconds', 'мкс', 'микросекунд', 'микросекунды', '微秒'], 'time', 's', 1e-6);
units(['us'], 'time', 's', 1e-6, 'attached', true);
units(['ms', 'msec', 'msecs', 'millis', 'millisecond', 'milliseconds', 'мс', 'мсек', ...inflect('миллисекунд', NOUN_ENDINGS), '毫秒'], 'time', 's', 1e-3);
units(['s'], 'time', 's', SECOND, 'both', true);
// Russian "с" is also the preposition "with"; quantities.ts reads it as seconds only when no word follows.
units(['с'], 'time', 's', SECOND, 'both', true);
units(['sec', 'secs', 'second', 'seconds', 'сек', ...inflect('секунд', NOUN_ENDINGS), '秒', '秒钟'], 'time', 's', SECOND);
units(['m'], 'time', 's', MINUTE, 'attached', true); // "5m": a minute unless a counted noun follows (then a million)
units(['min', 'mins', 'minute', 'minutes', 'мин', ...inflect('минут', NOUN_ENDINGS), '分钟'], 'time', 's', MINUTE);
units(['h'], 'time', 's', HOUR, 'both', true);
units(['ч'], 'time', 's', HOUR, 'both', true);
units(['hr', 'hrs', 'hour', 'hours', 'час', 'часа', 'часов', 'часу', 'часах', 'часам', 'часами', '小时', '个小时', '钟头', '个钟头'], 'time', 's', HOUR);
units(['d'], 'time', 's', DAY, 'attached', true);
units(['day', 'days', 'день', 'дня', 'дней', 'дням', 'днях', 'днями', 'сутки', 'суток', 'сут', '天'], 'time', 's', DAY);
// "W" too: Chinese writers' "50W+" is 万 (quantities.ts), as their "w" is.
units(['w', 'W'], 'time', 's', WEEK, 'attached', true);
units(['wk', 'wks', 'week', 'weeks', 'нед', ...inflect('недел', ['я', 'и', 'ю', 'ь', 'ям', 'ях', 'ями']), '周', '星期', '个星期'], 'time', 's', WEEK);
units(['mo'], 'time', 's', MONTH, 'attached', true);
units(['month', 'months', 'мес', ...inflect('месяц', ['', 'а', 'ев', 'ы', 'ам', 'ах', 'ами']), '个月'], 'time', 's', MONTH);
units(['y'], 'time', 's', YEAR, 'attached', true);
units(['yr', 'yrs', 'year', 'years', 'год', 'года', 'году', 'годы', 'годам', 'годах', 'лет', '年'], 'time', 's', YEAR);

// Data sizes, in bytes (decimal prefixes; the binary ones as 1024^n). A lower-case b is a bit.
units(['B'], 'data-size', 'B', 1, 'spaced', true); // attached, "8B" is eight billion
units(['byte', 'bytes', 'байт', 'байта', 'байтов', 'Б', '字节'], 'data-size', 'B', 1);
units(['KB', 'kB', 'kb', 'КБ', 'Кб', 'кб'], 'data-size', 'B', 1e3, 'both', true);
units(['kilobyte', 'kilobytes', 'килобайт', 'килобайта', 'килобайтов'], 'data-size', 'B', 1e3);
units(['MB', 'mb', 'МБ', 'Мб', 'мб'], 'data-size', 'B', 1e6, 'both', true);
units(['megabyte', 'megabytes', 'мегабайт', 'мегабайта', 'мегабайтов'], 'data-size', 'B', 1e6);
units(['GB', 'gb', 'ГБ', 'Гб', 'гб', 'gig', 'gigs'], 'data-size', 'B', 1e9, 'both', true);
units(['gigabyte', 'gigabytes', 'гигабайт', 'гигабайта', 'гигабайтов'], 'data-size', 'B', 1e9);
units(['TB', 'tb', 'ТБ', 'Тб', 'тб'], 'data-size', 'B', 1e12, 'both', true);
units(['terabyte', 'terabytes', 'терабайт', 'терабайта', 'терабайтов'], 'data-size', 'B', 1e12);
units(['PB', 'pb', 'ПБ', 'Пб', 'пб'], 'data-size', 'B', 1e15, 'both', true);
units(['petabyte', 'petabytes', 'петабайт', 'петабайта', 'петабайтов'], 'data-size', 'B', 1e15);
units(['KiB'], 'data-size', 'B', 1024, 'both', true);
units(['MiB'], 'data-size', 'B', 1024 ** 2, 'both', true);
units(['GiB'], 'data-size', 'B', 1024 ** 3, 'both', true);
units(['TiB'], 'data-size', 'B', 1024 ** 4, 'both', true);
units(['Kb', 'kbit'], 'data-size', 'bit', 1e3, 'both', true);
units(['Mb', 'Mbit'], 'data-size', 'bit', 1e6, 'both', true);
units(['Gb', 'Gbit'], 'data-size', 'bit', 1e9, 'both', true);
units(['Tb', 'Tbit'], 'data-size', 'bit', 1e12, 'both', true);
units(['bit', 'bits', 'бит'], 'data-size', 'bit', 1);
units(['kbps', 'Kbps'], 'data-size', 'bit', 1e3, 'both', true, 'second');
units(['Mbps', 'mbps'], 'data-size', 'bit', 1e6, 'both', true, 'second');
units(['Gbps', 'gbps'], 'data-size', 'bit', 1e9, 'both', true, 'second');

// Percentages and percentage points.
units(['%', '％', 'percent', 'per cent', 'pct', ...inflect('процент', ['', 'а', 'ов', 'ам', 'ах']), 'проц'], 'percent', '%', 1);
units(['pp', 'p.p.', 'p. p.', 'percentage point', 'percentage points', 'п.п.', 'п. п.', 'пп', 'процентных пункта', 'процентных пунктов', 'процентный пункт', '个百分点', '百分点'], 'percent', 'pp', 1);

// Money written after the number ("2 million dollars", "1 млн руб.", "100万元").
units(['USD', 'usd', 'dollar', 'dollars', 'bucks', 'доллар', 'доллара', 'долларов', 'долл', 'дол', '$', '美元', '美金'], 'money', 'USD', 1);
units(['EUR', 'euro', 'euros', 'евро', '€', '欧元'], 'money', 'EUR', 1);
units(['GBP', '£'], 'money', 'GBP', 1);
units(['RUB', 'руб', 'рубль', 'рубля', 'рублей', 'рублям', 'рублях', '₽'], 'money', 'RUB', 1);
units(['р'], 'money', 'RUB', 1, 'both', true);
units(['CNY', 'RMB', 'yuan', '元', '块', '块钱', '人民币', '¥', '￥'], 'money', 'CNY', 1);

// Rates whose unit names the denominator.
units(['QPS', 'qps', 'RPS', 'rps', 'req/s', 'reqs/s', 'req/sec', 'requests/s', 'requests/sec', 'queries/s', 'queries/sec', 'requests per second', 'queries per second', 'запросов в секунду', 'запроса в секунду'], 'rate', 'QPS', 1, 'both', false, 'second');
units(['TPS', 'tps'], 'rate', 'TPS', 1, 'both', false, 'second');
units(['QPM', 'RPM', 'qpm', 'rpm', 'requests per minute'], 'rate', 'QPM', 1, 'both', false, 'minute');

// Ratios: "10x", "10×", "10倍".
units(['x', 'X'], 'ratio', 'x', 1, 'attached', true);
units(['×', '倍'], 'ratio', 'x', 1);

// Currency written before the number ("$2M", "€5", "USD 300").
export const CURRENCY_BEFORE = table<string>();
add(CURRENCY_BEFORE, ['$', 'US$'], 'USD');
add(CURRENCY_BEFORE, ['€'], 'EUR');
add(CURRENCY_BEFORE, ['£'], 'GBP');
add(CURRENCY_BEFORE, ['₽'], 'RUB');
add(CURRENCY_BEFORE, ['¥', '￥'], 'CNY');
add(CURRENCY_BEFORE, ['₹'], 'INR');
for (const code of ['USD', 'EUR', 'GBP', 'RUB', 'CNY']) add(CURRENCY_BEFORE, [code], code, true);
add(CURRENCY_BEFORE, ['RMB'], 'CNY', true);

// ---------------------------------------------------------------- multipliers

export interface Multiplier {
  factor: number;
  attachment: Attachment;
  /** "thousands", "миллионы": a scale without a count in front is vague ("thousands of users"). */
  plural?: boolean;
}

export const MULTIPLIERS = table<Multiplier>();

function multiplier(forms: readonly string[], factor: number, attachment: Attachment, caseSensitive = false, plural = false): void {
  add(MULTIPLIERS, forms, { factor, attachment, ...(plural ? { plural } : {}) }, caseSensitive);
}

multiplier(['k', 'K', 'к', 'К'], 1e3, 'attached', true);
multiplier(['M', 'MM'], 1e6, 'attached', true);
multiplier(['B', 'b'], 1e9, 'attached', true);
multiplier(['T', 'tn', 'trn'], 1e12, 'attached', true);
multiplier(['hundred'], 100, 'both');
multiplier(['thousand', 'тысяча', 'тысячу', 'тысяч', 'тыс', 'тысячам', 'тысячах'], 1e3, 'both');
multiplier(['million', 'mln', 'mn', 'миллион', 'миллиона', 'миллионов', 'миллионам', 'миллионах', 'млн'], 1e6, 'both');
multiplier(['billion', 'bn', 'миллиард', 'миллиарда', 'миллиардов', 'миллиардам', 'миллиардах', 'млрд'], 1e9, 'both');
multiplier(['trillion', 'триллион', 'триллиона', 'триллионов', 'трлн'], 1e12, 'both');
multiplier(['thousands', 'тысячи', 'тысячами'], 1e3, 'both', false, true);
multiplier(['millions', 'миллионы', 'миллионами'], 1e6, 'both', false, true);
multiplier(['billions', 'миллиарды', 'миллиардами'], 1e9, 'both', false, true);
multiplier(['trillions', 'триллионы'], 1e12, 'both', false, true);
multiplier(['百'], 100, 'both');
multiplier(['千'], 1e3, 'both');
multiplier(['万'], 1e4, 'both');
multiplier(['十万'], 1e5, 'both');
multiplier(['百万'], 1e6, 'both');
multiplier(['千万'], 1e7, 'both');
multiplier(['亿'], 1e8, 'both');
multiplier(['万亿'], 1e12, 'both');

/** Abbreviations whose trailing dot belongs to them ("тыс.", "руб.", "сек."). */
export const ABBREVIATIONS = new Set(['тыс', 'млн', 'млрд', 'трлн', 'руб', 'долл', 'дол', 'сек', 'мин', 'мс', 'ч', 'сут', 'нед', 'мес', 'проц', 'р', 'sec', 'min', 'hr', 'hrs', 'approx', 'ca']);

// ---------------------------------------------------------------- number words

export interface NumberWord {
  value: number;
  /** 'small' counts (two, двадцать), 'hundred' (сто, двести — a hundred-multiple), 'scale' (thousand, million). */
  kind: 'small' | 'hundred' | 'scale';
  /** "a few", "several", "tens", "сотни": an order of magnitude, not an exact count. */
  approximate?: boolean;
  /** "a", "one", "half", "один": a number only before a scale word or a unit ("a million", "one second"). */
  needsFollower?: boolean;
}

export const NUMBER_WORDS = table<NumberWord>();

function words(forms: readonly string[], value: number, kind: NumberWord['kind'] = 'small', extra: Partial<NumberWord> = {}): void {
  add(NUMBER_WORDS, forms, { value, kind, ...extra });
}

// English.
words(['zero'], 0);
words(['a', 'an', 'one'], 1, 'small', { needsFollower: true });
words(['half'], 0.5, 'small', { needsFollower: true });
words(['quarter'], 0.25, 'small', { needsFollower: true });
const ENGLISH_SMALL = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
ENGLISH_SMALL.forEach((word, i) => words([word], i + 2));
['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].forEach((word, i) => words([word], (i + 2) * 10));
words(['dozen'], 12, 'small', { needsFollower: false });
words(['few', 'several'], 3, 'small', { approximate: true, needsFollower: true });
words(['couple'], 2, 'small', { approximate: true, needsFollower: true });
words(['tens'], 10, 'small', { approximate: true });
words(['dozens'], 12, 'small', { approximate: true });
words(['hundreds'], 100, 'hundred', { approximate: true });
// Russian (the case forms a count takes in running text).
words(['ноль', 'нуля'], 0);
words(['один', 'одна', 'одно', 'одного', 'одной', 'одну', 'одном', 'одним'], 1, 'small', { needsFollower: true });
words(['полтора', 'полторы', 'полутора'], 1.5, 'small', { needsFollower: true });
words(['два', 'две', 'двух', 'двум', 'двумя'], 2);
words(['три', 'трёх', 'трех', 'трём', 'трем', 'тремя'], 3);
words(['четыре', 'четырёх', 'четырех', 'четырём', 'четырьмя'], 4);
const RUSSIAN_5_TO_20 = ['пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать', 'двадцать'];
// Oblique cases swap the soft sign for "и" (пять → пяти, восемь → восьми).
RUSSIAN_5_TO_20.forEach((word, i) => words([word, word.slice(0, -1) + 'и', word === 'восемь' ? 'восьми' : word], i + 5));
words(['тридцать', 'тридцати'], 30);
words(['сорок', 'сорока'], 40);
words(['пятьдесят', 'пятидесяти'], 50);
words(['шестьдесят', 'шестидесяти'], 60);
words(['семьдесят', 'семидесяти'], 70);
words(['восемьдесят', 'восьмидесяти'], 80);
words(['девяносто', 'девяноста'], 90);
words(['сто', 'ста'], 100, 'hundred');
words(['двести', 'двухсот'], 200, 'hundred');
words(['триста', 'трёхсот', 'трехсот'], 300, 'hundred');
words(['четыреста', 'четырёхсот', 'четырехсот'], 400, 'hundred');
['пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'].forEach((word, i) => words([word, word.replace('ьсот', 'исот')], (i + 5) * 100, 'hundred'));
words(['несколько', 'нескольких', 'нескольким'], 3, 'small', { approximate: true, needsFollower: true });
words(['пара', 'пару', 'пары'], 2, 'small', { approximate: true, needsFollower: true });
words(['десятки', 'десятков', 'десятках', 'десятками'], 10, 'small', { approximate: true });
words(['сотни', 'сотен', 'сотнях', 'сотнями'], 100, 'hundred', { approximate: true });

/** Number words that are idioms unless compared ("One day we may…", but "within one day"). */
export const NUMBER_IDIOMS = table<true>();
add(NUMBER_IDIOMS, ['one day', 'some day', 'one time', 'один день'], true);

/** Chinese numeral characters: digits and the multipliers between them. */
export const HAN_DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);
export const HAN_MULTIPLIERS: ReadonlyMap<string, number> = new Map([['十', 10], ['百', 100], ['千', 1e3], ['万', 1e4], ['亿', 1e8]]);
/** Written before a Chinese numeral: "数百万" (several million), "几千", "上亿" (upwards of 100M), "近百万" (nearly), "过亿"/"破亿" (over 100M). */
export const HAN_VAGUE_PREFIX: ReadonlyMap<string, { factor: number; comparator?: Comparator }> = new Map([
  ['数', { factor: 3 }],
  ['几', { factor: 3 }],
  ['上', { factor: 1, comparator: '>=' as Comparator }],
  ['近', { factor: 1, comparator: '~' as Comparator }],
  ['过', { factor: 1, comparator: '>' as Comparator }],
  ['破', { factor: 1, comparator: '>=' as Comparator }],
]);
/** Characters that make a word with 过/破 before them, so the pair is no prefix: "通过十万次", "突破百万" is still "over". */
export const HAN_PREFIX_WORD_BEFORE: ReadonlySet<string> = new Set(['通', '经', '不', '错', '度', '看', '做', '用', '试', '见', '走', '有', '没', '跳', '滤', '略', '打', '爆', '识']);
/** Measure words between a Chinese number and its noun ("三个模型", "100万条日志"). */
// Measure words before the counted thing: "2 万部电影", "300 款游戏", "50 万首歌曲", "1 万只基金".
export const HAN_CLASSIFIERS = new Set(['个', '条', '次', '名', '位', '台', '张', '件', '笔', '份', '篇', '家', '种', '类', '行', '块', '层', '轮', '路', '组', '项', '人', '用户', '级', '部', '款', '首', '本', '只', '辆', '套', '门', '所']);
/**
 * Measure words that are themselves the counted thing when no noun follows: "144,233 行" is
 * 144,233 rows, as "144,233 rows" is in English, not a bare number a label names.
 */
export const HAN_SELF_NAMING_CLASSIFIERS: ReadonlySet<string> = new Set(['行']);
/** Characters after a number that make it a date or a clock time ("3月", "5日", "3点"). */
export const HAN_DATE_MARKS = new Set(['月', '日', '号', '点', '时']);

// ---------------------------------------------------------------- comparators

export const COMPARATORS_BEFORE = table<Comparator>();
add(COMPARATORS_BEFORE, ['<', '＜', 'under', 'below', 'less than', 'fewer than', 'lower than', 'shorter than', 'faster than', 'sub',
  'менее', 'меньше', 'ниже', 'быстрее', 'не дольше', 'до', 'дешевле',
  '小于', '低于', '少于', '短于', '不到', '不足'], '<');
add(COMPARATORS_BEFORE, ['<=', '≤', '⩽', '=<', 'within', 'at most', 'no more than', 'not more than', 'up to', 'max', 'max.', 'maximum', 'maximum of', 'no longer than', 'no higher than', 'capped at',
  'не более', 'не больше', 'не выше', 'не превышает', 'не превышать', 'максимум', 'в пределах', 'в течение',
  '不超过', '不高于', '不大于', '至多', '最多', '最高', '控制在', '≦'], '<=');
add(COMPARATORS_BEFORE, ['>', '＞', 'over', 'above', 'more than', 'greater than', 'higher than', 'longer than', 'exceeding', 'exceeds', 'beyond',
  'более', 'больше', 'свыше', 'выше', 'дольше', 'превышает',
  '大于', '高于', '超过', '多于', '超'], '>');
add(COMPARATORS_BEFORE, ['>=', '≥', '⩾', '=>', 'at least', 'no less than', 'not less than', 'min', 'min.', 'minimum', 'minimum of', 'no fewer than',
  'не менее', 'не меньше', 'не ниже', 'минимум', 'как минимум', 'от',
  '不低于', '不少于', '不小于', '至少', '最少', '≧'], '>=');
add(COMPARATORS_BEFORE, ['~', '≈', '∼', '≃', '~=', 'about', 'around', 'approximately', 'approx', 'approx.', 'roughly', 'circa', 'ca.', 'nearly', 'almost', 'some',
  'около', 'примерно', 'порядка', 'приблизительно', 'почти', 'где-то',
  '约', '大约', '大概', '约为', '将近', '接近', '近'], '~');
// A bare "=" is an assignment in configs and code ("top_k=10"), not a comparison.
add(COMPARATORS_BEFORE, ['exactly', 'ровно', 'exactly equal to'], '=');

export const COMPARATORS_AFTER = table<Comparator>();
add(COMPARATORS_AFTER, ['or less', 'or fewer', 'or lower', 'or below', 'max', 'at most', 'tops', 'или меньше', 'или менее', 'и меньше', 'и менее', 'максимум', '以内', '之内', '以下', '内'], '<=');
add(COMPARATORS_AFTER, ['or more', 'or higher', 'or above', 'and above', 'and up', 'plus', '+', 'или больше', 'или более', 'и более', 'и больше', 'и выше', '以上', '多'], '>=');
add(COMPARATORS_AFTER, ['or so', 'or thereabouts', 'ish', 'или около того', '左右', '上下', '前后'], '~');

// ---------------------------------------------------------------- rates

/** Denominators written after a quantity ("per day", "/s", "a year", "в секунду", "/天"). */
export const PER_AFTER = table<string>();
function per(forms: readonly string[], denominator: string, caseSensitive = false): void {
  add(PER_AFTER, forms, denominator, caseSensitive);
}
per(['per second', 'per sec', '/s', '/sec', '/second', 'a second', 'each second', 'every second', 'в секунду', 'в сек', '/с', '/сек', '/秒', '每秒'], 'second');
per(['per minute', 'per min', '/min', '/minute', 'a minute', 'each minute', 'every minute', 'в минуту', 'в мин', '/мин', '/分钟', '每分钟'], 'minute');
per(['per hour', '/h', '/hr', '/hour', 'an hour', 'each hour', 'every hour', 'hourly', 'в час', '/ч', '/час', 'ежечасно', '/小时', '每小时'], 'hour');
per(['per day', '/day', '/d', 'a day', 'each day', 'every day', 'daily', 'nightly', 'per night', 'a night', 'в день', 'в сутки', '/день', '/сутки', '/сут', 'ежедневно', 'за день', 'за сутки', '/天', '/日', '每天', '每日'], 'day');
per(['per week', '/week', '/wk', 'a week', 'each week', 'every week', 'weekly', 'в неделю', '/неделю', 'еженедельно', '/周', '每周'], 'week');
per(['per month', '/month', '/mo', 'a month', 'each month', 'every month', 'monthly', 'в месяц', '/мес', '/месяц', 'ежемесячно', '/月', '每月'], 'month');
per(['per year', '/year', '/yr', 'a year', 'each year', 'every year', 'yearly', 'annually', 'per annum', 'в год', '/год', 'ежегодно', 'за год', '/年', '每年'], 'year');

/** Denominators written before a Chinese quantity ("每秒10万次", "日均100万"). */
export const PER_BEFORE = table<string>();
add(PER_BEFORE, ['每秒', '每秒钟'], 'second');
add(PER_BEFORE, ['每分钟'], 'minute');
add(PER_BEFORE, ['每小时'], 'hour');
add(PER_BEFORE, ['每天', '每日', '日均', '一天', '单日'], 'day');
add(PER_BEFORE, ['每周', '周均'], 'week');
add(PER_BEFORE, ['每月', '月均', '每个月'], 'month');
add(PER_BEFORE, ['每年', '年均'], 'year');
add(PER_BEFORE, ['每个用户', '每用户', '人均'], 'user');
add(PER_BEFORE, ['每次请求', '每个请求', '单次请求'], 'request');

/** Words that introduce a counted denominator ("per request", "на пользователя", "/user"). */
export const PER_WORDS = new Set(['per', 'на', '/', '每']);

// ---------------------------------------------------------------- context words

/** Rate units that may also stand before their number ("QPS of 10k", "peak RPS: 500", "QPS 1万"). */
export const RATE_NAMES: ReadonlyMap<string, UnitEntry> = new Map(
  ['QPS', 'RPS', 'TPS', 'QPM', 'RPM'].map((name) => [name, UNITS.exact.get(name) ?? UNITS.folded.get(name.toLowerCase())!]),
);

/** Percentile markers: "p99", "P95", "99th percentile", "99-й перцентиль", "99分位". */
export const PERCENTILE_LETTERS = new Set(['p', 'P', 'tp', 'TP', 'р', 'Р']);
export const PERCENTILE_WORDS = table<true>();
add(PERCENTILE_WORDS, ['percentile', 'percentiles', 'pctl', 'quantile', 'перцентиль', 'перцентиля', 'перцентиле', 'процентиль', 'процентиля', 'процентиле', 'квантиль', 'квантиля', 'квантиле', '分位', '分位数', '百分位', '百分位数'], true);
export const ORDINAL_SUFFIXES = new Set(['th', 'st', 'nd', 'rd', 'й', 'го', 'м', 'ый', 'ой', 'ом']);
export const MEDIAN_WORDS = table<true>();
add(MEDIAN_WORDS, ['median', 'медиана', 'медианы', 'медианная', 'медианное', 'медианный', 'медиане', '中位数', '中位'], true);

/** Words before a number that make it a rank cut-off, not a count: "top-10", "top 5", "топ-10". */
export const RANK_WORDS = new Set(['top', 'топ', 'first', 'первые', 'первых', '前']);

/** Nouns that make a billions/millions count a model's parameter count ("a 7B model", "70B parameters"). */
export const MODEL_SIZE_NOUNS = new Set(['parameter', 'parameters', 'param', 'params', 'model', 'models', 'llm', 'llms', 'параметров', 'параметра', 'модель', 'модели', 'моделей', '参数', '模型']);

/** Counts of occurrences that only make sense with a denominator ("once a day", "twice per hour"). */
export const FREQUENCY_WORDS: ReadonlyMap<string, number> = new Map([['once', 1], ['twice', 2], ['thrice', 3], ['раз', 1], ['дважды', 2], ['трижды', 3]]);

/** Words that open a range ("from 100 to 200 ms", "от 5 до 10 с", "between 2 and 3"); the value is the word that closes it. */
export const RANGE_OPENERS: ReadonlyMap<string, string> = new Map([['from', 'to'], ['between', 'and'], ['от', 'до'], ['从', '到']]);
/** Dashes and words between the two ends of a range. */
export const RANGE_DASHES = new Set(['-', '–', '—', '‒', '−', '~', '～', '..', '…', 'to', 'and', 'до', '至', '到']);

/** Nouns after "5m" that keep it five minutes, not five million ("a 5m TTL", "5m window"). */
export const DURATION_NOUNS = new Set(['ttl', 'window', 'windows', 'timeout', 'timeouts', 'interval', 'delay', 'latency', 'lag', 'refresh', 'retention', 'cadence',
  'cron', 'schedule', 'expiry', 'sla', 'cooldown', 'backoff', 'ago', 'later', 'before', 'after']);

/** Comparatives that make "N times" a ratio ("3 times faster", "в 2 раза быстрее"). */
export const TIMES_WORDS = new Set(['times', 'раз', 'раза']);
export const COMPARATIVES = new Set(['faster', 'slower', 'more', 'less', 'fewer', 'cheaper', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'better', 'worse', 'longer', 'shorter',
  'быстрее', 'медленнее', 'больше', 'меньше', 'дешевле', 'дороже', 'выше', 'ниже', 'лучше', 'хуже', 'дольше', 'короче']);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
]);
/** "May" the month, not the modal verb: only capitalised. */
export const MONTHS_CASED = new Set(['May']);
/** Words after a four-digit year that make it a date ("2024 г.", "2024 года", "2024年"). */
export const YEAR_MARKS = new Set(['г', 'гг', 'года', 'году', 'год', 'годом', '年', 'fy']);

/**
 * Capitalised words that label what follows them ("Figure 3", "Этап 2"): the
 * number after one is a name even at the start of a sentence.
 */
export const LABEL_WORDS = new Set([
  'section', 'figure', 'fig', 'table', 'step', 'phase', 'stage', 'chapter', 'appendix', 'part', 'version', 'release', 'sprint', 'milestone', 'option', 'variant',
  'level', 'tier', 'item', 'question', 'task', 'exercise', 'example', 'listing', 'equation', 'eq', 'page', 'slide', 'week', 'day', 'iteration', 'round', 'experiment',
  'раздел', 'глава', 'этап', 'шаг', 'рисунок', 'рис', 'таблица', 'табл', 'приложение', 'часть', 'версия', 'вариант', 'уровень', 'фаза', 'пункт', 'задача', 'пример',
  'вопрос', 'итерация', 'спринт', 'неделя', 'день',
]);

/**
 * Words that never name the counted thing after a number, and that do not
 * make a number an identifier when capitalised before it ("In 2 weeks",
 * "About 300 users"). English, then Russian.
 */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'per', 'and', 'or', 'but', 'with', 'without', 'by', 'from', 'into', 'onto', 'as', 'than', 'then',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'do', 'does', 'did', 'has', 'have', 'had',
  'that', 'this', 'these', 'those', 'it', 'its', 'we', 'our', 'us', 'you', 'your', 'they', 'their', 'them', 'he', 'she', 'his', 'her', 'which', 'who', 'whom', 'what',
  'so', 'if', 'when', 'while', 'after', 'before', 'over', 'under', 'about', 'around', 'more', 'less', 'most', 'least', 'each', 'every', 'all', 'any', 'some', 'no', 'not', 'only',
  'just', 'also', 'up', 'down', 'out', 'off', 'via', 'across', 'between', 'among', 'within', 'through', 'during', 'since', 'until', 'till', 'upto', 'vs', 'versus', 'plus', 'minus',
  'approximately', 'roughly', 'nearly', 'almost', 'exactly', 'least', 'most', 'other', 'another', 'such', 'both', 'either', 'neither', 'there', 'here', 'where', 'how', 'why',
  'в', 'во', 'на', 'и', 'или', 'по', 'за', 'из', 'для', 'с', 'со', 'от', 'до', 'к', 'ко', 'у', 'о', 'об', 'не', 'что', 'как', 'это', 'а', 'но', 'же', 'ли', 'бы', 'при',
  'без', 'над', 'под', 'через', 'между', 'более', 'менее', 'чем', 'около', 'примерно', 'порядка', 'мы', 'вы', 'они', 'он', 'она', 'оно', 'их', 'его', 'её', 'ее', 'все', 'всех',
  'каждый', 'каждые', 'каждую', 'каждого', 'этот', 'эта', 'эти', 'этих', 'то', 'та', 'те', 'тех', 'так', 'также', 'только', 'уже', 'ещё', 'еще', 'был', 'была', 'были', 'будет', 'будут', 'есть',
]);

/** Chinese verbs between a name and its number ("QPS达到5万", "日活为3亿"). */
export const HAN_LINKS = table<true>();
add(HAN_LINKS, ['达到', '达', '高达', '为', '是', '有', '约为', '在', '峰值', '预计'], true);

/** Chinese words that never name the counted thing ("千万不要": by no means). */
export const HAN_NOT_NOUNS = new Set(['不', '不要', '别', '要', '是', '的', '了', '在', '和', '与', '及', '或', '以', '也', '都', '就', '还', '记得', '注意', '小心', '莫', '勿', '左右', '以上', '以内', '以下', '之内', '上下', '多']);
