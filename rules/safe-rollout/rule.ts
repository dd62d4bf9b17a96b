import { defineDocumentRule } from '../../server/engine/rule-kit.js';

// A launch that can be stopped before it hurts many users: shadow mode, a
// canary or staged percentage of traffic, a pilot on a subset, a feature flag
// or kill switch, a rollback to the previous model; for an assistant, a mode
// where people approve its output before it acts alone. An A/B test alone
// compares; it does not stage the launch. A rollback of someone's code by an
// agent is another sense.
export default defineDocumentRule({
  meta: {
    id: 'safe-rollout',
    step: 'serving',
    severity: 'info',
    appliesTo: 'always',
    description: 'Plans a safe launch: shadow mode, canary, staged rollout, rollback.',
  },
  message: 'No safe rollout: say how the model reaches users without risking them (shadow mode, canary, staged percentage, rollback), since a bad model in production costs more than a late one.',
  fix: {
    title: 'Plan a safe rollout',
    snippet: '- **Rollout:** ${1:shadow mode for 1 week}, then ${2:5 % → 50 % → 100 %} of traffic; automatic rollback if ${3:guardrail metrics drop}',
  },
  concept: {
    parts: {
      staged: {
        cues: {
          en: [
            // A shadow run in plain words: scored next to the incumbent before it decides anything.
            '{logged|scored|scores|runs|evaluated} alongside {the|our} {current|existing|production} {rules|model|system|ranker|logic}', 'before it {makes|takes} any {decisions|actions}',
            'shadow mode', 'shadow deploy*', 'shadow traffic', 'shadow test*', 'shadow launch*', 'shadow scoring', 'shadow evaluation', 'in shadow', 'shadow model', 'shadowing', 'canary*',
            'staged rollout*', 'staged launch*', 'staged release*', '{gradual*|phased|progressive|incremental|staged|controlled|limited} {rollout*|roll out|launch*|release*|ramp*|deployment*|exposure}',
            'progressive delivery', 'ramp up', 'ramp* … to #', 'ramped', 'roll* out gradually', 'roll* out … to # %', 'dark launch*', 'blue green', 'feature flag*', 'kill switch*',
            'soft launch*', 'beta test*', 'beta group', 'closed beta', 'trial run', 'suggestion mode', 'advisory mode', 'assist mode', 'copilot mode',
            // A shadow run said in plain words: "runs in parallel with the planners without affecting orders".
            '{in parallel|alongside|side by side} … without {affecting|changing|influencing|acting on}', 'without affecting {the|any|real|live} {orders|decisions|users|customers|traffic|results}',
            'rollback*', 'roll back', 'roll* back to', '{revert*|fall* back|switch* back} to the {old|previous|current|last} {model|version|ranker|system}',
          ],
          ru: [
            'теневой режим*', 'теневом режиме', 'в тени', 'теневой запуск*', 'теневое тестирован*', 'канареечн*', 'канарейк*', '{постепенн*|поэтапн*|плавн*} {раскат*|запуск*|внедрен*|выкат*|увеличен* трафик*}',
            'раскат* на #', 'раскатыва*', 'раскатим', 'откат*', 'бета тест*', 'ограниченн* {запуск*|групп*|аудитор*}', 'фича флаг*', 'feature flag*', 'опытн* эксплуатац*',
            'режим* подсказ*', 'вернуться к {предыдущ*|старой|прошлой} {модел*|верси*}', 'параллельн* … без влияни*', 'без влияни* на {заявк*|решени*|пользовател*|клиент*|выдач*|продакшн*|прод}',
          ],
          zh: ['灰度', '灰度发布', '金丝雀', '影子模式', '影子流量', '回滚', '分阶段上线', '逐步放量', '逐步上线', '小流量', '内测', '功能开关', '陪跑', '并行运行', '不影响线上'],
        },
      },
      // A pilot is a limited launch when it says on whom: "piloted in three stores of one region".
      pilot: { cues: { en: ['pilot', 'pilots', 'piloted', 'piloting', 'trial', 'technical run', 'dry run'], ru: ['пилот*', 'прогон*', 'опытн* запуск*'], zh: ['试点', '试运行'] } },
      // A share of the traffic, for the first exposure: "5 % of members".
      share: {
        cues: {
          en: [
            '{#|small percentage|small share|small fraction|small portion|slice} of … {traffic|users|requests|stores|members|customers|sessions|queries|merchants|drivers|sellers|accounts|transactions}',
          ],
          ru: ['# {трафик*|пользовател*|запрос*|магазин*|клиент*|сесси*|продавц*}', 'небольш* {дол*|част*} {трафик*|пользовател*|запрос*|клиент*}'],
          zh: ['%的流量', '%的用户', '%流量', '%用户', '少量流量', '部分流量'],
        },
      },
      subset: {
        cues: {
          en: [
            'subset of', 'small group of', 'limited number of', 'a few {stores|users|customers|regions|markets|cities|teams|merchants|warehouses|hospitals|branches}', 'one {region|market|city|country|store|team}',
            'internal users', 'employees first', 'friendly users', 'early adopters',
          ],
          ru: ['част* пользовател*', 'небольш* групп*', 'ограниченн* числ*', 'одном регион*', 'одном город*', 'нескольких {магазин*|регион*|город*|вакансиях|клиент*}', 'сотрудник* компании'],
          zh: ['部分用户', '一小部分', '少数用户', '一个城市', '一个地区', '内部员工'],
        },
      },
      count: { cues: { en: ['# {stores|users|customers|regions|markets|cities|teams|merchants|warehouses|branches|vacancies|jobs|clinics|hospitals|drivers|sellers}'], ru: ['# {магазин*|пользовател*|клиент*|регион*|город*|ваканси*|задани*|филиал*}'], zh: ['个门店', '个城市', '家门店'] } },
      launch: {
        cues: {
          en: ['roll* out', 'rollout', 'launch*', 'releas*', 'deploy*', 'expos*', 'ramp*', 'expand*', 'extend*', 'introduc*', 'enable*', 'go live', 'goes live', 'ship*', 'start* with', 'start* on', 'begin* with'],
          ru: ['запуск*', 'запуст*', 'внедр*', 'выпуск*', 'выкат*', 'раскат*', 'расшир*', 'начина* с', 'начнем с'],
          zh: ['上线', '发布', '放量', '扩大', '先在'],
        },
      },
    },
    settledBy: [
      { parts: ['staged'], weight: 0.85, minOtherWords: 1 },
      { parts: ['share', 'launch'], weight: 0.75 },
      { parts: ['subset', 'launch'], weight: 0.7 },
      { parts: ['pilot', 'subset'], weight: 0.75 },
      { parts: ['pilot', 'count'], weight: 0.7 },
    ],
    headings: {
      en: ['rollout', 'roll out', 'rollout plan', 'rollout strategy', 'launch plan', 'safe launch', 'deployment strategy', 'release plan'],
      ru: ['план* {запуск*|внедрен*|раскат*}', 'раскатк*', 'стратеги* {внедрен*|запуск*}'],
      zh: ['上线计划', '发布策略', '灰度方案'],
    },
    headingWeight: 0.7,
    exclude: {
      en: [
        'shadow ban*', 'shadowban*', 'shadow profile*', 'shadow it', 'code rollback*', 'database rollback*', 'transaction rollback*', 'roll* back the transaction', 'schema rollback*', 'migration rollback*',
        'canary token*', 'pilot study', '{database|db|migration*|schema|sql} … {rollback*|roll back}', '{database|db|migration*|schema|sql} … {table*|script*|change*} … {rollback*|roll back}', 'rollback of {a|the} {broken|failed|bad} {service|deploy*|release|change}',
      ],
      ru: ['откат* транзакц*', 'откат* код*', 'откат* миграц*'],
      zh: ['事务回滚', '代码回滚'],
    },
    name: 'staged',
  },
});
