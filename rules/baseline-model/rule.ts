import { defineDocumentRule } from '../../server/engine/rule-kit.js';

export default defineDocumentRule({
  meta: {
    id: 'baseline-model',
    step: 'model',
    severity: 'error',
    appliesTo: 'always',
    description: 'Proposes a simple baseline (heuristic, popularity, logistic regression, GBDT) to compare against.',
  },
  message: 'No baseline model: propose something simple to beat (popularity, a heuristic, logistic regression) so the complex model has to earn its cost.',
  fix: {
    title: 'Add a baseline model',
    snippet: '- **Baseline:** ${1:popularity of jobs in the user\'s location and title}, then ${2:logistic regression on the same features}; the chosen model must beat it on ${3:the offline metric}',
  },
  variants: {
    forecasting: {
      message: 'No baseline model: propose a simple forecast to beat (seasonal naive, last year\'s value, a moving average) so the complex model has to earn its cost.',
      fix: { title: 'Add a baseline model', snippet: '- **Baseline:** ${1:seasonal naive forecast (same week last year)}; the chosen model must beat it on ${2:WAPE in the backtest}' },
    },
    regression: {
      message: 'No baseline model: propose something simple to beat (the historical mean per segment, a linear regression) so the complex model has to earn its cost.',
      fix: { title: 'Add a baseline model', snippet: '- **Baseline:** ${1:median per segment}, then ${2:linear regression on the same features}; the chosen model must beat it on ${3:MAE}' },
    },
    generative: {
      message: 'No baseline: propose something simple to beat (keyword search over the docs, the LLM without retrieval, the current FAQ flow) so the complex pipeline has to earn its cost.',
      fix: { title: 'Add a baseline', snippet: '- **Baseline:** ${1:BM25 search returning the top document}, then ${2:the LLM answering without retrieval}; the pipeline must beat both on ${3:the golden-set score}' },
    },
  },
  // A baseline is something simple the real model must beat, named as such or
  // positioned as the starting point to compare against. Naming logistic
  // regression among candidate models is not proposing a baseline, and a
  // "baseline CTR" or a drift "baseline distribution" is another sense.
  concept: {
    parts: {
      baseline: {
        cues: {
          en: ['baseline*', 'base line', 'benchmark model', 'reference model', 'naive model', 'naive forecast', 'naive baseline', 'strawman', 'bar to beat', 'point of comparison', 'starting point'],
          ru: ['бейзлайн*', 'бэйзлайн*', 'базов* модел*', 'базов* решен*', 'базов* подход*', 'базов* алгоритм*', 'базов* уровн*', 'отправн* точк*', 'точк* отсчет*', 'наивн* модел*', 'наивн* прогноз*'],
          zh: ['基线', '基准模型', '基准方法', '基准方案', '对照模型', '参照模型'],
        },
      },
      simple: {
        cues: {
          en: [
            'heuristic*', 'popularity', 'most popular', 'popular items', 'top sellers', 'logistic regression', 'linear regression', 'linear model', 'rule based', 'rules based',
            'hand crafted rules', 'handcrafted rules', 'simple model', 'simple heuristic*', 'simple rule*', 'moving average', 'last value', 'seasonal naive', 'bm25', 'tf idf', 'keyword match*',
            'current system', 'existing system', 'current model', 'production model', 'existing model', 'current approach', 'previous version', 'previous model', 'old model', 'legacy model', 'legacy system', 'v1', 'manual rules', 'gbdt', 'gradient boosted trees', 'decision tree',
            'naive bayes', 'random guess*', 'random ranking', 'chronological', 'non ml', 'without ml',
          ],
          ru: [
            'эвристик*', 'популярн*', 'логистическ* регресси*', 'линейн* регресси*', 'линейн* модел*', 'на основе правил', 'на правилах', 'набор* правил', 'ручн* правил*', 'эвристическ* правил*', '=правилами', 'прост* модел*', 'прост* эвристик*', 'скользящ* средн*',
            'текущ* систем*', 'текущ* решен*', 'существующ* решен*', 'существующ* систем*', 'градиентн* бустинг*', 'случайн*',
          ],
          zh: ['启发式', '基于规则', '规则引擎', '人工规则', '规则策略', '规则方案', '规则系统', '逻辑回归', '线性回归', '热门', '流行度', '简单模型', '现有系统', '当前系统', '线上模型', '随机'],
        },
      },
      compare: {
        cues: {
          en: [
            'compare*', 'comparison', 'compared against', 'benchmark* against', 'measured against', 'evaluated against', 'tested against', 'beat*', 'outperform*', 'improve on', 'improve over', 'improvement over', 'relative to', 'lift over', 'start with', 'start from',
            'begin with', 'starting with', 'first version', 'mvp', '=initially', 'first iteration', 'as a reference', 'reference point', 'to clear', 'must clear', 'has to clear', 'benchmark',
            // "V1 is a popularity ranking; the model replaces it only if it wins the A/B test."
            '{replace*|replacing} {it|this|them|the heuristic|the rules} … {if|once|when|only}', '=wins', '=win against',
          ],
          ru: ['сравн*', 'лучше чем', 'превзойти', 'превосход*', 'обогнать', 'начать с', 'начнем с', 'начинаем с', 'для начала', 'перв* верси*', 'mvp', 'в качестве ориентира', 'относительно'],
          zh: ['对比', '相比', '比较', '超过', '优于', '首先', '第一版', '先用', '起点'],
        },
      },
    },
    settledBy: [
      { parts: ['baseline'], weight: 0.9 },
      { parts: ['simple', 'compare'], weight: 0.8 },
    ],
    headings: { en: ['baseline*'], ru: ['бейзлайн*', 'базов* модел*', 'базов* решен*'], zh: ['基线', '基准'] },
    exclude: {
      en: [
        'baseline ctr', 'baseline rate', 'baseline metric*', 'baseline performance of the', 'baseline distribution*', 'baseline statistic*', 'baseline data', 'baseline window',
        'baseline period', 'baseline value*', 'baseline traffic', 'baseline conversion', 'relative to baseline', 'over baseline', 'normalized … baseline', 'normalised … baseline',
        'baseline profile*', 'baseline behavio*', 'baseline histogram*', 'training baseline', 'reference distribution*', 'reference window',
        // A baseline referred to, not said: "beat the baseline by 2%", "treatment against the baseline", "baseline latency is 80 ms".
        '{against|beat|beats|beating|outperform*|over|than|vs|versus|above|below} the baseline', 'baseline {latency|cost|throughput|load|qps|level|numbers|results}',
        // A property of items, not a popularity ranking: "compare the popularity of items across regions".
        'popularity of',
        // A baseline of the system, not of the model: "baseline architecture", "a performance baseline for CPU", "refresh the baseline monthly" (drift).
        'baseline {architecture|design|requirement*|infrastructure|infra|setup|configuration|config|security|hardware|capacity|budget|sla|slo*|alert*|threshold*|snapshot*|dashboard*|service*}',
        '{performance|resource|cpu|memory|load|latency|cost|drift|monitoring|statistical|feature|data} baseline*', '{refresh*|update*|recompute*|reset*} the baseline',
        // A scheduler, not beating anything.
        'celery beat',
      ],
      ru: ['базов* распределен*', 'базов* уровн* метрик*', 'базов* статистик*', 'базов* {архитектур*|конфигурац*|требовани*|инфраструктур*}', '{чем|против|над} бейзлайн*', 'популярност* {товар*|категори*|контент*}'],
      // Head vs long tail is an analysis of items, not a baseline.
      zh: ['基线分布', '基线数据', '基线配置', '基线架构', '基线要求', '性能基线', '安全基线', '热门…长尾', '长尾…热门', '超过基线', '优于基线'],
    },
    name: 'baseline',
    minOtherWords: 1,
  },
});
