import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { joinCues } from '../shared/phrase-sets.js';
import { OTHER_COMPANIES } from '../shared/metric-cues.js';
import { NOT_SERVED_ZH, NOT_SYSTEM_SCALE, SCALE_HEADINGS, SERVED_ACTIVITY, SERVED_POPULATION, SERVED_REQUESTS, SERVED_THINGS } from '../shared/requirement-cues.js';

/**
 * Someone else's volume quoted as context: another company's audience ("Netflix serves 200M
 * users") or the size of a market ("the market is 10M users", "рынок — 10 млн пользователей")
 * is not the scale of the system being designed.
 */
/** Well-known companies as Russian text names them. */
const RU_COMPANIES = '{яндекс*|сбер*|озон*|авито|вконтакт*|тинькофф*|вайлдберриз|нетфликс*|ютуб*|амазон*|гугл*|спотифа*|тикток*}';

/** Well-known companies as Chinese text names them. */
const ZH_COMPANIES = '{抖音|淘宝|天猫|微信|快手|美团|京东|拼多多|今日头条|百度|腾讯|阿里巴巴|亚马逊|谷歌|小红书|哔哩哔哩}';

const OTHERS_SCALE = {
  en: [
    // (Split in groups: one phrase may expand to 256 at most.)
    `${OTHER_COMPANIES} {serves|served|has|had|have|handles|handled|with} … #`, `${OTHER_COMPANIES} {processes|processed|reaches|reached|counts|sees|saw|gets|boasts} … #`,
    `${OTHER_COMPANIES} {users|members|subscribers|customers|viewers|listeners} … #`,
    `${OTHER_COMPANIES} {serves|has|handles|processes} … {millions|billions}`,
    '{market|markets|industry|sector} {has|have|had|is|was|of|size|counts|reaches|totals|worth} … #', '{addressable|total|global|worldwide|domestic|national} market … #', '=tam … #', 'market size … #', 'market of … #',
  ],
  ru: [
    // One phrase per verb: a phrase may expand to 256 at most.
    ...[OTHER_COMPANIES, RU_COMPANIES].flatMap((companies) => ['обслужива*', 'име*', 'насчитыва*', 'обрабатыва*', 'охватыва*', 'привлека*'].map((verb) => `${companies} ${verb} … {#|десятк*|сотн*|миллион*|миллиард*}`)),
    `{у|аудитори*} ${OTHER_COMPANIES} … #`, `{у|аудитори*} ${RU_COMPANIES} … #`,
    // The subject "рынок …" ("рынок онлайн-кинотеатров — 10 млн"), not "на рынке" where the system works.
    '=рынок … #', '{емкост*|объем*|размер*} {рынк*|отрасл*} … #', 'весь рынок … #',
  ],
  zh: [
    `${ZH_COMPANIES}{有|拥有|服务|覆盖|日活|月活|的日活|的月活}…{用户|人}`,
    '{市场规模|市场容量|整个市场|行业规模|全行业|全国网民|网民规模}…{用户|人}',
  ],
};

/** A year is not a count: "1200–332 г. до н. э.", "в 2019 г.", "300 BC", "公元前1200年". */
const YEARS = {
  en: ['# {bc|bce|ad|ce}', '# # {bc|bce|ad|ce}'],
  ru: ['# {г|гг|год|году|года}', '# # {г|гг}', '{до|н} н э'],
  zh: ['公元前', '公元'],
};

export default defineDocumentRule({
  meta: {
    id: 'scale-estimate',
    step: 'requirements',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Gives the scale of the system in numbers (users, items, QPS, events per day).',
  },
  message: 'No scale estimate: say how many users, items or requests per second the system serves, since scale decides between a single model and a retrieval-plus-ranking funnel, batch and online serving.',
  fix: {
    title: 'Add a scale estimate',
    snippet: '- **Scale:** ${1:100M} users, ${2:10M} items, peak ${3:10k} requests per second',
  },
  // A number, or an order of magnitude in words, for what the system serves:
  // users, items, requests, events ("300M DAU", "billions of items", "10k
  // QPS", "1 млн пользователей в день", "日活3亿"). Twenty-five jobs on a page
  // is the length of a list, and the size of a training set or a model is not
  // the scale of the system.
  concept: {
    parts: {
      // The number with its counted thing next to it: who and what the system
      // serves ("50M members", "5M jobs"), or what it handles per day or second
      // ("1M requests/day", "10k QPS"). A count of photos or questions alone is
      // more often a data set than traffic.
      population: { cues: {}, quantity: { dimensions: ['count', 'rate'], nouns: SERVED_POPULATION, atLeast: 100 } },
      // "每天约 5000 万次推荐请求": the counted thing after a classifier may start with what is requested.
      traffic: { cues: {}, quantity: { dimensions: ['rate'], nouns: joinCues(SERVED_ACTIVITY, { zh: ['推荐', '调用', '次请求', '次访问', '次搜索'] }), perTime: true } },
      requests: { cues: {}, quantity: { dimensions: ['count', 'rate'], nouns: SERVED_REQUESTS, atLeast: 1000 } },
      // Millions of events are traffic even without a period ("1M+ concurrent predictions").
      bulk: { cues: {}, quantity: { dimensions: ['count'], nouns: SERVED_ACTIVITY, atLeast: 1e6 } },
      // A number whose counted thing is named elsewhere in the sentence, row or column ("Users: 10M").
      count: { cues: {}, quantity: { dimensions: ['count', 'rate'], unnamed: true, atLeast: 100 } },
      // A bare number after its label ("Number of users: 50000"); ids and years are longer or read as dates.
      plainCount: { cues: {}, quantity: { dimensions: ['plain'], unnamed: true, atLeast: 1000, atMost: 1e9 } },
      served: { cues: SERVED_THINGS },
      // The same count read past the exclusion of someone else's volume ("YouTube has 2B daily active users"),
      // for the contexts where it is this system's scale: a scale heading, an assumption made for the estimate.
      // (With its noun, or unnamed beside a served word: "2 billion daily active users" reads as a rate per day.)
      anyPopulation: { cues: {}, quantity: { dimensions: ['count', 'rate'], nouns: SERVED_POPULATION, atLeast: 100 }, exemptFromExclude: true },
      anyCount: { cues: {}, quantity: { dimensions: ['count', 'rate'], unnamed: true, atLeast: 100 }, exemptFromExclude: true },
      assumption: {
        cues: {
          en: ['{assume|assuming|assumption|assumptions|suppose|supposing} {that|}', "let's say", 'lets say', 'say'],
          ru: ['предполож*', 'допустим', 'пусть', 'возьмем', 'возьмём', 'примем'],
          zh: ['假设', '假定', '按…估算'],
        },
      },
      // The company whose volume the estimate borrows: "assume YouTube has …".
      company: {
        cues: { en: [`${OTHER_COMPANIES} {has|have|serves|handles|gets|sees|with}`], ru: [`{${OTHER_COMPANIES.slice(1, -1)}|${RU_COMPANIES.slice(1, -1)}} {имеет|обслуживает|насчитывает}`, `у {${OTHER_COMPANIES.slice(1, -1)}|${RU_COMPANIES.slice(1, -1)}}`], zh: [`${ZH_COMPANIES}{有|拥有|服务|日活|月活}`] },
        exemptFromExclude: true,
      },
      // A magnitude letter after a space ("5 B total users", "2 M DAU"): the text layer reads "5 B" as five bytes.
      spacedMagnitude: {
        cues: {
          en: [
            '# {=b|=bn|=m|=mm|=mn|=k} {users|dau|mau|wau|members|customers|accounts|items|posts|videos|listings|products|requests|queries|qps|events|sessions|views|impressions}',
            '# {=b|=bn|=m|=mm|=mn|=k} {total|daily|monthly|active} {users|members|customers|accounts|items|requests}',
          ],
        },
      },
      // Log or event volume per period: "2 TB of logs per day", "10 ТБ событий в сутки".
      dataVolume: {
        cues: {
          en: ['{=tb|=pb|=gb|terabyte*|petabyte*|gigabyte*} of … {per|a|each|every} {day|hour|month|week|second}', '{=tb|=pb|terabyte*|petabyte*} {per|a|each|every} {day|hour|month|week}', '{=tb|=pb|=gb} {/|} {day|hour|month}'],
          ru: ['{тб|пб|гб|терабайт*|петабайт*} … {в|за} {сутки|день|час|месяц}'],
          zh: ['每天…{TB|PB|GB}', '{TB|PB}…每天', '每日…{TB|PB|GB}'],
        },
      },
    },
    settledBy: [
      { parts: ['population'], weight: 0.9 },
      { parts: ['traffic'], weight: 0.9 },
      { parts: ['requests'], weight: 0.85 },
      { parts: ['bulk'], weight: 0.8 },
      { parts: ['count', 'served'], weight: 0.8 },
      { parts: ['plainCount', 'served'], weight: 0.7 },
      { parts: ['count'], weight: 0.75, underHeading: SCALE_HEADINGS },
      // A design of that company's own system states its scale so: "## Capacity estimation / YouTube has 2B DAU".
      { parts: ['company', 'anyPopulation'], weight: 0.8, underHeading: SCALE_HEADINGS },
      { parts: ['company', 'anyCount', 'served'], weight: 0.8, underHeading: SCALE_HEADINGS },
      { parts: ['assumption', 'company', 'anyPopulation'], weight: 0.8 },
      { parts: ['assumption', 'company', 'anyCount', 'served'], weight: 0.8 },
      { parts: ['spacedMagnitude'], weight: 0.85 },
      { parts: ['dataVolume'], weight: 0.75 },
    ],
    // A data set's size said as what it holds: "the full dataset contains 3 thousand images", "в датасете содержатся 3 тысячи изображений".
    exclude: joinCues(NOT_SYSTEM_SCALE, {
      en: ['{dataset|data set|corpus} {contains|has|holds|includes|consists of} # …'],
      ru: ['{датасет*|набор* данн*|корпус*|выборк*} {содерж*|состо*|включа*|насчитыва*} # …'],
      // One person's workload is not the system's volume: "每人每天复核几十单".
      zh: ['数据集{包含|共有|含有}', '{每人|人均|每个人|每名审核员|每位}{每天|每日|每周|每小时|一天}'],
    }, OTHERS_SCALE, YEARS,
    // Not 单 of 名单 / 账单 / 菜单 (the served word and the counted noun alike): "日均账单 3 万" counts no traffic.
    NOT_SERVED_ZH),
    // A number is concrete by itself: "Users: 50M" is a complete answer.
    minOtherWords: 0,
  },
});
