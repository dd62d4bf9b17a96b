// How rare positives are handled, as cue data (syntax: server/engine/text/phrases.ts),
// for class-imbalance: resampling and class weights name a remedy by
// themselves; a weight, a loss or a metric counts where the sentence ties it
// to the rare class.
import type { CueSet } from '../../server/engine/rule-kit.js';

/** Remedies for imbalance named as such. */
export const IMBALANCE_REMEDIES: CueSet = {
  en: [
    'downsampl*', 'down sampl*', 'undersampl*', 'under sampl*', 'oversampl*', 'over sampl*', 'upsampl*', 'up sampl*', 'resampl*', 'smote', 'adasyn', 'random over sampler', 'class weight*', 'class_weight',
    'weighted {loss|cross entropy|bce|log loss|logloss}', 'weight* the loss by', 'inverse {class|label} frequenc*', 'inverse frequency weight*',
    // "Training weights each class by its inverse frequency."
    '{weight*|reweight*} {each|every} class', '{weight*|reweight*} … by {its|their} inverse frequenc*', 'cost sensitive', 'balanced {sampling|batches|batch|class weight*|classes}', 'class balanc*', 'rebalanc*', 're balanc*', 'scale pos weight', 'scale_pos_weight',
    'pos weight', 'pos_weight', 'keep* all {the|} {positives|positive examples|fraud cases}', 'sampl* # … of {the|} {negatives|negative examples|non fraud|legitimate}', 'negative subsampl*', 'subsampl* {negative*|the majority|legitimate|non fraud}', 'sample {negatives|the majority|legitimate}', '{drop|discard|keep} … {negatives|legitimate transactions|non fraud}',
  ],
  ru: [
    'андерсэмплинг*', 'андерсемплинг*', 'оверсэмплинг*', 'оверсемплинг*', 'undersampling', 'oversampling', 'downsampling', 'прорежива*', 'проредить', 'сэмплир* негатив*', 'семплир* негатив*', 'ресэмплинг*',
    'веса классов', 'вес* класс*', 'взвешиван* класс*', 'взвешива* классы', 'взвешенн* {функци* потерь|лосс*|кросс энтроп*|потер*|bce|log loss|logloss}', 'балансировк* {класс*|выборк*|данных}', 'сбалансир* выборк*', 'smote', 'дублир* {позитив*|положительн*|редк*}',
  ],
  zh: ['下采样', '降采样', '欠采样', '过采样', '上采样', '重采样', '负采样', '类别权重', '类权重', '样本权重', '加权损失', '代价敏感', 'smote', '样本均衡', '正负样本比例', '类别加权', '样本加权',
    // Inverse-frequency weights: "按类别频率的倒数加权", "每个类别的权重取样本数的倒数".
    '倒数加权', '{类别|类|样本}…{频率|频次|样本数|数量}…倒数'],
};

/** Other senses of the remedy words: images and audio are downsampled too. */
export const NOT_IMBALANCE_REMEDIES: CueSet = {
  en: [
    '{false|true} positive rate*',
    '{image*|audio|signal|video|frames|pixels|resolution|rate|sampling rate} … {downsampl*|upsampl*|resampl*}', '{downsampl*|upsampl*|resampl*} … {audio|image*|resolution|khz|hz|frame*|pixels|sampling rate|time series|to daily|to hourly|to weekly}'],
  ru: ['{изображени*|аудио|частот*} … {даунсэмплинг*|ресэмплинг*}', 'ресэмплинг* … {аудио|изображени*|частот*}'],
  zh: ['图像下采样', '音频重采样'],
};

// No nested braces in a cue: the rare class's names as one flat set of alternatives.
const RARE = '{positive*|minority|rare|fraud cases|fraud examples|fraud class|fraud samples|fraud labels|fraudulent|churners|harmful posts|harmful content|harmful examples|anomalies|failures}';

/** Weights, losses and sampling tied to the rare class ("fraud cases weigh 50×", "focal loss for the rare positives"). */
export const WEIGHTED_RARE: CueSet = {
  en: [
    `{weight*|upweight*|up weight*|oversampl*|boost*|emphasi*|multipl*} … ${RARE}`, `${RARE} … {upweight*|up weighted|weighted|weigh|weighs|weight #|count* # times|oversampled|duplicated}`,
    `{focal loss|negative sampling|hard negative mining|stratif*|threshold*} … ${RARE}`, `${RARE} … {focal loss|stratif*}`,
  ],
  ru: [
    '{вес*|взвеши*|увеличива* вес*|дублир*|фокальн*|focal loss} … {позитив*|положительн*|миноритарн*|редк*|мошенническ*|фрод*}',
    '{позитив*|положительн*|миноритарн*|редк*|мошенническ*} … {вес*|взвеши*|focal loss|фокальн*}',
  ],
  zh: ['正样本…权重', '少数类…权重', '提高…正样本…权重', 'focal loss…正样本', '正样本…focal loss', '{正样本|少数类|欺诈样本|违规样本|坏样本}…{加权|过采样|focal loss}', '{加权|过采样}…{正样本|少数类|欺诈样本|违规样本|坏样本}'],
};

/** The doc says the classes are imbalanced. */
export const IMBALANCE: CueSet = {
  en: [
    'imbalanc*', 'unbalanced', 'class balance', 'rare', 'rarity', 'rarely', 'skew*', 'minority class*', 'majority class*', 'base rate', 'few positives', 'positive rate', 'positives are', 'fraud rate', 'only # %',
    'needle in a haystack', 'heavily outnumber*', 'outnumber*',
    // How rare, as a share: "clicks are under 1 % of impressions", "about 1 in 500 transactions".
    '{under|below|less than|fewer than|just} # %', '{one|#} in {#|a thousand|a million|ten thousand}',
  ],
  ru: ['дисбаланс*', 'несбалансир*', 'редк*', 'редко', 'миноритарн*', 'доля {мошенническ*|положительн*|позитив*|фрод*}', 'составля* … #', 'мал* дол*'],
  zh: ['不均衡', '不平衡', '稀少', '极少', '占比', '很少', '{只有|仅有|只占|仅占|不到|不足|低于|少于}…%'],
};

/**
 * Techniques that answer an imbalance the same sentence states, though other systems use them for other
 * ends (retrieval trains on sampled negatives; any model may be calibrated): "Imbalance: negative sampling
 * at 5 %, then calibrate", "доля фрода 0,2 %: подбираем порог по PR-кривой".
 */
export const IMBALANCE_TECHNIQUES: CueSet = {
  en: ['negative sampling', 'reweight*', 're weight*', 'sampl* {negatives|the negatives}', '{sampling|sample} {rate|ratio}', 'recalibrat*', 'calibrat*', 'focal loss', 'stratif*', '{tune|tuned|tuning|pick|picked} … threshold', 'threshold {tuning|selection|moving}'],
  ru: ['негативн* сэмплирован*', 'сэмплирован*', 'семплирован*', 'калибр*', 'focal loss', 'фокальн*', 'стратифи*', '{подбира*|подбор*|настра*|выбира*} … порог*'],
  zh: ['负样本采样', '负样本…{采样|下采样|降采样}', '采样', '校准', 'focal loss', '分层', '调整…阈值', '阈值…{调整|调优|选择|优化}'],
};

/** Metrics chosen for imbalanced classes. */
export const IMBALANCE_METRICS: CueSet = {
  en: [
    'pr auc', 'precision recall', 'auprc', 'aupr', 'average precision', 'f1', 'f beta', 'f2', 'recall at', 'precision at', 'recall @', 'precision @', 'instead of accuracy', 'rather than accuracy', 'not accuracy',
    'accuracy is misleading', 'accuracy would be misleading', 'mcc', 'matthews', 'balanced accuracy', 'cohen',
  ],
  ru: ['pr auc', 'precision recall', 'f1', 'f мера', 'точност* и полнот*', 'полнот* и точност*', 'вместо accuracy', 'вместо доли правильных', 'accuracy не подходит'],
  zh: ['pr曲线', 'pr auc', 'f1', '召回率', '精确率', '而不是准确率'],
};
