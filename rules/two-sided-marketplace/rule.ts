import { defineDocumentRule } from '../../server/engine/rule-kit.js';

export default defineDocumentRule({
  meta: {
    id: 'two-sided-marketplace',
    step: 'framing',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['linkedin-job-recommendations', 'people-you-may-know', 'similar-listings'],
    description: 'Models both sides of the match (job seeker and recruiter, member and invitee, guest and host).',
  },
  message: 'No two-sided fit: say how the other side of the match (the recruiter, the invitee, the host) is modelled, e.g. P(apply) × P(recruiter replies), since a match one side rejects is a failure for both.',
  fix: {
    title: 'Model both sides of the match',
    snippet: '- **Two-sided fit:** rank by ${1:P(apply | member, job) × P(recruiter replies | member, job)}, and cap ${2:applications per job} so that ${3:popular jobs are not flooded}',
  },
  // Both sides must want the match: a job seeker and the recruiter, the member
  // and the person suggested, the guest and the host. The doc names the second
  // side together with what the system does about it (a score, an objective, a
  // constraint); naming a recruiter in passing is not enough.
  concept: {
    parts: {
      named: {
        cues: {
          en: ['two sided {marketplace*|market*|fit|matching|recommendation*}', 'mutual {fit|match*|interest}', 'reciprocal {recommendation*|match*|fit}', 'both sides of the {match*|marketplace|market}'],
          ru: ['двусторонн* {рын*|маркетплейс*|соответстви*|рекомендац*|подбор*}', 'взаимн* {интерес*|соответстви*|совпадени*}', 'обе* сторон*'],
          zh: ['双边市场', '双向匹配', '双向推荐', '互相匹配', '双方'],
        },
      },
      // "host", not "hosted"; the other person of the match, not a passing user.
      otherSide: {
        cues: {
          en: ['recruiter*', 'employer*', 'hiring manager*', '=host', '=hosts', 'seller*', 'supplier*', 'invitee*', 'recipient*', 'receiver*', 'the other {side|member|user|person|party}', 'suggested {member|person|user}*', 'both sides'],
          ru: ['рекрутер*', 'работодател*', 'hr', 'нанимающ* менеджер*', 'хозя*', 'владел* {жиль*|объявлен*}', 'продав*', 'получател*', 'приглашенн*', 'друг* сторон*', 'обе* сторон*'],
          zh: ['招聘方', '招聘者', '雇主', '房东', '卖家', '商家', '被邀请', '接收方', '另一方', '双方'],
        },
      },
      // What the other side does or can take: its reply, acceptance, interest, capacity — not "the model predicts".
      fit: {
        cues: {
          en: ['respon*', 'replies', 'reply', 'accept*', 'interest*', 'qualif*', 'capacity', 'quota*', 'cap', 'caps', 'capped', 'balanc*', 'mutual*', 'reciproc*', 'both', 'flood*', 'overload*'],
          ru: ['ответ*', 'приня*', 'принима*', 'интерес*', 'квот*', 'ограничен*', 'балансир*', 'нагрузк*', 'взаимн*'],
          zh: ['回复', '接受', '兴趣', '配额', '上限', '平衡', '双向'],
        },
      },
    },
    settledBy: [
      { parts: ['named'], weight: 0.85 },
      { parts: ['otherSide', 'fit'], weight: 0.8 },
    ],
    name: 'named',
  },
});
