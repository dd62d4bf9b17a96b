import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { OTHER_COMPANIES } from '../shared/metric-cues.js';

/** Headings of load, stress and performance testing: an experiment there is on the service, not on users. */
const LOAD_TESTING = {
  // Also the serving stack's own tuning: "Inference optimisation experiments", "Эксперименты по оптимизации инференса".
  en: ['{load|stress|soak|spike|capacity|performance|perf|latency|throughput|scalability} {test*|experiment*}', 'load and performance', 'benchmark*', 'chaos {test*|experiment*|engineering}',
    '{inference|serving|latency|throughput|runtime|performance} {optimi*|tuning|speed up*}', '{optimi*|speeding up|tuning} {the|} {inference|serving|latency|throughput|runtime}'],
  ru: ['нагрузочн*', 'стресс {тест*|эксперимент*}', '{тест*|тестирован*|испытан*} {производительност*|под нагрузк*|на нагрузк*|отказоустойчив*}', '{эксперимент*|испытан*} {с нагрузк*|под нагрузк*|на нагрузк*|по нагрузк*}', 'бенчмарк*', 'хаос {тест*|инженер*|эксперимент*}',
    '{оптимизац*|ускорени*} {инференс*|сервинг*|задержк*|латентност*|производительност*|пропускн*}'],
  zh: ['压测', '压力测试', '性能测试', '负载测试', '基准测试', '容量测试', '混沌{测试|工程|实验}', '性能实验', '压测实验', '{推理|性能|延迟|吞吐}优化'],
};

/**
 * Offline experiments and evaluation: a comparison there runs on held-out data, not on users
 * ("## Offline experiments: LR vs BERT on last month", "| 离线实验 | 对比逻辑回归和 BERT |").
 */
const OFFLINE_TESTING = {
  en: ['offline {experiment*|evaluation*|test*|comparison*|benchmark*}'],
  ru: ['{офлайн*|оффлайн*} {эксперимент*|оценк*|тест*|сравнени*}'],
  zh: ['离线{实验|评估|评测|测试|对比}'],
};

/** Where a comparison or a split is not an experiment on users. */
const NOT_ONLINE_EXPERIMENT = {
  en: [...LOAD_TESTING.en, ...OFFLINE_TESTING.en],
  ru: [...LOAD_TESTING.ru, ...OFFLINE_TESTING.ru],
  zh: [...LOAD_TESTING.zh, ...OFFLINE_TESTING.zh],
};

export default defineDocumentRule({
  meta: {
    id: 'ab-test',
    step: 'evaluation',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Plans an online experiment (A/B test, control vs treatment, interleaving, duration, significance).',
  },
  message: 'No online experiment is planned: say how the launch is tested on live traffic (A/B test with control and treatment, duration, significance, guardrails), since only an experiment shows the business effect.',
  fix: {
    title: 'Plan an A/B test',
    snippet: '- **A/B test:** ${1:50/50} split of ${2:users} for ${3:2 weeks}; ship if ${4:applications per user} rises with p < 0.05 and guardrails hold',
  },
  // An online experiment planned on live traffic: an A/B or split test,
  // control and treatment groups, interleaving, a holdback, with or without
  // its design (split, duration, significance, guardrails). A bare "A/B test"
  // bullet is a topic; a shadow run compares no users; a bandit explores, it
  // does not test; naming online metrics is the online-metrics rule.
  concept: {
    parts: {
      experiment: {
        cues: {
          en: [
            '{a b|ab} {test*|experiment*}', 'split test*', 'bucket test*', 'online {experiment*|test*|controlled}', 'controlled experiment*', 'randomi* {controlled|experiment*|trial*}',
            // Interleaved result lists, not "interleaved text and images".
            '=interleaving', 'interleav* {ranking*|results|result lists|lists|experiment*|test*|evaluation*}', 'team draft', '{interleave|interleaves} … {results|lists|rankings}', 'holdout group*', 'hold out group*', 'holdback*', 'hold back group*', 'control group*', 'treatment group*', '{control|target|test} and {treatment|control|test} group*',
            'control and treatment', 'treatment and control', 'control vs treatment', 'treatment vs control',
            // Both arms in one clause with their shares: "5% of users in treatment and 5% in control".
            '{in|to|into} {treatment|the treatment} … {in|to|into} {control|the control}', '{in|to|into} {control|the control} … {in|to|into} {treatment|the treatment}', 'experiment {bucket*|group*|arm*|cohort*|variant*}', 'experimental group*', '{a b|ab} experimentation',
            // Designs for when users cannot be split one by one: by time slot, region or store.
            // "A/B on 10% of users for two weeks": the noun alone.
            '{treatment|control} {bucket*|arm*|cohort*|variant*}', 'champion challenger', 'champion {vs|versus|and} challenger',
            // A holdback said as a verb: "we hold out 5 % of users from the model for a month".
            '{hold|holds|held|holding} {out|back} # … {users|customers|members|traffic|stores|accounts|sessions}',
            '{a b|ab} {on|for|with|over|between|across|of|at|in} …', '{a b|ab} split*',
            // "A/B 50/50 by member id, 2 wks": the split's proportions before its unit.
            '{a b|ab} # # {by|per|on|split|of|across|for|over|during}', '{a b|ab} # {by|per|on|split|of|across|for|over|during}',
            // "A/B by merchant: 10 % of merchants …": the unit of the split.
            '{a b|ab} {by|per} {user*|subscriber*|merchant*|store*|region*|city|cities|session*|account*|seller*|driver*|rider*|country|countries|market*|customer*|member*|device*|team*|shop*|restaurant*|warehouse*|cluster*|zone*|courier*|advertiser*|hospital*|branch*}', 'switchback {test*|experiment*|design}', 'geo {experiment*|test*|lift test*}', 'difference in differences', 'diff in diff', 'quasi experiment*', 'stepped wedge',
          ],
          ru: [
            '{a b|ab|аб} {тест*|эксперимент*}', '{a b|ab} на #', '{a b|ab} # # {по|на}', '{a b|ab} по {пользовател*|клиент*|абонент*|покупател*|подписчик*|магазин*|город*|регион*|мерчант*|продавц*|водител*|пассажир*|сесси*|устройств*|оператор*|сотрудник*|склад*|кластер*|зон*|курьер*|ресторан*|рекламодател*|филиал*|точк*}', 'сплит тест*',
            // Time-sliced designs, as Russian teams write them: "switchback по часам", "свитчбэк".
            'switchback {по|на|тест*|эксперимент*}', '{свитчбэк*|свитчбек*|свичбэк*|свичбек*}', 'онлайн {эксперимент*|тест*}', 'контролируем* эксперимент*', 'рандомизирован* эксперимент*', 'контрольн* групп*',
            'тестов* и контрольн*', 'экспериментальн* групп*', 'интерлив*', 'разност* разностей', 'метод* разност* разностей',
            // Парные группы, одна на текущем решении: "40 магазинов с новой моделью и 40 похожих — с текущей".
            '# {похож*|сопоставим*|аналогичн*} … {с текущ*|со стар*|с прежн*|с действующ*|на текущ*|на стар*|на прежн*}',
          ],
          zh: ['{a/b|ab|a/b |ab }{实验|测试}', '做 a/b', '做a/b', '做 ab', '做ab', '{按|分}{城市|用户|商家|门店|区域}…ab', '按…{分桶|分流}…a/b', '在线实验', '对照组', '实验组', '对照实验', '随机对照', '交叉实验', '分桶实验',
            // A randomised experiment said without "A/B": "按用户 ID 分桶做随机实验", "小流量实验：新模型组 … 显著高于基线组".
            '随机实验', '随机化实验', '{分桶|分流}…实验', '小流量实验',
            // Designs for when users cannot be split one by one, as Chinese teams write them: "按城市做 switchback 实验", "双重差分".
            'switchback…{实验|测试}', '时间片轮转', '轮转实验', '交替实验', '双重差分', '{按|分}{城市|区域|门店|商家|时段}…{实验|对照}'],
        },
      },
      // The design of the experiment: the split, its length, the decision rule.
      design: {
        cues: {
          en: [
            'duration', 'for # {days|weeks|months}', '# {days|weeks}', 'two weeks', 'significan*', 'p value', 'confidence {level|interval*}', 'statistical power', 'power analysis', 'sample size',
            'minimum detectable effect', 'mde', 'guardrail*', 'split', 'randomi*', 'bucket*', 'hash*', 'traffic', '# {%|percent} of {users|members|traffic|requests|sessions|customers|searches|visitors}',
            'primary metric', 'success criteri*', 'decision rule', '{ship|launch|roll out} if', 'compar*', 'measur*', 'uplift', 'lift', 'variant*', 'arm*', 'users', 'members', 'customers',
          ],
          ru: [
            'длительност*', '# {дн*|недел*|месяц*}', 'две недели', 'значимост*', 'значим*', 'p value', 'мощност*', 'размер выборк*', 'mde', 'трафик*', 'рандомиз*', 'разбива*',
            'разделя*', 'случайн*', 'половин*', 'сравн*', 'измер*', 'эффект*', 'пользовател*', 'клиент*', 'групп*', 'оцен*', 'вариант*',
          ],
          zh: ['显著', '置信', '流量', '分桶', '随机', '周期', '两周', '对比', '比较', '分流', '主要指标', '用户', '效果'],
        },
      },
      // Doing it: running, conducting, testing something through it.
      plan: {
        cues: {
          en: ['run*', 'conduct*', 'perform*', 'launch*', 'set up', 'implement*', 'carry out', 'carried out', 'use', 'using', 'via', 'through', 'plan*', 'will', 'validat*', 'evaluat*', 'verif*', 'test', 'tested', 'decid*', 'confirm*', 'analy*', 'start*'],
          ru: ['пров*', 'запуст*', 'запуска*', 'через', 'с помощью', 'планир*', 'будет', 'будем', 'оцен*', 'провер*', 'подтверд*', 'анализ*', 'реализ*', 'тестир*'],
          zh: ['进行', '开展', '通过', '上线', '计划', '验证', '评估', '运行', '做'],
        },
      },
      // A split that makes a comparison, not a share of traffic ("pilot on 5% of users" is a staged launch).
      controlSplit: {
        cues: {
          en: ['control {group*|arm*|bucket*|cohort*|users|members|sellers|stores|traffic|half|condition|variant}', '{compared|compare|comparing} {with|to|against} … without {it|them|the|a|an|our}', '{vs|versus|against} {a|the|} … control', 'randomi* by', 'randomly split',
            '{with|against} the rest of {the|our} {team|teams|users|department|departments|stores|agents|staff}', 'matched {stores|groups|regions|markets|departments|cities|teams}', 'random* assign*', 'assign* {at random|randomly}', 'split … {50 50|at random|randomly}', 'with and without {the|a|an|our}', 'the other {half|group} {does not|do not|doesn t|keeps}', '{merchants|users|stores|teams|customers|agents|cities|regions|sellers|members|drivers} … {picked|chosen|selected|drawn} at random', 'randomly {picked|chosen|selected|drawn} {merchants|users|stores|teams|customers|agents|cities|regions|sellers|members|drivers}', 'the rest {stayed|stay|stays|kept|keep|remained|remain} {on|with}', 'half {the|our} {stores|users|teams|cities|regions|agents|operators|customers} … {and|while} half {keep*|stay*|continue*}',
            '{the|} rest as {a|the|} control',
            // Traffic split between the incumbent and the new version: "50/50 split between the old ranker and the new one".
            'between the {old|current|existing|previous|production|incumbent|legacy} … and the new', 'between the new … and the {old|current|existing|previous|production|incumbent|legacy}',
            // A population halved, each half on one version: "half of the merchants keep the old rules and half get the model".
            '{and|while} {the other|} half {get|gets|see|sees|use|uses|receive|receives|keep|keeps|stay|stays|continue|continues}',
            // The outcome compared across the arms: "we compare chargeback losses between the two groups".
            '{compar*} … between the two {groups|halves|arms|cohorts|buckets}', 'the rest {by|on|with|get*|keep*|see*|stay*} {the|} {old|current|existing|previous|production|incumbent|legacy}', '{compar*|against|versus|vs} … {current|existing|old|previous|production|rule based|incumbent|legacy} {model|system|ranker|version|heuristic|rules|logic}',
            // "50% of users see the new ranking, 50% the old one": the new version beside the incumbent, both sized.
            '{see|sees|get|gets|use|uses} the new … # … the {old|current|existing|previous} {one|version|ranking|model|ranker|feed}',
            // "half of the agents get drafts": half treated implies the other half as the comparison.
            '{half of the|half the|half of our} {users|agents|members|customers|stores|teams|sellers|drivers} {get|gets|see|sees|use|uses|receive|receives|are shown}',
            '{half of the|half the|half of our} {operators|doctors|clinicians|reviewers|moderators|analysts|merchants|couriers} {get|gets|see|sees|use|uses|receive|receives|are shown}',
            // "Online: 50/50 by customer for four weeks": the split's proportions and its unit.
            '{split|} # # {by|per} {user|users|customer|customers|member|members|account|accounts|session|sessions|merchant|merchants|seller|sellers|store|stores|device|devices|driver|drivers}',
            // "40 comparable stores keep the current process": a matched control named by its count.
            '# {comparable|similar|matched|control} {stores|regions|cities|teams|warehouses|branches|markets|sites|hospitals|clinics|schools|depots|restaurants|shops|outlets|departments}',
            '{keep|keeps|kept|stay on|continue with} the {current|existing|old|manual|usual} {process|ordering|forecast|system|rules|way|workflow|checklist}',
            // A stepped rollout run as an experiment: "four hospitals used the model's list while the other seven kept the checklist".
            '{the|while the} {other|remaining} # … {kept|keep|keeps|stayed|stay|stays|continued|continue|continues|remained|remain|remains}'],
          ru: ['контрольн*', 'сравнива* … между {двумя|} {групп*|половин*}', '{остальн*|друг*|оставш*} # … {остал*|оставал*|продолжа*|продолжил*|работал*} {на|по|с|без}',
            // "50 % пользователей видят новую выдачу, 50 % — старую".
            '{видят|видит|получают|получает|используют} нов* … # … {стар*|текущ*|прежн*|действующ*}',
            // "20 % заявок идут через новую модель, 80 % — через скоркарту".
            '# % … через {скоркарт*|стар* модел*|текущ* модел*|действующ* модел*|правил*|стар* верси*|текущ* верси*}', '{у|с} остальн* {пользовател*|сотрудник*|юрист*|оператор*|магазин*|отдел*|клиент*|групп*}', 'без {бота|модели|системы}', 'случайн* образом', 'выбран* случайно', 'втор* половин*', 'половин* {пользовател*|оператор*|сотрудник*|магазин*|агент*|клиент*|курьер*|водител*|продавц*|врач*|модератор*} {получа*|получит|получат|видит|видят|работа*|пользу*}', 'сравнива* … по группам', 'случайн* {разбива*|делим|распредел*}', 'с {ботом|моделью|системой} и без', 'друг* половин*',
            // "60 операторов получают ассистента, 60 — работают как раньше; группы сформированы случайно".
            '{работа*|оста*|продолжа*} {как раньше|по старому|по прежнему|без изменений|без ассистента|без подсказ*}', '{сформирован*|разбит*|распредел*|раздел*|отобран*} {случайно|случайным образом}', '# {похож*|сопоставим*|аналогичн*} … {по старому|как раньше|без изменений}', '{случайно|случайным образом} {сформирован*|разбит*|распредел*|раздел*|отобран*}'],
          zh: ['对照组', '随机分配', '随机分成', '随机分流', '{一半|#%}…新…{另一半|#%}…{旧|老|原有|现有}', '一半{城市|用户|门店|商家|区域}…一半', '{与|和|跟}{其余|其他|剩余|未试点|未上线|没有试点}…{对比|比较}',
            // The rest kept as they were, as the comparison: "另外200家相似门店维持人工补货作为对照", "和纯人工客服组做对比".
            '作为对照', '当作对照', '{比较|对比}…两组', '{另外|其余|其他|剩余|剩下}…{维持|保持|继续|沿用|仍用|仍然}', '{与|和|跟}…{对照|原有|现有|老版|旧版|人工|规则|线上}…组…{对比|比较}'],
        },
      },
      // "A/B" on its own, as interview notes and terse plans write it ("A/B: 10% traffic, 2 wks, MDE 1%"):
      // an experiment only together with `testDesign`, what only an experiment on people has.
      abBare: { cues: { en: ['{a b|ab}'], ru: ['{a b|ab|аб}'], zh: ['{a/b|ab}'] } },
      // The design words that belong to an online experiment and to nothing else: its length in days or weeks,
      // its traffic share, significance, MDE, power, guardrails. Not "compare" or "users" (`design`), which any text has.
      testDesign: {
        cues: {
          en: ['for # {days|weeks|months}', '# {days|weeks|wks|wk}', 'two weeks', 'significan*', 'p value', 'p #', 'statistical power', 'power analysis', 'sample size', 'minimum detectable effect', 'mde', 'guardrail*',
            // A share by its number ("%" is not a token): "10% traffic", "5% of users"; not the bare noun.
            '# {of|} {traffic|users|members|sessions|requests|customers}', 'control', 'treatment'],
          ru: ['# {дн*|недел*|месяц*}', 'две недели', 'значимост*', 'p value', 'мощност*', 'размер выборк*', 'mde', '# {трафик*|пользовател*|клиент*|сесси*}', 'контрол*'],
          zh: ['显著', '置信', '流量', '分桶', '灰度', '对照'],
        },
      },
      // A group column's "Control" cell: a table of the experiment's arms ("Group | What they see | Share").
      controlCell: { cues: { en: ['=control', 'control group'], ru: ['=контроль', 'контрольн*'], zh: ['对照', '对照组'] } },
      // "tested against the current one": a test with an incumbent is an experiment once a control split says on whom.
      trial: { cues: { en: ['experiment*', 'pilot*', 'trial*', '{test*|compar*} {against|with|to} {the|our} {current|existing|old|previous|production|incumbent|legacy}'], ru: ['эксперимент*', 'пилот*'], zh: ['实验', '试点', '灰度'] } },
      split: {
        cues: {
          en: ['with and without {the|a|an|our}', '{with|against} the rest of {the|our} {team|teams|users|department|departments|stores|agents|staff}', 'matched {stores|groups|regions|markets|departments|cities|teams}', 'control {group*|arm*|bucket*|cohort*|users|members|stores|traffic|condition|variant}', '{vs|versus|against} {a|the|} … control', '# {%|percent} of {users|members|traffic|requests|sessions|customers|searches|visitors}', 'half of {the|our} {users|members|traffic|customers}', 'random* assign*', 'assign* {at random|randomly}', 'randomly split', 'bucket*', 'cohort*'],
          ru: ['контрольн*', 'с {ботом|моделью|системой} и без', 'без {бота|модели|системы}', '{у|с} остальн* {пользовател*|сотрудник*|юрист*|оператор*|магазин*|отдел*|клиент*|групп*}', '# {%|процент*} {пользовател*|трафик*|клиент*}', 'половин* {пользовател*|трафик*|клиент*}', 'случайн* образом', 'случайн* распредел*'],
          zh: ['对照', '流量', '分桶', '随机分配'],
        },
      },
    },
    settledBy: [
      { parts: ['experiment', 'design'], weight: 0.9, minOtherWords: 0 },
      // "We will run several A/B tests on the ranking": a plan, if not yet a design.
      { parts: ['experiment', 'plan'], weight: 0.8, minOtherWords: 1 },
      // A statement of substance about one, or a topic bullet with its design in sub-bullets.
      { parts: ['experiment'], weight: 0.7, minOtherWords: 3 },
      { parts: ['trial', 'controlSplit'], weight: 0.8, minOtherWords: 0 },
      // "A/B: 10% traffic, 2 wks, MDE 1% CTR": the bare abbreviation with the design only an experiment has.
      { parts: ['abBare', 'testDesign'], weight: 0.8, minOtherWords: 0 },
      // "| Control | current ranking | 50% |" under a "Group" column: an arm of the experiment.
      { parts: ['controlCell'], weight: 0.75, underHeading: { en: ['group*', 'arm*', 'bucket*', 'variant*', 'cohort*'], ru: ['групп*', 'вариант*'], zh: ['分组', '组别'] }, minOtherWords: 0 },
      // "Teams with the agent are compared with teams without it for six weeks on …": a comparison with its length.
      { parts: ['controlSplit', 'design'], weight: 0.75, minOtherWords: 0 },
      { parts: ['experiment', 'design'], weight: 0.8, within: 'unit', minOtherWords: 0 },
      // Under an "A/B test" / "Experiment" heading or column, the design is the answer.
      // Not under load or performance testing: its "experiment" sends traffic at the service, and
      // "traffic", "compare" and "duration" there describe the load, not a split of users.
      { parts: ['design'], weight: 0.75, underHeading: { en: ['{a b|ab} test*', 'online experiment*', 'experiment*'], ru: ['{a b|ab|аб} тест*', 'эксперимент*'], zh: ['ab实验', 'a/b实验', 'ab测试', '在线实验', '实验'] }, unlessHeading: NOT_ONLINE_EXPERIMENT },
      // Course templates plan the launch as a pilot ("3.1 How the pilot is evaluated"): a control split there is the experiment.
      { parts: ['controlSplit'], weight: 0.75, underHeading: { en: ['pilot*', 'launch experiment*', 'evaluation of the launch'], ru: ['пилот*'], zh: ['试点', '小流量'] } },
    ],
    headings: { en: ['{a b|ab} test*', 'online experiment*', '{a b|ab} experiment*'], ru: ['{a b|ab|аб} тест*', 'онлайн эксперимент*'], zh: ['ab实验', 'a/b实验', 'ab测试', '在线实验'] },
    exclude: {
      // A shadow run is not an experiment; a bandit explores rather than tests.
      en: ['{a b|ab} test* … shadow*', 'shadow* … {a b|ab} test*', 'multi armed bandit*', 'contextual bandit*', 'bandit experiment*', 'experiment tracking', 'experiment tracker*', 'mlflow experiment*',
        // Offline comparisons with the incumbent are evaluation, not an experiment on people.
        'offline {experiment*|trial*|test*|comparison*|evaluation*}', '{experiment*|compar*} offline', 'on the {test|validation|holdout} set',
        // Not a plan for this system: an exercise, an interview tip, a platform that exists.
        '{exercise|exercises|homework|tip|tips|practice question*|quiz} … {a b|ab} test*', '{mention|mentions|mentioning} {a b|ab} test*', '{a b|ab} test* {infrastructure|platform|framework|tooling} {exists|exist|is available|are available}', '{a b|ab} test* {module|chapter|course|lecture|notebook|tutorial|framework docs}', '{hold|holds|held|holding} {out|back} … for {validation|testing|evaluation|the test set|offline evaluation}',
        // Another company's experiment, reported as background: "Airbnb ran a famous A/B test on search ranking".
        `${OTHER_COMPANIES} {ran|runs|famously} … {a b|ab}`, `${OTHER_COMPANIES} {reportedly|reported|published|described} … {a b|ab}`,
        // That an experiment would be hard is not a plan for one ("A/B testing is hard for fraud because labels arrive late").
        '{a b|ab} {test|tests|testing|experiment|experiments} {is|are|would be|will be|gets} {hard|difficult|tricky|challenging|complicated}', '{hard|difficult|tricky} to {a b|ab} test',
        // A pointer to reading and the textbook definition that follows it are not a plan: "read more about A/B testing and bandits",
        // "A/B testing: compares two versions of content to see which one appeals more".
        '{read|learn} {more|up} {about|on} … {a b|ab} test*', '{a b|ab} test* … {compares|compare|comparing} … two {versions|variants} … to see which',
        // A capability the platform should have, not an experiment planned: "the ability to run offline and online tests".
        '{ability|able} to run … {online|a b|ab} {test*|experiment*}',
        // Registry aliases, not an experiment: "champion/challenger rollback: the archived model can be re-promoted".
        'champion challenger {rollback*|alias*|registry|tag*|promotion*|re promotion*}',
        // A general remark about metrics, not a plan: "business metrics can often only be tested through A/B testing".
        'only be {measured|tested|evaluated|validated} {through|via|by|with} … {a b|ab} test*'],
      // "контрольные вопросы", "контрольная точка": test questions and checkpoints, not a control group.
      ru: ['контрольн* {вопрос*|пример*|задани*|кейс*|запрос*|точк*|срок*|цифр*|показател*}', '{a b|ab} тест* … теневом', 'теневом … {a b|ab} тест*', 'многорук* бандит*', '{упражнени*|задани*|домашн* задани*|совет*} … {a b|ab|аб} тест*',
        '{a b|ab|аб} {тест*|эксперимент*} {сложно|трудно|сложны|сложен|затруднен*}', '{сложно|трудно} {провести|проводить|сделать|запустить} {a b|ab|аб}'],
      zh: ['影子模式', '多臂老虎机', '{a/b|ab}{实验|测试}…影子', '影子…{a/b|ab}{实验|测试}', '{a/b|ab}{实验|测试}{很难|难以|困难|不好做}',
        // 泛泛而谈的指标说明，不是实验计划："业务指标……只能通过ab-testing测试".
        '只能通过…{ab|a/b}…{测试|实验|testing|test}'],
    },
    name: 'experiment',
  },
});
