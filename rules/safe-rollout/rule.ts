import { defineDocumentRule } from '../../server/engine/rule-kit.js';

// A launch that can be stopped before it hurts many users: shadow mode, a
// canary or staged percentage of traffic, a pilot on a subset, a feature flag
// or kill switch, a rollback to the previous model; for an assistant, a mode
// where people approve its output before it acts alone. An A/B test alone
// compares; it does not stage the launch. A rollback of someone's code by an
// agent is another sense.
/** The rest reached after a first step: "the rest follow after two weeks", «остальные подключаем после месяца без жалоб», 「再接其余门店」. */
const WIDEN_REST = {
  // "The rest follow" (the stores), not "the rest follows from the definition".
  en: ['{the rest|the others|the remaining …} {=follow|=join|=come later|=switch later|=follow suit}', '{extend*|expand*|roll* out|open*|widen*} to the {other|remaining|rest of the} …'],
  ru: ['остальн* {подключа*|подключим|переводим|переведём|переведем|получат|получают|присоедин*}', '{подключа*|подключим|переводим|переведём|переведем} остальн*'],
  zh: ['再{接|接入|推广|覆盖|上线|开放|扩展}…{其余|剩余|其他|其它}'],
};

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
            'soft launch*', 'beta test*', 'beta group', 'closed beta', 'trial run',
            // Internal use first, a beta with a few customers, market by market, logging only before it acts.
            'dogfood*', 'eat* our own dog food', '{beta|pilot} with # … {customers|partners|tenants|teams|stores}', 'design partner*', '{roll*|launch*|releas*|goes|go|ship*|expand*} … {region|market|country|city|store|tenant} by {region|market|country|city|store|tenant}',
            '{runs|run|running} alongside the {old|current|existing|previous} {one|model|system|ranker|version}', 'only {logs|records} its {decisions|predictions|scores|outputs}', 'before it takes over',
            // Next to what it replaces, which still decides: "runs next to the current planner spreadsheet".
            '{runs|run|running|ran} {next to|in parallel with|side by side with|alongside} {the|our} {current|existing|old|previous|incumbent} …',
            // A way back kept at hand: "the previous rules engine stays deployed behind a flag".
            'behind a {flag|feature flag|toggle|switch|kill switch}',
            'per {tenant|team|customer|merchant|region|market} {flag|switch|toggle}', 'suggestion mode', 'advisory mode', 'assist mode', 'copilot mode',
            // A shadow run said in plain words: "runs in parallel with the planners without affecting orders".
            '{in parallel|alongside|side by side} … without {affecting|changing|influencing|acting on}', 'without affecting {the|any|real|live} {orders|decisions|users|customers|traffic|results}',
            'rollback*', 'roll back', 'roll* back to', '{revert*|fall* back|switch* back} to the {old|previous|current|last} {model|version|ranker|system}',
            // "We keep the previous model version warm so we can flip back."
            '{flip|flips|flipping|switch|switches|swap|swaps} back', 'keep* the {previous|old|last} {model|version|ranker} {warm|loaded|deployed|running|around}',
            // "Before the experiment the model ran silently for a month"; "if the job fails, the dashboard falls back to the checklist".
            '{ran|runs|run|running} silently', '{scores|scored|scoring|predicts|classifies|flags} {traffic|transactions|requests|payments|orders|events|claims|comments} silently',
            // A way back to the previous model: "switch traffic back to the previous version".
            '{switch*|send*|route*|move*|flip*} {traffic|requests|users|all traffic} back to', 'silent {mode|period|run|launch|month|week|weeks|phase}', '{fall|falls|fell|falling} back to the {checklist|rules|rule*|heuristic|manual|current|existing|old|previous} …',
            'stepped {rollout|wedge|launch}', '{previous|old|current} {model|version|forecast} {stays|remains|is kept|ships|goes out|stays live} … {if|when|unless}',
            // A shadow run said by who still decides: "the model scores every claim but adjusters keep deciding by hand".
            '{keep|keeps|kept|still|continue|continues} {deciding|decide|decides|making the decisions|making decisions} {by hand|manually}', 
            // Exposure grown in steps: "exposure grows 1 % → 10 % → 100 %", "we gradually increase the share".
            '{=gradually|step by step|stepwise} {increase*|widen*|rais*|expand*} … {share|exposure|traffic|percentage|audience|coverage}', '{share|exposure|traffic|percentage|audience} … {increase*|grow*|grows|widen*|rais*} {=gradually|step by step|stepwise|in steps}',
            // A way back by switch: "the flag is turned off and the previous model answers again".
            '{flag|switch|toggle} {is|gets|get|are} {turned|switched|flipped} off', '{previous|old|current|incumbent} {model|version|ranker|system} {answers|takes over|serves|serve} again',
          ],
          ru: [
            'теневой режим*', 'теневом режиме', 'в тени', 'теневой запуск*', 'теневое тестирован*', 'канареечн*', 'канарейк*', '{постепенн*|поэтапн*|плавн*} {раскат*|запуск*|внедрен*|выкат*|увеличен* трафик*}',
            'раскат* на #', 'раскатыва*', 'раскатим', 'откат*', 'бета тест*', 'ограниченн* {запуск*|групп*|аудитор*}', 'фича флаг*', 'feature flag*', 'опытн* эксплуатац*',
            'режим* подсказ*', 'сначала {включа*|запуска*|выкатыва*|открыва*} … {для|на} {одн*|част*|нескольк*} {смен*|групп*|команд*|отдел*|регион*|город*|магазин*|оператор*|пользовател*|клиент*}', 'вернуться к {предыдущ*|старой|прошлой} {модел*|верси*}', '{работал*|работает|запуска*|прогоня*} {молча|в тихом режиме|в фоне}', 'тих* режим*',
            // "Если новая модель хуже предыдущей, в прод уходит прогноз предыдущей версии".
            '{уходит|уходят|остается|остаётся|остаются|используется|выкатывается} {прогноз|прогнозы|} {предыдущ*|прежн*|старой|старая} {верси*|модел*}',
            // "Предыдущая версия модели остаётся в реестре; переключение обратно занимает минуты".
            '{предыдущ*|прежн*} {верси*|модел*} … {оста*|храни*|хранится|держим}', 'переключ* обратно', '{вернуть*|вернёмся|вернемся|откатиться} на {предыдущ*|прежн*|стар*} {верси*|модел*}', 'параллельн* … без влияни*', 'параллельн* со {старой|текущей|прежней|действующ*} {модел*|}', 'параллельн* пилот*', 'пилот* параллельно', 'параллельно {со|с} {старой|текущей|прежней|действующ*|ручн*} …', 'решени* {принима*|принимает} {старая|текущая|прежняя|действующ*} {модел*|}', 'без влияни* на {заявк*|решени*|пользовател*|клиент*|выдач*|продакшн*|прод}',
            // A shadow run said by who still decides: "модель считает скоры, но решения принимают андеррайтеры вручную".
            'решени* {принима*|принимает|принимают|оста*} … {вручную|люд*|человек|сотрудник*|андеррайтер*|оператор*|аналитик*|эксперт*|специалист*}',
            // Exposure grown in steps: "долю пользователей увеличиваем постепенно".
            '{дол*|трафик*|охват*|аудитори*|процент*} … {увеличива*|увеличим|наращива*|нарастим|расширя*} {постепенно|поэтапно|плавно|ступенчато}', '{постепенно|поэтапно|плавно|ступенчато} {увеличива*|увеличим|наращива*|нарастим|расширя*} {дол*|трафик*|охват*|аудитори*|процент*}',
            // A way back kept at hand: "старый сервис остаётся развёрнутым", "флаг выключается и отвечает прежняя модель", "возвращает трафик на него".
            '{стар*|прежн*|предыдущ*} {сервис*|модел*|верси*} {оста*|продолжа*} {развернут*|развёрнут*|рядом|в проде|работать|доступн*}', '{флаг*|переключател*|рубильник*} {выключа*|выключит*|отключа*|отключит*}', '{выключа*|отключа*} {флаг*|переключател*|рубильник*}',
            '{отвечает|отвечать|работает|включается} {снова|опять|} {прежн*|стар*|предыдущ*} {модел*|верси*|сервис*}', '{возвраща*|вернуть|вернёт|вернет} трафик',
          ],
          zh: [
            '灰度', '灰度发布', '金丝雀', '影子模式', '影子流量', '回滚', '分阶段上线', '逐步放量', '逐步上线', '小流量', '内测', '功能开关', '陪跑', '并行运行', '不影响线上',
            // A shadow run in plain words: "旁路模式运行两周", "只打分不拦截", "不影响决策".
            '旁路模式', '旁路运行', '旁路验证', '旁路部署', '只打分不{生效|拦截|干预|影响|处置}', '不影响{决策|线上|用户|结果|订单|交易}',
            // Staged: "分三批推广", "逐步扩大", "小范围试点"; a way back: "切回旧排序", "退回人工下单", "一键关闭".
            '分{批|阶段|期}{推广|上线|发布|放量|开放|铺开}', '{推广|上线|发布|放量|开放}分…批', '逐步{推广|扩大|放开|开放|铺开}', '小范围{试点|上线|测试|发布}',
            '{回退|退回|切回|回切}…{旧|原有|原来|之前|上一版|上一个|人工|手工|规则|基线|老}', '一键{关闭|切回|回退|下线}', '静默运行', '静默期',
            // A shadow run said with its verb: "先影子运行 2 周", "影子跑一周", "影子部署".
            '影子{运行|部署|测试|上线|验证|跑|阶段|期}', '先影子',
            // A way back kept at hand: "上线后保留旧版本模型".
            '保留{旧版本|旧模型|旧版|上一版本|上一版|上个版本|原模型|原版本|老模型|老版本}',
            // Run next to the old system, which still decides: "与现有规则并行试运行一个月", "新旧模型双跑".
            // Champion/challenger: the new model takes a share of traffic while the incumbent keeps the rest.
            '冠军…挑战者', '挑战者模型',
            '并行{试运行|试跑|跑|验证|对比}',
            // A shadow run said by who still decides: "模型只打分不决策，审核员照常人工处理".
            '只打分不决策', '照常人工',
            // A way back by switch: "配置开关一分钟内可以把流量切回去", "关闭开关，恢复旧模型".
            '{配置|降级|总}开关', '关闭开关', '切回去', '{流量|请求}切回', '恢复{旧|原|之前的|上一版|老}{模型|版本|策略|规则|排序|逻辑}', '{与|和|跟}…{旧|现有|原有|老|现行|当前}…{并行|同时运行|一起运行}', '双跑', '并跑',
          ],
        },
      },
      // A pilot is a limited launch when it says on whom: "piloted in three stores of one region".
      // Testers are a first audience: "a small group of testers gets it first".
      pilot: { cues: { en: ['pilot', 'pilots', 'piloted', 'piloting', 'trial', 'technical run', 'dry run', 'testers', 'beta {users|customers|clients|partners|merchants|stores}', 'test users', 'opt in'], ru: ['пилот*', 'прогон*', 'опытн* запуск*', 'тестировщик*', 'бета тестировщик*', 'тестов* пользовател*'], zh: ['试点', '试运行', '内测', '测试用户'] } },
      // A share of the traffic, for the first exposure: "5 % of members".
      share: {
        cues: {
          en: [
            '{#|small percentage|small share|small fraction|small portion|slice} of … {traffic|users|requests|stores|members|customers|sessions|queries|merchants|drivers|sellers|accounts|transactions}',
            // A column of shares: "Traffic share" over "10 %" (a column header lends it to the cell under it).
            '{traffic|user|users|request|requests} {share|split|percentage|percent|fraction|allocation}', '{share|percentage|percent|fraction} of {traffic|users|requests}',
          ],
          ru: ['# {трафик*|пользовател*|запрос*|магазин*|клиент*|сесси*|продавц*}', 'небольш* {дол*|част*} {трафик*|пользовател*|запрос*|клиент*}',
            // A column of shares: "Доля трафика" over "10 %" (a column header lends it to the cell under it).
            'дол* {трафик*|пользовател*|запрос*|клиент*}', 'процент {трафик*|пользовател*|запрос*|клиент*}'],
          // Spaces next to Chinese are ignored when matching ("10% 门店" is "10%门店").
          zh: ['%{的|}{流量|用户|门店|商家|商户|城市|区域|司机|骑手|请求|订单|会话|账户|员工|坐席}', '少量流量', '部分流量', '流量从',
            // A column of shares: "流量占比" over "10%" (a column header lends it to the cell under it).
            '{流量|用户|请求}{占比|比例|份额}'],
        },
      },
      subset: {
        cues: {
          en: [
            'subset of', 'small group of', 'handful of', 'limited number of', 'a few {stores|users|customers|regions|markets|cities|teams|merchants|warehouses|hospitals|branches}', 'one {region|market|city|country|store|team}',
            'one {site|branch|warehouse|clinic|hospital|office|store|plant|depot|call center|call centre} {of|out of} #', 'one of {the|our} # {sites|branches|warehouses|clinics|hospitals|offices|stores|plants|depots|call centers|call centres}',
            'internal users', 'employees first', 'friendly users', 'early adopters',
            // "ships to 2 of our 40 warehouses first".
            '{#|a few|two|three} of {the|our} # {sites|branches|warehouses|clinics|hospitals|offices|stores|plants|depots|cities|regions|markets|countries|teams}',
          ],
          ru: ['част* пользовател*', 'небольш* групп*', 'ограниченн* числ*', 'одном регион*', 'одном город*', 'одн* {площадк*|филиал*|склад*|магазин*|колл центр*|клиник*|больниц*|отделени*} из', 'нескольких {магазин*|регион*|город*|вакансиях|клиент*}', 'сотрудник* компании'],
          zh: ['部分用户', '一小部分', '少数用户', '一个城市', '一个地区', '一个大区', '部分城市', '部分门店', '少数门店', '内部员工', '内部开放', '试点事业部', '试点城市', '试点门店'],
        },
      },
      // A ramp of traffic shares to all of it: "1% → 5% → 25% → 100%" (the arrows and signs are not words).
      ramp: { cues: { en: ['# # 100', '# # # 100'], ru: ['# # 100'], zh: ['# # 100'] } },
      count: { cues: { en: ['# {stores|users|customers|regions|markets|cities|teams|merchants|warehouses|branches|vacancies|jobs|clinics|hospitals|drivers|sellers}', '# {bakeries|restaurants|shops|outlets|sites|locations|offices|schools|departments|pharmacies|couriers|agents|depots}'], ru: ['# {магазин*|пользовател*|клиент*|регион*|город*|ваканси*|задани*|филиал*}', '{двух|трех|трёх|четырех|четырёх|пяти|нескольких} {магазин*|город*|регион*|филиал*|склад*|точк*|отделени*}', '# {точк*|пекарн*|ресторан*|кафе|склад*|отделени*|аптек*|офис*|команд*|школ*|клиник*|больниц*|водител*|курьер*|продав*|оператор*}'], zh: ['个门店', '个城市', '家门店', '家店', '个大区', '个区域', '个事业部', '个部门', '个省', '个省份', '个地市', '个分公司', '个分行', '个仓'] } },
      // The launch widened after a first step: "30 stores, then all", "5 % first, then everyone".
      widen: {
        cues: {
          en: ['then {all|everyone|everybody|the rest|100 %|full traffic|all traffic|all users|all stores|all regions|all markets|nationwide|globally}', '{before|then} {expanding|extending|widening|rolling out} to {all|everyone|the rest|every}', 'before {everyone|everybody|all users} {gets|get|sees|see|uses|use}',
            ...WIDEN_REST.en],
          ru: ['{затем|потом|после этого|далее} {на всех|всем|все|на все|на остальн*|остальн*|на 100 %}', '{затем|потом|после этого|далее|через} … {на всю страну|на всю сеть|на все регионы|на всех пользователей}',
            ...WIDEN_REST.ru],
          zh: ['{然后|再|之后|最后|随后}{全量|全部|推广到全部|扩大到全部|覆盖全部}',
            ...WIDEN_REST.zh],
        },
      },
      // The rest reached after a first step, which a launch in the same sentence makes a staged one.
      widenRest: { cues: WIDEN_REST },
      launch: {
        cues: {
          // A challenger model on a share of the traffic while the incumbent serves the rest.
          en: ['roll* out', 'rollout', 'launch*', 'challenger', 'releas*', 'deploy*', 'expos*', 'ramp*', 'expand*', 'extend*', 'introduc*', 'enable*', 'go live', 'goes live', 'ship*', 'start* with', 'start* on', 'begin* with'],
          // "включаем для 5 % заявок" (turn on for), by form: "включая" (including) and "включает" (contains) are other senses.
          ru: ['запуск*', 'запуст*', 'внедр*', 'выпуск*', 'выкат*', 'раскат*', 'расшир*', 'начина* с', 'начнем с', '=включаем', '=включим', '=включить', '=включают', '=включена', '=включён', '=включен'],
          zh: ['上线', '发布', '放量', '扩大', '先在', '推广', '开放', '全量', '铺开'],
        },
      },
    },
    settledBy: [
      { parts: ['staged'], weight: 0.85, minOtherWords: 1 },
      { parts: ['share', 'launch'], weight: 0.75 },
      { parts: ['subset', 'launch'], weight: 0.7 },
      { parts: ['pilot', 'subset'], weight: 0.75 },
      { parts: ['pilot', 'count'], weight: 0.7 },
      // Under a "Pilot" heading the stores or users named are the pilot's: "3.1 Pilot design — 40 stores use the new forecast".
      { parts: ['count'], weight: 0.7, underHeading: { en: ['pilot*'], ru: ['пилот*'], zh: ['试点'] } },
      { parts: ['subset'], weight: 0.7, underHeading: { en: ['pilot*'], ru: ['пилот*'], zh: ['试点'] } },
      { parts: ['count', 'widen'], weight: 0.7 },
      { parts: ['share', 'widen'], weight: 0.75 },
      { parts: ['ramp', 'launch'], weight: 0.75, minOtherWords: 0 },
      { parts: ['count', 'launch', 'subset'], weight: 0.75 },
      { parts: ['subset', 'widen'], weight: 0.7 },
      // A trial run first, then everyone: "a technical run on two vacancies, then all of them".
      { parts: ['pilot', 'widen'], weight: 0.75 },
      // A first launch and the rest after it: "we launch in Lisbon and extend to the other cities once …".
      { parts: ['launch', 'widenRest'], weight: 0.7 },
    ],
    headings: {
      en: ['rollout', 'roll out', 'rolling {it|them|this|} out', 'rollout plan', 'rollout strategy', 'launch plan', 'safe launch', 'deployment strategy', 'release plan'],
      ru: ['план* {запуск*|внедрен*|раскат*}', 'раскатк*', 'стратеги* {внедрен*|запуск*}'],
      zh: ['上线计划', '上线策略', '上线方案', '上线节奏', '发布策略', '发布计划', '推广计划', '灰度方案'],
    },
    headingWeight: 0.7,
    exclude: {
      en: [
        'shadow ban*', 'shadowban*', 'shadow profile*', 'shadow it', 'shadow price*', 'shadow cost*', 'shadow value*', 'shadow rate*', 'code rollback*', 'database rollback*', 'transaction rollback*', 'roll* back the transaction', 'schema rollback*', 'migration rollback*',
        'canary token*', 'pilot study', '{database|db|migration*|schema|sql} … {rollback*|roll back}', '{database|db|migration*|schema|sql} … {table*|script*|change*} … {rollback*|roll back}', 'rollback of {a|the} {broken|failed|bad} {service|deploy*|release|change}',
      ],
      // A data set grown, not a launch widened: "Тестовая выборка: расширена до 250 запросов".
      ru: ['откат* транзакц*', 'откат* код*', 'откат* миграц*', 'откат* цен*', 'откат* {баз*|бд|схем*}', '{выборк*|датасет*|набор* данных|корпус*|разметк*} … расшир*', 'расшир* {выборк*|датасет*|набор* данных|корпус*|разметк*}'],
      zh: ['事务回滚', '代码回滚', '{数据库|事务|迁移|sql|代码|配置}…回滚', '回滚事务',
        // 灰度 is also grayscale: "图片先转成灰度图", "灰度化处理", "像素灰度值".
        '灰度图', '灰度图像', '灰度化', '灰度值', '灰度处理', '{转成|转为|转换为|转换成}灰度'],
    },
    name: 'staged',
  },
});
