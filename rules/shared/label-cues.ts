// What a label is made of, as cue data (syntax: server/engine/text/phrases.ts):
// label-definition reads a definition of positives, a target or a correct
// answer, and where judgements come from, from these.
import type { CueSet } from '../../server/engine/rule-kit.js';

/** The classes of a label: positive and negative examples. */
export const LABEL_CLASSES: CueSet = {
  en: ['positive*', 'negative*', 'positive {label*|example*|sample*|class|pair*|instance*}', 'negative {label*|example*|sample*|class|pair*|instance*}', 'negatives', 'positives'],
  // Credit risk: "плохие клиенты — просрочка 90+ дней, хорошие — без просрочек".
  ru: ['положительн*', 'отрицательн*', 'позитивн*', 'негативн*', 'позитив*', 'негатив*', '{плох*|хорош*|дефолтн*} {клиент*|заемщик*|заёмщик*|кредит*|пример*}'],
  // Risk control names its classes by colour or quality: 黑样本/白样本 (fraud), 坏样本/好样本, 坏客户/好客户 (credit).
  zh: ['正样本', '负样本', '正例', '负例', '正负样本', '正类', '负类', '黑样本', '白样本', '黑白样本', '坏样本', '好样本', '好坏样本', '坏客户', '好客户'],
};

/** Other senses of "positive" and "negative": an effect, a feeling, a metric's cell. */
export const NOT_LABEL_CLASSES: CueSet = {
  en: [
    'negative churn', '{positive|negative} {impact*|effect*|experience*|feedback|review*|sentiment|outcome* for|side effect*|user experience|influence|externalit*|consequence*|signal* for the business|trend*|correlation|value*|number*}',
    '{false|true} {positive*|negative*}', 'net positive', 'net negative', 'positive rate', 'negative rate', 'fpr', 'false alarm*', 'positive or negative', 'negative … impact', '=positively', '=negatively',
    // How the business result is measured, not what an example's label is: "success is measured by revenue from bookings".
    '{result|results|success|impact|effect|outcome|uplift|lift} {is|are|will be|gets|get} {measured|evaluated|assessed|tracked} …',
    // A shortage of labels is a constraint, not a definition: "Limited human annotation available".
    '{limited|little|scarce|few|no|expensive|costly|sparse} human {annotation*|label*|labelling|labeling|rater*|review*}', 'human {annotation*|labelling|labeling} {is|are} {limited|scarce|expensive|costly|slow}',
    '{few|no|limited|not enough|scarce} {annotators|raters|labelers|labellers|assessors}',
    // What counts as a success of the project or the pilot, not as a positive example.
    '{count*|consider*|deem*|treat*} … as {a|} {success|successful|win}', 'what {counts|we count|we consider} as {a|} {success|successful}',
    // A goal, not what is learned: "Target: double the conversion rate within 3 months", «Цель: удвоить конверсию», 「目标：…转化率翻倍」.
    '{target|targets|goal|goals|objective|aim} {double|triple|increase|reduce|decrease|grow|improve|raise|lift|cut|lower|boost|reach|achieve|hit|halve|get|keep|be|to}',
  ],
  ru: ['{положительн*|отрицательн*|позитивн*|негативн*} {влияни*|эффект*|опыт*|отзыв*|последстви*|тренд*}',
    // Нехватка разметки — ограничение, а не определение меток: "Ручной разметки мало".
    '{мало|немного|нет|дорог*|ограничен*} {ручн*|экспертн*|человеческ*} {разметк*|аннотац*}', '{ручн*|экспертн*} {разметк*|аннотац*} {мало|дорог*|ограничен*|нет}', '{разметчик*|асессор*} {мало|нет|не хватает}', '{мало|нет|не хватает} {разметчик*|асессор*}',
    // Как измеряется результат для бизнеса, а не метка: "Результат измеряется через изменение дохода от бронирований".
    '{результат*|успех*|эффект*} {измеря*|оценива*|отслежива*} …',
    // Что считаем успехом итерации или пилота, а не положительным примером ("Что будем считать успехом", "Что считаем успешным пилотом?").
    '{считать|считаем|считается|считаются} {успех*|успешн*}', '{цель|цели|целев*} {удвоить|увеличить|снизить|сократить|повысить|поднять|достичь|улучшить|вырасти|уменьшить|сохранить}', 'ложноположительн*', 'ложноотрицательн*', 'ложн* срабатыван*', 'ложн* {положительн*|отрицательн*}'],
  zh: [
    '标注员{很少|不足|不够|有限}', '正面影响', '负面影响',
    // A goal, not what is learned: 「目标：上线后 3 个月内转化率翻倍」.
    '目标…{提升|提高|降低|减少|翻倍|增长|达到|实现|缩短|增加}', '负面反馈', '正面反馈', '误报', '漏报', '假阳性', '假阴性',
    // Tags of users and items, not labels: "基于用户历史和标签偏好", "商品标签", "兴趣标签召回".
    '标签偏好', '{用户|商品|物品|内容|兴趣|画像|人群|游戏|视频}标签', '标签{体系|画像|匹配|召回|相似度}',
    // An article's tags beside its category: "基于分类、标签、发布时间推荐", "相同标签加 10 分".
    '{分类|类目|类别}{、|和|与|及|或}标签', '标签{、|和|与|及|或}{分类|类目|类别}', '{文章|主题|话题|相同|热门}标签', '标签{权重|加分|云}',
    // A training objective, not a target: "训练目标是最小化交叉熵", "预测目标用 pairwise loss".
    '{训练目标|优化目标|学习目标}…{损失|loss|交叉熵|最小化|最大化|优化}',
    // A metric, not a label: "指标为人均时长" holds "标为" (marked as).
    '指标',
    // "良好客户体验" holds 好客户 (a good customer, a credit class).
    '{良好|更好|最好|较好|很好|友好}客户',
    // A user story, not a class: "作为商户，我希望收到欺诈攻击的通知" ("as a merchant, I want …").
    '作为…{我|我们}{希望|想|想要|需要|要|可以}',
  ],
};

/** What a label is called. */
export const LABEL_WORDS: CueSet = {
  en: [
    'label*', 'ground truth', 'ground truth label*', 'target variable', 'target label*', 'prediction target', 'training target*', 'regression target', 'target value*', 'annotation*', 'relevance judg*ment*',
    '!y', 'outcome variable', 'dependent variable', 'training example*', '{=the|=our|=model} target', 'what we predict',
    // A forecast's label: "actuals come from the point-of-sale feed".
    '=actuals',
    // The label as a column of the training table: "the target column is is_fraud".
    '{target|label} column*',
  ],
  ru: ['разметк*', 'метк*', 'таргет*', 'целев* переменн*', 'целев* значени*', 'целев* признак*', 'целев* событи*', 'ground truth', 'аннотац*', 'лейбл*', 'целев* {столб*|колонк*}'],
  zh: ['标签', '标注', '真实值', '目标变量', '样本标签', '打标', '训练目标', '预测目标', '目标值', '回归目标', '拟合目标', '目标列', '标签列'],
};

/** Conditions under which an example is positive ("positive if …", "where a connection formed"). */
export const LABEL_CONDITIONS: CueSet = {
  // "The label is whether the invite is accepted within 14 days": a yes/no question about the event is the condition.
  en: ['=if', '=when', '=whenever', '=once', '=where', '=otherwise', '=whether'],
  ru: ['если', 'когда', 'иначе', 'в противном случае', '=ли'],
  zh: ['如果', '若', '当', '否则', '是否'],
};

/** Words that say what a label or target is ("defined as", "means", "measured from"). */
export const DEFINED_AS: CueSet = {
  en: [
    'defin* as', 'defined by', '=means', 'measured {from|as|between|by|at}', '=equals', 'corresponds to', 'is the actual', 'the actual', 'the observed', 'the realized', 'the realised',
    // "The target is the number of units scanned at checkout": a regression target said as what it counts.
    '=is the {number|count|amount|total|sum|quantity|share|fraction|percentage|value|duration|time} of', '=is the {price|amount|value|rate|time} {at which|when|that|paid|charged}',
  ],
  ru: ['определя* как', 'определен* как', 'означает', 'измеря*', 'фактическ*', 'реальн* значени*', 'это {число|количество|доля|сумма|объем|врем*} '],
  zh: ['定义为', '即', '表示', '实际', '真实'],
};

/** Words that hold DEFINED_AS's "即" (that is) and mean something else: 立即 (at once), 即时 (real-time), 即可 (suffices). */
export const NOT_DEFINED_AS: CueSet = { zh: ['立即', '即时', '即将', '即可', '即使', '即便', '随即', '即刻', '旋即', '当即'] };

/**
 * A regression target said as the span it measures: "minutes from order confirmation until the
 * courier marks it handed over", "дни от выдачи кредита до первой просрочки".
 */
export const MEASURED_SPAN: CueSet = {
  en: ['{number of|} {seconds|minutes|hours|days|weeks} {from|between} … {until|till|to|and}', '{time|duration|delay} from … {until|till}'],
  ru: ['{секунд*|минут*|час*|дн*|недел*|врем*|длительност*} от … до', '{секунд*|минут*|час*|дн*|недел*|врем*|длительност*} с момента … до'],
  zh: ['从…到…的时间', '从…到…的时长', '从…到…的分钟数', '从…到…的天数', '从…到…时长', '从…到…{计算|计时|为止}'],
};

/** A model predicting or trained on what it is given: with a span, the span is the target. */
export const LEARNS: CueSet = {
  en: ['=predict', '=predicts', '=predicting', 'to predict', '!Target', 'forecast*', '=estimates', 'to estimate', 'train* on', 'regress* on', '{the|our|regression|prediction|training} target', 'label*', 'learns'],
  ru: ['предсказыва*', 'предсказать', 'прогнозир*', 'спрогнозир*', 'обуча* на', 'таргет*', 'целев*', 'оценива*'],
  zh: ['预测', '预估', '训练', '目标', '标签'],
};

/** "Label X as positive": the word that ties a label verb to its class. */
export const AS_WORD: CueSet = { en: ['=as'], ru: ['как'], zh: ['为'] };

/** Verbs of labelling an example ("counts as", "marked as", "treated as negative"). */
export const MARKED_AS: CueSet = {
  // A class named with its verb: "a loan is marked bad when …", "отмечается как", 「即认为…」.
  en: ['{marked|flagged|labelled|labeled|tagged|deemed|considered} {bad|good|positive|negative|fraudulent|churned|relevant|irrelevant|resolved|defaulted|successful|failed}', 'count* … as', 'considered as', 'treat* … as', 'mark* … as', 'label* … as', 'taken as', 'tagged as', '=serves as', '=serve as', '=served as'],
  ru: ['считается', 'считаем', 'считать', 'помеча*', 'помечен*', 'размеча*', 'размечен*', 'относ* к'],
  zh: ['视为', '作为', '记为', '标记为', '算作', '标为', '判为', '判定为', '{即|则|就}认为'],
};

/** Where a label comes from ("labels come from chargebacks", "derived from the order log"). */
export const LABEL_ORIGIN: CueSet = {
  // Made by hand is an origin too: "annotations are created manually and then checked", «аннотации созданы вручную».
  en: ['recorded {by|in|from}', '{taken|read|pulled} from', '{written|drafted|approved} by', 'comes from', 'come from', 'derived from', 'obtained from', 'collected from', 'generated from', 'built from', 'created from', 'inferred from', 'arrive* {from|with|via}', 'come with', 'comes with',
    '{created|made|drawn|assigned|added|set} {manually|by hand}'],
  ru: ['получа* из', 'получен* из', 'на основе', 'берется из', 'берутся из', 'формиру* из', 'приход* из', 'поступа* из', 'из логов', 'предоставля*',
    '{созда*|сделан*|проставл*|нанес*|выполн*|размеч*|отмеч*} вручную', 'вручную {созда*|проставл*|нанос*|размеч*|отмеч*}'],
  zh: ['来自', '基于', '来源于', '取自', '人工{标注|打标|标记}', '手工{标注|打标|标记}'],
};

/** "Labels based on prior hires": with an event, a label's basis. */
export const BASED_ON: CueSet = { en: ['based on', 'according to', 'determined by'], ru: ['на основе', 'по факту', 'исходя из'], zh: ['基于', '根据'] };

/** Label values written as numbers ("fraud = 1, legit = 0", "1 if clicked"). */
export const BINARY_VALUES: CueSet = {
  en: [
    // A class written with its value ("fraud = 1, legit = 0"); a bare "1.0" is a number, not a label.
    '{=1|=0} {=if|=when|=otherwise|=for|=means}', '{label|labels|y|target|class} {=1|=0}', 'binary {label*|target|outcome}',
    // A label built in SQL: "CASE WHEN removed_reason = 'fraud' … THEN 1 ELSE 0 END AS is_fraud".
    '=then {=1|=0|=true|=false} =else {=1|=0|=true|=false}',
    // "impressions with an add-to-cart get 1, the rest 0".
    '{=get|=gets|=receive|=receives} {=label|} {=1|=0}',
    '{=click|=clicks|=clicked|=fraud|=legit|=legitimate|=churn|=churned|=relevant|=irrelevant|=positive|=negative|=purchase|=purchased|=converted|=applied|=hired|=harmful|=toxic|=spam|=default|=success|=failure} {=1|=0}',
    // Polar pairs of an observable event: "click / no-click", "liked, didn't like". Not "fraud / not fraud" or
    // "relevant / not relevant": those name the classes and leave open what makes an example one.
    ...['click', 'purchase', 'apply', 'like', 'convert', 'watch', 'book', 'reply', 'open'].map(
      (event) => `{=${event}|=${event}ed|=${event}d|=${event}s} {no|non|not|didn't|did not|never} {=${event}|=${event}ed|=${event}d|=${event}s}`,
    ),
    // The same pair as a column or a phrase: "[user, ad, click_or_not]", "purchased or not".
    ...['click', 'purchase', 'apply', 'like', 'convert', 'watch', 'book', 'reply', 'open'].map(
      (event) => `{=${event}|=${event}ed|=${event}d} or not`,
    ),
  ],
  ru: ['{=1|=0} {если|когда|иначе}', '{метка|таргет|класс} {=1|=0}', 'бинарн* {метк*|таргет*|целев*}',
    // A class written with its value: "покупка (1), клик без покупки — 0".
    '{покупк*|клик*|заказ*|отклик*|просмотр*|показ*|досмотр*|оплат*|возврат*|бронировани*|подписк*|установк*|отток*|мошенничеств*|фрод*|спам*|нарушени*|релевантн*|нерелевантн*|токсичн*|нетоксичн*} {=1|=0}',
    // Polar pairs of an observable event, as in en: "target: клик / не клик", "купил или не купил".
    '{клик|кликнул*|купил*|покупк*|заказал*|откликнул*|досмотрел*|оплатил*} {или|/|} не {клик|кликнул*|купил*|покупк*|заказал*|откликнул*|досмотрел*|оплатил*}'],
  // "取消订阅记为 1，否则为 0".
  // 「点击/未点击」「购买与未购买」: the observable event and its absence.
  zh: ['{点击|购买|下单|转化|完播}{与|或|/|、|}{未点击|未购买|未下单|未转化|未完播|没有点击|没有购买|没有下单}', '二值标签', '{类别|分类} {为|是|}{1|0}', '记为1', '记为 1', '标为1', '标为 1', '否则为0', '否则为 0', '否则记为0', '否则记为 0', '记为0', '记为 0',
    // A label column's value, as a cell under "标签" reads with its header (hits.ts readRow): "标签 1".
    '标签{为|是|=|：|:|}{1|0}', '标签 {为|是|}{1|0}',
    // A class written with its value, as en "fraud = 1, legit = 0": "欺诈=1，正常=0", "流失记为1".
    '{欺诈|正常|点击|购买|下单|转化|流失|违规|违约|逾期|垃圾|作弊|正样本|负样本}{=|为|记为|标为|:|}{1|0}', '{欺诈|正常|点击|购买|下单|转化|流失|违规|违约|逾期|垃圾|作弊|正样本|负样本}{=|:} {1|0}'],
};

/**
 * A loan's two outcomes side by side name both classes by what happened: "repaid vs defaulted loans",
 * "погашенные и неплатежеспособные кредиты", "клиенты, вернувшие кредит, и те, кто не вернул", "按时还款和逾期的客户".
 */
/**
 * The state an example is put in by its label, named as the subject of its definition: "Churned = no purchase
 * in 60 days", «Кредит плохой, если …», «Обращение закрыто успешно, если …», 「…视为流失」, 「…即认为问题已解决」.
 * With a window or a condition and an event it says what makes an example one.
 */
export const OUTCOME_STATES: CueSet = {
  en: ['=churned', '=lapsed', '=inactive', '=dormant', '=defaulted', '=delinquent', '=fraudulent', 'bad {loan|loans|customer|customers|borrower|borrowers|account|accounts}'],
  ru: ['отток*', 'ушедш*', 'неактивн*', 'спящ*', 'дефолтн*', 'мошенническ*', '{плох*|хорош*} {кредит*|клиент*|заемщик*|заёмщик*}', '{кредит*|клиент*|заемщик*|заёмщик*} {плох*|хорош*}'],
  zh: ['流失', '坏客户', '好客户', '沉默用户', '违约', '欺诈'],
};

/**
 * An outcome that is as often a metric's ("tickets resolved within 24 h") as a label's: a label only with its
 * condition or its marking ("закрыто успешно, если …", 「…即认为问题已解决」).
 */
export const RESOLVED_STATES: CueSet = {
  en: ['=resolved', '=successful', '=retained', '=abandoned'],
  ru: ['{закрыт*|решен*|решён*} успешно', 'успешно {закрыт*|решен*|решён*}'],
  zh: ['已解决', '问题解决'],
};

/** A column that holds each example's class: "| Outcome | Class |" over "| applied | 1 |" (the header reads with its value). */
export const CLASS_COLUMN: CueSet = { en: ['=class', '=label', '=target'], ru: ['=класс', '=метка', '=таргет'], zh: ['类别', '标签'] };

export const CREDIT_OUTCOMES: CueSet = {
  en: ['{repaid|paid back|paid off} … {defaulted|charged off|written off|not repaid|never repaid|delinquent}', '{defaulted|charged off|delinquent} … {repaid|paid back|paid off}'],
  ru: ['{погашенн*|вернувш*|возвращенн*} … {неплатежеспособн*|непогашенн*|невозвращенн*|невозврат*|дефолтн*|просроченн*|не вернул*}'],
  zh: ['{按时还款|正常还款|已结清|还清}…{逾期|违约|未还款|坏账}', '{逾期|违约}…{按时还款|正常还款|已结清}'],
};

/** Observable events a label is defined by. */
export const LABEL_EVENTS: CueSet = {
  en: [
    '=clicked', '=clicks', '=click', 'non click*', 'no click', '=impression', '=impressions', '=shown', '=viewed', '=exposed', '=ignored', 'scrolled past', '=applied', 'applies', '=apply', 'application*', '=purchased', '=purchase', 'bought', '=watched', '=watches', 'watch time', '=liked', '=likes', '=shared', '=saved', '=saves',
    '=hired', '=hire', 'add to cart', 'added to cart', '=readmitted', 'readmission*', '=hires', '=booked', '=booking', '=converted', '=conversion', '=churned', '=churn', '=responded', '=replied', '=replies', '=reported', 'chargeback*', 'dispute*', '=fraud', '=fraudulent', '=legit', '=legitimate', '=retained',
    'connection formed', 'request accepted', '=accepted', '=rejected', '=sold', 'charged back', '=disputed', '=repaid', '=returned', '=delivered', '=opened', '=renewed', 'dwell*', '=skipped', '=installed', '=subscribed', '=cancelled', '=canceled', '=cancels', '=churns', '=unsubscribes', '=unsubscribed', '=buys', '=purchases', '=renews', '=defaults', '=defaulted', '=failed', 'failure', 'event time', 'units sold',
    'within # {day*|hour*|minute*|week*|month*}', 'past due', '=overdue', '=delinquent', 'interacted', '=engaged', 'harmful', 'violat*', 'spam', '=relevant', '=irrelevant', 'completed', 'resolved', 'escalated',
  ],
  ru: [
    'клик*', 'кликнул*', 'откликнул*', 'отклик*', 'купил*', 'покупк*', 'посмотрел*', 'просмотр*', 'лайк*', 'досмотр*', 'заказал*', 'оформил*', 'отказал*', 'ушел', 'отток*', 'чарджбэк*', 'мошенническ*', 'мошенничеств*', 'легитимн*', 'заявлени* о {мошенничеств*|краже|хищени*|оспаривани*}', 'оспорил*', 'нарушени*',
    'в течение # {дн*|час*|минут*|недел*|месяц*}', 'взаимодейств*', 'релевантн*', 'нерелевантн*', 'принят*', 'отклонен*', 'отказ*', 'поломк*',
    // A moderator's or an analyst's decision: "позитив — объявление, заблокированное модератором; негатив — одобренное".
    'заблокирован*', 'одобрен*', 'забанен*', 'удален* модератор*',
    'прослушива*', 'прослуша*', 'сохран*', 'пролистан*', 'пролистал*', 'дочитал*', 'дослуша*', 'пропуск*', 'пропусти*', 'пропущ*', 'переход*', 'открыл*', 'открыти*', 'ответил*', 'добавил*', 'добавлени* в корзин*', 'подписал*', 'оплатил*', 'оплат*', 'установил*', 'возврат*',
    // Leaving, defaulting, cancelling: "расторг договор", "просрочка больше 90 дней", "отменил заказ".
    'расторг*', 'расторжени*', 'отписал*', 'отменил*', 'отмен* заказ*', 'просроч*', 'дефолт*', 'пожаловал*',
    // Credit: repaid or not ("погашенные и неплатежеспособные кредиты", "вернувшие кредит и не вернувшие").
    'погашен*', 'непогашен*', 'невозврат*', 'неплатежеспособн*', '{=вернул|=вернули|=вернула|вернувш*} кредит*',
    // A classifieds or marketplace positive: "показ, после которого в той же сессии был звонок или сообщение продавцу".
    '=показ', '=показа', '=показы', '=звонок', 'звонк*', 'контакт* с продавц*', '=контакт', '=контакта', 'сообщени* продавц*', '=заказ', '=заказа', 'бронировани*', 'в той же сесси*',
  ],
  zh: ['点击', '未点击', '购买', '下单', '投递', '转化', '观看', '完播', '点赞', '分享', '收藏', '曝光', '流失', '欺诈', '拒付', '违规', '相关', '不相关', '接受', '拒绝', '取消订阅', '退订', '续费', '逾期', '违约',
    // Leaving, defaulting, cancelling: "60 天内销户或转网", "逾期超过 90 天", "取消订单".
    '销户', '转网', '离网', '退订', '注销', '逾期', '违约', '取消订单', '退款', '退货', '续费', '复购', '划走', '跳过', '举报', '投诉',
    // What users do with a push, an app, a live room or a coupon: "发送后 2 小时内打开", "24 小时内下载", "领取后核销".
    '打开', '未打开', '下载', '安装', '激活', '注册', '停留', '进入', '阅读', '播放', '回复', '关注', '评论', '加购', '支付', '付费', '领取', '核销', '进房'],
};

/** People or models that judge examples: their judgements are the labels. */
export const JUDGES: CueSet = {
  en: [
    'human rater*', 'human label*', 'human annotat*', 'annotator*', 'manual* label*', 'manual* annotat*', 'hand label*', 'hand annotat*', 'expert* label*', 'expert* annotat*', 'expert annotated',
    'labell* by', 'labeled by', 'annotated by', '=rated by', 'judged by', 'crowdsourc*', 'crowd worker*', 'mechanical turk', 'mturk', 'toloka', 'labeling team', 'labelling team', 'labeling vendor', 'labelling vendor',
    'llm as {a|the} judge', 'llm judge', '{llm|gpt*|claude|sonnet|model} as {a|the} judge', '{sonnet|gpt*|claude|llm} as judge', 'judge model', 'weak supervision', 'weakly supervised',
    'synthetic {question*|qa|label*}', 'generated questions', 'reference answers written by',
    // The people whose judgement is the label, said with the verb: "two senior engineers labelled the evaluation tickets".
    '{engineer*|expert*|analyst*|moderator*|reviewer*|agent*|doctor*|clinician*|radiologist*|lawyer*|specialist*|operator*|rater*|nurse*|linguist*|editor*|annotator*|curator*} … {=labelled|=labeled|=label|=annotated|=annotate|=graded|=grade|=judged}',
    '{=labelled|=labeled|=annotated|=graded} {by hand|manually}',
    // People sorting the cases into the classes: "SMEs show which of the sales drops are anomalies and which are not",
    // "analysts confirm whether the alert was real" (not "analysts decide which features to use": no class said).
    '{expert*|analyst*|reviewer*|moderator*|investigator*|specialist*} … {decide|show|mark|confirm} {=which|=whether} … {=are|=were|=is|=was}',
    '{sme|smes|subject matter expert*|manager*|operator*|annotator*|rater*} … {decide|show|mark|confirm} {=which|=whether} … {=are|=were|=is|=was}',
    // "A domain expert wrote the expected answer".
    '{expert*|engineer*|analyst*|specialist*} … {=wrote|=write|=writes} … {expected|reference|gold|golden|correct|ideal} {answer*|response*|output*}',
    // Raters named by who they are rather than "human": "graded judgements from trained raters", "in-house assessors".
    '{trained|professional|in house|internal|external|paid|hired|contract|dedicated|expert} {rater*|annotator*|assessor*|labeler*|labeller*|grader*|judges}',
    '{graded|relevance} {judgement*|judgment*} {from|by|of}',
    // Training examples whose class people confirmed: "trained on human-verified gold rows", "accepted human gold".
    '{human|expert|manually|hand} {verified|confirmed|reviewed|checked|approved|accepted} {gold|label*|example*|sample*|row*|record*|case*|data}', '{human|expert|accepted|verified} gold',
    'gold {rows|examples|samples|records}',
  ],
  ru: [
    'ручн* разметк*', 'ручн* аннотац*', 'размеча* вручную', 'размечен* вручную', 'экспертн* разметк*', 'разметк* эксперт*', 'размеч* эксперт*', 'эксперт* размеч*', 'разметчик*', 'асессор*', 'краудсорсинг*',
    'толок*', 'llm судь*', 'синтетическ* {вопрос*|разметк*}', 'сгенерированн* вопрос*', 'пар* вопрос ответ',
    // The people whose judgement is the label, said with the verb: "диалоги, которые разметили старшие операторы".
    '{разметил*|разметят|размечают|оценил*|оценивают|проверил*} … {оператор*|сотрудник*|специалист*|юрист*|врач*|аналитик*|модератор*|эксперт*|асессор*|оценщик*}',
    '{оператор*|сотрудник*|специалист*|юрист*|врач*|аналитик*|модератор*|оценщик*} … {разметил*|размечают|размеча*|оценил*|оценивают}',
    '{оператор*|сотрудник*|специалист*|юрист*|врач*|аналитик*|эксперт*} … {написал*|пишут|составил*|составляют} … {эталонн*|правильн*|образцов*} {ответ*|решени*}',
    // The same, object first: "Эталонные ответы на 200 вопросов написали три старших юриста".
    '{эталонн*|правильн*} ответ* … {написал*|пишут|составил*|составляют|подготовил*|подготовят} … {оператор*|сотрудник*|специалист*|юрист*|врач*|аналитик*|эксперт*|бухгалтер*|инженер*|преподавател*|редактор*|менеджер*}',
    // "вопросы с ответами, которые написали наши юристы": the answers first, then who wrote them.
    'ответ* … {написал*|пишут|составил*|составляют|подготовил*} … {оператор*|сотрудник*|специалист*|юрист*|врач*|аналитик*|эксперт*|бухгалтер*|инженер*|преподавател*|редактор*}',
    // Examples whose class people confirmed: "обучаем на примерах, подтверждённых экспертами".
    '{пример*|случа*|запис*|образц*|транзакци*|метк*|объект*|кадр*} {подтвержд*|проверенн*|верифицированн*} {эксперт*|аналитик*|оператор*|модератор*|врач*|специалист*|асессор*|вручную|людьми}',
  ],
  // An LLM or a person as the judge: "用 GPT-4 作为裁判给回答打分", "裁判模型".
  zh: ['人工标注', '人工打标', '专家标注', '众包', '标注团队', '大模型评判', '大模型打分', '{作为|当作|充当|担任}{裁判|评委|评审}', '裁判模型', '弱监督', '由…{标注|撰写|编写|写出|整理|审核}', '人工{撰写|编写|整理|审核}',
    // People scoring answers: "由资深客服按 1–5 分打分" (not "由精排模型打分", a model scoring candidates).
    '由{人工|专家|资深|客服|标注员|审核员|评估员|评审员|评测员|质检员|运营|医生|律师|老师|业务|领域专家}…{打分|评分}', '人工{打分|评分}',
    // Examples people confirmed, and gold labels: "训练数据来自人工确认的金标样本".
    '人工{确认|核实|复核|校验}的{样本|数据|标签|记录}', '金标'],
};

/**
 * For a generative task the label is the reference output paired with its input
 * ("question–answer pairs", "each recording paired with its transcript").
 */
export const REFERENCE_PAIRS: CueSet = {
  en: [
    '{input|question|query|prompt|source|instruction} {output|answer|response|target|reference|summary|translation|sql} pairs', '{query|question} … {document|passage} … relevance pairs',
    'pairs of … {questions|queries|prompts|inputs|recordings|images|texts|sentences|transcripts|documents|articles} and … {answers|responses|outputs|references|transcripts|captions|summaries|translations|texts|audio|sql}',
    'paired with {its|their|a|the} {reference|target|human|gold*|expected|correct} {answer*|output*|transcript*|caption*|summar*|translation*|label*}',
    '{recording*|audio|image*|utterance*|clip*} … paired with … {transcript*|caption*|text*}', 'parallel {corpus|corpora|sentences}',
  ],
  ru: ['пар* {вопрос* ответ*|аудио* текст*|запрос* ответ*}', 'пар* … {аудиофайл*|аудио*|запис*} … {текст*|транскрипт*}', 'пар* … {текст*} … {аудиофайл*|аудио*|запис*}', 'параллельн* корпус*'],
  zh: ['问答对', '平行语料', '输入输出对', '音频…文本…配对', '音频与文本对'],
};

/** Signals in the product that can serve as labels, once the doc says they do. */
export const FEEDBACK_SIGNALS: CueSet = {
  en: [
    // Not a bare "implicit feedback": which action is the feedback (a click, a purchase, a skip) is what defines the label.
    'natural label*', 'user feedback', 'thumbs {up|down}', 'accepted … rejected', 'accepted or rejected', 'user report*', 'moderator decision*', 'reviewer decision*', 'analyst decision*',
    'agent decision*', 'human review* decision*', 'chargeback*', 'fraud report*', 'confirmed fraud', 'dispute*',
    // "Label = the moderator's final verdict on a comment (after appeal)".
    '{moderator*|reviewer*|analyst*|investigator*|agent*} {s|} {final|} {verdict*|ruling*|decision*|judg*ment*}',
  ],
  ru: ['обратн* связ*', 'решени* модератор*', '{вердикт*|итогов* решени*} {модератор*|аналитик*|асессор*|оператор*}', 'решени* аналитик*', 'жалоб* пользовател*', 'чарджбэк*', 'подтвержденн* мошенничеств*'],
  zh: ['用户反馈', '隐式反馈', '显式反馈', '用户举报', '人工审核', '拒付', '审核结论', '审核员…{结论|判定|裁定}'],
};

/** What makes a signal a label: it trains or evaluates the model. */
export const LABEL_USE: CueSet = {
  en: ['label*', 'ground truth', 'train*', 'retrain*', 'fine tun*', 'eval*', 'dataset*', 'supervis*', 'learn* from', 'test set*', 'golden set*'],
  ru: ['разметк*', 'метк*', 'обуч*', 'дообуч*', 'переобуч*', 'датасет*', 'ground truth', 'оценк* качеств*', 'тестов* выборк*'],
  zh: ['标签', '训练', '评估', '评测', '样本'],
};

/** For a generative or search system: what a correct answer or a relevant document is. */
export const CORRECT_ANSWER: CueSet = {
  en: [
    '=correct {answer*|response*|output*|sql|query|queries|diagnos*|root cause*|result*|match*|classification*}', 'right answer*', 'good answer*', 'acceptable answer*', 'reference answer*', 'expected answer*',
    'expected output*', 'reference set', 'gold* answer*', 'ground truth answer*', 'golden {set|dataset|data set|answers|questions}', 'gold {set|standard|labels|data}', 'counts as correct', 'considered correct', 'as relevant', 'relevance label*',
    'relevance judg*ment*', 'relevance grade*',
    // Correctness said by what the answer must carry: "answers with a correct quote and source".
    '{answer*|response*|repl*} with {a|the|} {correct|accurate|valid|right} {citation*|quote*|source*|reference*}',
  ],
  ru: ['правильн* ответ*', 'корректн* ответ*', 'эталонн* ответ*', 'эталонн* {набор*|датасет*|разметк*}', 'золот* {набор*|датасет*|стандарт*}', 'правильн* результат*', 'считается правильн*', 'считается корректн*', 'оценк* релевантност*', '=эталон', '=эталоном', 'верн* {действи*|ответ*}', 'ответ* с {корректн*|правильн*|верн*|точн*} {цитат*|источник*|ссылк*}'],
  zh: ['正确答案', '标准答案', '参考答案', '黄金集', '相关性标注', '相关性等级'],
};

/**
 * People judging the outputs, named by the act rather than by who: "evaluated manually", "ручная оценка".
 * Where judgements come from, so it settles only beside what counts as correct (label-definition).
 */
export const MANUAL_JUDGING: CueSet = {
  en: ['human evaluation', 'manual* evaluat*', 'manual review of {the|} {answers|responses|outputs}', '{evaluated|judged|assessed|scored|rated|graded|checked} {manually|by hand|by people|by humans}'],
  ru: ['ручн* оценк*', 'ручн* проверк*', '{оцен*|провер*} вручную'],
  zh: ['人工评估', '人工评测', '人工评价', '人工检查'],
};

/** Correctness defined by its condition: "a reply is correct when an engineer would have sent the same steps". */
export const CORRECT_WHEN: CueSet = {
  en: [
    // "A readmission counts if the new admission is unplanned": what makes an example a positive, by its condition.
    '{=counts|=count|=is counted|=are counted} {=if|=when|=only if}',
    '{=is|=are} =correct {=when|=if|=only if|=as long as}',
    // A class named under its condition: "we call a subscriber churned when they have not paid for 30 days".
    '{=call|=consider|=deem} … {churned|fraudulent|positive|negative|relevant|irrelevant|resolved|converted|lapsed|inactive|defaulted|successful|failed|spam|toxic|abusive|engaged|retained|lost} {=when|=if}', '{=is|=are} {=counted|=considered|=judged|=graded} =correct {=when|=if|=only if}',
    // The class with its condition right after it (labeldef2): "a product shown in the results is relevant if the user adds it to the cart",
    // "a summary is acceptable if a reviewer finds no unsupported claim" (not "if … are acceptable", a condition on a choice).
    '{=is|=are} {=relevant|=irrelevant|=spam|=positive|=negative|=acceptable|=grounded|=toxic|=fraudulent|=churned|=successful} {=if|=when|=only if|=whenever}', '{=is|=are} {=a|=an} {=positive|=negative|=success} {=if|=when|=only if|=whenever}'],
  ru: ['{ответ*|результат*|решени*} {считается|} {правильн*|корректн*|верн*} {если|когда}',
    // The class with its condition right after it, whatever the subject (labeldef2): «SQL-запрос правильный, если возвращает те же строки …».
    '{=правильный|=правильная|=правильное|=правильны|=корректный|=корректна|=корректен|=корректны|=верный|=верен|=верна|=релевантен|=релевантна|=релевантно|=релевантны|=нерелевантен|=нерелевантны|=приемлем|=приемлема|=приемлемы} {=если|=когда}'],
  zh: ['正确的标准是', '正确{的|}标准', '判定正确的条件', '视为正确', '判为正确', '算作正确', '{算|视为|判为|记为|认为}{回答|答案}正确'],
};

/** What a correct answer is checked against: a person's or a reference's judgement. */
export const JUDGED_AGAINST: CueSet = {
  en: [
    '{match*|agree*|compar*|against|versus|vs} … {human|expert*|engineer*|reviewer*|agent*|annotator*|analyst*|reference*|ground truth|gold*|golden|labeled|labelled}', 'graded by', 'scored by', 'reviewed by', 'verified by',
    'approved by', 'accepted by',
  ],
  ru: ['{совпада*|сравн*|соответств*} … {эксперт*|человек*|асессор*|эталон*|разметк*}', 'проверя* эксперт*', 'оценива* эксперт*', 'оценива* асессор*',
    // "правильный ответ — такой, с которым согласен юрист-эксперт".
    '{эксперт*|юрист*|врач*|оператор*|специалист*|аналитик*|асессор*|инженер*} … {согласен|согласна|согласны|соглашается|соглашаются|подтвержда*|одобря*|одобрил*}', '{согласен|согласна|согласны} … {эксперт*|юрист*|врач*|оператор*|специалист*|аналитик*|асессор*|инженер*}'],
  zh: ['与人工…一致', '与专家…一致', '人工评估', '专家评估', '人工评测', '与标准答案…一致', '与参考答案…一致', '与标注…一致'],
};

/**
 * The predicted event with its window is the label said as a probability: "P(open within 1 h)",
 * "вероятность того, что пользователь купит товар в течение сессии", "用户 7 天内下单的概率".
 */
export const PROBABILITY_OF_EVENT: CueSet = {
  en: [
    '{!P|probability|likelihood|chance|propensity} … {=open|=opens|=opened|click*|purchas*|=buy|=buys|=bought|=apply|=applies|=applied|churn*|convert*|install*|=reply|=replies|=book|=books|=booked|=watch|=watches|subscrib*|cancel*|repa*|default*|=return|=returns|=returned}',
  ],
  ru: ['вероятност* … {купит|кликнет|откроет|закажет|оформит|откликнется|уйдет|досмотрит|вернет*|оплатит|просрочит|отменит|подпишется|установит|ответит|покупк*|клик*|заказ*|отток*|оттока|дефолт*|просрочк*}'],
  zh: ['点击的概率', '点击概率', '购买的概率', '购买概率', '下单的概率', '下单概率', '转化的概率', '转化概率', '流失的概率', '流失概率', '违约的概率', '违约概率', '打开的概率', '打开概率'],
};

/**
 * The label built by joining exposures to the outcome that makes them positive
 * ("impressions joined with clicks within 30 minutes"); with its window it is the definition.
 */
export const JOINED_EVENTS: CueSet = {
  en: [
    '{impressions|views|exposures|notifications} {joined|matched|attributed} {with|to} {clicks|purchases|bookings|applications|conversions|opens|installs|orders}',
    '{join|joins|joining} {impressions|views|exposures|notifications} {with|to} {clicks|purchases|bookings|applications|conversions|opens|installs|orders}',
  ],
  ru: ['показ* {соединя*|склеива*|джойн*|сопоставля*|матч*} с {клик*|покупк*|заказ*|отклик*|конверси*|бронировани*}', '{соединя*|склеива*|джойн*|сопоставля*} показ* с {клик*|покупк*|заказ*|отклик*|конверси*|бронировани*}'],
  zh: ['曝光…{关联|拼接|join|匹配}…{点击|购买|下单|转化}'],
};

/** The window that closes a label: "within 1 h", "в течение сессии", "7 天内". */
export const EVENT_WINDOW: CueSet = {
  en: [
    'within # {second*|minute*|min|mins|hour*|h|hr|hrs|day*|d|week*|wk*|month*}', 'within {the|a|one|that|this|the same} {session|visit|day|week|month|hour}', 'in the same session',
    '{in|over} the {next|following} # {minute*|hour*|day*|week*|month*}',
    // "whether a user will cancel in the next month".
    '{in|over|during|within} the {next|following|coming} {hour|day|week|month|quarter|year|session|visit|billing period|billing cycle}',
    // The span an absence lasts, which defines it: "churned = no login for 30 days after the snapshot".
    '{no|without|zero} … for # {day*|week*|month*|hour*} {after|since|following|from}',
    // "no purchase in the 60 days after the snapshot".
    '{in|during|over} the # {day*|week*|month*|hour*} {after|since|following|before}',
    // "no active plan 90 days after the snapshot": the state read at a fixed span after the reference date.
    '# {day*|week*|month*} after {the|} {snapshot|cutoff|cut off|transaction|purchase|signup|sign up|impression|recommendation|discharge|observation date|reference date|first purchase}',
  ],
  ru: ['в течение {#|сесси*|дня|суток|недели|часа|месяца}', 'за {#|} {дн*|час*|недел*|месяц*|сут*} после', 'в рамках {сесси*|визит*}', 'в ближайш* # {дн*|час*|недел*|месяц*}',
    // "откажется ли клиент в течение следующего месяца".
    'в течение {следующ*|ближайш*} {дн*|недел*|месяц*|час*|сут*|квартал*|год*|сесси*}', 'в {следующ*|ближайш*} {месяц|неделю|день|сутки|квартал|год|час}'],
  zh: ['小时内', '天内', '日内', '周内', '分钟内', '个月内', '会话内', '同一会话'],
};

/** What one forecast value is about: "per store and day", "каждой позиции в каждой пекарне", "每个门店". */
export const FORECAST_GRAIN: CueSet = {
  en: [
    'per {store|sku|product|item|region|city|zone|warehouse|route|location|branch|bakery|restaurant|shop|category|queue|station|depot|pharmacy|clinic|hospital|line|channel|cell}', '{for|of} {each|every} {store|sku|product|item|region|city|zone|warehouse|route|location|branch|bakery|restaurant|shop}',
    'by {store|sku|product|region|city|zone|warehouse|hour|day|week}', '{hourly|daily|weekly} {sales|demand|orders|volume|units|arrivals|calls}',
    // Areas and assets a forecast is made for, and a count per period: "per borough", "monthly crime counts", "crimes per month".
    'per {borough|district|neighbourhood|neighborhood|municipality|county|state|postcode|zip code|area|site|plant|sensor|meter|turbine|household|building|airport|hotel|farm|substation|feeder}',
    '{monthly|quarterly|yearly|annual} {sales|demand|orders|volume|units|arrivals|calls|revenue|load|consumption|visits|bookings|admissions|crime*|incident*|production|output|generation}',
    '{crime*|incident*|order*|call*|sale*|visit*|booking*|admission*|unit*|trip*|ride*|arrival*|case*|kwh|mwh} per {hour|day|week|month|quarter|year}',
  ],
  ru: ['по {час*|дням|магазин*|точк*|позици*|товар*|регион*|склад*|sku|филиал*|пекарн*}', 'кажд* {позици*|магазин*|точк*|пекарн*|товар*|склад*|sku|регион*|филиал*|ресторан*}',
    // "по каждой паре товар × магазин": the pair as the grain.
    'по {каждой|} {паре|комбинации|связке} {товар*|sku|магазин*}'],
  zh: ['每个{门店|商品|仓库|城市|区域|站点|品类|队列|网点|线路}', '每{小时|天|日|周}的', '按{小时|天|门店|商品|区域|城市|仓库}', '分{门店|商品|小时|区域}'],
};

/** How far ahead a forecast looks: "for tomorrow", "8 weeks ahead", "на завтра", "未来7天". */
export const FORECAST_HORIZON: CueSet = {
  en: ['# {day*|week*|month*|hour*} ahead', '{day|week|month|hour} ahead', 'for tomorrow', 'for the {next|coming|following} {day|week|month|hour|# days|# weeks|# months|# hours}', 'horizon*',
    // "for each of the next 14 days", "over the next 8 weeks".
    '{each|every|any} of the {next|coming|following} #', '{each|every} {hour|day|week|month} of the {next|coming|following} #', '{over|across} the {next|coming|following} # {days|weeks|months|hours}', '{each|every} {hour|day} of the {next|following|coming} {day|week|month}'],
  ru: ['на завтра', 'на {следующ*|ближайш*} {день|дня|недел*|месяц*|# дн*|# недел*|# месяц*|# час*}', 'на # {дн*|недел*|месяц*|час*} вперед', 'горизонт*',
    // "в каждый из следующих 14 дней", "на неделю вперёд".
    '{кажд*|любой|любую} из {следующ*|ближайш*} #', '{на|в} {день|неделю|месяц|сутки} вперед'],
  // Chinese says the horizon around a number the phrase layer reads as its own token ("未来7天"): the words before it suffice.
  zh: ['未来', '明天', '次日', '下周', '下个月', '提前', '预测周期'],
};

/**
 * Quality measured as agreement with people's decisions makes those decisions the ground truth:
 * "the share of frames where the model's decision matches the dispatcher's",
 * "доля совпадений решений модели с решениями оператора", "与人工审核结论一致的比例".
 */
export const HUMAN_AGREEMENT: CueSet = {
  en: [
    // One phrase per verb: each expands to fewer than the phrase layer's 256 alternatives.
    ...['match*', 'agree*', 'agreement', 'coincid*'].map(
      (verb) => `${verb} … {dispatcher*|operator*|moderator*|reviewer*|analyst*|expert*|doctor*|clinician*|radiologist*|inspector*|annotator*|rater*|assessor*|underwriter*|investigator*|human*} … {decision*|label*|judg*ment*|verdict*|answer*|rating*|assessment*|call*|diagnos*}`,
    ),
  ],
  ru: [
    ...['совпаден*', 'совпада*', 'согласи*', 'соответстви*'].map(
      (verb) => `${verb} … {решени*|ответ*|оценк*|разметк*|вердикт*|заключени*|диагноз*} … {диспетчер*|оператор*|модератор*|эксперт*|врач*|специалист*|аналитик*|асессор*|инспектор*|разметчик*|андеррайтер*|человек*|людей}`,
    ),
  ],
  zh: ['与{人工|专家|审核员|调度员|客服|医生|标注员|分析师}…{一致|相同|吻合}'],
};

/**
 * "We predict whether a user will cancel …": a yes/no question about an event is the positive class,
 * once the event or its window is named.
 */
export const PREDICT_WHETHER: CueSet = {
  // Not "retrain the model if …" or "score if …": a condition on an action, not a predicted event.
  en: ['{predict*|forecast*|estimat*|classif*} {whether|if}', '{probability|likelihood|chance} that'],
  // A finite verb says what the model does; "обсудим, предсказывать ли отток" is still a question.
  ru: ['{предсказываем|предсказывает|предсказывают|прогнозируем|прогнозирует|прогнозируют|оцениваем|оценивает|определяем|определяет|классифицируем|классифицирует} … =ли', 'вероятност* того что'],
  zh: ['预测…是否', '判断…是否', '预估…是否'],
};

/** A regression target said with its unit: "the label is the delivery time in minutes". */
export const MEASURE_UNIT: CueSet = {
  en: ['in {seconds|minutes|hours|days|weeks|months|dollars|usd|euros|rubles|units|pieces|kilograms|kg|tonnes|km|kilometres|kilometers|meters|metres|kwh|mwh|percent}', 'in {us|u s} dollars'],
  ru: ['в {секундах|минутах|часах|днях|неделях|месяцах|рублях|долларах|евро|штуках|единицах|килограммах|кг|тоннах|км|километрах|метрах|квтч|мвтч|процентах}'],
  zh: ['以{秒|分钟|小时|天|元|件|千克|公斤|吨|公里|千瓦时}{为单位|计}', '单位为{秒|分钟|小时|天|元|件|千克|公斤|吨|公里|千瓦时}', '（{秒|分钟|小时|天|元|件|千克|公斤|吨|公里|千瓦时}）'],
};

/** Written rules that annotators follow: with the condition that makes a class, they define the label. */
export const ANNOTATION_GUIDELINES: CueSet = {
  en: ['{annotation|annotator|labelling|labeling|labeller|labeler|rater|rating|grading|judging|assessor} {guideline*|instruction*|rubric*|manual|policy|policies}'],
  ru: ['{инструкци*|правил*|гайдлайн*|регламент*|методик*} {для|по|} {разметк*|разметчик*|асессор*|оценк*}'],
  zh: ['标注规范', '标注指南', '标注标准', '标注规则', '打标规则', '打标规范', '评估规范', '评分标准'],
};

/** The label said as a value: "the label is …", "таргет — это …", "标签为 …" (with a unit, a regression target). */
export const LABEL_IS: CueSet = {
  en: ['{label|labels|target|ground truth} {=is|=are|=equals} {the|}'],
  ru: ['{метк*|таргет*|целев* переменн*} {это|является|равн*}'],
  zh: ['{标签|目标值|真实值|目标变量}{是|为}'],
};

/** A class said under its condition: "a message is toxic if it insults a person", "является спамом, если …". */
export const CLASS_IF: CueSet = {
  en: ['{=is|=are} … {=if|=when|=only if}'],
  ru: ['{является|являются|считается|считаются|относится|относятся} … если'],
  zh: ['如果…{则|就|即为|视为|记为}'],
};

/**
 * A class said with its copula, the shape a definition takes whatever its subject: "opened results are relevant",
 * "a play longer than 30 s is a positive", "a summary is acceptable if …", «открытые результаты считаем релевантными»,
 * 「被打开的结果视为相关」. With the event, condition, threshold or window that makes the class it defines the label.
 */
export const CLASS_VERDICT: CueSet = {
  en: [
    // One phrase per copula: each expands to fewer than the phrase layer's 256 alternatives.
    ...['=is', '=are', '=becomes', '=become', '=be', '=gets', '=get'].map(
      (copula) => `${copula} {=a|=an|} {=positive|=negative|=positives|=negatives|=relevant|=irrelevant|=spam|=ham|=fraud|=fraudulent|=toxic|=correct|=incorrect|=acceptable|=unacceptable|=grounded|=hallucinated|=churned|=churners|=defaulted|=success|=successful|=failure}`,
    ),
    ...['=relevant', '=irrelevant', '=positive', '=negative', '=good', '=bad'].map(
      (kind) => `{=is|=are} {=a|=an|} ${kind} {=example|=examples|=sample|=samples|=item|=items|=result|=results|=document|=documents|=pair|=pairs|=answer|=answers|=recommendation|=recommendations}`,
    ),
    '{=is|=are} {=a|=an} {=positive|=negative|=success|=hit|=miss|=conversion}',
  ],
  ru: [
    '{=релевантен|=релевантна|=релевантно|=релевантны|=нерелевантен|=нерелевантны|=правильный|=правильная|=правильное|=правильны|=корректный|=корректен|=корректна|=корректны|=верный|=верен|=верна|приемлем*} {=если|=когда}',
    '{считаем|считаются|считается|считать|признаём|признаем|признаётся|признается} {релевантн*|нерелевантн*|положительн*|отрицательн*|позитив*|негатив*|правильн*|корректн*|мошенническ*|ушедш*|успех*|успешн*|спам*}',
    '{=положительный|=отрицательный|=положительные|=отрицательные|=позитив|=негатив|=позитивы|=негативы} {=пример|=примеры|=примером}', '{удачн*|неудачн*} рекомендаци*',
  ],
  zh: ['视为相关', '视为不相关', '为相关', '为不相关', '是相关', '算作相关', '记为相关', '视为正确', '为正确', '判为正确', '视为成功', '算作{一次|}成功', '为正样本', '为负样本', '是正样本', '是负样本', '作为正样本', '作为负样本', '为正例', '为负例', '为正标签', '为负标签', '作为正标签', '作为负标签'],
};

/** A bound that makes an event a class: "longer than 30 seconds", "at least 80 %", "4 or 5 stars", «дольше 30 секунд», 「超过30秒」. */
export const CLASS_THRESHOLD: CueSet = {
  en: ['{rating|ratings|score|scores|grade|grades} of #', '{longer|more|greater|fewer|less|shorter|higher|lower|over|under} than #', 'at least #', '{over|above|below} # {second*|minute*|hour*|day*|percent|%|star*}', '# or {more|longer|higher|above}', '# {stars|star}', 'to the end', 'to at least #'],
  ru: ['{дольше|больше|более|меньше|менее|выше|ниже|свыше|не менее|не более} #', '# {звезд*|звёзд*}', 'до конца'],
  zh: ['超过', '大于', '不少于', '至少', '以上', '以下', '少于', '星'],
};

/** Roles of people whose choice or decision becomes an example's class (ticket categories, fraud verdicts, published sections). */
const HUMAN_ROLES_EN = '{agent*|operator*|editor*|seller*|analyst*|moderator*|reviewer*|specialist*|doctor*|clinician*|radiologist*|accountant*|underwriter*|investigator*|author*|curator*|expert*|dispatcher*|nurse*|lawyer*|librarian*|recruiter*|support team|support staff|staff|human*|user|users|customer|customers}';
const HUMAN_ROLES_RU = '{оператор*|редактор*|продав*|аналитик*|модератор*|специалист*|врач*|бухгалтер*|андеррайтер*|автор*|эксперт*|диспетчер*|юрист*|сотрудник*|пользовател*|клиент*|менеджер*|рекрутер*}';
const HUMAN_ROLES_ZH = '{客服|编辑|卖家|商家|分析师|审核员|运营|医生|会计|专家|律师|用户|调度员|坐席|标注员|作者}';

/**
 * A class chosen by a person in the product's own workflow: "the category the seller picked when listing",
 * "assigned one of five categories by the support agent who closes it", «категорию проставляет оператор при закрытии»,
 * 「由关闭工单的客服选择」. With the label, a class or what the model learns, that person's choice is the label.
 */
export const HUMAN_CHOICE: CueSet = {
  en: [
    // One phrase per verb: each expands to fewer than the phrase layer's 256 alternatives.
    ...['assigned', 'chosen', 'picked', 'selected', 'tagged', 'entered', 'marked', 'filed', 'classified', 'coded'].map((verb) => `${verb} … by … ${HUMAN_ROLES_EN}`),
    ...['=picked', '=picks', '=chose', '=chooses', '=selected', '=selects', '=assigned', '=assigns', '=tagged', '=tags', '=marks', '=marked', '=published', '=coded'].map((verb) => `${HUMAN_ROLES_EN} … ${verb}`),
    ...['decision*', 'verdict*', 'ruling*', 'reading*', 'conclusion*', 'judg*ment*'].map((noun) => `${noun} of … ${HUMAN_ROLES_EN}`),
    '{corrected|fixed|entered|filled in|typed|transcribed} {by hand|manually}',
  ],
  ru: [
    ...['проставля*', 'выбира*', 'присваива*', 'указыва*', 'выбрал*', 'присвоил*', 'проставил*', 'опубликовал*', 'отмеча*', 'отметил*', 'назнача*', 'назначил*'].flatMap(
      (verb) => [`${verb} … ${HUMAN_ROLES_RU}`, `${HUMAN_ROLES_RU} … ${verb}`],
    ),
    `{решени*|вердикт*|заключени*} … ${HUMAN_ROLES_RU}`,
    '{исправ*|заполн*|внесен*|введен*} вручную',
  ],
  zh: [
    `由…${HUMAN_ROLES_ZH}…{选择|选定|指定|分配|填写|标记|判定|确认}`,
    `${HUMAN_ROLES_ZH}…{选择|选定|所选|指定|分配|填写|标记|判定|确认|发布}`,
    `${HUMAN_ROLES_ZH}…{审核|复核|核实}…{结论|决定|判定|结果}`,
    '人工{修正|更正|录入|填写}',
  ],
};

/** What the model is trained on, said of a set of examples: "we train on those", "the reason code is what the model learns", «модель учится на …», 「模型学习的是…」. */
export const TRAINED_ON: CueSet = {
  en: ['{train|trains|trained|training|learn|learns|fit|fits|fitted} {on|from} {those|these|them|it|this|that}', 'what the model learns', 'what {we|the model} {learn*|train* on}', 'is the label', 'are the labels', '{become|becomes} {a|the|} {training|} {example*|label*|target*}', 'as the {label*|target*|ground truth}'],
  ru: ['{учится|учим|обучаем|обучается|обучают} на', 'и есть {метка|таргет|целев*}', '{является|являются} {меткой|метками|таргетом|целев*}'],
  zh: ['模型学习的是', '就是标签', '即为标签', '作为标签', '作为训练标签'],
};

/**
 * A user event made the success a ranker learns: "we treat a purchase within 7 days of the recommendation as success",
 * "count every booking as a positive". The concept's exclusion of a project's or a pilot's success ("we will consider
 * the pilot a success") does not take it: the thing treated is an event, not the project.
 */
export const EVENT_AS_SUCCESS: CueSet = {
  en: ['purchase', 'click', 'booking', 'order', 'application', 'install', 'conversion', 'subscription', 'renewal', 'reply', 'signup', 'view', 'watch', 'save', 'like', 'share', 'download', 'add to cart'].map(
    (event) => `{treat*|count*|consider*|deem*} … ${event}`,
  ),
};

/** What EVENT_AS_SUCCESS's event is made: "… as success", "… as a positive". */
export const AS_SUCCESS: CueSet = { en: ['as {a|an|} {success|successful|positive|win|hit|good recommendation|relevant}'] };
