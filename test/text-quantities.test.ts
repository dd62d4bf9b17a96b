// Quantities as design-doc writers write them, in English, Russian and
// Chinese: each case lists every quantity the sentence holds (so a number
// read where none is written fails too), with the fields that matter.
// The sentences are written for these tests, not taken from any document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuantities } from '../server/engine/text/quantities.js';
import type { Quantity } from '../server/engine/text/quantities.js';

type Expected = Partial<Omit<Quantity, 'start' | 'end' | 'noun'>> & { text: string; noun?: string };

function check(input: string, expected: Expected[]): void {
  const found = findQuantities(input);
  const shown = JSON.stringify(found.map((q) => input.slice(q.start, q.end)));
  assert.equal(found.length, expected.length, `found ${shown}`);
  expected.forEach((want, i) => {
    const got = found[i];
    assert.equal(input.slice(got.start, got.end), want.text, `quantity ${i} of ${shown}`);
    for (const [key, value] of Object.entries(want)) {
      if (key === 'text') continue;
      if (key === 'noun') {
        assert.equal(got.noun?.text, value, `noun of "${want.text}"`);
        assert.equal(input.slice(got.noun!.start, got.noun!.end), value, `noun offsets of "${want.text}"`);
        continue;
      }
      const actual = got[key as keyof Quantity];
      if (typeof value === 'number') {
        assert.equal(typeof actual, 'number', `${key} of "${want.text}" is ${String(actual)}`);
        assert.ok(Math.abs((actual as number) - value) <= 1e-9 * Math.max(1, Math.abs(value)), `${key} of "${want.text}": ${String(actual)} ≠ ${value}`);
      } else assert.deepEqual(actual, value, `${key} of "${want.text}"`);
    }
  });
}

const cases: Array<[string, string, Expected[]]> = [
  // ---------------------------------------------------------------- digits, separators, decimals, exponents
  ['comma thousands', 'The archive holds 1,000,000 documents.', [{ text: '1,000,000', value: 1e6, dimension: 'count', noun: 'documents' }]],
  ['space thousands', 'About 1 000 000 rows are scanned.', [{ text: 'About 1 000 000', value: 1e6, comparator: '~', approximate: true, noun: 'rows' }]],
  ['no-break space thousands', 'We index 1\u00a0000\u00a0000 pages.', [{ text: '1\u00a0000\u00a0000', value: 1e6, dimension: 'count', noun: 'pages' }]],
  ['thin space thousands', 'A batch is 2\u2009500 samples.', [{ text: '2\u2009500', value: 2500, noun: 'samples' }]],
  ['narrow no-break space, Russian', 'Храним 3\u202f000\u202f000 записей.', [{ text: '3\u202f000\u202f000', value: 3e6, dimension: 'count', noun: 'записей' }]],
  ['decimal point', 'Training takes 1.5 hours on one node.', [{ text: '1.5 hours', value: 5400, dimension: 'time', unit: 's' }]],
  ['Russian decimal comma', 'Ответ приходит за 1,5 секунды.', [{ text: '1,5 секунды', value: 1.5, dimension: 'time', unit: 's' }]],
  ['Russian decimal comma with space groups', 'Выручка составит 1 250,5 тыс. руб.', [{ text: '1 250,5 тыс. руб', value: 1_250_500, dimension: 'money', unit: 'RUB' }]],
  ['a comma list is not a decimal', 'Use folds 1,2,3 for validation.', [{ text: '1', dimension: 'plain' }, { text: '2', dimension: 'plain' }, { text: '3', dimension: 'plain' }]],
  ['scientific e notation', 'The corpus has 1e6 passages.', [{ text: '1e6', value: 1e6, dimension: 'count', noun: 'passages' }]],
  ['negative exponent', 'The learning rate is 3e-4 at the start.', [{ text: '3e-4', value: 3e-4, dimension: 'plain' }]],
  ['caret power', 'Expect 10^6 users in the first year.', [{ text: '10^6', value: 1e6, dimension: 'count', noun: 'users' }]],
  ['superscript power', 'The index holds 10⁹ vectors.', [{ text: '10⁹', value: 1e9, noun: 'vectors' }]],
  ['mantissa times a power of ten', 'We log 1.5 × 10^6 events.', [{ text: '1.5 × 10^6', value: 1.5e6, noun: 'events' }]],
  ['full-width digits', '每天处理５００万条消息。', [{ text: '每天处理５００万', value: 5e6, dimension: 'rate', per: 'day', noun: '消息' }]],

  // ---------------------------------------------------------------- suffixes
  ['k suffix with a rate', 'Support gets 8k tickets per day.', [{ text: '8k tickets per day', value: 8000, dimension: 'rate', per: 'day', noun: 'tickets' }]],
  ['K suffix, adjective before the noun', 'The gateway holds 8K concurrent sessions.', [{ text: '8K', value: 8000, noun: 'concurrent sessions' }]],
  ['M and B suffixes', 'The graph has 1.2M nodes and 3B edges.', [{ text: '1.2M', value: 1.2e6, noun: 'nodes' }, { text: '3B', value: 3e9, noun: 'edges' }]],
  ['bn suffix', 'We log 2bn impressions.', [{ text: '2bn', value: 2e9, dimension: 'count', noun: 'impressions' }]],
  ['MM suffix', 'Finance expects 10MM records.', [{ text: '10MM', value: 1e7, noun: 'records' }]],
  ['m before a counted noun is a million', 'The cache covers 5m users.', [{ text: '5m', value: 5e6, dimension: 'count', noun: 'users' }]],
  ['a spaced B before a counted noun is a billion', '5 B total users, 2 B DAU.', [{ text: '5 B', value: 5e9, dimension: 'count', noun: 'total users' }, { text: '2 B', value: 2e9, dimension: 'count', noun: 'DAU' }]],
  ['a spaced B with no counted noun is bytes', 'Each record is 200 B.', [{ text: '200 B', value: 200, dimension: 'data-size', unit: 'B' }]],
  ['m alone is a minute', 'Entries are refreshed every 5m.', [{ text: '5m', value: 300, dimension: 'time', unit: 's' }]],
  ['m before a duration noun is a minute', 'Features have a 5m TTL.', [{ text: '5m', value: 300, dimension: 'time' }]],
  ['Russian k suffix', 'Пиковая нагрузка — 10к запросов.', [{ text: '10к', value: 1e4, noun: 'запросов' }]],

  // ---------------------------------------------------------------- number words
  ['million after digits', 'The platform serves 300 million DAU.', [{ text: '300 million', value: 3e8, dimension: 'count', noun: 'DAU' }]],
  ['two hundred', 'We trained two hundred models.', [{ text: 'two hundred', value: 200, dimension: 'count', noun: 'models' }]],
  ['a dozen', 'A dozen features drive most of the lift.', [{ text: 'A dozen', value: 12, noun: 'features' }]],
  ['tens of milliseconds', 'Latency is tens of milliseconds.', [{ text: 'tens of milliseconds', value: 0.01, approximate: true, dimension: 'time', unit: 's' }]],
  ['hundreds of thousands of users', 'It reaches hundreds of thousands of users.', [{ text: 'hundreds of thousands', value: 1e5, approximate: true, dimension: 'count', noun: 'users' }]],
  ['billions of items', 'We rank billions of items.', [{ text: 'billions', value: 1e9, approximate: true, noun: 'items' }]],
  ['a few hundred ms', 'Scoring adds a few hundred ms.', [{ text: 'a few hundred ms', value: 0.3, approximate: true, dimension: 'time' }]],
  ['sub-100ms', 'Lookups stay sub-100ms.', [{ text: 'sub-100ms', value: 0.1, comparator: '<', dimension: 'time' }]],
  ['compound words', 'It took three thousand five hundred steps.', [{ text: 'three thousand five hundred', value: 3500, noun: 'steps' }]],
  ['hyphenated tens', 'We hired twenty-five annotators.', [{ text: 'twenty-five', value: 25, noun: 'annotators' }]],
  ['hundred and', 'We ran one hundred and fifty experiments.', [{ text: 'one hundred and fifty', value: 150, noun: 'experiments' }]],
  ['half a million', 'We bought half a million labels.', [{ text: 'half a million', value: 5e5, noun: 'labels' }]],
  ['a couple of seconds', 'Warm-up takes a couple of seconds.', [{ text: 'a couple of seconds', value: 2, approximate: true, dimension: 'time' }]],
  ['several thousand', 'Several thousand raters label each week.', [{ text: 'Several thousand', value: 3000, approximate: true, noun: 'raters' }]],
  ['half an hour', 'The backfill needs half an hour.', [{ text: 'half an hour', value: 1800, dimension: 'time' }]],
  ['within a second', 'Fraud checks finish within a second.', [{ text: 'within a second', value: 1, comparator: '<=', dimension: 'time' }]],
  ['a quarter of a second', 'The check answers in under a quarter of a second.', [{ text: 'under a quarter of a second', value: 0.25, comparator: '<', dimension: 'time' }]],
  ['half of an hour', 'The refresh needs half of an hour.', [{ text: 'half of an hour', value: 1800, dimension: 'time' }]],
  ['quarter as a period, not a fraction', 'Revenue grew each quarter.', []],

  // ---------------------------------------------------------------- ranges
  ['en-dash range with a unit', 'Search answers in 100–200 ms.', [{ text: '100–200 ms', low: 0.1, high: 0.2, value: 0.2, dimension: 'time' }]],
  ['hyphen range sharing a suffix', 'We expect 5-10k signups a week.', [{ text: '5-10k signups a week', low: 5000, high: 10_000, dimension: 'rate', per: 'week', noun: 'signups' }]],
  ['between … and', 'Retraining takes between 2 and 3 hours.', [{ text: 'between 2 and 3 hours', low: 7200, high: 10_800, dimension: 'time' }]],
  ['Russian от … до', 'Сборка занимает от 5 до 10 минут.', [{ text: 'от 5 до 10 минут', low: 300, high: 600, dimension: 'time' }]],
  ['Chinese tilde range', '延迟在100~200毫秒之间。', [{ text: '100~200毫秒', low: 0.1, high: 0.2, dimension: 'time' }]],
  ['a fall is two quantities, not a range', 'Latency fell from 200 ms to 120 ms.', [{ text: '200 ms', value: 0.2 }, { text: '120 ms', value: 0.12 }]],
  ['a range of years is a date', 'Data from 2019-2023 is used.', []],
  ['word range', 'Each review takes two to three days.', [{ text: 'two to three days', low: 2 * 86_400, high: 3 * 86_400, dimension: 'time' }]],

  // ---------------------------------------------------------------- percent
  ['percent sign', 'CTR improved by 5%.', [{ text: '5%', value: 5, dimension: 'percent', unit: '%' }]],
  ['spaced percent sign', 'Recall rose 5 % on tail queries.', [{ text: '5 %', value: 5, unit: '%' }]],
  ['percent word', 'Keep a 5 percent holdout.', [{ text: '5 percent', value: 5, dimension: 'percent' }]],
  ['percentage points with a sign', 'Precision gained +2 pp after the fix.', [{ text: '+2 pp', value: 2, dimension: 'percent', unit: 'pp' }]],
  ['negative percent', 'The test showed -5% churn.', [{ text: '-5%', value: -5, unit: '%' }]],
  ['small percent', 'Positives are 0.5% of traffic.', [{ text: '0.5%', value: 0.5, dimension: 'percent' }]],
  ['percent growth per month', 'The catalog grows by 10% a month.', [{ text: '10% a month', value: 10, dimension: 'percent', per: 'month' }]],
  ['Russian percent word', 'Доля положительных — 3 процента.', [{ text: '3 процента', value: 3, dimension: 'percent', unit: '%' }]],
  ['Russian percentage points', 'Конверсия выросла на 2 п.п.', [{ text: '2 п.п.', value: 2, unit: 'pp' }]],
  ['Chinese percentage points', '准确率提升了2个百分点。', [{ text: '2个百分点', value: 2, dimension: 'percent', unit: 'pp' }]],
  ['Chinese 百分之', '转化率提高百分之五。', [{ text: '百分之五', value: 5, dimension: 'percent', unit: '%' }]],

  // ---------------------------------------------------------------- money
  ['dollars with M', 'The project costs $2M.', [{ text: '$2M', value: 2e6, dimension: 'money', unit: 'USD' }]],
  ['euro sign', 'Each label costs €5.', [{ text: '€5', value: 5, dimension: 'money', unit: 'EUR' }]],
  ['million dollars a year', 'We spend 2 million dollars a year on serving.', [{ text: '2 million dollars a year', value: 2e6, unit: 'USD', per: 'year' }]],
  ['roubles per month', 'Бюджет — 1 млн руб. в месяц.', [{ text: '1 млн руб. в месяц', value: 1e6, dimension: 'money', unit: 'RUB', per: 'month' }]],
  ['yuan with 万', '年预算100万元。', [{ text: '100万元', value: 1e6, dimension: 'money', unit: 'CNY' }]],
  ['price per request', 'Inference costs $0.002 per request.', [{ text: '$0.002 per request', value: 0.002, unit: 'USD', per: 'request' }]],
  ['price per thousand tokens', 'The API charges $5 per 1k tokens.', [{ text: '$5 per 1k tokens', value: 5, per: 'token', perAmount: 1000 }]],
  ['currency code before', 'Hosting is USD 300 per month.', [{ text: 'USD 300 per month', value: 300, unit: 'USD', per: 'month' }]],
  ['rouble sign after', 'Лид стоит 500 ₽.', [{ text: '500 ₽', value: 500, unit: 'RUB' }]],
  ['yen sign before', 'The quota costs ¥3000.', [{ text: '¥3000', value: 3000, unit: 'CNY' }]],
  ['Chinese cost per request', '推理成本每次请求0.01元。', [{ text: '每次请求0.01元', value: 0.01, unit: 'CNY', per: 'request' }]],

  // ---------------------------------------------------------------- time units
  ['ms, msec, milliseconds', 'Budgets: 10 ms, 20 msec, 30 milliseconds.', [{ text: '10 ms', value: 0.01 }, { text: '20 msec', value: 0.02 }, { text: '30 milliseconds', value: 0.03 }]],
  ['sec, s, seconds', 'Timeouts are 2 sec, 3 s, 4s and 5 seconds.', [{ text: '2 sec', value: 2 }, { text: '3 s', value: 3 }, { text: '4s', value: 4 }, { text: '5 seconds', value: 5 }]],
  ['min, minutes', 'Windows of 5 min and 15 minutes.', [{ text: '5 min', value: 300 }, { text: '15 minutes', value: 900 }]],
  ['hours, h', 'Jobs run for 2 hours, 24h or 36 h.', [{ text: '2 hours', value: 7200 }, { text: '24h', value: 86_400 }, { text: '36 h', value: 129_600 }]],
  ['days, weeks, months, years', 'Keep logs 30 days, 2 weeks, 6 months or 1 year.', [{ text: '30 days', value: 30 * 86_400 }, { text: '2 weeks', value: 14 * 86_400 }, { text: '6 months', value: 180 * 86_400 }, { text: '1 year', value: 365 * 86_400 }]],
  ['hyphenated duration', 'We keep a 7-day window.', [{ text: '7-day', value: 7 * 86_400, dimension: 'time' }]],
  ['microseconds', 'A lookup costs 50 µs.', [{ text: '50 µs', value: 50e-6, dimension: 'time' }]],
  ['Russian мс and миллисекунд', 'Задержка 200 мс, а в худшем случае 500 миллисекунд.', [{ text: '200 мс', value: 0.2 }, { text: '500 миллисекунд', value: 0.5 }]],
  ['Russian сек and секунды', 'Ответ за 2 сек., таймаут 3 секунды.', [{ text: '2 сек.', value: 2 }, { text: '3 секунды', value: 3 }]],
  ['Russian мин, ч, часов', 'Окно 5 мин, пересчёт каждые 2 ч, хранение 48 часов.', [{ text: '5 мин', value: 300 }, { text: '2 ч', value: 7200 }, { text: '48 часов', value: 48 * 3600 }]],
  ['Russian дней', 'Метки приходят через 30 дней.', [{ text: '30 дней', value: 30 * 86_400, dimension: 'time' }]],
  ['Russian с is seconds, not "with"', 'Это заняло 5 с. Работаем с 5 коллегами.', [{ text: '5 с', value: 5, dimension: 'time' }, { text: '5', value: 5, dimension: 'count', noun: 'коллегами' }]],
  ['Chinese time units', '延迟200毫秒，超时2秒，窗口5分钟，重训3小时，保留7天。', [{ text: '200毫秒', value: 0.2 }, { text: '2秒', value: 2 }, { text: '5分钟', value: 300 }, { text: '3小时', value: 10_800 }, { text: '7天', value: 7 * 86_400 }]],
  ['Chinese months with a classifier', '标签在3个月后到达。', [{ text: '3个月', value: 90 * 86_400, dimension: 'time' }]],

  // ---------------------------------------------------------------- rates
  ['QPS', 'We plan for 10k QPS at peak.', [{ text: '10k QPS', value: 1e4, dimension: 'rate', unit: 'QPS', per: 'second', noun: 'QPS' }]],
  ['RPS', 'The service handles 500 RPS.', [{ text: '500 RPS', value: 500, dimension: 'rate', unit: 'QPS', per: 'second' }]],
  ['requests per day with a slash', 'The API sees 1M requests/day.', [{ text: '1M requests/day', value: 1e6, dimension: 'rate', per: 'day', noun: 'requests' }]],
  ['a year', 'Recruiters review 120k applications a year.', [{ text: '120k applications a year', value: 1.2e5, dimension: 'rate', per: 'year', noun: 'applications' }]],
  ['a qualifier before a rate unit', 'The endpoint sustains 4 concurrent requests per second.', [{ text: '4 concurrent requests per second', value: 4, dimension: 'rate', per: 'second' }]],
  ['a Russian adjective before a rate unit', 'Сервис держит 5 параллельных запросов в секунду.', [{ text: '5 параллельных запросов в секунду', value: 5, dimension: 'rate', per: 'second' }]],
  ['a word between a per-period word and a spaced number', '平台每天进件 8 万单。', [{ text: '8 万', value: 8e4, per: 'day', noun: '单' }]],
  ['req/s', 'Replicas sustain 500 req/s each.', [{ text: '500 req/s', value: 500, unit: 'QPS', per: 'second' }]],
  ['noun per second with /s', 'The queue drains 500 messages/s.', [{ text: '500 messages/s', value: 500, dimension: 'rate', per: 'second', noun: 'messages' }]],
  ['per hour', 'Ingestion peaks at 1.2M events per hour.', [{ text: '1.2M events per hour', value: 1.2e6, per: 'hour', noun: 'events' }]],
  ['rate name before the number', 'Peak QPS: 20k.', [{ text: '20k', value: 2e4, dimension: 'rate', unit: 'QPS', noun: 'QPS' }]],
  ['Russian в секунду', 'Сервис обрабатывает 3 тыс. событий в секунду.', [{ text: '3 тыс. событий в секунду', value: 3000, dimension: 'rate', per: 'second', noun: 'событий' }]],
  ['Russian в день with an adjective', 'Приходит 1 млн новых заявок в день.', [{ text: '1 млн новых заявок в день', value: 1e6, per: 'day', noun: 'новых заявок' }]],
  ['Russian RPS with тыс.', 'Нагрузка — около 3 тыс. RPS.', [{ text: 'около 3 тыс. RPS', value: 3000, unit: 'QPS', comparator: '~', approximate: true }]],
  ['Chinese 每秒 before the number', '每秒10万次请求。', [{ text: '每秒10万', value: 1e5, dimension: 'rate', per: 'second', noun: '请求' }]],
  ['Chinese 每天 with a classifier', '每天100万个订单。', [{ text: '每天100万', value: 1e6, per: 'day', noun: '订单' }]],
  ['Chinese Latin name after a measure word', '商品池约 3000 万个 SKU。', [{ text: '约 3000 万', value: 3e7, approximate: true, noun: 'SKU' }]],
  ['Chinese multiplier glued to a Latin name', '商品库规模：5000万SKU，日活3000万DAU。', [{ text: '5000万', value: 5e7, noun: 'SKU' }, { text: '3000万', value: 3e7, noun: 'DAU' }]],
  ['Chinese pool joins its noun', '商品库 1000 万。', [{ text: '1000 万', value: 1e7, noun: '商品库' }]],
  ['Chinese volume suffix joins its noun', '日均申请量 10 万笔。', [{ text: '10 万', value: 1e5, noun: '申请量' }]],
  ['Chinese measure words before a catalogue', '片库有 2 万部电影，游戏库 300 款游戏。', [{ text: '2 万', value: 2e4, noun: '电影' }, { text: '300', value: 300, noun: '游戏' }]],
  ['Chinese /秒 after', '吞吐量为2万条/秒。', [{ text: '2万条/秒', value: 2e4, dimension: 'rate', per: 'second' }]],
  // Chinese writers' "w" is 万: before a unit or a noun, or in a Chinese sentence; in English "4w" stays weeks.
  ['Chinese w before QPS', '峰值 10w QPS。', [{ text: '10w QPS', value: 1e5, dimension: 'rate', unit: 'QPS' }]],
  ['Chinese w in a Chinese sentence', '日活 500w。', [{ text: '500w', value: 5e6, dimension: 'count', noun: '日活' }]],
  ['English w stays weeks', 'Features use a lookback window of 4w.', [{ text: '4w', value: 4 * 7 * 86_400, dimension: 'time', unit: 's' }]],
  // After an upper-case name, as in a Chinese doc's table cell with no Chinese in it: "DAU 2000w".
  ['Chinese w after an upper-case name', 'DAU 2000w', [{ text: '2000w', value: 2e7, dimension: 'count', noun: 'DAU' }]],
  ['Chinese W, upper case', '商品数50W+。', [{ text: '50W+', value: 5e5, dimension: 'count', comparator: '>=' }]],
  ['w after the upper-case name of a duration stays weeks', 'TTL 4w', [{ text: '4w', value: 4 * 7 * 86_400, dimension: 'time', unit: 's' }]],
  ['Chinese rate name before', '高峰QPS达到5万。', [{ text: '5万', value: 5e4, dimension: 'rate', unit: 'QPS', noun: 'QPS' }]],
  ['once a day', 'We retrain once a day.', [{ text: 'once a day', value: 1, dimension: 'rate', per: 'day' }]],
  ['N times a week', 'Dashboards refresh 3 times a week.', [{ text: '3 times a week', value: 3, dimension: 'rate', per: 'week' }]],
  ['Russian раз в неделю', 'Переобучаем раз в неделю.', [{ text: 'раз в неделю', value: 1, dimension: 'rate', per: 'week' }]],
  ['per user', 'We store 200 events per user.', [{ text: '200 events per user', value: 200, dimension: 'rate', per: 'user', noun: 'events' }]],

  // ---------------------------------------------------------------- percentiles and comparators
  ['p99 < 200 ms', 'p99 < 200 ms for ranking.', [{ text: '< 200 ms', value: 0.2, comparator: '<', percentile: 99, dimension: 'time' }]],
  ['P95 latency under 1 s', 'P95 latency under 1 s.', [{ text: 'under 1 s', value: 1, comparator: '<', percentile: 95 }]],
  ['99th percentile', 'The 99th percentile latency is 250 ms.', [{ text: '250 ms', value: 0.25, percentile: 99 }]],
  ['p99.9', 'p99.9 latency below 300 ms.', [{ text: 'below 300 ms', value: 0.3, percentile: 99.9, comparator: '<' }]],
  ['percentile after the value', 'Budget 200 ms at p99 and 50 ms at p50.', [{ text: '200 ms', percentile: 99 }, { text: '50 ms', percentile: 50 }]],
  ['percentiles in a list', 'p99: 200 ms, p50: 40 ms', [{ text: '200 ms', percentile: 99 }, { text: '40 ms', percentile: 50 }]],
  ['a percentile does not cross a sentence', 'We track p99. Retraining takes 2 hours.', [{ text: '2 hours', value: 7200 }]],
  ['percentile in a table row', '| p95 latency | 150 ms |\n| throughput | 2k RPS |', [{ text: '150 ms', percentile: 95 }, { text: '2k RPS', value: 2000, unit: 'QPS' }]],
  ['median', 'Median latency is 80 ms.', [{ text: '80 ms', value: 0.08, percentile: 50 }]],
  ['within 2 seconds', 'Alerts fire within 2 seconds.', [{ text: 'within 2 seconds', value: 2, comparator: '<=' }]],
  ['at most 50ms', 'Each feature read takes at most 50ms.', [{ text: 'at most 50ms', value: 0.05, comparator: '<=' }]],
  ['no more than N with a noun', 'Allow no more than 3 retries.', [{ text: 'no more than 3', value: 3, comparator: '<=', noun: 'retries' }]],
  ['at least', 'Keep at least 10,000 labels per class.', [{ text: 'at least 10,000 labels per class', value: 1e4, comparator: '>=', per: 'class', noun: 'labels' }]],
  ['or more after', 'Sessions of 30 minutes or more count.', [{ text: '30 minutes or more', value: 1800, comparator: '>=' }]],
  ['plus sign after', 'The product has 10M+ users.', [{ text: '10M+', value: 1e7, comparator: '>=', noun: 'users' }]],
  ['tilde and approx sign', 'Index build ~3 hours, refresh ≈ 20 min.', [{ text: '~3 hours', value: 10_800, comparator: '~', approximate: true }, { text: '≈ 20 min', value: 1200, approximate: true }]],
  ['RTF ≤ 0.2 is a ratio', 'Speech must run at RTF ≤ 0.2.', [{ text: '≤ 0.2', value: 0.2, comparator: '<=', dimension: 'ratio' }]],
  ['metric threshold is a ratio', 'Ship if AUC > 0.85.', [{ text: '> 0.85', value: 0.85, comparator: '>', dimension: 'ratio' }]],
  ['Russian не более with a percentile', 'Задержка p95 не более 200 мс.', [{ text: 'не более 200 мс', value: 0.2, comparator: '<=', percentile: 95 }]],
  ['Russian до', 'Ответ до 100 мс.', [{ text: 'до 100 мс', value: 0.1, comparator: '<' }]],
  ['Russian около and не менее', 'Около 200 мс; полнота не менее 90%.', [{ text: 'Около 200 мс', approximate: true, comparator: '~' }, { text: 'не менее 90%', value: 90, comparator: '>=' }]],
  ['Russian percentile words', '99-й перцентиль задержки — не более 300 мс.', [{ text: 'не более 300 мс', value: 0.3, percentile: 99 }]],
  ['Chinese 不超过', '延迟不超过200毫秒。', [{ text: '不超过200毫秒', value: 0.2, comparator: '<=' }]],
  ['Chinese 小于 with P99', 'P99延迟小于100ms。', [{ text: '小于100ms', value: 0.1, comparator: '<', percentile: 99 }]],
  ['Chinese 分位', '99分位延迟200毫秒。', [{ text: '200毫秒', percentile: 99 }]],
  ['Chinese 以内 and 左右', '响应200ms以内，训练3小时左右。', [{ text: '200ms以内', comparator: '<=' }, { text: '3小时左右', comparator: '~', approximate: true, value: 10_800 }]],
  ['Chinese 一天 is a denominator unless compared', '系统一天处理几千万笔交易，一天内完成结算。', [{ text: '一天处理几千万', value: 3e7, per: 'day', approximate: true, noun: '交易' }, { text: '一天内', value: 86_400, comparator: '<=' }]],
  ['Chinese 约', '系统每天处理约2亿条日志。', [{ text: '每天处理约2亿', value: 2e8, per: 'day', approximate: true, noun: '日志' }]],
  ['ratio written with x', 'The new index is 10x faster and 3 times cheaper.', [{ text: '10x', value: 10, dimension: 'ratio', unit: 'x' }, { text: '3 times', value: 3, dimension: 'ratio', unit: 'x' }]],
  ['Russian в N раза', 'Модель в 2 раза быстрее.', [{ text: '2 раза', value: 2, dimension: 'ratio', unit: 'x' }]],
  ['Chinese 倍', '速度提升3倍。', [{ text: '3倍', value: 3, dimension: 'ratio', unit: 'x' }]],
  ['a split of a hundred is the first share', 'Split the data 80/20.', [{ text: '80/20', value: 0.8, dimension: 'ratio' }]],
  ['price per thousand after a slash', 'It costs ~$0.50/1k requests.', [{ text: '~$0.50/1k requests', value: 0.5, per: 'request', perAmount: 1000, approximate: true }]],
  ['proportions', 'Sample negatives 1:10 and keep 1/4 of traffic.', [{ text: '1:10', value: 0.1, dimension: 'ratio' }, { text: '1/4', value: 0.25, dimension: 'ratio' }]],

  // ---------------------------------------------------------------- Russian multipliers
  ['тыс. with a noun', 'В базе 3 тыс. пользователей.', [{ text: '3 тыс.', value: 3000, noun: 'пользователей' }]],
  ['тысяч', 'Размечено 5 тысяч примеров.', [{ text: '5 тысяч', value: 5000, noun: 'примеров' }]],
  ['млн and миллионов', 'Каталог — 2 млн товаров и 10 миллионов отзывов.', [{ text: '2 млн', value: 2e6, noun: 'товаров' }, { text: '10 миллионов', value: 1e7, noun: 'отзывов' }]],
  ['млрд and миллиардов', 'Логи: 3 млрд строк, через год 12 миллиардов.', [{ text: '3 млрд', value: 3e9, noun: 'строк' }, { text: '12 миллиардов', value: 1.2e10 }]],
  ['сотни тысяч', 'Сервисом пользуются сотни тысяч клиентов.', [{ text: 'сотни тысяч', value: 1e5, approximate: true, noun: 'клиентов' }]],
  ['Russian number words', 'Нужно двести тысяч примеров.', [{ text: 'двести тысяч', value: 2e5, noun: 'примеров' }]],
  ['полтора миллиона', 'Ожидаем полтора миллиона пользователей.', [{ text: 'полтора миллиона', value: 1.5e6, noun: 'пользователей' }]],
  ['десятки миллисекунд', 'Задержка — десятки миллисекунд.', [{ text: 'десятки миллисекунд', value: 0.01, approximate: true, dimension: 'time' }]],
  ['несколько секунд', 'Загрузка занимает несколько секунд.', [{ text: 'несколько секунд', value: 3, approximate: true, dimension: 'time' }]],

  // ---------------------------------------------------------------- Chinese numbers
  ['万 and 亿 after digits', '注册用户1万，日活3亿。', [{ text: '1万', value: 1e4 }, { text: '3亿', value: 3e8, noun: '日活' }]],
  ['千 after digits', '标注5千条样本。', [{ text: '5千', value: 5000, noun: '样本' }]],
  ['百万 alone', '支撑百万用户。', [{ text: '百万', value: 1e6, noun: '用户' }]],
  ['3千万', '商品库有3千万件商品。', [{ text: '3千万', value: 3e7, noun: '商品' }]],
  // A measure word with no noun after it names what is counted when it is one on its own: 行 are rows.
  ['Chinese 行 alone counts rows', '用户表共 144,233 行（含测试账号）。', [{ text: '144,233', value: 144_233, dimension: 'count', noun: '行' }]],
  ['Chinese 行 before its noun', '每天写入 5 亿行日志。', [{ text: '5 亿', value: 5e8, dimension: 'rate', per: 'day', noun: '日志' }]],
  // Traditional Chinese numbers and nouns read as Simplified ones, offsets unchanged.
  ['Traditional 萬 and 億', '日活兩千萬，商品庫 1 億件。', [{ text: '兩千萬', value: 2e7, dimension: 'count', noun: '日活' }, { text: '1 億', value: 1e8, dimension: 'count', noun: '商品庫' }]],
  ['Traditional rate', '每天約十億次曝光。', [{ text: '每天約十億', value: 1e9, dimension: 'rate', per: 'day', noun: '曝光' }]],
  ['English twin: rows', 'The user table has 144,233 rows (test accounts included).', [{ text: '144,233', value: 144_233, dimension: 'count', noun: 'rows' }]],
  ['数百万', '每天新增数百万条记录。', [{ text: '每天新增数百万', value: 3e6, approximate: true, per: 'day', noun: '记录' }]],
  ['上亿', '覆盖上亿用户。', [{ text: '上亿', value: 1e8, approximate: true, comparator: '>=', noun: '用户' }]],
  ['过亿 and 破亿', '日活过亿，注册用户破亿。', [{ text: '过亿', value: 1e8, approximate: true, comparator: '>', noun: '日活' }, { text: '破亿', value: 1e8, comparator: '>=' }]],
  ['亿级 is an order of magnitude', '面向亿级用户。', [{ text: '亿', value: 1e8, approximate: true, noun: '用户' }]],
  ['三百万', '模型服务三百万用户。', [{ text: '三百万', value: 3e6, noun: '用户' }]],
  ['两千', '训练集有两千条。', [{ text: '两千', value: 2000, dimension: 'count' }]],
  ['Chinese numeral with a classifier', '系统包括三个模块。', [{ text: '三', value: 3, noun: '模块' }]],
  ['100多万', '已有100多万用户。', [{ text: '100多万', value: 1e6, approximate: true, comparator: '>', noun: '用户' }]],
  ['以上 after', '召回率要求90%以上。', [{ text: '90%以上', value: 90, comparator: '>=' }]],

  // ---------------------------------------------------------------- data sizes
  ['GB spaced', 'Each shard keeps about 250 GB of embeddings.', [{ text: 'about 250 GB', value: 2.5e11, dimension: 'data-size', unit: 'B' }]],
  ['TB attached', 'The store holds 5TB.', [{ text: '5TB', value: 5e12, dimension: 'data-size' }]],
  ['Russian МБ', 'Модель весит 200 МБ.', [{ text: '200 МБ', value: 2e8, dimension: 'data-size', unit: 'B' }]],
  ['bytes and KiB', 'Rows are 512 B; pages are 4 KiB.', [{ text: '512 B', value: 512 }, { text: '4 KiB', value: 4096 }]],
  ['bandwidth', 'Replication needs 10 Gbps.', [{ text: '10 Gbps', value: 1e10, unit: 'bit', per: 'second' }]],
  ['data per day', 'Logs grow by 2 TB/day.', [{ text: '2 TB/day', value: 2e12, dimension: 'data-size', per: 'day' }]],

  // ---------------------------------------------------------------- model sizes and rank cut-offs
  ['model size inside a model name', 'We fine-tune Llama-3-8B.', [{ text: '8B', value: 8e9, dimension: 'count', unit: 'params', role: 'model-size' }]],
  ['model size with parameters', 'The model has 7B parameters.', [{ text: '7B', value: 7e9, unit: 'params', role: 'model-size', noun: 'parameters' }]],
  ['model size before model', 'A 70B model is too slow.', [{ text: '70B', value: 7e10, role: 'model-size' }]],
  ['model size inside a longer name', 'Serving Qwen2.5-7B-Instruct on one GPU.', [{ text: '7B', value: 7e9, role: 'model-size' }]],
  ['Chinese parameter count', '模型有70亿参数。', [{ text: '70亿', value: 7e9, role: 'model-size', noun: '参数' }]],
  ['hyphenated size and count', 'A 7B-parameter model with 10-fold CV.', [{ text: '7B', role: 'model-size', noun: 'parameter' }, { text: '10', value: 10, noun: 'fold' }]],
  ['top-10 is a rank cut-off', 'Show the top-10 results.', [{ text: 'top-10', value: 10, dimension: 'plain', role: 'rank-cutoff', noun: 'results' }]],
  ['top N spaced', 'Rerank the top 100 candidates.', [{ text: 'top 100', value: 100, role: 'rank-cutoff', noun: 'candidates' }]],
  ['Russian топ-10', 'Показываем топ-10 документов.', [{ text: 'топ-10', role: 'rank-cutoff', noun: 'документов' }]],
  ['Chinese 前10', '返回前10个结果。', [{ text: '前10', role: 'rank-cutoff', noun: '结果' }]],

  // ---------------------------------------------------------------- not quantities
  ['version v2', 'Ship the v2 ranker.', []],
  ['Python version', 'The job needs Python 3.11 and Node 20.', []],
  ['GPT-4', 'Answers come from GPT-4 and GPT-4o.', []],
  ['model name without a size', 'We compare Llama-3 and Mistral.', []],
  ['section heading', '## 3.2 Data\n', []],
  ['section number at a line start', '3.2 Data sources\n', []],
  ['section reference in prose', 'See 4.1 Evaluation for details.', []],
  ['Chinese section number', '1.1 数据\n', []],
  ['Chinese section number glued to the title', '3.2召回策略\n', []],
  ['Chinese list markers', '1、数据来源\n2）特征\n', []],
  ['numbered list markers', '1. Goals\n2) Metrics\n', []],
  ['figure and table numbers', 'Figure 3 and Table 2 show it.', []],
  ['Russian section name', 'Раздел 3 описывает данные.', []],
  ['Chinese chapter ordinal', '详见第3章。', []],
  ['ISO date', 'Launched on 2024-01-05.', []],
  ['quarter and year', 'Planned for Q3 2024.', []],
  ['month day year', 'Due January 5, 2024.', []],
  ['Russian date', 'Запуск 5 марта 2024 г.', []],
  ['Russian year', 'В 2024 году запустили поиск.', []],
  ['Chinese date', '2024年3月5日上线。', []],
  ['year alone', 'Since 2019 the team owns it.', []],
  ['decade', 'Models from the 1990s.', []],
  ['clock time', 'The job starts at 10:30.', []],
  ['always on', 'Support is 24/7.', []],
  ['ISO codes', 'Dates follow ISO 8601; languages ISO 639-1.', []],
  ['percentile name alone', 'We track p99 and P95.', []],
  ['percentile phrase alone', 'Watch the 99th percentile.', []],
  ['identifiers with digits', 'L2 norm, K8s, F1, 2FA, B2B, S3, EC2, H100.', []],
  ['ordinals and shapes', 'The 1st stage uses a 3D map on 5G.', []],
  ['ids, ports, anchors', 'See issue #123, host:8080 and recall@10.', []],
  ['address and version triple', 'Reach 10.0.0.1 running 1.2.3.', []],
  ['pronoun one and bare words', 'One of them is fine; the two are similar.', []],
  ['one day as an idiom, and as a compared duration', 'One day we may add it; labels arrive within one day.', [{ text: 'within one day', value: 86_400, comparator: '<=' }]],
  ['a second model is not a duration', 'We add a second model later.', []],
  ['few without a', 'Few users notice it.', []],
  ['Chinese idioms with numerals', '一些模型一致，十分重要，千万不要，万一失败，百度搜索，二分类。', []],
  ['过 and 破 inside a word', '不过万一失败就回滚，突破口在召回。', []],
  ['Chinese one with a classifier', '这是一个模型。', []],
  ['Claude version name', 'We tried Claude 3.5 Sonnet.', []],
];

for (const [name, input, expected] of cases) {
  test(`quantities: ${name}`, () => check(input, expected));
}

test('there are at least 120 written cases across the three languages', () => {
  assert.ok(cases.length >= 120, `${cases.length} cases`);
  const russian = cases.filter(([, input]) => /[а-яё]/iu.test(input)).length;
  const chinese = cases.filter(([, input]) => /\p{Script=Han}/u.test(input)).length;
  assert.ok(russian >= 25 && chinese >= 25, `${russian} Russian, ${chinese} Chinese`);
});

// ---------------------------------------------------------------- properties

function assertWellFormed(text: string): void {
  const found = findQuantities(text);
  let previousEnd = 0;
  const splitsPair = (offset: number): boolean =>
    offset > 0 && offset < text.length && text.charCodeAt(offset - 1) >= 0xd800 && text.charCodeAt(offset - 1) <= 0xdbff && text.charCodeAt(offset) >= 0xdc00 && text.charCodeAt(offset) <= 0xdfff;
  for (const q of found) {
    assert.ok(q.start >= previousEnd, 'quantities overlap or are out of order');
    assert.ok(q.start < q.end && q.end <= text.length, 'offsets out of range');
    assert.ok(!splitsPair(q.start) && !splitsPair(q.end), 'offset splits a surrogate pair');
    if (q.noun) {
      assert.ok(q.noun.start >= 0 && q.noun.end <= text.length && q.noun.start < q.noun.end, 'noun out of range');
      assert.equal(text.slice(q.noun.start, q.noun.end), q.noun.text);
    }
    assert.ok(q.value === undefined || Number.isFinite(q.value), 'value not finite');
    previousEnd = q.end;
  }
}

const pieces = fc.constantFrom(
  '1', '0', '5', '12', '.', ',', ' ', '\u00a0', '\u2009', '-', '–', '/', ':', '^', '⁶', 'e', 'k', 'M', 'B', 'm', 'ms', 's', '%', '$', '€', 'per', 'day',
  'a', 'few', 'of', 'tens', 'two', 'million', 'thousand', 'тыс', 'млн', 'мс', 'с', 'в', 'секунду', 'от', 'до', 'около', '万', '亿', '三', '百', '个', '多',
  '上', '数', '第', '每秒', '约', '以内', '分位', 'p99', 'P', '<', '≤', '~', 'top', 'sub', 'x', 'times', 'once', 'th', 'percentile', 'from', 'to', '\n', '#',
  '😀', '\ud800', '\udc00', 'GPT', 'Llama', 'Q', '(', ')',
);

test('property: offsets are in range, on UTF-16 boundaries, ordered and non-overlapping, and nothing throws', () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.array(pieces, { maxLength: 80 }).map((parts) => parts.join('')),
  );
  fc.assert(fc.property(text, (input) => assertWellFormed(input)), { numRuns: 1500 });
});

test('property: a quantity found alone is found the same inside surrounding prose', () => {
  const sample = fc.constantFrom('300 million DAU', '8k tickets per day', 'p99 < 200 ms', 'не более 200 мс', '不超过200毫秒', '5-10k', '$2M', '1 млн руб.', '3千万');
  const filler = fc.constantFrom('We plan ', 'Итого: ', '目标是', '', 'Then, ');
  fc.assert(
    fc.property(filler, sample, (before, quantity) => {
      const alone = findQuantities(quantity);
      const inside = findQuantities(`${before}${quantity}.`).map((q) => ({ ...q, start: q.start - before.length, end: q.end - before.length }));
      assert.ok(alone.length > 0);
      const last = inside[inside.length - 1];
      assert.equal(last.value, alone[alone.length - 1].value);
      assert.equal(last.dimension, alone[alone.length - 1].dimension);
    }),
  );
});

test('a megabyte of digits, of letters, and of digits mixed with letters is read to the end', () => {
  const digits = '1234567890'.repeat(100_000);
  assert.deepEqual(findQuantities(digits), []); // one run of a million digits is an id, not a number
  assert.deepEqual(findQuantities('abcdefghij'.repeat(100_000)), []);
  const mixed = 'a1 b2 3c 45 x '.repeat(75_000);
  const found = findQuantities(mixed);
  assert.equal(found.length, 75_000); // each "45" and nothing else
  assert.ok(found.every((q) => mixed.slice(q.start, q.end) === '45'));
  assertWellFormed(mixed.slice(0, 2000));
});
