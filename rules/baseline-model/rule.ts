import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { MODEL_NAMES } from '../shared/model-cues.js';

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
          en: ['baseline*', 'base line', '!BL', 'benchmark model', 'reference model', 'naive model', 'naive forecast', 'naive baseline', 'strawman', 'bar to beat', 'point of comparison', 'comparison point', 'starting point',
            // The simple first thing to beat, in the words of an interview or a blog post: "the dumb version", "our yardstick".
            'dumb {version|baseline|model|approach|heuristic}', 'simplest {thing|version|approach|model|option|solution}', 'yardstick', 'sanity check baseline', 'floor to beat'],
          ru: ['бейзлайн*', 'бэйзлайн*', 'бейслайн*', 'бэйслайн*', 'базов* модел*', 'базов* решен*', 'базов* подход*', 'базов* алгоритм*', 'базов* уровн*', 'отправн* точк*', 'точк* отсчет*', 'наивн* модел*', 'наивн* прогноз*'],
          zh: ['基线', '基准模型', '基准方法', '基准方案', '对照模型', '参照模型', '基准预测', '基准模型', '基准方法', '基准方案', '作为基准'],
        },
      },
      simple: {
        cues: {
          en: [
            // A moving average said in words: "the average of the last 4 weeks", "среднее за прошлые 4 недели".
            'average {over|of} the {last|past|previous} # {day*|week*|month*}', 
            'heuristic*', 'popularity', 'most popular', 'popular items', 'top sellers', 'logistic regression', 'linear regression', 'linear model', 'rule based', 'rules based',
            'hand crafted rules', 'handcrafted rules', '{rules|rule|business rules|decision rules} engine', 'simple model', 'simple heuristic*', 'simple rule*', 'moving average', 'last value', 'seasonal naive', 'bm25', 'tf idf', 'keyword match*',
            // "The current Elasticsearch keyword search. Every change has to beat it": the incumbent named with what it is.
            '{current|existing|today\'s|present} … {search|ranker|ranking|rules|rule|router|classifier|forecast|process|flow|heuristic*|system|suite|tool*|pipeline|setup|service|solution|method|logic|bot|checks|ordering|sorting|auto reply|autoreply|auto responder|macros|macro based|canned replies|canned responses|templates}',
            // What an incumbent or a first heuristic is, said plainly: "LR on hashed features", "rules only", "sorted by date".
            '!LR', 'rules only', '{newest|latest} {first|items first|posts first|listings first}', 'hand picked', 'handpicked', '{editors|editorial} {picks|selection|front page}', '{flag|block} {anything|everything|all} {over|above}', 'same {week|day|month|period} {last|of last|of the previous} {year|week|month}', 'last year\'s {sales|demand|value*|volume*}', 'keyword {search|routing|rules|matching|lookup|filter*}', 'template {filler|filling|based}', '{median|mean|average} … {price|time|duration|sales|demand|value|rate|delay}', 'configuration without', 'without … {heuristics|reranking|re ranking|tuning|retrieval|personali*}', '{keyword|word|term|regex} {list*|blocklist*|filter*|rules}', 'blocklist*', 'blacklist*', 'denylist*', 'already {run|runs|use|uses|have|has|in place}', '{sort*|order*|rank*} by {date|recency|time|distance|price|rating*|popularity|views|clicks|plays|sales|freshness|relevance|score}',
            // A ranking by one statistic is a heuristic: "rank notifications by their open rate last week".
            '{sort*|order*|rank*} … by {their|its|the} … {rate|count|number|share|score|average|total}', 'most recent', 'reverse chronological',
            // "sorted by purchase frequency", "ranked by recency": one statistic as the order.
            '{sorted|ordered|ranked} by … {frequency|recency|popularity|count|counts|rating|ratings|distance|price}',
            'current system', 'existing system', 'current model', 'production model', 'existing model', 'current approach', 'previous version', 'previous model', 'old model', 'legacy model', 'legacy system', 'v1', 'manual rules', 'gbdt', 'gradient boosted trees', 'decision tree',
            'naive bayes', 'random guess*', 'random ranking', 'random {sample*|recommendation*|items|order|ordering|choice|pick*|selection|predictor|classifier|scores}', 'than random', 'at random', 'chronological', 'non ml', 'without ml', 'before any ml', 'no ml',
            // A forecast or an estimate a regression model must beat: "the historical median per store and hour", "last week's value".
            'historical {median|mean|average}', 'seasonal {average|mean|median}', '{median|mean|average} … {of|on|for} the same {weekday|day|week|hour}', '{median|mean|average} … per {store|segment|hour|category|region|route|zone|city|sku|product|item|user|customer|weekday|day}',
            'last {week|year|month|day|period} … {value|values|sales|demand|volume}', 'same {week|day|month|period} last year', 'spreadsheet*', 'manual forecast*', 'status quo', 'what we run today', 'current process',
            // What a generative pipeline must beat: the model alone, keyword search.
            'prompt only', '{llm|model} {alone|only}',
            // A rules-plus-score hybrid as the starting point: "start with a rule+score hybrid", "a hybrid of rules and a small model".
            '{rule|rules|heuristic|heuristics} {score|scoring|model|ml|} hybrid', 'hybrid of {rules|heuristics|a rule|business rules}',
            // The pipeline without its generative step: "retrieval only (show the top 3 passages, no generation)".
            '{retrieval|search|retriever} only', '{only|just|plain} {retrieval|search}', 'no generation', 'without {generation|the llm|an llm|the model}', 'zero shot {llm|model|prompt*}', '{plain|vanilla} {llm|prompt*}', 'off the shelf {llm|model}',
          ],
          ru: ['средн* за {прошл*|последн*|предыдущ*}', 
            'только поиск', 'только ретрив*', 'без генерац*', 'без llm',
            'гибрид* {правил*|эвристик*}', '{правил*|эвристик*} {и|+|плюс} {скор*|скоринг*|прост* модел*}',
            'эвристик*', 'популярн*', 'логистическ* регресси*', 'линейн* регресси*', 'линейн* модел*', 'на основе правил', 'на правилах', 'набор* правил', 'ручн* правил*', 'эвристическ* правил*', '=правилами', 'прост* модел*', 'прост* эвристик*', 'скользящ* средн*',
            'текущ* систем*', 'текущ* решен*', 'существующ* решен*', 'существующ* систем*', '{текущ*|существующ*|нынешн*} … {прогноз*|бот*|сценари*|процесс*|подход*|модел*|ранжирован*|поиск*|правил*|сортировк*|алгоритм*}',
            'наивн*', 'сортировк* по', '{ранжир*|сортир*|упорядоч*} … по {их|его|доле|числу|количеству|среднему|частоте}', '{тот|ту|той} же {день|неделю|неделе|месяц|период} {прошлого|предыдущего} {года|месяца}', 'самые новые … {первыми|сверху}', 'как {неделю|день|год|месяц} назад', '{неделю|год} назад', '{того|тот|той|ту} же {дня|день} недели', 'то что уже есть', 'уже {есть|работает|работают|используется|используются|стоит|стоят}', 'стоп {словар*|слов*|лист*}', 'правил* на', '{словар*|список*} {запрещ*|стоп*}', 'поиск* по {порталу|сайту|базе|ключев*}', 'ключев* слов*', 'сейчас пользу*', 'без {сложн*|эвристик*|реранк*|дообучени*|персонализац*}', 'по {дате|свежест*|времени публикац*}', 'только правил*', 'градиентн* бустинг*', 'без ml', 'без машинн* обучени*', 'хронологическ*', 'по дате',
            // Random as a model, not a random forest: "случайный порядок", "случайное ранжирование".
            'случайн* {ранжировани*|порядок|порядк*|выдач*|рекомендац*|угадывани*|выбор*|модел*|предсказани*|классификатор*}',
            'средн* … по {магазин*|сегмент*|час*|категори*|регион*|маршрут*|город*|товар*|дн*}',
            // "среднее продаж за тот же день недели за последние 4 недели", "сезонное среднее".
            'средн* … за {тот|ту|той} же {день|недел*|месяц*}', 'сезонн* {средн*|наивн*}', 'значени* {прошл*|предыдущ*} {недел*|год*|месяц*|период*}',
            // A naive forecast said as a sentence: "продажи в следующем месяце будут такими же, как в текущем".
            '{такими|таким|такой|такая|такие|такое} же … как {в|за|на} {текущ*|прошл*|предыдущ*|этом|этой|этот|эту}', '{будут|будет} как {в|за|на} {текущ*|прошл*|предыдущ*|этом|этой|этот|эту}', 'прогноз* {предыдущ*|прошл*} {месяц*|недел*|год*|период*|днем|днём}', 'прошл* {недел*|год*|месяц*} … значени*',
          ],
          zh: ['规则{与|和|+|加}{打分|评分|简单模型}', '启发式', '热度', '只做检索', '纯检索', '仅检索', '不生成', '不做生成', '同一天…{平均|均值|中位数}', '朴素', '关键词', '历史平均', '平均送达', '现有', '热歌榜', '榜单', '上周同一天', '上周同时段', '上周同期', '同时段', '去年同期', '按…排序', '排序规则', '时间倒序', '基于规则', '规则引擎', '人工规则', '规则策略', '规则方案', '规则系统', '逻辑回归', '线性回归', '热门', '流行度', '简单模型', '现有系统', '当前系统', '线上模型', '随机'],
        },
      },
      compare: {
        cues: {
          en: [
            // Compared *to* something: "compare models on AUC" or "compare LR, GBDT and a DNN" weighs candidates, it sets no baseline.
            'compar* {to|with|against|versus|vs}', 'compar* … against', 'comparison {to|with|against}', 'compare {it|them|everything|each|every|all|any|the model|the new model|our model} … with',
            // "The keyword blocklist is what we measure the classifier against"; "before any model, …".
            'what we {measure|compare|judge|benchmark|evaluate|test} … against', 'before any model',
            'benchmark* against', 'measur* … against {it|this|that|them}', 'evaluated against', 'tested against', 'beat*', 'outperform*', 'improve on', 'improve over', 'improvement over', 'relative to', 'lift over', 'start with', 'start from',
            '{do|does|doing} better than', 'better than {it|this|that|them}',
            // "Why: start simple and prove the signal is there" after the simple model a first phase ships.
            'start simple', 'starting simple', 'begin simple',
            'begin with', 'starting with', 'first version', 'mvp', '=initially', 'first iteration', 'as a reference', 'reference point', 'to clear', 'must clear', 'has to clear', 'benchmark',
            // "V1 is a popularity ranking; the model replaces it only if it wins the A/B test."
            '{replace*|replacing} {it|this|them|the heuristic|the rules} … {if|once|when|only}', '=wins', '=win against',
          ],
          ru: ['сравн* с', 'сравнени* с', 'сравн* {его|ее|её|их|модел*|все|всё|каждую|любую|нов*} … с', 'по сравнению с', 'лучше чем', 'лучше {него|нее|неё|них|этого}', 'сначала {запуска*|запусти*|выкат*|использу*|делаем|сделаем|берем|берём|возьмем|возьмём|ставим}', 'на первом этапе', 'в первой версии', 'превзойти', 'превосход*', 'обогнать', 'начать с', 'начнем с', 'начинаем с', 'для начала', 'перв* верси*', 'mvp', 'в качестве ориентира', 'относительно'],
          zh: ['对比', '相比', '比较', '超过', '优于', '首先', '第一版', '先用', '起点',
            // "先上逻辑回归评分卡作为对照", "先用规则打底": as a reference, the floor, what to start with ("as a reference", "start with").
            '作为{对照|参照|参考|比较|比较对象}', '先上', '先做', '从…起步', '打底', '跑赢', '胜过'],
        },
      },
      // An experiment against the simple thing ("A/B test vs rule-based", "A/B test the model against popularity"):
      // the simple thing is what the model must beat online, said in as few words as a rollout plan's item takes.
      abAgainst: {
        cues: {
          en: ['{a b|ab} {test|tests|testing|experiment|experiments} … {vs|versus|against}'],
          ru: ['{a b|ab} {тест*|эксперимент*} … {против|vs}'],
        },
      },
      // "Baseline: the 'buy it again' shelf, most-bought first": the label and, after it, what the baseline is.
      baselineLead: {
        label: true,
        cues: { en: ['=baseline', 'baseline model', 'baseline approach'], ru: ['бейзлайн', 'бейслайн', 'базов* модел*', 'базов* решени*'], zh: ['基线', '基线模型', '基线方案'] },
      },
      // Which model the baseline is, when it is not one of the simple ones: "a two-tower baseline".
      named: { cues: MODEL_NAMES },
      // The next sentence says the simple thing is what to beat: "… median per store and hour. Everything else has to beat that."
      beatIt: {
        cues: {
          en: ['{beat|beats|outperform*|clear|exceed} {it|that|this|them}', '{better than|against} {it|that|this} {first|before|on|by}', 'measur* … against {it|that|this}', 'replace* it only'],
          ru: ['{обогнать|обойти|превзойти|побить|обгонять|обходить|превосходить|побеждать} {его|ее|её|их|этот|эту|это}', 'насколько … лучше', 'лучше {него|нее|неё|этого|этой}', 'сравнива* с {ним|ней|этим|этой}'],
          zh: ['超过它', '优于它', '与它对比', '和它对比', '比它'],
        },
      },
    },
    settledBy: [
      // A baseline settles the point when the doc says what it is ("Baseline: popularity per city",
      // "a matrix-factorisation baseline"); "we will compare against a baseline" names nothing to beat.
      { parts: ['baseline', 'simple'], weight: 0.9 },
      { parts: ['baseline', 'named'], weight: 0.85 },
      // "**Stage 2. Baseline.** TF-IDF extractive summary …": the label and what it is, in two sentences of one line.
      { parts: ['baseline', 'simple'], weight: 0.8, within: 'unit' },
      { parts: ['baseline'], weight: 0.3 },
      // A label line says what the baseline is even in words no cue knows; a placeholder or a hedge after it settles nothing.
      { parts: ['baselineLead'], weight: 0.75, minOtherWords: 3 },
      { parts: ['simple', 'compare'], weight: 0.8 },
      // "- A/B test vs rule-based" in a phased plan: every word is a cue, and the item is whole (a question or a hedge still settles nothing).
      { parts: ['simple', 'abAgainst'], weight: 0.8, minOtherWords: 0 },
      { parts: ['simple', 'beatIt'], weight: 0.75, within: 'unit' },
    ],
    headings: { en: ['baseline*'], ru: ['бейзлайн*', 'базов* модел*', 'базов* решен*'], zh: ['基线', '基准'] },
    // A narrow heading: its sub-sections ("### Rule-based heuristic") are the baseline's options.
    headingOverSubsections: true,
    exclude: {
      en: [
        'baseline ctr', 'baseline rate', 'baseline metric*', 'baseline performance of the', 'baseline distribution*', 'baseline statistic*', 'baseline data', 'baseline window',
        'baseline period', 'baseline value*', 'baseline traffic', 'baseline conversion', 'relative to baseline', 'over baseline', 'normalized … baseline', 'normalised … baseline',
        'baseline profile*', 'baseline behavio*', 'baseline histogram*', 'training baseline', 'reference distribution*', 'reference window',
        // A baseline referred to, not said: "beat the baseline by 2%", "treatment against the baseline", "baseline latency is 80 ms".
        '{against|beat|beats|beating|outperform*|over|than|vs|versus|above|below} the baseline', '{vs|versus|than|against|over} baseline', 'compared {with|to} baseline', 'baseline feature*',
        // A pretrained model to fine-tune is a starting point of training, not something to beat; so is a starting point of the analysis.
        '{pretrained|pre trained|foundation|base|open weights} model … starting point', 'starting point … {fine tun*|finetun*|lora|adapt*}', 'starting point {for|of} the {features|data|design|architecture|analysis|discussion|prompt*}', 'baseline {latency|cost|throughput|load|qps|level|numbers|results}',
        // A property of items, not a popularity ranking: "compare the popularity of items across regions".
        '{compar*|analy*|measur*|track*|distribution of|chang* in|shift* in|estimat*} … popularity of', 'popularity of … {varies|vary|differs|differ|changes|change|across|over time|between|among}',
        // A baseline of the system, not of the model: "baseline architecture", "a performance baseline for CPU", "refresh the baseline monthly" (drift).
        'baseline {architecture|design|requirement*|infrastructure|infra|setup|configuration|config|security|hardware|capacity|budget|sla|slo*|alert*|threshold*|snapshot*|dashboard*|service*}',
        '{performance|resource|cpu|memory|load|latency|cost|drift|monitoring|statistical|feature|data} baseline*', '{refresh*|update*|recompute*|reset*} the baseline',
        // A scheduler, not beating anything.
        'celery beat',
        // The model the design ships, not the one it must beat: "The main model is gradient boosting …"; and a baseline left unnamed.
        '{main|primary|final|chosen|production|target} model {is|will be|uses|} …', '{some|any} {kind of|sort of|} baseline',
        // The model in production as an experiment's control is an A/B test, not a baseline proposed to beat offline.
        '{a b|ab test*|experiment*|treatment|control|canary|traffic} … {current|existing|production|old|legacy|incumbent} {model|system|ranker|version}',
        '{current|existing|production|old|legacy|incumbent} {model|system|ranker|version} … {a b|ab test*|experiment*|treatment|control|canary|traffic}',
        // Other senses of the simple words: an API version, heuristics that make labels, popularity as a feature.
        '{api|endpoint*|schema|sdk|service} v1', 'v1 of the {api|endpoint|schema|sdk|service|app|ui}', 'heuristic* to {label|annotate|filter|clean|generate|produce|bootstrap}', 'heuristic label*', 'weak label*',
        'popularity {feature*|signal*|count*|statistic*|stats|score* as a feature}',
        // BM25 as half of a hybrid retriever is the design, not a baseline; a generic alternative named to motivate an LLM is not one either;
        // a baseline score ("our eval baseline is 70 %") names no model.
        'bm25 {+|and|plus|with} {vector*|dense|embedding*|semantic|knn}', '{hybrid|semantic|vector|dense} … keyword {search|matching|lookup}', 'keyword {search|matching|lookup} … {hybrid|semantic|vector|dense|fus*}', '{hybrid|vector|dense|semantic} … bm25', 'bm25 … hybrid',
        '{traditional|conventional|classic|classical} {rule based|rules based|rules|keyword*|heuristic*|approach*|systems|methods|search|ml}',
        '{eval|evaluation|quality|accuracy|score|success|benchmark} baseline*', 'baseline {is|of|at|was} # %',
      ],
      ru: ['{основн*|главн*|финальн*|целев*} модел* …', 'как* {нибудь|то} бейзлайн*', 'как* {нибудь|то} базов* модел*', 'базов* распределен*', 'базов* уровн* метрик*', 'базов* статистик*', 'базов* {архитектур*|конфигурац*|требовани*|инфраструктур*}', '{чем|против|над} бейзлайн*', 'популярност* {товар*|категори*|контент*}',
        '{a b|аб тест*|эксперимент*|контрольн*|трафик*} … {текущ*|существующ*|прод*|стар*} {модел*|систем*|верси*}', '{текущ*|существующ*|стар*} {модел*|систем*|верси*} … {a b|аб тест*|эксперимент*|контрольн*|трафик*}',
        'эвристик* {для разметк*|для фильтрац*}', 'признак* популярност*',
        // "Базовая модель" is also the pretrained model an LLM system fine-tunes or prompts.
        'базов* модел* … {дообуч*|файнтюн*|fine tun*|lora|llm|ллм|llama*|qwen*|gpt*|mistral*|gemma*|bert*|claude*|yandexgpt|gigachat|t5|предобучен*|претрейн*|языков*}',
        '{дообуч*|файнтюн*|предобучен*|языков*|llm|ллм} … базов* модел*', '{против|по сравнению с|относительно} бейзлайн*'],
      // Head vs long tail is an analysis of items, not a baseline.
      zh: ['基线分布', '基线数据', '基线配置', '基线架构', '基线要求', '性能基线', '安全基线', '热门…长尾', '长尾…热门', '超过基线', '优于基线',
        // A plot's reference line, not a model: "监控图表上的基线（虚线）表示上周同期", "折线图的基线".
        '{图表|折线图|柱状图|曲线图|看板|仪表盘|坐标轴}…基线', '基线{虚线|实线|参考线}',
        // A baseline of data, traffic, metrics or a system is a reference state, not a model: "数据基线为 1 月的日志快照".
        '{数据|日志|流量|指标|性能|安全|代码|版本|配置|环境|容量}基线'],
    },
    name: 'baseline',
    minOtherWords: 1,
  },
});
