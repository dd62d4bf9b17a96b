// Which words of a section heading name which framework step, in English,
// Russian and Chinese (phrase syntax: text/phrases.ts). How a heading that
// names several is decided is steps.ts's job; this is the vocabulary.
//
// `strong` cues name a step by themselves ("Evaluation", "Мониторинг",
// "线上服务"). `weak` cues name one only when nothing stronger is in the
// heading: "architecture" alone is the serving architecture (the components
// a request passes through), but "Data architecture" is data and "Model
// architecture" the model. Multi-word cues win over the words inside them:
// "business metrics" is a requirement, "training data" is data.
//
// Decisions a reader might question, made once here:
// - "Data architecture", "Data pipeline", "Data flow" are data, even when the
//   section describes the request path: the writer called it data.
// - "Feature store" is serving (the catalog's feature-store rule is about
//   serving the same features online as offline); "Feature engineering" is data.
// - "Retraining" is monitoring (keeping the model fresh after launch);
//   "Training" is the model.
// - "Pilot" (Russian course templates: "Подготовка пилота") is evaluation:
//   the pilot is the online experiment.
// - "Methodology", "Overview", "System design", "Risks", "Trade-offs" name
//   no step: a fix for a step must not land at the end of a section that
//   holds the whole design.
// - "Problem" alone is a requirement, but only weakly: "Cold start problem"
//   is data, "Problem framing" is framing.
import type { CueSet } from './judge/concept.js';
import type { Step } from './types.js';

export interface StepHeadingCues {
  strong: CueSet;
  weak?: CueSet;
}

export const STEP_HEADINGS: Readonly<Record<Step, StepHeadingCues>> = {
  requirements: {
    strong: {
      en: [
        'requirement*', 'business', 'goal*', 'non goal*', 'nongoal*', 'anti goal*', 'objective*', 'scope', 'constraint*', 'restriction*',
        'assumption*', 'prerequisite*', 'success criteri*', 'success metric*', 'business metric*', 'product metric*', 'business kpi*', 'kpi*',
        'clarif*', 'use case*', 'stakeholder*', 'motivation', 'background', 'context', 'problem statement', 'business problem*', 'business task*',
        'capacity estimat*', 'scale estimat*', 'back of the envelope', 'sla', 'slas', 'privacy', 'compliance',
      ],
      ru: [
        'требован*', 'бизнес*', 'цель', 'цели', 'задач* бизнес*', 'ограничен*', 'скоуп*', 'рамк*', 'границ*', 'предпосылк*', 'допущен*',
        'обоснован*', 'зачем', 'мотивац*', 'контекст*', 'предыстор*', 'критери* успех*', 'успех*', 'kpi',
        'конфиденциальн*', 'приватн*', 'персональн* данн*', 'оценк* нагрузк*',
      ],
      zh: [
        '需求', '要求', '前提', '业务目标', '业务背景', '项目背景', '背景', '目标', '范围', '约束', '限制', '成功指标', '成功标准', '验收标准', '业务指标', '隐私', '合规', '问题描述', '痛点',
        '用户场景', '使用场景', '规模估算', '容量估算', '容量评估', '容量规划', '流量估算', '量级',
      ],
    },
    weak: {
      en: ['problem', 'security', 'introduction'],
      ru: ['безопасност*', 'введени*', 'пользовател*'],
      zh: ['安全', '简介'],
    },
  },
  framing: {
    strong: {
      en: [
        'framing', 'frame', 'formulation', 'formulat*', 'ml objective*', 'ml problem*', 'ml task*', 'machine learning task*', 'machine learning problem*',
        'learning task*', 'task definition', 'technical task*', 'prediction target', 'target variable', 'inputs … outputs',
        'input … output', 'task type', 'training objective*', 'learning objective*', 'optimization objective*',
      ],
      ru: ['постановк*', 'формулировк*', 'ml задач*', 'ml-задач*', 'задач* машинн* обучен*', 'тип* задач*', 'целев* переменн*', 'целев* метрик* модел*'],
      zh: ['问题建模', '问题定义', '问题抽象', '问题形式化', '优化目标', '建模方式', '任务定义', '机器学习任务', 'ml任务', '预测目标', '输入输出', '目标函数'],
    },
    weak: {
      en: ['input*', 'output*', 'task*', 'target*'],
      zh: ['建模'],
    },
  },
  data: {
    strong: {
      en: [
        'data', 'dataset*', 'training data', 'training label*', 'training set', 'training example*', 'feature*', 'feature engineering', 'label*', 'labeling',
        'labelling', 'annotation*', 'sampl*', 'etl', 'ingest*', 'leakage', 'preprocess*', 'signal*', 'embedding*', 'eda', 'exploratory',
        'data model*', 'ground truth', 'class imbalance', 'imbalance', 'user profile*', 'cold start*', 'train … split', 'data split*',
        'split strateg*',
      ],
      ru: [
        'данн*', 'датасет*', 'выборк*', 'обучающ* выборк*', 'признак*', 'фич*', 'разметк*', 'метк*', 'аннотац*', 'источник*', 'eda',
        'предобработк*', 'обработк* данн*', 'утечк*', 'сэмплирован*', 'дисбаланс*', 'эмбеддинг*', 'сбор* данн*', 'холодн* старт*',
      ],
      zh: ['数据', '数据集', '训练数据', '训练集', '特征', '特征工程', '样本', '标签', '标注', '数据模型', '用户画像', '数据处理', '预处理', '数据泄露', '负采样', '采样', '冷启动', '知识库'],
    },
  },
  model: {
    strong: {
      en: [
        'model*', 'modeling', 'modelling', 'baseline*', 'algorithm*', 'train*', 'training pipeline', 'learning to rank', 'ranker*', 'rank*',
        'candidate generat*', 'candidate retriev*', 'candidate select*', 'candidate sourc*', 'retriev*', 'online learning', 'model architecture', 'network architecture', 'neural architecture', 'ml architecture', 'machine learning architecture',
        'machine learning component', 'ml component', 'hyperparameter*', 'loss*', 'loss function*', 'fine tun*', 'finetun*', 'prompt*', 'llm*',
        'rag', 'agent architecture', 'two tower', 'collaborative filtering', 'heuristic*', 'deep learning', 'neural*',
      ],
      ru: [
        'модел*', 'обучен*', 'бейзлайн*', 'базов* решен*', 'базов* модел*', 'алгоритм*', 'архитектур* модел*', 'архитектур* нейросет*', 'ранжир*',
        'кандидат*', 'функци* потер*', 'гиперпараметр*', 'нейросет*', 'дообучен*', 'промпт*', 'llm', 'rag',
      ],
      zh: ['模型', '算法', '训练', '召回', '检索', '排序', '粗排', '精排', '重排', '基线', '损失函数', '模型选择', '模型架构', '网络结构', '微调', '提示词', '大模型', '在线学习'],
    },
    weak: {
      en: ['approach*', 'method', 'technique*', 'agent*'],
      ru: ['подход*', 'метод', 'претендент*'],
      zh: ['方案', '方法', '技术选型'],
    },
  },
  evaluation: {
    strong: {
      en: [
        'evaluat*', 'offline', 'online', 'a b', 'ab test*', 'a b test*', 'experiment*', 'backtest*', 'validation', 'validation schem*', 'cross validation',
        'error analysis', 'model metric*', 'model performance', 'model quality', 'calibration', 'platt scaling', 'offline metric*', 'online metric*', 'evaluation metric*', 'measuring', 'interleav*', 'pilot*', 'benchmark*',
      ],
      ru: [
        'оценк*', 'оценива*', 'валидац*', 'эксперимент*', 'a b', 'аб тест*', 'пилот*', 'офлайн*', 'оффлайн*', 'онлайн*', 'анализ* ошибок',
        'бенчмарк*',
      ],
      zh: ['评估', '评测', '离线评估', '在线评估', '离线', '线下', '实验', 'a/b', 'ab测试', 'ab实验', '验证', '效果评估', '评价', '模型性能', '模型效果', '线上效果'],
    },
    weak: {
      en: ['metric*', 'measure*', 'testing', 'test*', 'quality'],
      ru: ['метрик*', 'тестирован*', 'тест*', 'показател*', 'качеств*'],
      zh: ['指标', '测试', '召回率', '准确率', '精确率', '效果'],
    },
  },
  serving: {
    strong: {
      en: [
        'serv*', 'deploy*', 'inference', 'rollout', 'roll out', 'launch*', 'release*', 'infrastructur*', 'integrat*', 'api*', 'latenc*',
        'production*', 'productionization', 'feature store', 'training serving skew', 'scaling*', 'scalab*', 'real time', 'realtime', 'request flow', 'request path',
        'caching', 'cache', 'canary', 'shadow', 'fallback*', 'rollback*', 'serving architecture', 'inference architecture', 'inference pipeline', 'load test*',
        'performance optimi*', 'throughput', 'online serving',
      ],
      ru: [
        'внедрен*', 'деплой*', 'развертыван*', 'развёртыван*', 'инференс*', 'сервинг*', 'инфраструктур*', 'интеграц*', 'масштабир*', 'api',
        'production', 'продакшн*', 'продакшен*', 'прод', 'задержк*', 'латентн*', 'производительн*', 'нагрузк*', 'релиз*', 'выкатк*', 'эксплуатац*', 'откат*',
      ],
      zh: [
        '部署', '上线', '服务', '线上服务', '在线服务', '推理', '系统架构', '接口', 'api', '延迟', '时延', '性能', '系统性能', '缓存', '发布', '灰度', '回滚', '工程实现', '扩展性', '高可用',
        '特征存储', '特征平台', '特征服务',
      ],
    },
    weak: {
      en: ['architecture*', 'component*', 'pipeline*', 'stack'],
      ru: ['архитектур*', 'компонент*', 'пайплайн*'],
      zh: ['架构', '技术栈'],
    },
  },
  monitoring: {
    strong: {
      en: [
        'monitor*', 'drift*', 'alert*', 'observab*', 'maintenance', 'maintain*', 'retrain*', 'model update*', 'model refresh*', 'lifecycle',
        'continuous training', 'post launch', 'post deployment', 'on call', 'dashboard*', 'incident*', 'model replac*',
      ],
      ru: ['мониторинг*', 'дрейф*', 'дрифт*', 'ретрейн*', 'переобучени*', 'алерт*', 'оповещен*', 'сопровожден*', 'поддержк* модел*', 'переобучен* модел*', 'обновлен* модел*', 'дашборд*'],
      zh: ['监控', '告警', '报警', '漂移', '运维', '维护', '重训练', '重训', '再训练', '持续训练', '模型更新', '看板'],
    },
  },
};

/**
 * Phrases that hold a step's word but name no step: "Data Scientist's
 * methodology" is not about data, "ML system design" is the whole design.
 */
export const NO_STEP: CueSet = {
  en: ['data scientist*', 'data science', 'system design', 'design doc*', 'design document*', 'ml system*', 'machine learning system*'],
  ru: ['дизайн* ml систем*', 'дизайн* систем*', 'ml систем*'],
  zh: ['系统设计', '设计方案', '设计文档'],
};

/** Words that join two topics in one heading ("Training and evaluation", "训练与评估"): the heading names both. */
export const COORDINATORS: readonly string[] = ['and', 'и', 'а также', '和', '与', '及', '以及', '并'];

/** Words after which an English heading's head noun has been said ("Evaluation of the ranking model"). */
export const HEAD_ENDS: readonly string[] = [
  'of', 'for', 'in', 'on', 'with', 'to', 'at', 'by', 'from', 'via', 'using', 'per', 'across', 'under', 'over', 'against', 'into', 'through', 'vs', 'versus',
];
