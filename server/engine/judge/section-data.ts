// Sections whose content is not a decision for the first version: "Future
// work", "Open questions", "Out of scope", "Non-goals". A plan written there
// does not settle a point (the corpus labelling guide says the same of plans
// deferred to future work).
import type { CueSet } from './concept.js';

export const DEFERRED_SECTION: CueSet = {
  en: [
    'future work', 'future improvement*', 'future direction*', 'future plan*', 'future enhancement*', 'future extension*', 'next step*',
    'open question*', 'open issue*', 'out of scope', 'non goal*', 'nongoal*', 'possible improvement*', 'potential improvement*',
    'further improvement*', 'possible extension*', 'suggested {extension*|improvement*}', 'extension suggestions', 'improvement suggestions', 'backlog', 'wish list', 'nice to have', '=follow =ups', 'follow up {work|item*|task*}',
    'questions to ask', 'clarifying question*',
    // Topics offered for later in an interview answer, not settled: "Things to discuss if time permits".
    'if time {permits|allows}', 'if there is time', 'time permitting', '{things|topics|points} to {discuss|cover|mention|bring up|talk about}', 'talking points', 'discussion points',
    // What a first version leaves for later: "What's NOT in the MVP", "Post-MVP", "Not in v1", "Later phases".
    'post mvp', 'beyond {the|} mvp', 'after {the|} mvp', 'not in {the|} mvp', 'not {part of|included in|for} {the|} mvp', 'out of {the|} mvp', '{excluded|deferred} from {the|} mvp',
    'not in {v1|version 1|the first version|the first release|the first iteration|the initial version|the initial release|this version|this release|this iteration|this phase}',
    '{later|future|subsequent} {phase*|version*|release*|iteration*|milestone*}', 'deferred {items|features|work|scope|ideas|to v2|to later}', 'not now', 'parking lot',
    // What the writer would add later or with more time: "Ideas for later", "Further work", "What we would do with more time",
    // "Improvements we could make", "Roadmap v2" (not a bare "Roadmap": its "v1" sub-section is the design).
    '{ideas|plans|work|items|features|improvement*|extension*|enhancement*|things} for {later|the future|future versions|v2|the next version}',
    'further {work|improvement*|development|research|steps|enhancement*|extension*}', '{with|given|if we had|if there were} more time', 'improvements {we|one} {could|might|would} make',
    '{could|might|would} {be improved|improve|add|do} {later|next|with more time}', 'room for improvement', 'roadmap {v2|v3|version 2|phase 2}', '{v2|v3} roadmap',
    // Optional extras: "Stretch goals", "Optional extensions", "Bonus".
    'stretch goal*', 'optional {extension*|feature*|improvement*|enhancement*|work}', '=bonus',
  ],
  ru: [
    // "Дальнейшие планы", "Планы на будущее": what comes after this version.
    'дальнейш* развит*', 'дальнейш* шаг*', 'дальнейш* работ*', 'дальнейш* план*', 'план* на будущее', 'будущ* улучшен*', 'будущ* работ*', 'следующ* шаг*', 'открыт* вопрос*',
    'вне рамок', 'что можно улучшить', 'возможн* улучшен*', 'план* развит*', '=идеи', 'предложени* по {развитию|улучшению}',
    'что {еще|ещё} {стоит|можно|нужно|надо} обсудить', 'темы для обсуждения', 'если {останется|будет} время',
    // "Не входит в MVP", "После MVP", "В следующих версиях", "Отложено".
    '{не входит|не входят|не войдет|не войдёт|не войдут|не попадает|не попадают|не попадет|не попадёт} в {mvp|первую версию|первый релиз|первую итерацию|пилот}', 'не в mvp', 'вне mvp', 'после mvp', 'за рамками {mvp|первой версии|пилота|проекта}',
    // Not 'отложенн*' alone: "отложенная выборка" is the hold-out set.
    '{следующ*|будущ*|последующ*} {верси*|релиз*|итераци*|этап*|фаз*}', 'отложено', 'отложенные {задачи|функции|идеи}', 'на потом',
    // «Дальнейшие улучшения», «Возможные доработки», «Доработки», «Планы на будущее», «Что можно сделать потом», «Идеи по развитию».
    'дальнейш* {улучшени*|доработ*|направлени*}', '=доработки', '{возможн*|будущ*|дальнейш*|необходим*} доработ*', 'план* на будущее', '{идеи|направлени*|перспектив*} {развития|по развитию|для развития|по улучшению|для улучшения|на будущее}',
    'что {можно|стоит|нужно|хотелось бы} {сделать|добавить|улучшить|доработать} {потом|позже|в будущем|дальше|в дальнейшем}', '=перспективы', 'точки роста',
  ],
  zh: [
    '未来工作', '未来计划', '后续计划', '后续工作', '后续优化', '后续迭代', '后续规划', '开放问题', '开放性问题', '待解决问题', '待讨论问题', '未解决问题', '遗留问题', '下一步',
    '未来展望', '未来方向', '改进方向', '优化方向', '扩展规划', '长期规划', '扩展建议', '改进建议', '优化建议', '迭代建议', '如果时间允许', '时间允许的话', '可以讨论的点', '讨论要点',
    // What the first version leaves out: "暂不包含", "后续版本", "二期".
    '暂不包含', '暂不包括', '暂不考虑', '暂不实现', '暂不支持', '暂不做', '本期不做', '不在本期', '后续版本', '未来版本', '下个版本', '下一版本', '后续阶段', '二期', 'mvp之后', '不在mvp',
    // "Non-goals", "Out of scope" (a "目标与非目标" heading names both halves and is not deferred).
    '非目标', '不在范围内', '范围之外', '超出范围',
    // 「可以改进的地方」「后期规划」「局限与展望」「未来可以做的」「待完善」「优化空间」。
    '加分项', '可选扩展', '选做', '可以改进', '可改进', '改进空间', '优化空间', '后期规划', '后期优化', '后期迭代', '展望', '未来可以', '后续可以', '后续改进', '后续方向', '后续扩展', '待完善', '待优化', '待改进',
  ],
};

// The half of a heading that names what IS done, beside a deferred cue: "Goals and Non-Goals", "In scope /
// out of scope", "MVP vs post-MVP", "Что входит в MVP, а что нет", "本期范围与暂不包含". Such a heading holds
// both halves, so its section is not deferred as a whole (a label inside it still leaves its list out).
// Only a match outside every deferred cue counts: "What's NOT in the MVP" names no included half.
export const INCLUDED_HALF: CueSet = {
  en: ['goal*', 'objective*', 'in scope', '=scope', 'mvp', 'v1', 'included'],
  ru: ['цел*', 'входит', 'входят', 'скоуп*', 'mvp', 'первая версия', 'в рамках'],
  zh: ['目标', '本期', '一期', '范围', 'mvp', '包含'],
};

// Sections that hold no design decision at all: a table of contents or a
// reading list points elsewhere, an exercise or quiz asks the reader. A cue
// there names the concept without saying the design uses it, so it weighs as
// little as a deferred plan. (A glossary is not one of them: case studies
// define the very terms their design uses, and often say there what the design
// does with them; only an entry that merely defines its term is left out,
// judge/definitions.ts.)
export const NOT_DESIGN_SECTION: CueSet = {
  en: [
    'exercise*', 'practice question*', 'quiz*', 'self check', 'homework',
    // Questions a reader is asked to practise, listed by topic, not answered: "Key Questions by Category", "Sample Questions".
    'sample question*', 'key questions', '{mathematical|math|theory|coding} question*', '{common|typical} interview topic*', 'questions by {category|topic}',
    'table of content*', '=contents', 'further reading', '=references', 'reading list', 'bibliography',
    // Other people's systems, described: a cited paper's two-stage recommender is not this design's.
    'related work', 'prior work', 'literature review', 'literature survey',
  ],
  ru: ['упражнен*', 'домашн* задан*', 'пример* вопрос*', 'вопрос* для подготовк*', 'вопрос* для самопроверк*', 'оглавлен*', '=содержание', 'список литератур*', 'дополнительн* материал*', 'обзор литератур*', 'связанн* работ*'],
  zh: ['练习', '习题', '思考题', '目录', '参考文献', '参考资料', '参考链接', '延伸阅读', '相关工作', '文献综述'],
};

// A short label that says the list after it (or the rest of its own line) is left out of this
// version: "**Не входит:**", "Out of scope:", "Non-goals:", "- Что не будет закрыто: …". Not a
// heading cue: the template heading "Что входит в скоуп проекта, что не входит" holds both halves.
export const OUT_OF_SCOPE_LABEL: CueSet = {
  // "**Future scaling (if needed):**" over a list of what might be done later.
  // Also a label that announces topics, not decisions: "Topics to cover: offline metrics, A/B tests, monitoring",
  // "Interview plan: 1) requirements 2) model choice and trade-offs", "Вопросы к интервьюеру: метрики, A/B", "讨论要点：召回、排序".
  en: ['future {scaling|work|improvement*|enhancement*|extension*|plan*|idea*|iteration*|version*|phase*|optimi*}', 'out of scope', 'not in scope', 'outside {the|} scope', 'non goal*', 'nongoal*', 'not included', 'not covered', 'not in {this|the first|v1} {version|iteration|release}', '{we|this version|v1} will not {do|build|cover|include}', 'excluded', 'post mvp', 'not in {the|} mvp', 'after {the|} mvp', 'beyond {the|} mvp',
    '{topics|things|points|areas|questions|issues} to {cover|discuss|mention|bring up|talk about|clarify|raise|touch on}', '=agenda', 'discussion {points|topics}', 'talking points', 'interview {plan|outline|structure|flow|agenda}', 'answer {outline|structure|plan}',
    // What is planned after this version, as a "Next steps" heading says it: "Next steps: add IPS for position bias".
    '=next steps', 'next {iteration|phase}'],
  // "Возможные пути развития проекта, не входящие в скоуп итерации:" (the Reliable ML template's list of later work).
  // "в будущем" by its form: "не подглядывает в будущее:" opens a leakage statement, not a list of later work.
  ru: ['{в =будущем|на будущее|в следующих версиях|в дальнейшем}', 'не входит', 'не входят', 'не входящ*', '{возможн*|дальнейш*} {пут*|направлени*} развити*', 'не включ*', 'вне скоуп*', 'вне рамок', 'не будет {закрыт*|сделан*|реализован*|покрыт*}', 'что не {будет|войдет|войдёт|входит}', 'за рамками', 'после mvp', 'не в mvp', 'вне mvp',
    'следующ* шаг*', 'темы {для обсуждения|к обсуждению|обсуждения|интервью}', 'вопросы {к интервьюеру|интервьюеру|для обсуждения|к обсуждению}', 'что {обсудить|стоит обсудить}', 'план {интервью|ответа|обсуждения}', '=повестка'],
  zh: ['后续优化', '未来规划', '未来扩展', '扩展方向', '不包括', '不包含', '不在范围', '不在本期', '非目标', '暂不考虑', '本期不做', '暂不包含', '后续版本', '二期',
    '讨论要点', '讨论话题', '待讨论', '需要讨论', '面试{大纲|提纲|流程|计划}', '回答{大纲|提纲|框架}', '讨论点', '议题', '话题', '下一步', '下一阶段'],
};

// A label that announces topics only when it is the whole label before its colon: "讨论：漂移、监控、重训",
// "Discussion: drift, retraining", «Обсудить: дрейф, переобучение». Bare 讨论 / discuss opens decisions as often
// ("讨论后决定：…", "Discussed with the team: we use …"), so it is no lead inside a longer label or sentence
// (TOPIC_LIST_LABEL); labels.ts also asks for two short names at least after it.
export const TOPIC_LABEL_ALONE: Readonly<Record<'en' | 'ru' | 'zh', readonly string[]>> = {
  en: ['discussion', 'discuss', 'to discuss', 'topics', 'discussion points'],
  ru: ['обсуждение', 'обсудить', 'к обсуждению', 'темы'],
  zh: ['讨论', '探讨', '讨论内容', '讨论方向', '主题'],
};

// A label or lead that introduces a list of names, not decisions: challenges or risks named
// ("**Key challenges:** cold start, position bias, drift"), or what the doc will go through
// ("In this doc we will cover the problem statement, offline metrics, serving", «Содержание: …»,
// 「本文将介绍：…」). Unlike OUT_OF_SCOPE_LABEL it leaves out only what it merely names: an item
// that says how ("Cold start: popular items for new users") is a remedy and stays a statement
// (decide.ts `bareNames`).
export const TOPIC_LIST_LABEL: CueSet = {
  en: ['{key|main|major|biggest|core|technical|known|potential|open|} {challenges|risks|pitfalls|difficulties|concerns}', 'challenges include', 'risks include',
    '{we will|we\'ll|we|this doc will|this document will|the doc will|i will|i\'ll} {cover|discuss|go through|walk through|touch on|talk about}',
    '{this|the} {doc|document|design|write up|writeup|post|page} {covers|discusses|goes through|walks through}', 'will be covered', '{topics|sections} covered'],
  ru: ['{основн*|ключев*|главн*|возможн*|потенциальн*|} {сложност*|трудност*|вызов*|риск*}', '=содержание', '{мы|} рассмотрим', '{в документе|в этом документе|документ} {рассматрива*|описыва*|охватыва*}', 'план документа', 'будут рассмотрены'],
  zh: ['{主要|关键|核心|潜在|技术|}{挑战|难点|风险}', '本文将{介绍|讨论|覆盖|包括|涉及}', '本文{介绍|包括|涉及}', '将{介绍|讨论}以下', '目录', '内容包括'],
};

// Tables whose rows are not the design's decisions (judge/labels.ts `tableRowLeftOut`), read from the
// column headers. A column of topics, questions or what an answer should cover lays out points to
// discuss ("| Area | What a good answer covers |", "| Open question | Owner |"); unless another column
// answers them ("| Question | Answer |", "| Open question | Decision |").
export const TOPIC_COLUMN: CueSet = {
  en: ['=topic', '=topics', '=question', '=questions', 'open question*', 'open issue*', 'assumption* to {check|validate|verify|confirm|test}', 'good answer*', 'strong answer*', 'what to {cover|discuss|ask|look for|mention}',
    'interviewer* {look*|expect*}', '=rubric', '{topics|things|points|areas|questions} to {cover|discuss|clarify|raise}', 'talking point*', 'discussion point*', 'to clarify', 'to discuss'],
  ru: ['=тема', '=темы', '=вопрос', '=вопросы', 'открыт* вопрос*', 'гипотез* для проверки', 'что {обсудить|обсуждаем|спросить|проверить}', 'хорош* ответ*', 'что должен {сказать|рассказать|покрыть}', 'темы для обсуждения', 'на что смотрит интервьюер'],
  zh: ['讨论要点', '讨论点', '考察点', '考点', '待讨论', '待确认', '开放问题', '待解决问题', '面试官关注', '好的回答', '回答要点'],
};

// A column that answers what a topic column asks, or says what each option of a comparison does in the
// design ("| Option | AUC | Role |" over "| Logistic regression | 0.76 | baseline |"): the table then settles its rows.
export const ANSWER_COLUMN: CueSet = {
  en: ['=role', '=status', 'answer*', 'decision*', 'decided', 'resolution', 'resolved', 'outcome', 'conclusion', '=choice', 'chosen', 'selected', 'how we {handle|address|solve} it', '=approach', 'our approach', 'solution', 'response', 'what we do'],
  ru: ['=роль', '=статус', 'ответ*', 'решени*', 'вывод*', 'итог*', 'выбор', 'выбрано', 'как {решаем|закрываем|решили}', 'подход'],
  zh: ['作用', '角色', '状态', '答案', '回答', '结论', '决定', '决策', '解答', '方案', '选择', '采用'],
};

// A comparison of options: its first column names them ("| Option | Latency | Cost |", "| Вариант | … |", "| 方案 | … |")
// and no later column says which is taken. As PROS_CONS_COLUMN, its rows are candidates unless marked chosen.
export const OPTION_COLUMN: CueSet = {
  en: ['=option', '=options', 'alternative*', '=variant', '=variants', '=approach', '=approaches', '=solution', '=solutions', 'candidate {approach*|solution*|design*|option*}', 'options considered'],
  ru: ['=вариант', '=варианты', 'альтернатив*', '=подход', '=подходы', 'вариант* решени*'],
  zh: ['方案', '备选方案', '候选方案', '可选方案', '选项', '替代方案'],
};

// A comparison of options: a column of their pros or cons ("| Option | Pros | Cons |"). Its rows are
// candidates weighed, not chosen, unless a row is marked as the one chosen (CHOSEN_MARK).
export const PROS_CONS_COLUMN: CueSet = {
  // Not "Limitation", «Ограничение» (a constraint), nor "Trade-off" (a decision's cost, said of the option taken).
  en: ['=pros', '=cons', '=pro', '=con', 'advantage*', 'disadvantage*', 'drawback*', 'downside*', 'upside*', 'strengths', 'weaknesses'],
  ru: ['=плюсы', '=минусы', 'преимуществ*', 'недостат*', 'достоинств*'],
  zh: ['优点', '缺点', '优势', '劣势', '利弊'],
};

// A row marked as the option chosen ("✅ chosen", "**selected**", "выбрано", "采用"); negated ("not chosen",
// "не выбрано", "不采用") it is one rejected. A bare yes in a decision column marks one too.
export const CHOSEN_MARK: CueSet = {
  // Not "recommended" / «рекомендуем» / 「推荐」 (a recommender's own word), nor 「使用」 ("uses", in any cell).
  en: ['chosen', 'selected', 'picked', 'our choice', 'our pick', '{we|i} {use|pick|choose|go with|chose|picked|selected|adopt}', 'adopted', 'winner', 'going with', 'go with', 'in use', 'v1 choice', 'use in v1', 'for v1', 'mvp choice'],
  ru: ['выбран*', 'выбираем', 'берём', 'берем', 'используем', 'приняли', 'принято', 'в mvp', 'для mvp', 'в первой версии'],
  zh: ['采用', '选用', '选定', '最终方案', '本期', '一期'],
};

// A cell that puts its row off: "Later (v2)", "optional, if time allows", "Post-MVP", «Потом», 「后续」 (at the start of a short cell).
export const DEFERRAL_CELL: CueSet = {
  // Exact words where a stem would reach another ("=optional", not the "Option" of a comparison's header).
  en: ['=later', '=future', '=v2', '=v3', 'version 2', 'post mvp', 'after {the|} mvp', '=optional', 'nice to have', 'stretch goal*', 'out of scope', 'not in {v1|mvp|scope}', '=backlog', '=deferred', 'if time {permits|allows}', 'time permitting', '=maybe', '=possibly', 'next {iteration|phase|version|release}'],
  ru: ['=потом', '=позже', '=позднее', 'в будущем', 'в дальнейшем', 'в следующ* {верси*|итераци*|релиз*}', '=v2', '=опционально', 'по желанию', 'вне скоуп*', 'после mvp', 'не в mvp', 'не входит', 'если будет время', '=возможно'],
  zh: ['后续', '未来', '二期', '以后', '可选', '暂不', '下一期', '下一阶段', '下个版本', '后期', '有时间再', '视情况', '=v2'],
};

// A glossary: a section that defines terms ("Glossary", "Terminology", «Глоссарий», «Термины и определения», 「术语表」,
// 「名词解释」). Defining a term is not handling it: an entry that only defines one ("Cold start — a problem that occurs
// when a new user has no history") settles nothing, while an entry that goes on to say what the design does with it
// ("…; new users get the top-50 articles") is read as any statement (judge/definitions.ts). The section as a whole is
// not left out: case studies' glossaries often say, in a column of their own, what each term does in the design.
export const GLOSSARY_SECTION: CueSet = {
  en: ['glossary', 'terminology', 'key {terms|definitions|concepts}', 'terms {and|&} definitions', 'definitions of terms', '{list of|} {abbreviations|acronyms}', '{terms|concepts} used {in this doc*|here}'],
  ru: ['глоссари*', 'терминолог*', 'термины и определения', 'основные {термины|понятия|определения}', 'словарь {терминов|понятий}', 'список сокращений', 'используемые {термины|понятия}'],
  zh: ['术语表', '术语说明', '术语与定义', '术语和定义', '名词解释', '名词说明', '概念定义', '基本概念', '核心概念', '关键概念', '缩略语'],
};

// A heading that is only a later version is deferred ("### v2" under "## Roadmap", «### Версия 2», 「### 第二版」); inside a
// longer heading it is often the system this doc designs ("Feed ranker v2"), which is not.
export const DEFERRED_HEADING_ALONE: Readonly<Record<'en' | 'ru' | 'zh', readonly string[]>> = {
  en: ['v2', 'v3', 'version 2', 'version 3', 'version two', 'phase 2', 'phase two', 'later', 'someday', 'maybe later'],
  ru: ['v2', 'версия 2', 'версия 3', 'вторая версия', 'второй релиз', 'потом', 'позже'],
  zh: ['v2', '第二版', '第二期', '第二版本', '以后', '后续'],
};

// A heading that is only one of these words is a glossary too ("Definitions", «Термины», 「术语」): inside a longer
// heading the word names something else ("Problem definition", "Определения целевой переменной", 「特征字段定义」).
export const GLOSSARY_HEADING_ALONE: Readonly<Record<'en' | 'ru' | 'zh', readonly string[]>> = {
  en: ['definitions', 'terms', 'concepts', 'vocabulary', 'abbreviations', 'acronyms'],
  ru: ['определения', 'термины', 'понятия', 'сокращения'],
  zh: ['术语', '定义', '概念', '名词'],
};

// A table of terms and what they mean ("| Term | Meaning |", "| Термин | Значение |", "| 术语 | 含义 |"): its first column
// names terms, every other column defines them. A column that says what the term does in the design ("Purpose", "Role",
// "How we use it") is not one, and such a table is read as any other.
export const TERM_COLUMN: CueSet = {
  en: ['=term', '=terms', '=concept', '=abbreviation', '=acronym', '=word'],
  ru: ['=термин', '=термины', '=понятие', '=сокращение', '=аббревиатура'],
  zh: ['术语', '名词', '概念', '缩写', '词汇'],
};
export const DEFINITION_COLUMN: CueSet = {
  en: ['=definition', '=meaning', 'explanation', '=description', 'what it means', 'stands for', '=expansion', 'full form'],
  ru: ['=определение', '=значение', '=расшифровка', '=описание', '=пояснение', 'что означает'],
  zh: ['定义', '含义', '解释', '释义', '说明', '全称', '意思'],
};
