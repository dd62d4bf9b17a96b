import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { COMPARATIVES, GAINS, GOAL_HEADINGS, GOAL_NAME_HEADINGS, GOAL_NAMES, LESS, MORE, PAINS, PURPOSE_LINKS, USER_BENEFIT } from '../shared/objective-cues.js';

/** A pain the business bears, for a motive: "the number of …" grows with anything (candidates, tokens), so not here. */
const BUSINESS_PAINS = { ...PAINS, en: (PAINS.en ?? []).filter((cue) => cue !== 'number of') };

export default defineDocumentRule({
  meta: {
    id: 'business-objective',
    step: 'requirements',
    severity: 'warning',
    appliesTo: 'always',
    description: 'States the business goal the system serves.',
  },
  message: 'No business objective: say what the business gains (more applications, retention, less fraud loss) so every later choice can be judged against it.',
  fix: {
    title: 'Add a business objective',
    snippet: '- **Business objective:** ${1:help job seekers find jobs they apply to, raising job applications per active seeker by 5 % this year}',
  },
  // What the business or its users gain: an outcome moved the right way
  // ("maximise ad revenue", "reduce fraud losses", "сократить расходы на
  // подбор", "提升转化率"), or a stated goal of what the system is for ("The
  // goal is to help job seekers …"). Describing what the system does is not a
  // goal, and neither is a trade-off ("richer context … increases cost").
  concept: {
    parts: {
      goal: { cues: GOAL_NAMES },
      purpose: { cues: PURPOSE_LINKS },
      gain: { cues: GAINS },
      pain: { cues: PAINS },
      more: { cues: MORE },
      less: { cues: LESS },
      benefit: { cues: USER_BENEFIT },
      comparative: { cues: COMPARATIVES },
      amount: { cues: {}, quantity: ['percent', 'count', 'ratio'] },
      // Why the system is built, said as the problem it answers: a "Why:" / "Problem:" label, or "we build X
      // because …". With a business pain that grows or is to shrink it states the goal ("Problem: sellers
      // overstock …; better forecasts should lower write-offs"); a pain alone ("Problem: churn prediction") does not.
      motive: {
        label: true,
        cues: { en: ['why', 'problem', 'motivation', 'pain point*', 'the problem'], ru: ['зачем', 'проблема', 'мотивация', 'боль', 'почему'], zh: ['为什么', '痛点', '问题', '动机', '背景'] },
      },
      businessPain: { cues: BUSINESS_PAINS },
      because: { cues: { en: ['{build|building|built|need|needs|launch|launching|ship|shipping|want} … {because|since}'], ru: ['{делаем|строим|нужен|нужна|нужно|запускаем} … {потому что|так как|поскольку}'], zh: ['之所以…是因为', '因为…所以要'] } },
    },
    settledBy: [
      { parts: ['goal', 'more', 'gain'], weight: 0.95 },
      { parts: ['goal', 'less', 'pain'], weight: 0.95 },
      { parts: ['purpose', 'more', 'gain'], weight: 0.9 },
      { parts: ['purpose', 'less', 'pain'], weight: 0.9 },
      // "so that merchants lose less money to fraud", "чтобы меньше денег уходило мошенникам": the comparative carries the direction.
      { parts: ['purpose', 'comparative', 'pain'], weight: 0.85 },
      { parts: ['purpose', 'comparative', 'gain'], weight: 0.85 },
      // An outcome moved, where a doc states its purpose; elsewhere ("Trade-offs", "Risks")
      // "X improves trust but slows iteration" is a consequence, not the goal.
      // "Business objective: maximise formed connections".
      // A goal named as a label and said in the next sentence: "Цель для бизнеса. Блок должен приносить дополнительные заказы".
      { parts: ['goal', 'more', 'gain'], weight: 0.85, within: 'unit' },
      { parts: ['goal', 'less', 'pain'], weight: 0.85, within: 'unit' },
      { parts: ['goal', 'more'], weight: 0.75 },
      { parts: ['goal', 'less'], weight: 0.75 },
      { parts: ['more', 'gain'], weight: 0.8, underHeading: GOAL_HEADINGS },
      { parts: ['less', 'pain'], weight: 0.8, underHeading: GOAL_HEADINGS },
      { parts: ['more', 'gain'], weight: 0.4 },
      { parts: ['less', 'pain'], weight: 0.4 },
      { parts: ['goal', 'gain'], weight: 0.75 },
      { parts: ['goal', 'pain'], weight: 0.7 },
      { parts: ['goal', 'benefit'], weight: 0.75 },
      { parts: ['purpose', 'benefit'], weight: 0.7 },
      { parts: ['goal', 'benefit'], weight: 0.7, within: 'unit' },
      { parts: ['purpose', 'benefit'], weight: 0.65, within: 'unit' },
      { parts: ['benefit'], weight: 0.65, underHeading: GOAL_NAME_HEADINGS },
      // Under a goal's heading, an outcome moved by an amount ("cut opt-outs by 20 %", «число обращений снижается на
      // 30 %») or moved for a stated end that says which way ("Cut the walking time per pick list so that each shift
      // ships more orders"). A template's prompt there ("какие метрики мы хотим улучшить и на сколько") has neither.
      { parts: ['less', 'amount'], weight: 0.75, underHeading: GOAL_NAME_HEADINGS },
      { parts: ['more', 'amount'], weight: 0.75, underHeading: GOAL_NAME_HEADINGS },
      { parts: ['purpose', 'less', 'comparative'], weight: 0.75, underHeading: GOAL_NAME_HEADINGS },
      { parts: ['purpose', 'more', 'comparative'], weight: 0.75, underHeading: GOAL_NAME_HEADINGS },
      { parts: ['comparative', 'gain'], weight: 0.7, underHeading: GOAL_HEADINGS },
      // Under a bare "Goals" / "Цели" / "目标" heading a statement that moves something or says what for is the
      // goal ("Cut the walking time per pick list so that …"); a functional item ("记录用户阅读历史") is not.
      { parts: ['motive', 'less', 'businessPain'], weight: 0.85 },
      { parts: ['motive', 'more', 'businessPain'], weight: 0.8 },
      { parts: ['because', 'more', 'businessPain'], weight: 0.8 },
      { parts: ['because', 'less', 'businessPain'], weight: 0.8 },
      { parts: ['comparative', 'pain'], weight: 0.7, underHeading: GOAL_HEADINGS },
    ],
    // Only a heading that names the business's goal settles with whatever statement opens it. A bare "Goals" /
    // "Цели" / "目标" heads a project's deliverables as often ("build a working training pipeline", "记录用户阅读历史"):
    // under it a statement must still move an outcome or name a benefit (the underHeading combinations above).
    headings: {
      en: ['business goal*', 'business objective*', 'business value', 'business {aim*|purpose|outcome*}', 'goal* for the business'],
      ru: ['бизнес цел*', 'бизнес задач*', 'цел* бизнес*', 'бизнесов* цел*'],
      zh: ['业务目标', '商业目标', '业务价值', '商业价值'],
    },
    headingWeight: 0.75,
    exclude: {
      en: [
        'loss function*', 'objective function*', '{log|training|validation|test|cross entropy|focal|hinge|ranking|contrastive|triplet|pairwise|pointwise|listwise|quantile|pinball|reconstruction} loss*', 'cost function*',
        'cost sensitive', '{compute|computational|inference|training|serving|gpu|storage|infrastructure|token|api} cost*', 'learning objective*', 'training objective*', 'ml objective*', 'model objective*', 'optimization objective*',
        'in order to {train|compute|avoid leak*}', 'latency',
        // An operations target ("Service Level Objectives for latency and error rate"), not the business's.
        'service level objective*', '=slo', '=slos',
        // The code's own qualities, not a benefit to users: "simple and easy to maintain", "easier to extend".
        '{easy|easier|simple|simpler} to {maintain|extend|debug|test|deploy|read|understand|reuse|operate|modify}', 'maintainab*', 'extensib*',
        // The model's task under the goal's name: "Objective: predict the churn probability of each subscriber".
        '{objective*|goal*|aim|purpose|task} {is to|to|=is|} {predict*|classif*|estimat*|forecast*|detect*|rank|score|train*}',
        // A retrieval or perception task said as the goal: "the goal is to return the most relevant results".
        '{objective*|goal*|aim|purpose|task} {is to|to|=is|} {return*|retriev*|identif*|recogni*|extract*|segment*|transcrib*}',
        // The same with what it is the goal of in between: "the purpose of sentiment analysis is to detect the sentiment".
        '{objective*|goal*|aim|purpose|task} of … {is to|=is} {predict*|classif*|estimat*|forecast*|detect*|rank|score}',
        '{objective*|goal*|aim|purpose|task} of … {is to|=is} {return*|retriev*|identif*|recogni*|extract*|segment*|transcrib*}',
        // What a search or ranking system hands back is its output, not a product return: "returns the top-10 results".
        '{=return|=returns|=returned|=returning} {the|a|an|top|ranked|relevant|results|candidates|items|documents|answers|responses|predictions|scores|#}', '{=returned|=returns} to the {user*|caller|client|customer*}',
        // What a step makes possible for the builders is a capability, not a benefit to users: "enables us to get a
        // more consistent sentiment", "lets the model use more context". An outcome after it still counts on its own.
        '{enabl*|allow*|help*|let*|lets} {us|the team|the system|the model|the pipeline|the service} {to|}',
        // Matching as a retrieval or data step, not a marketplace's matches: "keyword matching", "fuzzy match".
        '{keyword|string|exact|fuzzy|pattern|template|feature|semantic|entity|text|lexical|regex|name|image|schema|query} {match|matches|matching}',
        // The machinery's own efficiency, not the business's: "Goal: optimise training efficiency", "cut communication overhead".
        '{improv*|optimi*|increas*|boost*|speed*|cut*|reduc*|lower*} … {training|inference|communication|compute|gpu} {efficiency|speed|throughput|overhead|time}',
      ],
      ru: ['{прост*|удобн*|легк*|легч*} {сопровожда*|сопровожден*|поддержива*|поддержк*|расширя*|расширени*|отлажива*|отладк*|тестирова*|развертыва*|модифицир*}',
        'функци* потер*', 'целев* переменн*', 'целев* функци*', 'функци* ошибк*', 'ml цел*',
        '{цел*|задач*} {это|} {предсказа*|спрогнозир*|прогнозир*|классифицир*|обучить модель|построить модель|распозна*|детектир*|обнаруж*|извлеч*|извлека*}',
        '{позволя*|позвол*|помога*|помо*} {нам|команде|системе|модели} {=получить|=получать|=использовать|=строить|=построить|=делать|=сделать}',
        '{цел*|задач*|назначени*} … {=является|состоит в том чтобы|=это} {предсказа*|спрогнозир*|прогнозир*|классифицир*|распозна*|детектир*|обнаруж*|извлеч*|извлека*}',
        '{повыс*|увелич*|ускор*|сниз*|сократ*|улучш*|оптимизир*} … {скорост*|эффективност*|врем*} {обучени*|инференс*|вычислени*}'],
      zh: ['{便于|方便|易于|容易}{维护|扩展|部署|调试|测试|管理|阅读|理解|复用|迭代|接入|修改}', '损失函数', '目标函数', '目标是{预测|训练|分类|识别|检测|抽取|提取|返回|召回|分割}', '目标：{预测|训练|分类|识别|检测|抽取|提取|返回|召回|分割}', '{让|使}{我们|系统|模型}{能够|可以}', '{目的|任务}是{预测|分类|识别|检测|抽取|提取|返回|召回|分割}', '{优化|提升|提高|降低|减少|加快}{训练|推理|通信|计算}{效率|速度|开销|时间}', '{训练|推理|计算|算力|gpu|存储|token|api|调用}成本',
        // 优化 in a noun (an optimisation module, an optimiser) moves nothing: "三个核心优化模块…，旨在实现高效的推荐".
        '优化{模块|器|算法|组件|框架|技术}',
        // The machines a speed-up saves: "成本节约：同样QPS下，服务器数量减少48倍".
        '{服务器|机器|gpu|显卡|实例|集群}{数量|台数|成本|开销|资源}…{减少|降低|节省|下降|缩减}', '{减少|降低|节省|缩减}…{服务器|机器|gpu|显卡|实例|集群}{数量|台数|成本|开销|资源}'],
    },
  },
});
