// Models and architectures by name, shared by the rules that ask which model: a
// justification is of a named model (model-justification), and a baseline is
// settled by saying which model or heuristic it is (baseline-model).
import type { CueSet } from '../../server/engine/rule-kit.js';

/** Models and architectures by name: what a choice is a choice of. */
export const MODEL_NAMES: CueSet = {
  en: [
    'gbdt', 'gbm', 'xgboost', 'lightgbm', 'catboost', 'gradient boost*', 'boosted trees', 'random forest*', 'decision tree*', 'logistic regression', 'linear regression', 'linear model*', 'naive bayes', 'svm',
    'neural network*', 'neural net*', 'deep learning', 'deep model*', 'dnn', 'mlp', 'transformer*', 'bert', 'roberta', 'distilbert', 'llm*', 'gpt*', 'claude', 'gemini', 'llama*', 'mistral', 'small language model*', 'slm',
    'two tower*', 'dual encoder*', 'bi encoder*', 'cross encoder*', 'matrix factori*', 'collaborative filtering', 'factorization machine*', 'deepfm', 'wide and deep', 'wide deep', 'dcn', 'din', 'dien', 'gnn*',
    'graph neural', 'cnn*', 'rnn*', 'lstm*', 'gru', 'resnet*', 'efficientnet*', 'yolo*', 'vit', 'arima', 'sarima', 'prophet', 'ensemble*', 'knn', 'nearest neighbo*', 'bm25', 'embedding model*',
    'sentence transformer*', 'react {agent*|loop*|pattern|style}', 'single agent', 'multi agent*', 'agent loop*', 'agentic {loop*|workflow*|approach}', '{fixed|deterministic} {chain|pipeline|workflow}', 'rag', 'retrieval augmented', 'two stage', 'multi stage', 'isolation forest', 'random walk*', 'pagerank', 'page rank', 'autoencoder*', 'survival model*', 'cox',
    // Multi-task and CTR architectures, named as they are in any language.
    'mmoe', 'ple', 'esmm', 'dcn v2', 'dcnv2', 'autoint', 'xdeepfm', 'sasrec', 'bert4rec', 'ncf', 'xlm r', 'xlm roberta', 'qwen*', 'deepseek*', 'gigachat', 'yandexgpt', 'yandex gpt', 'gemma', 'mixtral', 'chatglm', 'baichuan', 'tft', 'n beats', 'nbeats', 'deepar', 'sarimax', 'ets', 'holt winters',
    'unsupervised', 'supervised learning', 'self supervised', 'semi supervised', 'reinforcement learning', 'clustering', 'k means', 'contrastive learning', 'fine tun* {a|the|an} …', 'zero shot', 'few shot',
  ],
  ru: ['unsupervised', 'без учителя', 'с учителем', 'кластеризац*', 'обучени* с подкреплением', 'бустинг*', 'градиентн* бустинг*', 'случайн* лес*', 'логистическ* регресси*', 'линейн* модел*', 'нейросет*', 'нейронн* сет*', 'трансформер*', 'двухбашенн*', 'матричн* разложени*', 'коллаборативн* фильтрац*', 'ансамбл*', 'эвристик*', 'на правилах'],
  zh: ['无监督', '监督学习', '强化学习', '聚类', '梯度提升', '随机森林', '孤立森林', '决策树', '自编码器', '逻辑回归', '线性模型', '神经网络', '深度学习', '双塔', '协同过滤', '矩阵分解', '大模型', '大语言模型', '规则', '通义千问', '文心一言'],
};
