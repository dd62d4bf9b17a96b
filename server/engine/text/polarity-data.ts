// Words that change what a sentence commits to, per language, as data.
// Phrase syntax: text/phrases.ts. Chinese entries here are whole words as
// Intl.Segmenter cuts them (polarity.ts compares them with tokens, so "不" does
// not fire inside "不同", different, or "不断", continuously).

export interface PolarityLexicon {
  /** "not", "no", "without": the concept after them is absent. */
  negation: string[];
  /** Phrases holding a negation word that do not negate ("not only", "no more than 200 ms"). */
  notNegation: string[];
  /** After a concept, these say it is absent ("A/B test: none", "drift is not monitored"). */
  absentPredicate: string[];
  /** Deferral and doubt: the clause is not a decision ("later", "maybe", "TBD"). */
  hedge: string[];
  /** Phrases holding a hedge word that do not defer ("60 days later" is a delay, not "later"). */
  notHedge: string[];
  /**
   * Options laid out by count or under an options lead, joined by "or" ("there are two options: A or B", "Online evaluation
   * options: A or B"): a hedge over the rest of the sentence, and of the unit after such a label, unless the unit says which
   * was taken (`choiceMade`). "Two ways: PSI and a KS test" uses both and is no hedge.
   */
  options: string[];
  /** The same as a label's word only, its colon a few words after it: "Online evaluation options:", «Варианты онлайн-оценки:», 「线上评估可选：」. */
  optionLabel: string[];
  /** A choice among options said in the unit: "we go with B", «выбрали третий», 「最终采用」. */
  choiceMade: string[];
  /** Softer modals: a proposal, not yet a commitment ("we could use …"). */
  mildHedge: string[];
  /**
   * A hedge word before an amount, the interview's way to say "about": "maybe 3k requests per second at peak" is an
   * estimate, not doubt. Only before an amount of things (a count, a rate, a size): before a time, a share or a ratio
   * ("Latency: maybe 100 ms", "a threshold of maybe 0.2") it leaves open a value the design sets (polarity.ts).
   */
  estimate: string[];
  /**
   * A change planned for later to what was just stated: "logistic regression, later upgraded to a deep model". After a
   * comma such a hedge covers its own clause only: the first clause is the decision made now, the later one the plan.
   */
  laterChange: string[];
  /** Words that open a new clause: a negation or hedge does not reach past them. */
  clauseBreak: string[];
  /** A reason: with one, a negated concept is a deliberate decision ("no A/B test because …"). */
  reason: string[];
  /**
   * Words that open a reason clause ("because …", "поскольку …", "因为 …"): what follows is the
   * reason's content, so an absent predicate there ("… почти нет") never reaches back over them.
   */
  reasonOpener: string[];
  /**
   * Sentences that are not the writer's own design, covering their whole sentence: advice to the
   * reader of interview notes ("good candidates mention an A/B test here", "make sure to bring up
   * cold start") and others' systems reported ("Stripe reportedly scores billions of payments").
   */
  notOwn: string[];
}

export const EN: PolarityLexicon = {
  negation: [
    'not', 'no', 'never', 'none', 'without', 'cannot', "can't", "don't", "doesn't", "didn't", "won't", "isn't", "aren't",
    "hasn't", "haven't", "wasn't", "weren't", "shouldn't", "wouldn't", 'lack', 'lacks', 'lacking', 'missing', 'absent', 'neither', 'nor', 'nothing',
  ],
  notNegation: [
    'not only', 'not just', 'not exceed*', 'no more than', 'not more than', 'no longer than', 'no later than', 'not later than',
    'no worse than', 'not worse than', 'no better', 'no gain', 'no improvement',
    // A cap stated as a rule, not a denial: "we never show more than three variants of the same product".
    'never {show|shows|shown|return|returns|put|puts|place|places|allow|allows|serve|serves} more than',
    // A guardrail, not a denial: "with no drop in 7-day retention", "without hurting conversion".
    'no {drop|decrease|decline|loss|regression|dip} in', 'without {hurting|harming|lowering|reducing|a drop in}', 'no less than', 'not less than', 'not below', 'not above', 'no matter', 'not necessarily',
    'whether or not', 'no one size', 'if not', 'or not', 'not to exceed', 'no greater than', 'not greater than', 'no higher than', 'no slower than',
    // Both sides of a comparison: "groups with and without the model".
    'with and without', 'with or without', '{compared|compare|comparing} {with|to|against} … without', '{vs|versus} … without',
    // Who someone is, not a denial of what follows: "users without any history see the most popular items".
    'without {any|a|} {history|interactions|ratings|purchases|clicks|sales|activity|orders|reviews|impressions|views|past orders}',
    "with no {prior|past|previous|} {history|interactions|ratings|purchases|clicks|sales|activity|orders|reviews|impressions|views|past orders}", "{have|has} no {prior|past|previous|} {history|interactions|ratings|purchases|clicks|sales|activity|orders|reviews|impressions|views}",
    // A metric's name, not a denial: "the share of drafts accepted without edits falls below 60 %".
    '{accepted|sent|approved|merged|used|published} without {edits|changes|corrections|modification*|rework}',
  ],
  absentPredicate: [
    'none', 'n a', 'not planned', 'not implemented', 'not done', 'not used', 'not needed', 'not required', 'not covered', 'not addressed',
    'not considered', 'not defined', 'not available', 'not in scope', 'not applicable', 'not yet', 'not decided', 'not specified', 'not monitored',
    'not handled', 'not tracked', 'not measured', 'not included', 'not part', 'no plan*', 'not a priority',
  ],
  notHedge: [
    // What newcomers lack, not a deferral: "items with no sales yet get exploration traffic".
    // So is any absence with "yet" after it: "fresh items have no click signal yet", "we have almost no labelled fraud yet".
    // "no" already marks what is absent; "yet" says it is a state of now, not a decision put off.
    'no … yet',
    '# {second*|minute*|hour*|day*|week*|month*|year*} later', '{a|few|several|some|two|three} {minutes|hours|days|weeks|months} later', 'later than', 'no later', 'not later',
    // An order, not a deferral: "every later candidate had to beat their PR-AUC".
    '{every|each|any|all} later',
    // A fact used as a reason, not doubt: "nothing is precomputed: the questions are unknown in advance".
    'unknown {in advance|ahead of time|beforehand|upfront|up front|until}',
    // A purpose, not an open choice: "the model ranks the rest to choose which to send", "we use the score to decide whether to block".
    '{rank|score|sort|use|compare|threshold} … to {decide|choose|pick|determine|select} {which|whether|if}',
    // The month, not the modal: "the test window starts on May 1", "data from March to May 2024".
    '=may #', '{in|on|from|until|till|since|through|by|of|to|early|mid|late|end} =may',
    // What the model predicts, not doubt: "a score for how likely it is to violate the policy", "users most likely to churn".
    'how {likely|probable}', '{more|less|most|least} likely', '{user*|customer*|client*|account*|member*|buyer*|seller*|item*|post*|transaction*|order*|people|those|ones} {who are|that are|} likely to'],
  hedge: [
    'maybe', 'perhaps', '=possibly', 'might', 'later', 'yet', 'eventually', 'someday', 'in the future', 'future work', 'future version*', 'future iteration*',
    'to be decided', 'to be determined', 'to be defined', 'to be confirmed', 'to be agreed', 'to be discussed', 'to be clarified', 'to be finali*', 'tbd', 'tba', 'tbc', 'not yet', 'unclear', 'unknown', 'undecided',
    'open question*', 'out of scope', '=optional', '=optionally', 'nice to have', 'if time permits', 'would be nice', '=potentially', '=hypothetically',
    'at some point', 'down the road', 'given more time', 'with more time', 'if we had more time', 'if time allowed', 'if {traffic|volume|budget|resources|capacity} {allows|permits}', 'next phase', 'stretch goal', 'not sure', 'we will see', 'to decide', 'to explore',
    'still open', 'remains open', 'left open', 'will decide', "we'll decide", 'decide after', 'to be chosen',
    // Options laid out, none chosen: "we could use popularity or logistic regression", "not decided", "haven't picked one".
    '{could|might} … or', 'not {decided|chosen|picked|settled}', "{have not|haven't|has not|hasn't} {decided|chosen|picked|settled}",
    // An open choice: "we'll figure out whether to predict orders or clicks", "still need to decide which".
    "{we'll|we will|will|to|need to|still need to|have to|yet to} {figure out|work out|decide|determine|choose|pick} {whether|which|if|between}", 'figure out later',
    // Options offered, not chosen ("Possible variants: MAP@k, MRR").
    // A wish bound to a condition: "A/B test if possible", "shadow mode where feasible". Not "as soon as possible" (a time), which has no "if"/"where".
    '{if|where|when|wherever} {possible|feasible}', '{in|with} {the|a} next {version|release}',
    'possible {variants|options|choices|candidates|approaches}', 'options include', 'candidates include', 'we could either',
    '{possible|potential|candidate} {online|offline|business|success|product|} {metrics|kpis}',
    // A suggestion, not a decision (the labelling bar: "a hedged suggestion settles nothing"): "one option is to retrain weekly",
    // "I see a use for a quality predictor", "we recommend considering a canary", "it would be useful to …".
    'one {option|possibility|idea} {is|would be}', 'an {option|idea} {is|would be}', 'i see {a|some|} {use|value|place|room} for', '{recommend|suggest} considering', 'worth considering',
    '{could|might} consider', "{it would be|it'd be} {good|useful|helpful|wise|worth|worthwhile|beneficial}",
  ],
  estimate: ['{maybe|perhaps} {#|around|about|roughly}'],
  laterChange: ['{later|eventually|afterwards} {upgrad*|replac*|switch*|swap*|mov*|migrat*|extend*|evolv*|turn*|chang*}', 'in the future {upgrad*|replac*|switch*|swap*|mov*|migrat*|extend*|evolv*|chang*}',
    '{later|eventually} {to be|will be|we will|we would|we\'ll} {upgrad*|replac*|switch*|swap*|mov*|migrat*|extend*|chang*}'],
  // Options laid out, none taken: "for the baseline there are two options: …", "Online evaluation options: an A/B test or interleaving".
  options: ['{there are|there were|we have} {two|three|several|multiple|a few|some} {options|choices|possibilities|ways|approaches|candidates}'],
  optionLabel: ['=options', '=alternatives', '=choices'],
  choiceMade: ['{we|i} {chose|choose|picked|pick|selected|select|go with|went with|settled on|opted for|take|took|use|adopt|adopted}', '{is|was|are|were} {chosen|selected|picked|adopted}', 'our choice', 'final choice', 'the winner', '=chosen', '=selected', '=picked'],
  mildHedge: ['could', '=may', '=consider', '=considering', '=ideally', '=probably', '=likely'],
  clauseBreak: [
    'but', 'however', 'whereas', 'although', 'though', 'except', 'so that', 'so', 'because', 'since', 'which', 'while', 'instead', 'rather than',
    'to avoid', 'to prevent', 'to eliminate', 'to reduce', 'to ensure', 'in order to', 'so as to', 'otherwise', 'unless', 'then', 'and then', 'whereby',
  ],
  reasonOpener: ['because', 'due to', 'given that', 'as long as'],
  reason: ['because', 'since', 'as', 'due to', 'given', 'instead', 'rather', 'therefore', 'hence', 'only', 'until', 'so', 'since', 'reason', 'covered by', 'handled by', 'relies on', 'rely on', 'allow* us', 'lets us', 'so that', 'in order to'],
  notOwn: [
    // Advice to the reader: what a candidate should say, not what this design does.
    '{good|strong|great|senior|top|weak|most} candidates', '{good|strong|great} answer* {always|usually|should|will|mention*|discuss*|include*|cover*}',
    'interviewer* {love*|like*|expect*|want*|look* for|ask*|will ask|often ask*|usually ask*|may ask|might ask|tend to|probe*|care about|are looking}',
    "{make sure|be sure|remember|don't forget|do not forget|never forget} to {mention|discuss|talk about|bring up|cover|ask about|explain|say}",
    '{you|candidates|one} should {mention|discuss|talk about|bring up|cover|ask about|be ready|be prepared}', 'be {ready|prepared} to {discuss|explain|talk about|defend|answer}',
    '{bring|brought} {it|that|this|them} up', '{common|typical|frequent|classic|favourite|favorite} {interview|follow up} question*', 'expect {a|the} follow up*', 'expect you to', 'expects you to',
    // Others' systems, reported: the scale or the experiment of another company is background.
    '=reportedly', '=famously', 'is said to', 'are said to', 'according to {public|published|press|news|their|its|industry}', 'in that spirit',
    // What a vendor or a competitor says it achieved: "our previous vendor reported a 12 % lift in CTR".
    '{vendor|vendors|competitor|competitors|supplier|suppliers|contractor|agency|rival|rivals} {reported|reports|found|saw|says|claims|claimed|showed|published|achieved|announced}',
    // A well-known company's published result is background to this design: "LinkedIn measured a 10 % lift in
    // applications per member", "Meta has said their ranking drives most of their ad revenue".
    '{netflix|amazon|spotify|youtube|uber|linkedin|airbnb|google|meta|facebook|pinterest|tiktok|paypal|stripe|instagram|twitter|doordash|instacart|etsy|zillow|expedia|alibaba|taobao|microsoft|yandex|avito|ozon} {reported|reports|measured|found|saw|says|said}', '{netflix|amazon|spotify|youtube|uber|linkedin|airbnb|google|meta|facebook|pinterest|tiktok|paypal|stripe|instagram|twitter|doordash|instacart|etsy|zillow|expedia|alibaba|taobao|microsoft|yandex|avito|ozon} {claims|claimed|showed|published|achieved|announced|observed}',
    // A well-known company given as an example is background too: "Netflix, for example, invests heavily in A/B testing".
    // Not "<company> uses …": an interview answer designing that company's own system says it so.
    '{netflix|amazon|spotify|youtube|uber|linkedin|airbnb|google|meta|facebook|pinterest|tiktok|paypal|stripe|instagram|twitter|doordash|instacart|etsy|zillow|expedia|alibaba|taobao|microsoft|yandex|avito|ozon} {invests|invested|is known for|pioneered|popularized}', '{netflix|amazon|spotify|youtube|uber|linkedin|airbnb|google|meta|facebook|pinterest|tiktok|paypal|stripe|instagram|twitter|doordash|instacart|etsy|zillow|expedia|alibaba|taobao|microsoft|yandex|avito|ozon} for example', 'companies like {netflix|amazon|spotify|youtube|uber|linkedin|airbnb|google|meta|facebook|pinterest|tiktok|paypal|stripe|instagram|twitter|doordash|instacart|etsy|zillow|expedia|alibaba|taobao|microsoft|yandex|avito|ozon}',
    // Knowledge about ML systems in general, not this design's plan: "Cold start is a well-known problem in
    // recommender systems", "it is important to think about drift when building any ML system".
    '{building|designing|for|in|of} {any|every} {ml|machine learning|production|real world|recommender|recommendation|ranking|} system*', 'well known {topic|problem|issue|challenge|technique|practice|area}',
    '{common|classic|typical|known} {problem|issue|challenge|pitfall} {in|of} {ml|recommender*|recommendation|ranking}', 'in the literature',
    '{widely|extensively} {discussed|covered|studied} {in|by|across}', 'important to {think about|keep in mind|be aware of|remember|not forget}',
    '{netflix|amazon|spotify|youtube|uber|linkedin|airbnb|google|meta|facebook|pinterest|tiktok|paypal|stripe|instagram|twitter|doordash|instacart|etsy|zillow|expedia|alibaba|taobao|microsoft|yandex|avito|ozon} {has|had} {reported|measured|found|said}', '{netflix|amazon|spotify|youtube|uber|linkedin|airbnb|google|meta|facebook|pinterest|tiktok|paypal|stripe|instagram|twitter|doordash|instacart|etsy|zillow|expedia|alibaba|taobao|microsoft|yandex|avito|ozon} {has|had} {seen|shown|published|claimed}',
  ],
};

export const RU: PolarityLexicon = {
  negation: ['не', 'нет', 'без', 'ни', 'отсутств*', 'нельзя', 'никак*', 'ничего', 'никогда'],
  notNegation: [
    'не только', 'не более', 'не менее', 'не больше', 'не меньше', 'не позднее', 'не позже', 'не превыша*', 'не хуже', 'не ниже', 'не выше',
    'не дольше', 'не медленнее', 'не раньше', 'не ранее', 'ни разу', 'и без', 'или без',
    // Кто это, а не отрицание сказанного дальше: "новым пользователям без истории показываем популярное".
    'без {истори*|взаимодейств*|оценок|покупок|кликов|продаж|активност*|заказов|отзыв*|просмотр*|показ*}',
    // Что за товар, а не отрицание: "убирает товары без остатков и не даёт …".
    'без {остатк*|наличи*}',
    // Имя метрики, а не отрицание: "доля принятых без правок проектов падает ниже 60 %".
    '{принят*|отправлен*|одобрен*|использован*} без {правок|изменений|исправлений|доработ*}',
  ],
  absentPredicate: [
    'нет', 'отсутств*', 'не планир*', 'не реализ*', 'не использ*', 'не нуж*', 'не требу*', 'не рассматрива*', 'не определ*', 'не предусмотр*',
    'не провод*', 'не будет', 'не учитыва*', 'не отслежива*', 'не монитор*', 'не предполага*', 'не явля* приоритет*',
  ],
  // "Сначала достаём кандидатов, потом их ранжирует модель": "потом" in a sequence of steps, not "later".
  notHedge: ['# {дн*|недел*|месяц*|час*|минут*|сут*} {спустя|позже|позднее}', 'позже чем', 'не позже', 'не позднее', 'сначала … потом', 'потом {их|его|ее|это|эти|этих}',
    // Steps of a staged launch: "Перед этим неделя в теневом режиме, потом 10 % → 50 % → 100 %".
    '{перед этим|сперва|вначале|первым делом|в начале} … потом', 'потом #',
    // "…, потом CatBoost-ранжировщик": a stage named by its noun is the next step of a pipeline, not a deferral ("потом добавим").
    // An action conditional on a check just stated, not an option: "при PSI > 0,2 разбираемся и при необходимости переобучаем".
    'при необходимости {переобучаем|переобучаем внепланово|откатываем|перезапускаем}',
    'потом {catboost|lightgbm|xgboost|gbdt|dnn|бустинг*|ранжировщик*|реранкер*|реранжир*|переранжир*|постобработк*|фильтраци*}',
    // A pipeline step in the present tense, after the sentence before ("Сначала отбираем 500 кандидатов. Потом CatBoost ранжирует их"), not a deferral ("потом добавим").
    'потом … {ранжирует|ранжируют|скорит|скорят|сортирует|сортируют|отбирает|отбирают|фильтрует|фильтруют|переранжирует}',
    // A condition on the newcomer, not a deferral: "показываем популярное, пока не наберётся 10 прослушиваний".
    'пока не {наберется|наберётся|наберутся|накопится|накопятся|появится|появятся|соберется|соберётся|будет #}',
    // Факт как причина, а не сомнение: "заранее ничего не считаем: вопросы заранее неизвестны".
    'заранее неизвестн*', 'неизвестн* заранее',
    // What is not known yet at the moment of prediction, a fact about the data: "на момент скоринга оно ещё неизвестно".
    'на момент … {неизвестн*|не известн*}', '{неизвестн*|не известн*} на момент', 'неизвестн* до {момент*|запрос*|прихода|начала|того}',
    // Leakage, not a deferral: "без заглядывания в будущее" ("в будущее" shares its stem with "в будущем").
    '{заглядыва*|заглядывани*|подглядыва*|подглядывани*} в будущее',
    // Что предсказывает модель, а не сомнение: «оценка того, насколько вероятно, что пост нарушает правила».
    'насколько {вероятно|вероятен|вероятна|вероятны}', '{наиболее|более|менее} {вероятно|вероятен|вероятна|вероятны}'],
  hedge: [
    '=возможно', 'может быть', 'в будущем', 'позже', 'позднее', '=потом', 'когда нибудь', 'пока не', 'еще не', 'будет определ*', 'будет решен*',
    'будет уточн*', 'будет выбран*', 'предстоит', 'неясно', 'непонятно', 'неизвестно', 'опционально', 'при необходимости', 'в дальнейшем',
    'в перспективе', 'на следующ* этап*', 'в следующ* {верси*|релиз*}', 'открыт* вопрос*', 'вне рамок', 'за рамками', 'не определен*', 'уточнить', 'тбд', 'tbd', 'todo',
    'в планах', 'планируется рассмотреть', 'требует уточнения', 'под вопросом', 'исследовать', 'возможн* вариант*',
    'решим', 'определимся', 'будем решать', 'решим после', 'решим позже',
    // Варианты без выбора: «можно решать как классификацию или как регрессию», «не выбрали», «вопрос открыт».
    '{можно|может быть|могут быть} … или', 'не выбрали', 'не выбран*', 'вопрос открыт', 'посмотрим',
    // A wish, not a plan: "Хотелось бы провести A/B-тест, если позволит трафик".
    'хотелось бы', 'неплохо бы', 'было бы неплохо',
    // Предложение, а не решение: «можно было бы подумать о канареечном релизе», «было бы полезно отслеживать», «стоит рассмотреть».
    'можно было бы', '{стоит|следует|нужно|надо|можно} {подумать|задуматься|рассмотреть}', 'было бы {полезно|хорошо|правильно|разумно}', 'можно рассмотреть', 'по возможности', 'если {позволит|позволят|позволяет|хватит|получится}',
    // Deferred until something else is done: "ML-задачу сформулируем после сбора данных".
    '{сформулируем|определим|выберем|обсудим|уточним|зафиксируем|согласуем} после {сбора|пилота|обсуждени*|согласовани*|запуск*|исследовани*|встреч*|разговор*}', '=уточняется', '=уточняются', 'будут уточн*', 'не определились', 'не решили', 'не продумали',
  ],
  // Spoken doubt, as in a draft or an interview: "логи, наверное, есть в DWH", "вроде бы хватит CatBoost".
  estimate: [],
  laterChange: ['{позже|позднее|потом|в дальнейшем|в будущем|впоследствии} {замен*|перейд*|переход*|перевед*|расшир*|обнов*|улучш*|усложн*|апгрейд*}'],
  // Варианты без выбора: «для бейзлайна есть два варианта: …», «Варианты онлайн-оценки: A/B-тест или интерливинг».
  options: ['{есть|видим|существует|существуют|возможны} {два|две|три|четыре|несколько|пара} {вариант*|подход*|способ*|альтернатив*}'],
  optionLabel: ['=варианты', '=альтернативы'],
  choiceMade: ['выбрал*', 'выбираем', 'выбран*', 'остановились', 'останавливаемся', 'берём', 'берем', 'взяли', 'используем', 'в итоге', 'итоговый выбор'],
  mildHedge: ['=можно', '=могут', '=может', 'было бы', 'рассмотреть', 'рассмотрим', '=вероятно', 'скорее всего', '=желательно', '=предположительно', '=наверное', '=наверно', 'вроде бы', 'по идее'],
  // "хотя" by its form: its stem is that of "хотим"/"хотят" (we/they want), which opens no clause.
  clauseBreak: ['но', 'однако', '=хотя', 'зато', 'а', 'чтобы', 'так как', 'потому что', 'поскольку', 'который', 'которая', 'которое', 'которые', 'кроме', 'вместо', 'иначе', 'если'],
  reasonOpener: ['потому что', 'так как', 'поскольку', 'из за того что', 'ввиду того что', 'ведь'],
  reason: ['потому что', 'так как', 'поскольку', 'из за', 'вместо', 'поэтому', 'т к', 'ввиду', 'благодаря', 'только', 'пока', 'что позволяет', 'чтобы'],
  notOwn: [
    '{хорош*|сильн*|опытн*} кандидат*', 'интервьюер* {любят|любит|ожида*|спрашива*|спросит|спросят|хочет|хотят|жд*|обращ*}',
    '{не забудь*|не забыть|не забываем|обязательно} {упомян*|сказать|скаж*|обсуд*|рассказа*|расскаж*|спрос*|проговор*}', 'стоит {упомянуть|проговорить|рассказать}',
    'будь* готов* {обсудить|объяснить|рассказать|ответить}', '{частый|частые|типичный|типичные|популярный|популярные} вопрос*', 'на собеседовани* {часто|обычно|любят|спрашивают}',
    'по слухам', 'как сообщается', 'по данным {прессы|компании|СМИ}',
    // Общее знание, а не план этой системы: «дрейф — важная тема для любой ML-системы», «известная проблема рекомендательных систем».
    '{любой|любых|любая} {ml|ml систем*|систем*|рекомендательн* систем*}', 'важн* {тем*|вопрос*} для', '{известн*|классическ*|типичн*} {проблем*|тем*} {в|для|рекомендательн*|ml}', 'в литературе', 'важно {помнить|не забывать|думать}',
    '{netflix|amazon|spotify|youtube|uber|linkedin|airbnb|google|яндекс|авито|озон|сбер|тинькофф} {вкладывает*|известен|известна|например}', 'например {netflix|amazon|spotify|youtube|uber|linkedin|airbnb|google|яндекс|авито|озон|сбер|тинькофф}',
    '{конкурент*|подрядчик*|вендор*|поставщик*} {сообщ*|заявля*|заявил*|отчита*|показал*|получил*|добил*}',
  ],
};

export const ZH: PolarityLexicon = {
  negation: ['不', '没有', '没', '无', '未', '非', '别', '勿', '缺乏', '缺少', '尚未', '并未', '并不', '从未', '不是', '不会', '不能', '不用', '不需要', '无法', '暂无', '不做', '不考虑',
    // Words ICU keeps whole, so "不"/"没"/"无" inside them are not seen: "没法提前算好", "不必监控", "无须重训", "不再使用", "并非实时".
    '没法', '不必', '无须', '未能', '不再', '绝不', '从不', '毫无', '并非', '不予', '不存在', '不可能'],
  notNegation: ['不仅', '不只', '不超过', '不低于', '不高于', '不少于', '不大于', '不小于', '无论', '不断', '不同', '非常', '不错', '不要超过', '无需担心',
    // A noun, not a negation: 不确定性 is "uncertainty" (ETA uncertainty, model uncertainty).
    '不确定性',
    // 未 + what a user or an item has not yet done names a group, not a denial: "未登录用户按热门排序", "曝光未点击记为负样本",
    // "未标注数据". 未 + a design verb (未实现, 未考虑, 未上线) still denies.
    '未{登录|注册|点击|购买|曝光|付款|支付|阅读|激活|认证|转化|下单|还款|成交|互动|观看|播放|评分|标注|知}',
    // 非 as a word's prefix ("non-", "il-"), not a denial of the clause: "出现非有限分数或指标异常时立即回退" rolls back.
    '非有限', '非法', '非结构化', '非线性', '非负', '非空', '非零', '非数值', '非功能', '非预期', '非正常', '非标准',
    // A condition, not a denial: "没有销量时用类目均值" is "when there are no sales, use the category mean".
    '没有…时', '无…时', '没有…的时候'],
  // "用户隐私这块暂时没考虑": not thought about yet, said after the topic.
  absentPredicate: ['暂无', '没有', '无', '未实现', '不考虑', '不涉及', '不需要', '未定义', '未确定', '不是重点', '没考虑', '没有考虑', '未考虑', '暂不考虑', '没做', '还没做', '未做', '没涉及'],
  notHedge: ['不确定性', '天以后', '周以后', '小时以后', '个月以后', '分钟以后', '天后', '周后', '小时后',
    // Words that hold a hedge's characters and defer nothing: a probability (可能性), "as far as possible" (尽可能),
    // "impossible" (不可能), a recommender's "people you may know / may like", the future a leak comes from
    // (未来信息), what happens after an impression (后续行为), a reason (考虑到), a forecast's output (补货建议).
    '可能性', '尽可能', '不可能', '可能认识', '可能感兴趣', '可能喜欢', '可能会喜欢', '未来信息', '未来数据', '未来的数据', '未来的信息', '未来特征', '未来的…{信息|数据|特征|标签}',
    '后续行为', '后续的行为', '后续转化', '后续点击', '后续购买', '后续下单', '后续事件', '考虑到', '补货建议', '建议单', '建议量',
    // What may happen to whom, naming the target, not doubting the design: "预测可能流失的用户", "可能超时的订单会额外提示".
    '可能…的{用户|订单|商品|交易|账户|账号|评论|内容|样本|司机|骑手|商家|客户|请求|设备}',
    '先…{之后|以后|后面}再',
    // What the model predicts, not doubt: "给每个帖子打分，表示它有多大可能违规".
    '多大可能', '多大的可能', '有多可能',
    // 后续 as "downstream / subsequent", not "later": a pipeline's next stage ("召回结果交给后续的精排", "供后续模块使用")
    // and a reference kept for the models after it ("第一版用逻辑回归，作为后续深度模型的对照").
    '后续{的|}{排序|精排|粗排|重排|召回|模块|环节|步骤|流程|处理|服务|任务|链路|节点|计算|分析}', '{作为|当作|用作}后续…{对照|对比|基线|基准|参照}'],
  hedge: ['可选方案', '备选', '可能', '也许', '或许', '未来', '后续', '以后', '将来', '待定', '待确定', '待补充', '暂不', '尚未', '有待', '可选', '下一阶段', '二期', '不确定', '再定', '再决定', '之后决定',
    // Not decided yet, as people write it: "没想好", "还没定", "看情况再说", "需要和产品商量", "待讨论".
    '没想好', '没想清楚', '还没想', '没有想好', '还没定', '没定', '未定', '还没决定', '没决定', '还没确定', '还不知道', '不知道怎么', '不知道是否', '不知道要不要', '说不清', '看情况', '视情况', '再说', '再讨论', '再商量', '再看',
    '讨论中', '还在讨论', '待讨论', '待评估', '待确认', '待商榷', '待调研', '待验证', '待细化', '待完善', '需要和…{商量|确认|对齐|讨论|沟通}', '还需要…{商量|确认|对齐|讨论|沟通}', '没对齐',
    // Pending a talk with others: "指标待与算法组讨论后确定", "待和业务方确认".
    '待{与|和|跟}…{商量|确认|对齐|讨论|沟通|确定}',
    // A trailing "that comes later" about what was just said: "延迟 100 毫秒，不过这是后话".
    '是后话', '稍后', '日后', '今后', '下个版本', '下一版本', '下一个版本', '如果可能', '如有可能', '条件允许', '有时间再', '时间允许', '先试试', '试试看',
    // Options weighed, none chosen: "是否以用户投诉为准，还是以拒付为准" (an indirect question, without its mark).
    '是否…还是',
    // A suggestion, not a decision: "可以考虑灰度发布", "建议考虑每周重训", "不妨先做影子模式".
    '可以考虑', '可考虑', '建议考虑', '不妨', '或许可以',
    // 列出选项而未选定："基线可以用热门排序或者逻辑回归"、"可以用 A 也可以用 B"。
    '可以…{也可以|或者|还是}', '可能是…也可能',
    // Put off: "之后再考虑冷启动", "回头再加监控" (a sequence, "先召回，之后再排序", is not: notHedge).
    '{之后|以后|后面|晚点|回头}再{考虑|做|加|补|看|说|上|接入|迭代|优化|评估|讨论|决定}'],
  estimate: [],
  laterChange: ['{后续|以后|之后|将来|未来|后期}…{升级|替换|换成|改成|改为|迁移|切换|演进|扩展}'],
  // 列出几种选择而未选定："基线有两种选择：…"、"线上评估可选：…"。
  options: ['有{两|三|四|几|多}种{选择|方案|做法|思路|选项|路线}', '{两|三|几}种{可选|备选|候选}'],
  optionLabel: ['选项', '可选', '备选'],
  choiceMade: ['选择了', '选用', '选定', '采用', '最终', '决定用', '决定使用', '我们用', '我们使用'],
  // 暂定 is "provisionally set to": a value given for now ("延迟暂定 P99 50ms"), as "tentatively" is, not a deferral.
  mildHedge: ['可以', '考虑', '建议', '尽量', '大概', '暂定'],
  // 目前/现阶段 open what is done now after what may change: "模型后续可能改成 DNN，目前用 LightGBM".
  clauseBreak: ['但', '但是', '然而', '而', '不过', '却', '因为', '由于', '为了', '以便', '从而', '以免', '避免', '因此', '所以', '因而', '于是', '并且', '同时', '否则', '除非', '目前', '现阶段'],
  reasonOpener: ['因为', '由于', '鉴于'],
  reason: ['因为', '由于', '所以', '因此', '而是', '只', '仅', '以便', '为了', '考虑到'],
  notOwn: [
    // 泛泛而谈，不是本系统的方案："漂移是任何机器学习系统都需要考虑的重要问题"，"冷启动是推荐系统中常见的问题"（不是"常见问题" FAQ）。
    '任何{机器学习|ml|ai|推荐|线上|}系统', '所有{机器学习|ml|ai|推荐|}系统都', '是…{经典|常见|典型}的{问题|难题|挑战}', '经典问题', '经典难题', '老大难问题', '业界{普遍|通常|常用}', '文献中',
    '面试官…{喜欢|会问|常问|爱问|期待|希望|想听|关注|追问}', '记得{提|说|讨论|聊|讲}', '别忘了', '不要忘记', '一定要{提|说|讲|聊}', '可以提一下', '加分项', '常见追问', '面试中{常|经常|通常|一般}', '据报道', '据说', '{竞品|竞争对手|友商|供应商}…{报告|声称|宣称|表示|公布}'],
};

export const LEXICONS = { en: EN, ru: RU, zh: ZH } as const;

/**
 * A forecast's horizon, not a deferral ("未来 8 个 15 分钟时段": a count of slots before their length is one too): "未来 7 天的销量", "未来一周", "未来 24 小时内",
 * "未来 1 GW 实际分数" (the next gameweek), "未来 5 个交易日" hold 未来
 * (future) as "the next N days"; so does a window after a date or an event: "名单日后 60 天内"
 * (日后, "someday", read across 名单日|后), "上线以后 30 天"; and a label window, "后续 7 天内的购买". A pattern, because the count is
 * written in digits or in words.
 */
/**
 * "日后" right after a number is a day, not "some day": a date ("3月15日后灰度发布", after the 15th of March) or
 * a span ("放款 30 日后", thirty days later). A genuine "日后再做" (later, some day) has no number before it.
 */
export const ZH_NUMBERED_DAY_AFTER = /(?:\d+|[一二两三四五六七八九十百廿卅]+)\s*日\s*之?后/gu;

/**
 * A rate named after what is missing is a metric, not a denial: "无结果率" (no-result rate), "无点击率", "无响应率",
 * "无效率" (a waste rate). ICU cuts 无|结果|率, so 无 would negate the words of its item. Not 无法/无须/无需/无论
 * (cannot, need not, regardless), which are words of their own.
 */
/**
 * What a newcomer has none of, right after 没有/无/暂无 ("刚发布的文章还没有互动数据", "新用户无历史行为", "暂无任何点击"):
 * the clause then says the subject lacks it, a state, not that the subject is not done. The absent
 * predicate does not reach back over the subject; the forward negation still covers what is lacked.
 * "位置偏差暂时没有处理" (not handled) keeps its reach: 处理 is no thing one has.
 */
export const ZH_LACKED_THING = /^\s*(?:(?:任何|足够的?|太多的?|多少|什么|过)\s*)?(?:历史|互动|交互|点击|行为|浏览|购买|评分|评价|销量|曝光|反馈|记录|数据|样本|标签|标注|日志|订单|交易|画像|信号|关注|粉丝|好友|收藏|播放|阅读|评论|足迹)/u;

export const ZH_ABSENCE_RATE = /无(?![法须需论])\p{Script=Han}{1,3}?(?:率|占比)/gu;

export const ZH_HORIZON = /(?:未来|日后|以后|后续|之后)\s*(?:[\d一二两三四五六七八九十百几数半]+\s*个\s*)?(?:[\d一二两三四五六七八九十百几数半]+(?:\s*[-–~～至到]\s*[\d一二两三四五六七八九十]+)?\s*个?\s*)(?:天|日|周|星期|小时|分钟|个月|月|年|季度|交易日|工作日|赛季|轮|场|时段|周期|[Gg][Ww](?![A-Za-z])|[hd](?![A-Za-z]))/gu;
