// Metric names several rules share, as cue data (syntax: server/engine/text/phrases.ts):
// offline-metrics and model-monitoring agree on what an offline metric is; business-metric,
// online-metrics and metric-without-target on what a product metric is.
import type { CueSet } from '../../server/engine/rule-kit.js';

// Rules that join metric sets import it from here with the sets.
export { joinCues } from './phrase-sets.js';

/** Offline metrics whose names mean nothing else. */
export const OFFLINE_METRIC_NAMES: CueSet = {
  en: [
    'auc', 'roc auc', 'pr auc', 'auroc', 'auprc', 'aupr', 'gauc', 'log loss', 'logloss', 'logarithmic loss', 'cross entropy', 'normalized entropy', 'normalised entropy',
    'f1', 'f1 score', 'f score', 'f beta', 'fbeta', 'f2', 'ndcg', 'dcg', 'mean average precision', '!MAP', '!mAP', 'mrr', 'mean reciprocal rank', 'hit rate', 'hitrate',
    '{precision|recall|ndcg|hit rate|hits|mrr} @ #', '{precision|recall|ndcg|hits} at #', '{precision|recall|ndcg|hit} @ k', '{precision|recall|ndcg} at k', 'recall@k', 'precision@k',
    'rmse', 'mse', 'mae', 'mape', 'smape', 'wape', 'wmape', 'rmsle', 'msle', 'r2', 'r squared', 'mean absolute error', 'mean squared error', 'root mean squared error', 'mean absolute percentage error',
    'quantile loss', 'pinball loss', 'brier', 'brier score', 'calibration error', 'ece', 'c index', 'concordance', 'auqc', 'qini', 'uplift curve', 'lift curve', 'ks statistic',
    'precision recall curve', 'pr curve', 'roc curve', 'false positive rate', 'true positive rate', 'fpr', 'tpr', 'confusion matrix', 'iou', 'miou', 'bleu', 'rouge*', 'meteor', 'bertscore',
    'perplexity', 'exact match {score|accuracy|rate|metric}', 'em score', '{validation|test|offline|evaluation|holdout} {score|accuracy|loss}', 'faithfulness', 'groundedness', 'answer relevan*', 'context precision', 'context recall', 'hallucination rate', 'wer', 'word error rate', 'cer', 'character error rate',
    'mos', 'mean opinion score', 'top 1 accuracy', 'top k accuracy', 'top # accuracy', 'pass @ #', 'pass at #', 'serendipity', 'novelty', 'intra list diversity',
    // Classification and ranking, as writers abbreviate them.
    'average precision', '{map|ap|mrr|hit|hits|success|r|p} @ {#|k}', 'recall at # {precision|fpr}', 'precision at # recall', 'macro f1', 'micro f1', 'weighted f1', 'macro averaged', 'balanced accuracy',
    'matthews', 'mcc', 'cohen* kappa', 'kappa', '=specificity', 'sensitivity … specificity', 'recall … specificity', 'gini coefficient', '=gini', 'ks test', 'mean rank', 'median rank', 'cumulative gain',
    // Regression and forecasts.
    'mase', 'crps', 'mdape', 'median absolute error', 'weighted absolute percentage error', 'forecast bias', 'interval coverage', 'quantile coverage', 'prediction interval coverage', 'tracking signal',
    // Generated answers: what a golden set, a judge model or human raters score.
    'llm as {a|the} judge', 'llm judge*', '{judge|judged|grader} score*', 'graded by {an|a|the} {llm|model|judge}', 'scored by {an|a|the} {llm|model|judge}', 'rubric*', 'human eval*', 'human rating*', 'human preference*',
    'pairwise preference*', 'answer correctness', 'answer accuracy', 'citation {accuracy|precision|recall|correctness}', 'context relevan*', 'retrieval {recall|precision|hit rate}', 'factual consistency', '=factuality',
    '{share|percentage|proportion|fraction} of {correct|accurate|wrong|incorrect|hallucinated|grounded|faithful} {answers|responses|summaries}', '{share|percentage|proportion|fraction} of hallucinations',
    'toxicity rate', 'refusal rate', 'attack success rate', 'tool call accuracy', 'ragas', 'chrf', 'cider', 'clip score', 'fid', 'psnr', 'ssim', 'lpips',
    '{classification|detection|recognition|ocr|routing|intent} accuracy', 'model accuracy', 'accuracy of the {model|classifier|detector}',
  ],
  ru: [
    'f мера', 'f1 мера', 'средн* абсолютн* ошибк*', 'среднеквадратичн* ошибк*', 'средн* квадратичн* ошибк*', 'логарифмическ* потер*', 'площад* под', 'полнот* и точност*', 'точност* и полнот*',
    'доля правильн* ответ*', 'коэффициент детерминац*',
    'доля верн* ответ*', 'процент {правильн*|верн*} ответ*', 'средн* абсолютн* процентн* ошибк*', 'асессорск* оценк*', 'оценк* асессор*', 'llm судь*', 'оценк* {llm|ллм|языков* модел*}',
    'полнот* поиск*', 'полнот* извлечени*', 'точност* извлечени*', 'достоверност* ответ*', 'фактическ* точност*', 'ранжирующ* метрик*', 'метрик* ранжировани*',
    // The model's accuracy at its task: "точность распознавания объектов ≥ 98 %" (not the accuracy of coordinates, NOT_MODEL_METRICS).
    'точност* {распознавани*|классификаци*|детекци*|обнаружени*|предсказани*|модел*|маршрутизаци*|определени* класс*}',
    // As en 'false positive rate', 'fpr'.
    'доля ложн* {срабатывани*|положительн*|тревог*}', 'частот* ложн* {срабатывани*|положительн*|тревог*}', 'уровень ложн* {срабатывани*|тревог*}',
  ],
  zh: ['识别率', '检出率', '准确率', '召回率', '精确率', '精准率', '查准率', '查全率', 'f1值', 'f1分数', '均方误差', '均方根误差', '平均绝对误差', '命中率', '交叉熵', '对数损失', '曲线下面积', '离线指标', '离线评估指标', '归一化折损累计增益',
    '平均精度', '平均倒数排名', '平均绝对百分比误差', '忠实度', '相关性得分', '人工评估', '人工评测', '人工打分', '大模型打分', '模型打分', '精确匹配', '答案准确率', '检索召回率',
    // As en 'false positive rate': 误报率, 假阳性率, 漏报率.
    '误报率', '假阳性率', '假正率', '漏报率', '误判率'],
};

/** Words that name an offline metric only in an evaluation context ("precision" is also a float's). */
export const OFFLINE_METRIC_WORDS: CueSet = {
  en: ['precision', 'recall', 'accuracy', 'exact match', 'loss', 'coverage', 'diversity', 'calibration', 'correlation', 'win rate', 'pass rate', 'success rate', 'relevance score*', 'lift'],
  ru: ['точност*', 'полнот*', 'ошибк*', 'качеств* модел*', 'покрыти*'],
  zh: ['准确度', '精度', '错误率', '覆盖率'],
};

/** Systems and product senses of metric words: a cache's hit rate is not a model's. */
export const NOT_MODEL_METRICS: CueSet = {
  en: ['cache hit*', 'cache … hit rate', 'cache … hit ratio', 'cache miss*', 'hit ratio', 'error rate* of the {service|api|endpoint}', 'http error*', 'loss of', 'loss prevention', 'revenue loss', 'fraud loss*', 'data loss', 'weight loss',
    // Infrastructure lost, not a model's loss: "survive deploys or worker loss".
    '{worker|node|machine|server|instance|gpu|pod|host|replica|connection|packet|signal|broker|shard} loss', 'exact match {lookup*|search*|query|queries|filter*}',
    // A loss the model is trained on is not how it is judged ("optimize with contrastive loss").
    '{contrastive|triplet|hinge|focal|pairwise|listwise|pointwise|ranking|training|bpr|softmax|margin|infonce|reconstruction|custom|weighted|auxiliary} loss*', 'loss function*', 'loss curve*',
    '{optimi*|minimi*|trained with|train with|training with} {the|a|binary|} {cross entropy|log loss|logloss}', '{cross entropy|log loss|logloss} {loss|} {with|using} {adam|adamw|sgd}',
    // A component that runs evaluations names no measure: "Automated and human evaluation workflow", "human eval tooling".
    'human {evaluation|evaluations|eval|evals} {workflow*|pipeline*|process*|tool*|tooling|platform*|queue*|ui|interface|service*|infrastructure|harness*|system*}',
    // How accurate people are is not a model's metric.
    '{human|manual|reviewer*|annotator*|agent*|analyst*|labeler*|labeller*|rater*|operator*|clerk*} accuracy', 'accuracy of {human|manual|the} {review*|reviewers|annotators|agents|labelers|labellers|raters|operators|clerks}',
    // How exact a measurement or a record is, not how good a model is: "precision of the timestamps is 1 ms", "GPS accuracy".
    '{precision|accuracy|resolution} of {the|} {timestamp*|clock*|coordinates|location*|gps|geolocation|sensor*|measurement*|event data|log*|floating point|floats}', '{timestamp|clock|gps|location|sensor|measurement|geolocation|floating point} {precision|accuracy}', '{float16|float32|fp16|fp32|bf16|half|single|double|mixed} precision', '=recall that', '=we recall'],
  ru: ['попадани* в кэш', 'потер* данн*', 'точност* {координат*|геолокац*|gps|измерени*|датчик*|часов|временн* меток|отметок времени|данных о местоположени*}', '{полнот*|покрыти*} каталог*'],
  zh: ['缓存命中率', '定位精度', '时间戳精度', '{坐标|测量|传感器}精度'],
};

/** What makes a metric an offline one: a held-out set, a backtest, an offline evaluation. */
export const OFFLINE_CONTEXT: CueSet = {
  // Not "tracked" or "reported" alone: a success rate tracked on a dashboard is watched in production, not evaluated offline.
  en: ['offline', 'validation set', 'validation data', 'test set', 'test data', 'holdout', 'hold out', 'held out', 'backtest*', 'cross validation', 'golden set', 'gold set', 'eval set', 'evaluation set', 'benchmark*', 'labeled set', 'labelled set', 'evaluat*', 'measure*', 'metric*', 'judged', 'compared'],
  ru: ['оффлайн', 'офлайн', 'отложенн*', 'тестов* выборк*', 'валидацион*', 'кросс валидац*', 'бэктест*', 'оцен*', 'метрик*', 'измер*'],
  zh: ['离线', '测试集', '验证集', '评估', '评测', '指标', '回测'],
};

/** What follows "offline" in a heading about evaluation ("Offline evaluation", "Offline results"), not about serving ("Offline batch inference"). */
const OFFLINE_AS_EVALUATION = '{metric*|evaluat*|eval|evals|test*|experiment*|validation|result*|quality|analys*|assessment|benchmark*|performance|comparison|scor*}';

/**
 * Headings under which a common word ("precision", "coverage", "diversity") is an offline metric:
 * evaluation and model-quality sections, not "Business metrics" or "Monitoring".
 */
export const OFFLINE_WORD_HEADINGS: CueSet = {
  // "Offline" as evaluation, not as a serving mode: under a title "Offline Batch Inference Service" a worker's "loss" is no metric.
  en: ['evaluat*', `offline ${OFFLINE_AS_EVALUATION}`, 'validation', 'model quality', 'quality', '{offline|model|evaluation|ml|quality|ranking|retrieval|classification|accuracy} metric*', '=metrics', 'results', 'experiment*', 'benchmark*', 'testing'],
  ru: ['оценк*', 'оценива*', 'качеств*', 'валидац*', 'результат*', 'эксперимент*', 'тестирован*', '{офлайн|оффлайн} {метрик*|оценк*|тест*|эксперимент*|валидац*|результат*|качеств*}', '{офлайн*|оффлайн*|ml|модел*} метрик*', '=метрики'],
  zh: ['评估', '评测', '离线{评估|评测|指标|实验|测试|验证|效果}', '效果', '验证', '实验', '模型指标', '离线指标'],
};

/** Section headings of evaluation and metrics, where a bare metric name is a complete answer. */
export const EVALUATION_HEADINGS: CueSet = {
  en: ['metric*', 'evaluat*', `offline ${OFFLINE_AS_EVALUATION}`, 'validation', 'quality', 'measur*', 'success', 'kpi*', 'performance', 'results', 'experiment*', 'benchmark*', 'testing'],
  ru: ['метрик*', 'оценк*', 'оценива*', 'качеств*', 'валидац*', 'результат*', 'эксперимент*', 'тестирован*'],
  zh: ['评估', '评测', '指标', '效果', '度量', '实验', '验证'],
};

/**
 * Measures of product or business success: what a business tracks and an
 * online experiment compares. Costs of running the system ("$2,500 a month for
 * Kafka") are not among them.
 */
export const PRODUCT_METRICS: CueSet = {
  en: [
    'ctr', 'click through rate', 'click rate', 'conversion rate*', '=conversions', 'purchase conversion', '{search|checkout|session|visit|visitor|cart|order|booking|click|listing|signup|sign up|trial|funnel} conversion', 'cvr', 'retention', 'revenue', 'gmv', 'gross merchandise value', 'dau', 'mau', 'wau',
    'daily active user*', 'monthly active user*', 'weekly active user*', 'active users', '{user|users|average|daily} time spent', 'time spent per {user|day|session|visit}', 'watch time', '{listening|listen|reading|viewing|play|playing} time', 'dwell time',
    'session length*', 'session duration', 'sessions per', 'user engagement', 'engagement rate', 'engagement metric*', 'churn', 'churn rate', '=bookings', 'booking rate', '=purchases', 'purchase rate',
    'orders per', 'order volume', 'order completion', 'average order value', 'aov', 'roi', 'return on investment', 'satisfaction {score*|survey*|rating*|rate|index}', '{customer|user} satisfaction {score*|survey*|rating*|rate|index}', 'csat', 'nps',
    'net promoter', 'handle time', 'resolution rate', 'resolution time', 'deflection rate', 'ticket deflection', 'escalation rate', 'containment rate', 'first contact resolution', 'complaint rate',
    '=complaints', 'like rate', 'share rate', '=likes', 'installs', 'sign ups', 'signups', 'subscription rate', 'cancellation rate', 'renewal rate', 'fraud loss*', 'loss from fraud', 'chargeback rate',
    'chargeback loss*', '=chargebacks', 'false decline*', 'falsely {blocked|declined|flagged} {payments|transactions|orders|customers|users|accounts}', 'approval rate', 'take rate', '=sales', '=profits', 'profit margin', 'acceptance rate', 'adoption rate',
    'task completion rate', 'completion rate', 'stockout*', 'out of stock rate', 'out of stock {days|hours|events|incidents|share}', 'on time delivery', 'delivery time', 'customer wait time', 'applications per', 'application rate', 'apply rate',
    'job applications', '=hires', 'hire rate', 'friend requests', 'connections made', 'invites accepted', 'thumbs up rate', 'average rating', 'repeat purchase*', 'repeat visit*', 'bounce rate',
    'abandonment rate', 'cart abandonment', 'north star', 'time to resolution', 'tickets resolved', 'hours saved', 'time saved', 'manual review rate', 'appeal rate', 'prevalence', 'proactive rate', '{harmful|violating|toxic|abusive|policy violating|bad} content {exposure|views|impressions|reach}', 'exposure to {harmful|violating|toxic|abusive} content', 'user reports', 'report rate',
    'views per', 'plays per', 'clicks per', 'number of {clicks|purchases|orders|applications|views|plays|likes|bookings|installs|transactions|sessions|visits|sign ups|subscriptions|connections}',
    // "No. of friend requests accepted": the abbreviation, not a negation (a negation word inside the cue does not deny it).
    '{no|num|nr} of {clicks|purchases|orders|applications|views|plays|likes|shares|comments|bookings|installs|transactions|sessions|visits|sign ups|subscriptions|connections|friend requests|invites|messages|follows|hires|tickets}',
    // Money and time the business counts, said without the word "metric": a cost per unit of
    // work, a cost the business bears, time given back to people.
    'cost per {ticket*|contact*|order*|hire*|acquisition|case*|claim*|delivery|deliveries|lead*|conversion*|call*|resolution*|install*|click*|loan*|application*}',
    'cost of {fraud|returns|support|downtime|maintenance|chargebacks|manual review*|customer acquisition|acquisition|stockouts|spoilage|waste}',
    'operating cost*', 'operational cost*', 'support cost*', 'labor cost*', 'labour cost*', 'maintenance cost*', 'customer acquisition cost', 'cac', 'ltv', 'lifetime value', 'clv',
    'arpu', 'arppu', 'revenue per', 'ad revenue', 'gross bookings', 'basket size', 'cart size', 'units sold', 'sell through', 'average spend', 'spend per',
    'minutes saved', 'hours saved', 'time saved', 'time to {hire|resolution|first response|answer|decision|market|first value}', 'first response time', 'average handle time', 'aht',
    'mean time to {repair|resolution|resolve}', 'mtbf', 'unplanned downtime', 'equipment downtime', 'downtime of {equipment|machines|lines|plants|assets|vehicles}', 'time between failures', 'operating time',
    // Workplace safety counts what it prevents: "recordable injuries per 200k hours", "lost-time incidents on site".
    '{workplace|site|on site|safety|recordable|lost time} {accident*|incident*|injur*}', '{accident|injury} rate', '{number|count} of {accidents|injuries}',
    // Rates of what users do or suffer, in any product.
    // "reported-comment rate", "reopened-ticket rate", "overturn rate": a rate of what happens to the items the system handles.
    '{reported|flagged|reopened|overturned|refunded|cancelled|canceled|escalated|abandoned|disputed|appealed|removed} {comment|comments|post|posts|ticket|tickets|order|orders|message|messages|review|reviews|listing|listings|video|videos|payment|payments|transaction|transactions|} rate',
    '{reopen|overturn|handover|handoff|hand off|spoilage|waste|refund|dispute|removal} rate*', '{applies|apply clicks|saves|shares|follows|replies} per',
    // A marketplace's or a social product's counts of what users do: "messages per feed session", "tap rate".
    '{messages|contacts|replies|leads|inquiries|enquiries|calls|taps|saves|follows|matches|first messages} per {session*|feed session*|user|users|buyer|buyers|visit*|day|dau|active user|search*|listing*}', '{tap|reply|response|message|contact|inquiry|enquiry|lead} rate',
    'click through', 'skip rate', 'unsubscribe rate', 'opt out rate', 'hide rate', 'save rate', 'add to cart rate', 'play rate', 'replay rate', 'return rate', 'repeat rate', 'returning users',
    'insult rate', 'decline rate', 'block rate', 'default rate', 'bad rate', 'fraud rate', '=penalties', 'imbalance {penalties|charges|costs}', '=fines', 'fraud {loss*|losses|dollars}', 'dollars {lost|saved}', 'recovery rate', 'collection rate',
    'fill rate', 'match rate', 'no show rate', 'utilization rate', 'occupancy rate', 'spoilage', 'write offs', 'zero result* rate', 'null search* rate', 'search abandonment', 'query reformulation rate',
    'time on site', 'time on page', 'pages per session', 'stickiness', 'messages sent', 'posts created', 'reshares', 'searches per', 'queries per user',
    // What an assistant or support product is judged by live.
    'deflection', 'self service rate', 'self serve rate', 'automation rate', 'auto resolution rate', 'resolved without {a|an|any} {human|agent|escalation}', 'thumbs up', 'thumbs down',
    // "the share of candidates who pass the interview", "percentage of legitimate customers blocked".
    '{percentage|percent|share|proportion|fraction} of … {users|customers|members|buyers|sellers|candidates|applicants|visitors|subscribers|viewers|drivers|riders|merchants|employees|agents|clients|shoppers|sessions|tickets|conversations|searches|orders|calls|chats|requests|claims|cases|questions|refunds|returns}',
    '=engagement', 'time spent on {the|our|a} {app|platform|site|page|feed|service|product}', '{task|session|query|search|answer} success rate', 'positive feedback rate', 'negative feedback rate', 'feedback rate',
    'refund rate', 'dispute rate', 'reopen rate', 'reopened tickets', '{repeat|re} contact rate', 'recontact rate', 'answer acceptance', 'acceptance of answers',
    'helpfulness rating*', 'user rating*', 'feedback score*', 'tickets deflected', 'tickets per agent', 'agent productivity', 'suggestion acceptance', 'accepted suggestions', 'acceptance of suggestions', 'edit rate', 'regeneration rate', 'copy rate',
    // The time a person spends on the task the system assists: "average review time per contract".
    '{average|mean|median} time to {review|process|approve|prepare|draft|triage|answer|resolve|close|complete}', '{review|processing|approval|triage|drafting|turnaround} time {per|of}',
    'time per {review|contract|document|case|ticket|claim|application|request}', 'time to first {review|comment|feedback|reply|response}', 'time to merge',
    '{share|percentage|percent|proportion|fraction} of … {marked|rated|voted|flagged|judged} {useful|helpful|correct|relevant|accurate}',
    '{defects|bugs|incidents|errors|comments|escalations|reverts|rollbacks} per {# |}{pr|prs|pull request*|review*|commit*|deploy*|release*|ticket*|request*}', 'escaped defects', 'defect rate', 'change failure rate',
    'cost per {pr|review|answer|query|request|conversation|document|call|report}',
    '{listening|watch|watching|viewing|reading|play|playing} hours', '{chargebacks|disputes|fraud cases|refunds|complaints} per', '{good|legitimate|genuine|honest} {customers|users|buyers} {declined|blocked|rejected}',
    // A contact centre's yardsticks: "80 % of calls answered within 20 s", abandoned calls, agent hours.
    '{daily|weekly|monthly} active {buyers|sellers|customers|members|listeners|viewers|riders|drivers|learners|players|creators|shoppers}',
    // Outcomes a hospital, school or lender counts: "the 30-day readmission rate", "penalty dollars per quarter".
    '{readmission|readmissions|recidivism|dropout|complication|mortality|no show} rate', 'penalty dollars',
    'handling time', 'service level', 'abandon* rate', 'abandoned calls', '{average|mean} speed of answer', 'asa', 'hold time', '{caller|customer} wait* time', 'agent hours', 'staff* cost*', 'payroll', 'overtime hours',
    // People's working time a system takes over: "cut the manual effort from 3 analyst days to minutes".
    'manual effort', '{person|man|analyst|staff|employee|planner|manager} {hours|days}', 'hours of manual work',
    // Work an assistant takes off people, and suggestions people take: "the share of conversations resolved without an agent", "accept 70 % of the suggested orders".
    '{share|percentage|proportion} of {conversations|tickets|chats|questions|cases|calls|requests|contacts} … {resolved|solved|closed|answered|handled|deflected|automated}',
    'resolved without {an|a|} {agent|human|handover|escalation|operator|ticket}',
    // The same share said with its number: "35 % of questions resolved without a ticket", "30 % of suggestions accepted".
    '# % of {the|} {conversations|tickets|chats|questions|cases|calls|requests|contacts} … {resolved|solved|closed|answered|handled|deflected|automated}',
    '# % of {the|} … {suggestions|edits|answers|drafts|recommendations|replies|comments} … {accepted|approved|used|kept|applied}', '# … of the {suggested|recommended|proposed|drafted|generated} {orders|replies|drafts|answers|items|edits|comments|actions}', 'stock outs', 'stock out rate',
    'mttr', 'mean time to {recovery|restore|repair|resolve|resolution|detect*|mitigat*}',
    // Counts of work done per unit of time and of what users undo, said without "rate": "tickets agents close per hour",
    // "unsubscribes per thousand emails", "average basket value".
    '{tickets|cases|claims|orders|calls|chats|requests|applications} {closed|resolved|handled|processed|completed|approved} per {hour|day|shift|agent|week}',
    'how many {tickets|cases|claims|orders|calls|chats|requests|applications} … {close|closes|resolve|resolves|handle|handles|process|processes|complete|completes}',
    '{unsubscribes|opt outs|complaints|returns|refunds|cancellations|hides|reports|cancellation} per', '{average|mean} {basket|cart|order|ticket} {value|size}', 'basket value',
    'gross margin', 'waste rate', 'shrinkage rate', 'inventory turnover', 'completed {trips|rides|orders|deliveries|bookings}', '{trips|rides|deliveries|orders} per {rider|driver|user|passenger|courier|customer|active}', 'complaints about', 'late {delivery|arrival} complaints', 'on time rate', '{share|percentage|percent|proportion|fraction} of {suggestions|edits|answers|drafts|recommendations|replies} … {accepted|approved|used|kept}',
  ],
  ru: [
    // A lender's and a marketplace's own rates: "уровень одобрения", "доля просрочки".
    'уровен* одобрени*', 'доля одобрен*', 'доля просрочк*', 'уровен* просрочк*', 'доля сессий с {контакт*|заказ*|покупк*}',
    // "число откликов на активного соискателя", "доля ответов работодателей".
    'число {откликов|заказов|покупок|сообщений|контактов|просмотров|прослушиваний|бронирований}', '{отклик*|заказ*|покуп*} на {активн*|пользовател*|соискател*|покупател*}', 'доля ответов',
    'ctr', 'кликабельност*', 'конверси*', 'удержани* пользовател*', 'удержани* клиент*',
    // "удержание D7 новых пользователей", "удержание на 30-й день": retention of a cohort at a day.
    'удержани* #', 'удержани* на # {день|дн*|недел*|месяц*}', 'удержани* … {пользовател*|клиент*|покупател*|подписчик*|слушател*|зрител*|студент*|учени*|игрок*|водител*|курьер*}', 'retention', 'выручк*', 'доход*', 'оборот*', 'gmv', 'dau', 'mau', 'активн* пользовател*', 'время в приложении',
    'время просмотра', 'вовлеченност*', 'отток*', '=продажи', 'объем продаж', 'прибыл*', 'средн* чек*', 'nps', 'csat', 'удовлетворенност*', 'количеств* заказ*', 'число заказ*', 'заказ* на пользовател*',
    'доля решенн*', 'время обработк* обращ*', 'повторн* покуп*', 'подписок', 'установок', 'регистраций', 'сэкономленн* врем*', 'экономи* врем*', 'трудозатрат*', 'трудовы* затрат*', 'человеко {час*|дн*}', 'человекочас*', 'потер* от мошенничеств*', 'чарджбэк*', 'чарджбек*', '{ложно|ошибочно} {заблокированн*|отклоненн*|отклонённ*}', 'потер* от {мошенни*|фрод*|мошеннических}', 'ложн* {блокировк*|отказ*|отклонени*}', '{число|количеств*|доля} {обращени*|звонков} в {поддержк*|колл центр*|контакт центр*}',
    'окупаемост*', 'roi', 'доля отказ*', 'число пользовател*', 'количеств* пользовател*',
    'средн* выручк*', 'arpu', 'ltv', 'пожизненн* ценност*', 'стоимост* привлечени*', 'стоимост* {обращени*|обработк*|заказ*|найм*|подбор*|доставк*|обслуживани*}', 'затрат* на {поддержк*|подбор*|найм*|обслуживани*|ремонт*|доставк*}',
    'сокращени* {затрат*|расход*|издерж*}', 'снижени* {затрат*|расход*|издерж*}', 'экономи* {средств*|денег|бюджет*}', 'сэкономленн* {час*|минут*|средств*}',
    'время {ответ*|решени*|закрыти*|найм*|подбор*|доставк*|реакци*} {клиент*|обращени*|тикет*|заявк*|ваканси*}', 'время до {найм*|решени*|первого ответ*|закрыти*}', 'простои', 'простой оборудовани*', 'время работы оборудовани*',
    'доля {пользовател*|клиент*|покупател*|кандидат*|обращени*|тикет*|заявок|заказ*|сессий|посетител*|подписчик*|сотрудник*|звонк*|вызов*|чат*|инцидент*|диалог*} … {которые|которых|прошедш*|решенн*|закрыт*|вернувш*|совершивш*|купивш*|оставивш*|ушедш*|принят*|отвечен*|пропущен*|брошен*}',
    // A contact centre's yardsticks: уровень сервиса, фонд оплаты смен, часы операторов, время ожидания ответа.
    'уровень сервиса', 'service level', 'фонд оплаты {труда|смен*}', 'фот', '{расход*|затрат*} на {персонал*|оператор*|сотрудник*|смен*}', '{час*|нагрузк*} {оператор*|сотрудник*|персонал*}', 'врем* ожидани* {ответ*|оператор*|клиент*}', 'доля брошенн* {звонк*|вызов*}',
    'процент {пользовател*|клиент*|покупател*|кандидат*|обращени*|тикет*|заявок|заказ*|посетител*}', 'частот* {покупок|заказ*|визит*}', 'глубин* просмотр*', 'показател* отказ*',
    'доля успешн*', 'доля автоматическ*', 'уровень автоматизаци*', 'средн* оценк* пользовател*', 'оценк* пользовател*', 'лайк*', 'дизлайк*',
    'пропускн* способност* {отдел*|оператор*|сотрудник*}', 'скорост* {найм*|подбор*|обработк* заяв*}', 'штраф* за {небаланс*|просрочк*|отклонени*|нарушени*|срыв*}', 'сумм* штраф*',
    'время … в {приложени*|сервис*|ленте}', '{количеств*|число|доля} {клик*|покупок|заказов|просмотр*|лайк*|переход*}',
    // Work the system assists and suggestions people take: "среднее время проверки договора", "доля принятых правок".
    'средн* врем* {проверк*|обработк*|подготовк*|рассмотрени*|согласовани*|разбор*}', 'врем* {проверк*|рассмотрени*|согласовани*} {договор*|документ*|заяв*|обращени*}',
    'доля принят* {правок|подсказок|ответов|предложений|рекомендаций|исправлений}', 'доля {пропусков|дослушиваний|досмотров|кликов|отказов|жалоб|возвратов|покупок|переходов|отмен*|опоздани*|просроч*|повторн*}',
    // Rides, deliveries and complaints: "доля отмен пассажиром", "число завершённых поездок на активного пассажира", "жалобы на опоздание".
    '{число|количеств*} {завершенн*|успешн*|оплаченн*|выполненн*} {поездок|заказов|сделок|доставок|бронирований}', '{число|количеств*} {поездок|бронирований|сделок|доставок} на {пользовател*|пассажир*|клиент*|водител*|курьер*}',
    // Work done per unit of time and what users undo: "сколько обращений оператор закрывает в час", "число отписок", "доля добавлений в корзину".
    '{обращени*|заявок|тикет*|заказ*|звонк*} … {закрыва*|реша*|обрабатыва*} {в|за} {час|день|смену}', 'сколько {обращени*|заявок|тикет*|заказ*|звонк*|чат*} … {закрыва*|реша*|обрабатыва*}',
    '{число|количеств*|доля} {отписок|отписавш*|возвратов|отмен}', 'отписок на', 'добавлени* в корзину', 'отклик* на просмотр*',
    'маржинальност*', 'валов* марж*', 'доля списаний', 'списани* {продукци*|товар*|просрочк*}', 'списани* … {оборот*|выручк*|продаж*}', '{сократить|снизить|уменьшить|сократили|снизили} списани*', 'списани* {снизились|сократились|выросли|упали|в пилотн*|в контрольн*}', 'доля пуст* полок', 'пуст* полок', 'доля дней без {остатк*|товар*}', 'оборачиваемост* запас*',
    'жалоб* на {опоздани*|задержк*|качеств*|водител*|курьер*|обслуживани*}', '{число|количеств*} жалоб', 'жалоб* {пользовател*|клиент*|пассажир*|покупател*}',
    'врем* {прослушивани*|просмотр*|чтени*|на сайте|в сервисе}', 'средн* врем* {восстановлени*|устранени*|реакци*}', 'mttr',
    // Workplace safety counts what it prevents: "снижение числа несчастных случаев на объектах", "производственный травматизм".
    'несчастн* случа*', 'производственн* травм*', 'травматизм*', 'аварийност*',
    // "минуты прослушивания на пользователя", "доля вернувшихся через неделю".
    '{минут*|час*} {прослушивани*|просмотр*|чтени*}', 'доля {вернувш*|возвращающ*|вернувшихся пользовател*}',
    'доля {звонков|диалогов|чатов|обращений|резюме|ответов|черновиков|карточек} без {правк*|ручн*|эскалац*|оператор*|перевод*}', 'врем* постобработк*', 'доля заполненн* {карточек|полей}', 'доля {договоров|документов|ответов|правок|подсказок|рекомендаций} … {принят*|одобрен*|приня*}',
  ],
  zh: [
    // A delivery or dispatch business's rates: "高峰期超时率", "准时率", "补贴成本".
    '超时率', '准时率', '履约率', '投诉率', '取消率', '退款率', '补贴成本', '等待时长', '送达时长', '投递数', '人均投递', '投递率', '回复率',
    '点击率', '转化率', '留存率', '用户留存', '{次日|次周|次月|7日|七日|14日|30日|三十日|新用户|新客}留存', '收入', '营收', '成交额', '交易额', '日活', '月活', '活跃用户', '用户时长', '停留时长', '人均时长', '观看时长', '播放时长', '收听时长', '阅读时长', '回访率', '互动率', '订单量', '下单量', '复购率', '满意度', '流失率', '销售额', '利润', '人均点击',
    '客单价', '人均收入', '广告收入', '完播率', '跳出率', '退货率', '坏账率', '欺诈损失', '资损', '获客成本', '人力成本', '运营成本', '客服成本', '节省…成本', '节省…时间', '节省…人力', '解决率', '自助解决率', '转人工率', '拦截率', '误拦率', '好评率', '点赞率', '分享率', '评论率', '关注率', '下载量', '安装量', '注册量', '付费率', '续费率', '人均播放', '人均订单', '人均下单', '下单数', '下单率', '订单数', '罚款', '考核费用', '采纳率', '接受率', '审核时长', '审核时间', '处理时长', '平均处理时间', '取消率', '完单量', '完单率', '投诉率', '投诉量', '准时率', '延误率', '人均完单', '报损率', '损耗率', '缺货率', '毛利', '毛利率', '库存周转', '周转率',
    // Moderation and live-stream products measure what reaches users and what people do: "违规评论曝光率", "审核人力", "进房率".
    '曝光率', '曝光占比', '审核人力', '审核量', '人工审核量', '审核成本', '进房率', '人均观看', '打开率', '阅读率', '卸载率', '关闭率', '回访率',
    // A support desk and an assistant count tickets, hand-offs to a person and thumbs-down: "工单量", "人工转接率", "点踩率".
    '工单量', '工单数', '转接率', '点踩率', '点踩比例', '差评率',
    // How fast and how right a ticket first lands (en 'first response time', 'reassigned ticket rate'): "首次响应时长", "人工改派率".
    '首次响应{时长|时间}', '改派率', '转派率', '重新分派率',
    // Credit risk: "M1+ 逾期率从 3.2% 降到 2.6%，通过率保持 45%", "首逾率", "坏账损失".
    // What users undo and work done per hour: "退订数", "每小时解决的工单数", "加购率".
    '退订数', '退订率', '退订量', '加购率', '每小时{解决|处理|完成|关闭}的{工单|订单|请求}', '{解决|处理|完成|关闭}的工单数',
    '逾期率', '首逾率', '通过率', '批核率', '核准率', '不良率', '坏账损失', '资损率',
    // Workplace safety counts what it prevents: "安全事故数下降 30%", "工伤率".
    '事故率', '安全事故', '工伤', '工伤率',
  ],
};

/**
 * How users fare with a search or an assistant, measured on live traffic ("reformulation rate",
 * "searches ending in a document opened"): what an online experiment reads and monitoring watches,
 * but not a business's own measure of success (business-metric does not take them).
 */
export const EXPERIENCE_METRICS: CueSet = {
  en: ['reformulation rate', 'query reformulation*', '{searches|queries|sessions} ending {in|with}', '{open|opened|save|saved|copy|copied} rate'],
  ru: ['доля переформулирован*', 'переформулировк* запрос*'],
  zh: ['改写率', '重搜率'],
};

/**
 * How an open-source or community project counts success: a business metric
 * of its own, but not one an online experiment compares.
 */
export const COMMUNITY_METRICS: CueSet = {
  en: ['github stars', 'stars on github', '{forks|downloads|contributors|pull requests} per {week|month}', 'weekly downloads', 'monthly downloads', 'npm downloads', 'pypi downloads'],
  ru: ['звезд* … {github|гитхаб*}', '{github|гитхаб*} … звезд*', 'скачивани* в {неделю|месяц}', 'числ* контрибьютор*'],
  zh: ['github星', 'star数', '下载量'],
};

/**
 * Words that make a mention of a product metric a statement about measuring it.
 * A number does too, but only a measure's (a percentage, money, a ratio, a rate:
 * see MEASURE_QUANTITIES), not a year, a quarter or a day count.
 */
export const MEASURE_WORDS: CueSet = {
  en: [
    // Not "targeted offers": an adjective of the offer.
    'metric*', 'kpi*', 'measur*', '=target', '=targets', '=targeting', 'goal*', 'success*', 'objective*', 'increas*', 'improv*', 'reduc*', 'grow*', 'maximi*', 'minimi*', 'boost*', 'lift', 'uplift', 'track*', 'raise', 'decreas*', '=cut', '=cuts', '=cutting', 'north star',
    // What is driven or optimised, where it is watched, per whom: "revenue on the dashboard", "orders per user".
    // (Not "more" or "higher": "customers more likely to churn" is the label, not a metric.)
    'drive*', 'optimi*', 'monitor*', 'dashboard*', 'per {user|customer|member|session|visit|order|agent|rep|employee|engineer|analyst|ticket|seller|driver}', '=count', '=counted', '=counting',
    // How a writer says it is the yardstick: "we evaluate on conversion", "the primary signal of success is retention".
    'evaluat*', 'assess*', 'judg*', 'primary', 'secondary', 'key', 'main', 'headline', 'guardrail*', 'care about', 'focus on', 'watch',
    // A floor stated as a requirement: "applications per member must not drop".
    '{must|should|may|will|can} not {drop|fall|decline|regress|degrade}', 'no {drop|decline|regression|degradation} in',
    // A movement with both ends, and the writer's test of success: "should go from 20 % to 35 %", "we will know it works if …".
    'from # to #', 'from # … to #', '{know|tell} {it|this} {works|worked|is working}',
  ],
  ru: ['метрик*', 'kpi', 'измер*', 'цел*', 'успех*', 'увелич*', 'улучш*', 'сниз*', 'сниж*', 'рост*', 'повыс*', 'повыш*', 'максимиз*', 'минимиз*', 'отслежива*', 'дашборд*', 'мониторинг*', 'на пользовател*', 'на клиент*', 'оценива*', 'оценк*', 'основн*', 'ключев*', 'главн*'],
  zh: ['指标', '目标', '提升', '提高', '降低', '减少', '增长', '增加', '最大化', '衡量', '追踪', '监控', '看板', '人均', '评估', '核心', '主要', '关注', '观察'],
};

/** Verbs of a goal: "reduce churn", "увеличить выручку", "提升点击率" say what the business wants to move. */
export const GOAL_VERBS: CueSet = {
  en: ['increas*', 'improv*', 'reduc*', 'grow*', 'maximi*', 'minimi*', 'boost*', 'raise', 'decreas*', '=cut', '=cuts', '=cutting', 'drive*', 'optimi*'],
  ru: ['увелич*', 'улучш*', 'сниз*', 'сниж*', 'рост*', 'повыс*', 'повыш*', 'максимиз*', 'минимиз*'],
  zh: ['提升', '提高', '降低', '减少', '增长', '增加', '最大化'],
};

/**
 * MEASURE_WORDS without the goal verbs: how a metric is watched or judged ("we track the reopen rate",
 * "CTR is the primary metric"). A goal to move it ("reduce churn") is the business's, not what a
 * launch experiment reads on live traffic.
 */
export const WATCH_WORDS: CueSet = {
  en: (MEASURE_WORDS.en ?? []).filter((cue) => !(GOAL_VERBS.en ?? []).includes(cue)),
  ru: (MEASURE_WORDS.ru ?? []).filter((cue) => !(GOAL_VERBS.ru ?? []).includes(cue)),
  zh: (MEASURE_WORDS.zh ?? []).filter((cue) => !(GOAL_VERBS.zh ?? []).includes(cue)),
};

/**
 * Quantities that make a product metric measured: "+3 %", "$2M a month", "0.8 per member",
 * "1,000 a day". A bare number is not one ("Q1 2026 revenue"), nor a time or a count: "churn
 * within 30 days", "stayed 10 seconds -> 3" define labels more often than they measure success.
 */
export const MEASURE_QUANTITIES = ['percent', 'money', 'ratio', 'rate'] as const;

/** Money measures a business metric wherever it is said ("fraud losses of $2M a year"). */
export const MONEY_QUANTITY = ['money'] as const;

/**
 * A share or a rate measures a product metric only where metrics, goals or results are stated:
 * in a data or background section "CTR is about 1 %", "fraud rate is 0.2 % of transactions",
 * "churn rate is 2 % a month" describe the data (how rare the positives are), not a measure of success.
 */
export const SHARE_QUANTITIES = ['percent', 'ratio', 'rate'] as const;

/** What makes a metric an online one: an experiment, live traffic, a launch decision. */
export const ONLINE_CONTEXT: CueSet = {
  en: ['online', 'a b', 'ab test*', 'experiment*', 'live traffic', 'go live', '=pilot', 'in the pilot', 'pilot {study|phase|run|launch|stores|group|users|region*|teams}', '{holdout|held out|control} {group*|users|cohort*}', '{against|vs|versus} {the|a} {holdout|control}', 'live users', 'live experiment*', 'in production', 'production traffic', 'launch*', 'treatment {group*|arm*|bucket*|variant*|cell*}', 'control {group*|arm*|bucket*}', '{vs|versus|against} control', 'canary', 'guardrail*', 'rollout', 'interleav*', 'real users', 'post launch', 'after launch',
    // Live traffic named by what it is made of: "with real orders we compare promised and actual arrival".
    '{real|live} {traffic|orders|customers|sessions|requests|queries|searches|trips|rides|deliveries|transactions|payments|conversations|chats}',
    // A comparison group said plainly: "users who see the new recommendations with those who don't".
    "{with|against|versus|to} {those|users|customers} who {don't|do not|did not} {see|get|use|receive}", "{with|against|versus|to} {those|the ones} who {don't|do not|did not|didn't}"],
  // "На боевом трафике", «в бою»: production traffic in Russian engineering slang.
  ru: ['онлайн', 'a b', 'аб тест*', 'эксперимент*', 'в продакшен*', 'в проде', 'на проде', 'пилот*', 'запуск*', 'контрольн* групп*', 'тестов* групп*', 'реальн* пользовател*',
    '{боев*|живо*|реальн*|продов*|продакшн*} {трафик*|заказ*|запрос*|пользовател*|платеж*|транзакци*}', 'в бою', 'на бою',
    // A comparison group said plainly: "у тех, кто видит новые рекомендации, и у тех, кто не видит".
    '{тех|теми|тем} кто не {видит|видят|получает|получают|пользуется|пользуются|видел*|получал*}', '{в сравнении|по сравнению} с контрольн*'],
  zh: ['线上', '在线', 'ab实验', 'ab测试', '实验', '灰度', '上线', '对照组', '实验组', '真实流量', '真实用户', '生产环境',
    // A comparison group said plainly: "看到新推荐的用户和没看到的用户".
    '{看到|使用|收到|命中}…{和|与|跟|对比}{没|没有|未}{看到|使用|收到|命中}'],
};

/** An online experiment named as such: stricter than ONLINE_CONTEXT ("online serving", "(online) engagement labels" are not experiments). */
export const EXPERIMENT_CONTEXT: CueSet = {
  en: ['online metric*', 'online evaluation', 'online test*', 'a b', 'ab test*', 'experiment*', 'live traffic', 'treatment {group*|arm*|bucket*|variant*|cell*}', 'control {group*|arm*|bucket*}', 'guardrail*', 'launch criteri*', 'post launch', 'after launch', 'canary', 'interleav*'],
  ru: ['онлайн метрик*', 'a b', 'аб тест*', 'эксперимент*', 'пилот*', 'контрольн* групп*', 'тестов* групп*'],
  zh: ['线上指标', 'ab实验', 'ab测试', '实验', '灰度', '对照组', '实验组'],
};

/** A heading that asks how the team will know the system works ("How we'll know it worked", "Как поймём, что получилось", "如何衡量效果"): what follows are its measures. */
const KNOW_IT_WORKS = {
  en: ['how … {know|tell} … {works|worked|working|succeeded|success*|helps|helped}', 'how {we|we ll|we will|to} {judge|measure} {it|this|success|the result*|the outcome*}'],
  ru: ['как {поймем|понять|узнаем|узнать} … {получилось|сработало|работает|успех*|помогло|помогает}', 'как {поймем|узнаем} что', 'как {измерим|оценим|будем измерять|будем оценивать} {успех|результат*|эффект*}'],
  zh: ['如何衡量', '怎么衡量', '如何判断…{成功|效果|有效}', '怎么判断…{成功|效果|有效}', '怎样算成功', '什么算成功'],
} satisfies CueSet;

/** Headings of online evaluation and success sections, where a bare product metric is an online metric. */
export const ONLINE_HEADINGS: CueSet = {
  // "Success" alone is not one: "Case 1 (success)" heads an example, not the metrics.
  en: ['online', 'a b', 'ab test*', 'experiment*', 'launch', 'success metric*', 'success criteri*', 'success measure*', 'measur* success', '{definition|define|defining} … success', 'success looks like', 'business', 'kpi*', 'product metric*', 'north star', 'guardrail*', 'metric*', ...KNOW_IT_WORKS.en],
  ru: ['онлайн', 'a b', 'эксперимент*', 'бизнес*', 'успех*', 'kpi', 'метрик*', 'продуктов*', ...KNOW_IT_WORKS.ru],
  // Not a bare 业务: "1.1 业务背景" (business background) mentions the metrics a product cares about in passing.
  zh: ['线上', '在线', 'ab', '实验', '{业务|商业}{指标|目标|效果|价值|收益|成功|kpi}', '指标', '成功', ...KNOW_IT_WORKS.zh],
};

/**
 * Other sections where a product metric listed on its own line is the doc's
 * measure of success: the goals it serves, how it is watched. ("Evaluation"
 * is not one: it holds worked examples and quotes as well as metrics.)
 */
export const GOAL_AND_EVALUATION_HEADINGS: CueSet = {
  en: ['goal*', 'objective*', 'monitor*', 'dashboard*', 'observability', 'business impact', 'expected impact', 'outcome*'],
  ru: ['цел*', 'задач* бизнес*', 'мониторинг*', 'наблюдаемост*', 'дашборд*', 'эффект*'],
  zh: ['目标', '监控', '可观测', '看板', '收益'],
};

/** Sections where a share or rate next to a product metric states a measure of success (see SHARE_QUANTITIES). */
export const STATED_MEASURE_HEADINGS: CueSet = {
  en: ['metric*', 'kpi*', 'success', 'goal*', 'objective*', 'target*', 'requirement*', 'evaluat*', 'measur*', 'result*', 'impact', 'outcome*', 'experiment*', 'a b', 'ab test*', 'online', 'launch', 'monitor*', 'dashboard*', 'guardrail*', 'business', 'north star', 'validation', ...KNOW_IT_WORKS.en],
  ru: ['метрик*', 'kpi', 'успех*', 'цел*', 'требовани*', 'оценк*', 'оценива*', 'результат*', 'эффект*', 'эксперимент*', 'онлайн', 'a b', 'запуск*', 'мониторинг*', 'дашборд*', 'бизнес*', 'измер*', ...KNOW_IT_WORKS.ru],
  zh: ['指标', '目标', '需求', '评估', '评测', '效果', '收益', '实验', '线上', '监控', '看板', '业务', '成功', '衡量', ...KNOW_IT_WORKS.zh],
};

/**
 * Outcomes a business wants that are not yet a measure: "improve customer satisfaction" is a goal;
 * listed under a metrics heading it is the metric named ("Success metrics: customer satisfaction").
 */
export const VAGUE_PRODUCT_METRICS: CueSet = {
  en: ['customer satisfaction', 'user satisfaction', 'customer happiness', 'user happiness'],
};

/** What a product's base rate is ("CTR is about 1 %, so positives are rare"): how rare the positives are, not a measure of success. */
const BASE_RATES = ['fraud rate', 'churn rate', 'default rate', 'bad rate', 'positive rate', 'click rate', 'ctr', 'click through rate', 'conversion rate', 'chargeback rate', 'return rate'];

/** Other senses of product-metric words: data retention is a privacy rule, not a metric. */
/** Companies whose published systems design docs cite as background ("Netflix reported …", "Airbnb ran an A/B test …"). */
export const OTHER_COMPANIES = '{netflix|amazon|spotify|youtube|uber|linkedin|airbnb|google|meta|facebook|pinterest|tiktok|paypal|stripe|instagram|twitter|doordash|instacart|etsy|zillow|expedia|alibaba|taobao|booking com|microsoft|yandex|avito|ozon}';

export const NOT_PRODUCT_METRICS: CueSet = {
  en: ['data retention', 'retention period*', 'retention polic*', 'log retention', 'retention of {data|logs|records|pii|personal}', 'retention window', 'retention days', 'revenue share', 'cost per query', 'cost per request', 'cost anomaly', 'infrastructure cost*', 'compute cost*', 'monthly cost*', 'cloud cost*',
    // A column a query sums is data the system reads ("SUM(revenue_cents) AS revenue"), not its measure of success.
    '{sum|avg|count|select|group by|order by} {revenue*|sales|orders|gmv|clicks|purchases|bookings|profit*}', '=as {revenue|sales|orders|gmv|profit}',
    // Another company's published result is background, not this design's measure: "Netflix reported that its recommender drives 80 % of watch time".
    `${OTHER_COMPANIES} {reported|found|saw|says|said|claims|claimed|showed|published}`, `${OTHER_COMPANIES} {has|had} {said|reported|found|shown}`, `${OTHER_COMPANIES} {measures|measured|tracks|tracked|optimi*|famously|reportedly}`,
    '{its|their} {recommender*|recommendation*|algorithm*|system|feed|search|personali*|ranking|ranker|ads ranking|model*} {drives|drove|accounts for|generates|generated}',
    // An escalation path is a design step; an escalation rate is a metric.
    'escalation path*', 'escalate to',
    // An uptime promise, not a measure of success: "service level agreement", "service level objective".
    'service level {agreement*|objective*|indicator*}', '=sla', '=slas', '=slo', '=slos',
    // What the model predicts is its label, not the business's measure: "predict which subscribers will churn", "pCTR", "churn label".
    '{will|would|to|who|which|that|likely to|likelihood to|probability to|probability of|likelihood of|risk of} churn',
    // Engagement that defines a label: "a click with dwell time over 30 s is relevant", "engagement signals".
    '{dwell time|watch time|time spent|listening time|reading time} {over|above|of at least|longer than|more than|greater than|at least|>|≥} #', '{engagement|click|implicit} {signal*|feedback as label*}',
    // Engagement as where a signal comes from, not a number watched: "feedback from the user engagement tells us whether the
    // prediction was right", "engagement data", "engagement events".
    '{feedback|signal*|labels|data} from {the|} {user|users|customer|customers|} {engagement|interactions}', '{engagement|interaction} {data|logs|events|history|features}', '{label|labels|labelled|labeled|labeling|labelling} … {click|clicks|dwell time|engagement|watch time}', '=churned', 'churn {prediction*|model*|label*|propensity|risk|score*|classifier*|probability|flag|window|definition|event*}',
    // A rate the model reads as a feature: "the item's CTR over the last 7 days as a feature".
    '{ctr|click through rate|conversion rate|cvr|engagement rate|like rate} … as {a|an|one} {feature|input|signal}', '{historical|past|item|query|category|advertiser} {ctr|cvr|conversion rate|click through rate} {feature*|over|in the last|of the last}',
    '{predict*|predicted|estimat*|forecast*} {churn|ctr|click through rate|conversion rate|cvr|conversion}', '{predicted|expected|estimated|calibrated} {ctr|cvr|conversion rate|click through rate}', '{pctr|pcvr}', '{ctr|cvr|churn|conversion} {prediction*|predictor*|model*|label*|estimat*}',
    // The time an ETA model predicts is its target, not the business's measure: "predict the delivery time", "delivery time estimates".
    '{predict*|estimat*|forecast*} {the|a|each|} {delivery time|arrival time}', '{delivery time|arrival time} {prediction*|predictor*|model*|estimat*|forecast*}',
    // A base rate: the share of the data that is positive.
    ...BASE_RATES.flatMap((rate) => [
      `${rate} … {imbalanc*|rare|skew*|minority|downsampl*|upsampl*|oversampl*|undersampl*|class weight*|positives are}`, `{imbalanc*|rare|skew*|minority} … ${rate}`,
      `${rate} … # … of {all|the} {transactions|samples|examples|rows|records|impressions|events|payments|applications|loans|accounts|orders}`, `${rate} … # … of {transactions|samples|examples|rows|records|impressions|events|payments|applications|loans|accounts|orders}`,
    ]),
    // A model's error counted over orders is an offline metric: "% of orders with an error over 10 minutes".
    '{share|percentage|percent|fraction} of {orders|deliveries|trips|predictions|forecasts|rides} with … {error|errors|deviation*}',
  ],
  ru: ['хранени* данн*', 'срок* хранени*', 'стоимост* инфраструктур*', 'соглашени* об уровне сервиса', 'service level {agreement*|objective*}',
    '{доля|процент} {заказ*|доставок|поездок|прогноз*|предсказан*|запрос*} с {ошибк*|отклонени*|промах*}',
    '{данн*|логи|логах|событи*|истори*|сигнал*} {о|об|по} {вовлеченност*|взаимодействи*}', '{обратн* связ*|сигнал*|метк*} из {вовлеченност*|взаимодействи*}'],
  zh: ['数据保留', '保留期', '误差超过', '{互动|交互|行为}{数据|日志|事件|特征|信号}',
    // A business that happens on the internet, not a measure taken online: "某在线教育平台", "在线客服每天接待3万次".
    '在线{教育|课程|课堂|学习|医疗|问诊|旅游|旅行|文档|阅读|音乐|视频|游戏|支付|办公|招聘|购物|商城|零售|客服|咨询|平台|业务}'],
};
