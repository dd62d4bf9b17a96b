// What tells an ML design doc from the other Markdown in a repository, as
// data in English, Russian and Chinese (phrase syntax: text/phrases.ts).
// detect.ts weighs these signals; the words are here.
import type { CueSet } from './judge/concept.js';

/** The marker mldl writes into its own reports (Markdown, HTML, scorecard), so a saved report is never linted as a design doc. */
export const REPORT_MARKER = '<!-- mldl-report -->';

/**
 * ML concepts a design doc talks about, one key per concept whatever the
 * language, so a doc that mixes languages counts each concept once. Only the
 * ML sense counts: "data model", "feature flag" and "UI label" are software
 * words (NOT_ML below hides them).
 */
export const ML_CONCEPTS: Readonly<Record<string, CueSet>> = {
  'machine learning': {
    // "AI" as a product's own name for its ML ("an AI assistant", "GenAI features", "ИИ-ассистент", "AI 质检"):
    // capitals only, so the Chinese verb-ish "ai" or a name like "Ai Weiwei" in lower case is not one.
    en: ['machine learning', '!ML', 'ml model*', 'ml system*', 'ml pipeline*', 'ml platform', 'artificial intelligence', '!AI', '!GenAI', '!GENAI', 'gen ai', 'generative ai', 'deep learning', 'neural*',
      // Learning paradigms and multimodal models: a design names them for its approach as often as it says "ML".
      'reinforcement learning', 'supervised learning', 'unsupervised learning', 'semi supervised', 'self supervised', 'transfer learning', 'active learning',
      'contrastive learning', 'multimodal', 'multi modal'],
    ru: ['машинн* обучен*', 'нейросет*', 'нейронн* сет*', 'нейронк*', 'глубок* обучен*', 'искусствен* интеллект*', '!ИИ', 'мультимодальн*'],
    zh: ['机器学习', '深度学习', '神经网络', '人工智能', '!AIGC', '生成式', '强化学习', '监督学习', '半监督', '自监督', '迁移学习', '主动学习', '对比学习', '多模态'],
  },
  model: { en: ['model', 'models', 'modeling', 'modelling', 'classifier*', 'regressor*'], ru: ['модел*', 'классификатор*'], zh: ['模型', '分类器'] },
  training: {
    en: ['train', 'trains', 'trained', 'training', 'retrain*', 'fine tun*', 'finetun*', 'pretrain*', 'pre train*', '!LoRA', '!QLoRA', '!SFT', '!RLHF', 'knowledge distillation', 'model distillation', 'distilled model*'],
    ru: ['обучен*', 'обуча*', 'дообуч*', 'переобуч*', 'дистилляц*'],
    zh: ['训练', '微调', '知识蒸馏', '模型蒸馏'],
  },
  features: { en: ['feature engineering', 'feature vector*', 'feature store', 'input feature*', 'features'], ru: ['признак*', 'фич*'], zh: ['特征'] },
  labels: { en: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling', 'ground truth', 'annotat*'], ru: ['разметк*', 'размеч*', 'таргет*', 'целев* переменн*', 'асессор*'], zh: ['标签', '标注', '样本'] },
  dataset: { en: ['dataset*', 'training data', 'training set', 'test set', 'validation set', 'eval set', 'evaluation set', 'golden set', 'holdout', 'train … split', 'data augmentation'],
    ru: ['датасет*', 'выборк*', 'набор* данн*', 'аугментац*'],
    zh: ['数据集', '训练集', '测试集', '评测集', '验证集', '数据增强'],
  },
  inference: { en: ['inference'], ru: ['инференс*'], zh: ['推理'] },
  prediction: { en: ['predict*', 'forecast*'], ru: ['предсказ*', 'прогноз*'], zh: ['预测', '预估'] },
  classification: { en: ['classif*', 'binary classification', 'multiclass', 'multi class'], ru: ['классифик*'], zh: ['分类'] },
  regression: { en: ['regression'], ru: ['регресс*'], zh: ['回归'] },
  ranking: { en: ['ranking', 'ranker*', 'learning to rank', 're rank*', 'rerank*'], ru: ['ранжир*', 'реранк*'], zh: ['排序', '精排', '粗排'] },
  recommendation: { en: ['recommend*', 'recommender*', 'recsys', 'personali*'], ru: ['рекоменд*', 'персонализ*'], zh: ['推荐', '个性化'] },
  'offline metrics': {
    en: ['precision', 'recall', '!AUC', 'auc', 'roc', 'pr auc', 'f1', 'ndcg*', '!MAP', '!MRR', 'mae', 'rmse', 'mape', 'log loss', 'logloss', 'accuracy', 'bleu', 'rouge', 'perplexity',
      // A detector's and a segmenter's: mean average precision and intersection over union ("mAP@0.5", "IoU").
      '!mAP', '!IoU', 'intersection over union', 'mean average precision'],
    ru: ['точност*', 'полнот*', 'метрик* качеств*'],
    zh: ['准确率', '召回率', '精确率', '精准率'],
  },
  'online metrics': { en: ['!CTR', '!CVR', 'click through', 'conversion rate', 'a b test*', 'ab test*', 'online experiment*'], ru: ['a b тест*', 'аб тест*', 'конверси*'], zh: ['点击率', '转化率', 'a/b', 'ab实验', 'ab测试', '在线实验'] },
  evaluation: {
    en: ['offline evaluation', 'online evaluation', 'model evaluation', 'evaluation metric*', 'cross validation', 'validation scheme*', 'backtest*'],
    ru: ['оценк* качеств*', 'валидац*', 'кросс валидац*'],
    // "评测" is also a product review; these are an ML system's ("离线评测", "人工评测").
    zh: ['离线评估', '模型评估', '评估指标', '交叉验证', '离线评测', '在线评测', '人工评测', '自动评测', '模型评测', '效果评测', '效果评估', '评测指标', '回测'],
  },
  baseline: { en: ['baseline*'], ru: ['бейзлайн*', 'базов* модел*', 'базов* решен*'], zh: ['基线'] },
  embeddings: { en: ['embedding*', 'vector database*', 'vector store*', 'vector index*', 'vector search', 'ann index*', 'nearest neighbo*', 'similarity search', 'semantic search', 'cosine similarity', 'semantic similarity',
      // Vector indexes and stores by name: a retrieval design names its store more than it says "embedding".
      'faiss', 'milvus', 'pinecone', 'qdrant', 'weaviate', 'chromadb', 'pgvector'],
    ru: ['эмбеддинг*', 'векторн*'],
    zh: ['向量', '嵌入', '语义检索', '语义匹配', '语义相似', '余弦相似'],
  },
  // An LLM product's design names few concepts outside these, so the LLM itself, its prompts, retrieval-augmented
  // generation and keeping answers grounded count as four: one key for all of them left a Chinese RAG or agent
  // design (大模型, Prompt, 知识库检索, 幻觉) with too few concepts to be reviewed.
  llm: {
    en: ['!LLM', '!LLMs', 'llm*', 'large language model*', 'language model*', 'gpt*', 'qwen*', 'deepseek*', 'chatglm*', 'llama*', 'mistral*', 'baichuan*', 'ernie bot', 'chatgpt', 'openai', 'claude sonnet', 'claude opus', 'claude haiku', 'gemini pro', 'gemini flash'],
    ru: ['llm', 'языков* модел*', 'гигачат*', 'yandexgpt'],
    zh: ['大模型', '大语言模型', '语言模型', '通义千问', '千问', '文心一言', '豆包大模型', '智谱', '混元大模型'],
  },
  prompting: {
    en: ['prompt engineering', 'prompt', 'prompts', 'system prompt*', 'prompt template*', 'few shot', 'chain of thought', 'in context learning', 'context window'],
    ru: ['промпт*'],
    zh: ['提示词', '提示工程', '少样本', '思维链', '上下文窗口'],
  },
  rag: {
    en: ['!RAG', 'retrieval augmented', 'retrieval-augmented', 'chunking', 'chunk size', 'langchain', 'llamaindex', 'llama index'],
    ru: ['генераци* с дополнени* поиск*', 'чанк*'],
    zh: ['检索增强', '知识库问答', '文本切分', '文档切分', '切块'],
  },
  grounding: {
    en: ['hallucinat*', 'guardrail*', 'grounded', 'groundedness', 'faithfulness', 'llm as a judge', 'llm as judge'],
    ru: ['галлюцинац*'],
    zh: ['幻觉', '护栏', '忠实度', '事实一致性'],
  },
  agent: {
    en: ['ai agent*', 'agentic*', 'llm agent*', 'autonomous agent*', 'agent loop', 'tool call*', 'tool use', 'function calling', 'multi agent', 'react loop', 'plan act observe', 'planner',
      'voice agent*', 'conversational agent*', 'chatbot*', 'chat bot*', 'virtual assistant*', 'copilot*', 'ai assistant*',
      // Frameworks and platforms an LLM agent is built on: a Chinese agent design names them more than it says "agent".
      'langgraph', 'autogen', 'crewai', 'dify', 'coze', 'fastgpt', 'model context protocol', '!MCP',
    ],
    ru: ['ai агент*', 'ии агент*', 'llm агент*', 'агентн*', 'вызов* инструмент*', 'чат бот*', 'голосов* ассистент*', 'виртуальн* ассистент*', 'ии {ассистент*|помощник*}'],
    zh: ['智能体', 'ai代理', '工具调用', '聊天机器人', '对话系统', '智能客服', 'ai助手'],
  },
  retrieval: { en: ['retriev*', 'candidate generation', 'candidate retrieval', 'two tower', 'collaborative filtering', 'matrix factori*', 'reranker*'], ru: ['кандидат*', 'коллаборативн* фильтрац*', 'поиск* релевантн*', 'ретрив*'], zh: ['召回', '协同过滤', '双塔', '检索'] },
  loss: { en: ['loss function*', 'cross entropy', 'objective function', 'gradient*', 'hyperparameter*', 'overfit*', 'underfit*', 'learning rate*'], ru: ['функци* потерь', 'градиент*', 'гиперпараметр*'], zh: ['损失函数', '梯度', '超参数', '过拟合', '欠拟合', '交叉熵', '学习率'] },
  algorithms: {
    en: ['logistic regression', 'gradient boost*', 'gbdt', 'xgboost', 'lightgbm', 'catboost', 'random forest*', 'decision tree*', 'transformer*', '!BERT', 'cnn', 'lstm', 'rnn', 'k means', 'clustering',
      // Model families by name: a vision, speech or recommender design names its model ("YOLOv8", "ResNet-50", "DeepFM")
      // where another would say "the model".
      'yolo*', 'resnet*', 'efficientnet*', 'mobilenet*', '!ViT', 'vision transformer*', 'u net', 'unet', 'mask r cnn', 'faster r cnn', 'detr',
      '!SVM', 'support vector*', 'naive bayes', '!GAN', '!GANs', 'autoencoder*', 'diffusion model*', 'stable diffusion', '!GNN', 'graph neural*',
      'deepfm', 'wide and deep', '!DSSM', 'word2vec', 'item2vec', 'node2vec', 'fasttext', 'arima'],
    ru: ['градиентн* бустинг*', 'бустинг*', 'случайн* лес*', 'кластеризац*', 'трансформер*', 'автоэнкодер*', 'наивн* байес*'],
    zh: ['梯度提升', '随机森林', '决策树', '聚类', '支持向量机', '朴素贝叶斯', '自编码器', '生成对抗网络', '卷积神经网络'],
  },
  // A recommender's first users and items, and the rare class of a classifier: a design names them as problems to
  // solve even in a stub that says little else ("challenges: cold start, imbalanced data").
  'cold start': { en: ['cold start*'], ru: ['холодн* старт*'], zh: ['冷启动'] },
  imbalance: {
    en: ['class imbalance', 'imbalanced data*', 'imbalanced class*', 'imbalanced label*', 'data imbalance', 'negative sampling', 'oversampl*', 'undersampl*', '!SMOTE'],
    ru: ['дисбаланс* класс*', 'несбалансирован* {класс*|данн*|выборк*}', 'оверсэмплинг*', 'андерсэмплинг*'],
    zh: ['样本不均衡', '样本不平衡', '类别不平衡', '类别不均衡', '数据不平衡', '数据不均衡', '负采样', '过采样', '欠采样'],
  },
  drift: { en: ['drift*', 'distribution shift*', 'data shift', 'concept shift', 'training serving skew'], ru: ['дрейф*', 'дрифт*'], zh: ['漂移'] },
  'ml tasks': {
    en: ['fraud detection', 'anomaly detection', 'churn prediction', 'click prediction', 'speech recognition', 'speech synthesis', 'computer vision', 'object detection', 'image classification', 'natural language processing', '!NLP', 'sentiment', 'text to speech', '!TTS', '!ASR', 'ocr', 'question answering', 'named entity', 'machine translation',
      'image segmentation', 'semantic segmentation', 'instance segmentation', 'segmentation model*', 'pose estimation', 'object tracking', 'face recognition',
      'image recognition', 'defect detection', 'speech to text', 'optical character recognition', '!NER', 'credit scoring', 'customer churn',
      'uplift model*', 'propensity model*', 'contextual bandit*', 'multi armed bandit*', 'bounding box*', 'object detector*'],
    ru: ['распознаван*', 'синтез* реч*', 'компьютерн* зрен*', 'обработк* естествен* язык*', 'детекц* аномал*', 'антифрод*', 'фрод*', 'отток*', 'вопросно ответн*',
      // "Детекция" alone is object detection in a design ("детекция людей и касок"); "скоринг" is a scoring model.
      'детекц*', 'детектор* объект*', 'ограничива* рамк*', 'сегментац* изображен*', 'семантическ* сегментац*', 'скоринг*', 'uplift модел*'],
    zh: ['欺诈检测', '异常检测', '语音识别', '语音合成', '计算机视觉', '目标检测', '自然语言处理', '流失预测', '智能问答', '机器翻译', '意图识别', '实体识别', '情感分析', '文本分类', '图像识别', '人脸识别', '图像分类', '反欺诈', '信用评分', '评分卡', '违约预测',
      '图像分割', '语义分割', '实例分割', '姿态估计', '目标跟踪', '缺陷检测', '文字识别', '车牌识别', '行为识别', '检测框', '边界框'],
  },
};

/**
 * Words that are an ML concept only in a doc that names a language model: there an "Agent" ("由 Agent 调用工单接口",
 * «агент назначает группу») is an LLM agent and a knowledge base ("知识库", «база знаний») is what it retrieves from.
 * Alone they are a monitoring agent, a travel agent or a wiki, so detect.ts counts them only next to the llm concept.
 */
export const LLM_CONTEXT_CONCEPTS: Readonly<Record<string, CueSet>> = {
  agent: { en: ['agent', 'agents'], ru: ['агент', 'агенты', 'агента', 'агентов', 'агенту', 'агентом'], zh: [] },
  rag: { en: ['knowledge base*'], ru: ['баз* знаний'], zh: ['知识库'] },
};

/** Phrases with an ML word in a software sense: their words do not count as ML concepts. */
export const NOT_ML: CueSet = {
  en: [
    'data model*', 'domain model*', 'object model*', 'business model*', 'pricing model*', 'threat model*', 'mental model*', 'programming model*',
    'permission model*', 'security model*', 'feature flag*', 'feature toggle*', 'feature request*', 'new feature*', 'key feature*', 'features include',
    'product feature*', 'model view controller', 'release label*', 'issue label*', 'github label*', 'pull request label*', 'train of thought',
    'precision of', 'recall that',
  ],
  ru: ['модел* данн*', 'бизнес модел*', 'модел* угроз*', 'нов* функц*'],
  zh: ['数据模型', '商业模式'],
};

/**
 * Headings of a design doc, whatever the system: what it must do and why,
 * what was decided and what could go wrong. With ML concepts in the text they
 * make a design doc; without them, a software design doc (not linted).
 */
export const DESIGN_HEADINGS: CueSet = {
  en: [
    'requirement*', 'goal*', 'non goal*', 'objective*', 'scope', 'constraint*', 'assumption*', 'problem statement', 'problem framing', 'problem definition',
    'motivation', 'background', 'proposal', 'proposed design', 'proposed solution', 'design', 'architecture', 'high level design', 'alternative*',
    'trade off*', 'tradeoff*', 'risk*', 'failure mode*', 'open question*', 'success metric*', 'success criteri*', 'capacity estimat*', 'scal*',
    'rollout', 'launch plan', 'monitoring', 'evaluation', 'data flow', 'request flow', 'core component*', 'api design', 'security', 'privacy',
    'cost*', 'latency', 'use case*', 'key design decision*', 'design decision*', 'deployment', 'serving', 'mvp', 'pilot*', 'methodology',
  ],
  ru: [
    'требован*', 'цель', 'цели', 'задач*', 'ограничен*', 'скоуп*', 'предпосылк*', 'допущен*', 'постановк*', 'архитектур*', 'дизайн*',
    'альтернатив*', 'риск*', 'внедрен*', 'мониторинг*', 'оценк*', 'метрик*', 'пилот*', 'методолог*', 'инфраструктур*', 'масштаб*',
    'безопасност*', 'издержк*', 'блок схем*', 'этап* решен*', 'обоснован*', 'бизнес*',
  ],
  zh: ['需求', '目标', '背景', '范围', '约束', '架构', '设计', '方案', '风险', '权衡', '评估', '监控', '部署', '上线', '指标', '技术选型', '性能', '成本'],
};

/**
 * Headings that open an exercise of a course page or a homework sheet ("Exercise 2: Design a search ranking system",
 * "Задание 3. …", "练习一：…"): tasks set for a reader, not a design of one system. Not "Task" or "задача" alone, which a
 * design's own headings use ("Постановка задачи"), nor "техническое задание" (a specification).
 */
export const EXERCISE_HEADINGS: CueSet = {
  en: ['exercise', 'exercises', 'assignment', 'homework', 'problem set', 'practice problem*', 'lab', 'quiz'],
  ru: ['упражнени*', 'задание #', 'домашн* задани*', 'практическ* задани*', 'лабораторн* работ*', 'контрольн* вопрос*'],
  zh: ['练习', '习题', '作业', '课后作业', '思考题', '实验任务'],
};

/**
 * Headings about the document itself (a design exported from Feishu, Confluence or Notion opens with them):
 * "文档信息", "Revision history". They count for nothing; they only keep "文档" (a README's "Documentation") from
 * being read inside them.
 */
export const DOC_META_HEADINGS: CueSet = {
  en: ['document info*', 'document history', 'document control', 'revision history', 'change history', 'doc info*'],
  ru: ['информаци* о документ*', 'истори* версий документ*', 'лист изменений'],
  zh: ['文档信息', '文档说明', '文档版本', '文档历史', '文档修订记录', '文档变更记录', '文档状态', '文档目的', '修订记录', '修订历史', '版本记录', '变更记录'],
};

/** Titles (first heading) that say the doc is a system design. */
export const DESIGN_TITLES: CueSet = {
  en: ['design doc*', 'design document*', 'system design', 'design of', 'design a', 'design an', 'designing', 'case study', 'technical design', 'rfc', 'ml design'],
  ru: ['дизайн*', 'проектирован*', 'архитектур*'],
  zh: ['设计', '系统设计', '设计方案', '设计文档', '架构'],
};

/**
 * Headings of a model card or a dataset card (Hugging Face's templates and
 * their kin): what a published model or data set is, how to load it, what it
 * was trained on and how it scored. They describe an artifact, not a system
 * to build, so a card is skipped even though it talks about models, training
 * and metrics all along.
 */
export const CARD_HEADINGS: CueSet = {
  en: [
    'model card*', 'dataset card*', 'data card*', 'model detail*', 'model description', 'model summary', 'model sources', 'model card contact', 'model card authors',
    'intended use*', 'out of scope use*', 'direct use', 'downstream use', 'uses', 'how to get started with the model', 'training procedure', 'training hyperparameters',
    'training results', 'framework versions', 'bias risks and limitations', 'limitations and bias*', 'bias and limitations', 'environmental impact',
    'technical specifications', 'compute infrastructure', 'citation information', 'licensing information', 'dataset summary', 'dataset description',
    'dataset structure', 'data fields', 'data instances', 'data splits', 'supported tasks*', 'source data', 'curation rationale', 'personal and sensitive information',
    'considerations for using the data', 'social impact of dataset', 'discussion of biases', 'dataset curators', 'evaluation results', 'caveats and recommendations',
    'quantitative analyses', 'additional information',
  ],
  ru: ['карточк* модел*', 'карточк* датасет*', 'карточк* набор* данн*', 'предполагаем* использован*', 'назначени* модел*', 'ограничени* и смещени*', 'верси* фреймворк*', 'цитирован*'],
  zh: [
    '模型卡片', '模型卡', '数据集卡片', '模型介绍', '模型简介', '模型描述', '模型详情', '模型基本信息', '模型信息', '模型下载', '模型列表', '评测结果', '预期用途',
    '免责声明', '免责申明', '模型开源协议', '数据集介绍', '数据集简介', '数据集结构', '数据字段', '数据划分', '训练超参数', '更新历史', '更新信息',
  ],
};

/** Titles of a model or dataset card. */
export const CARD_TITLES: CueSet = {
  en: ['model card', 'dataset card', 'data card', 'datasheet for'],
  ru: ['карточк* модел*', 'карточк* датасет*', 'карточк* набор* данн*'],
  zh: ['模型卡片', '模型卡', '数据集卡片'],
};

/**
 * Front matter keys of a model or dataset card's metadata (the Hugging Face
 * Hub's card metadata): a design doc's front matter has none of them.
 */
export const CARD_METADATA_KEYS: ReadonlySet<string> = new Set([
  'model-index', 'pipeline_tag', 'library_name', 'base_model', 'task_categories', 'task_ids', 'size_categories', 'annotations_creators', 'language_creators',
  'source_datasets', 'dataset_info', 'pretty_name', 'paperswithcode_id', 'multilinguality',
]);

/** Titles of a guide to designing in general: a framework, a checklist, a template, interview questions. */
export const GUIDE_TITLES: CueSet = {
  en: ['framework', 'guide', 'handbook', 'cheat sheet', 'cheatsheet', 'checklist', 'template', 'tips', 'interview questions', 'question bank', 'how to answer', 'playbook', 'primer', 'tutorial'],
  ru: ['шаблон*', 'чеклист*', 'чек лист*', 'гайд*', 'руководств*', 'шпаргалк*', 'вопрос* {к|для|на} собеседовани*', 'как отвечать'],
  // A bank of interview questions is a guide ("面试题汇总"); one question and its answer ("面试题：如何设计短视频推荐？")
  // is a design, so "面试题" alone is not a guide's title.
  zh: ['框架', '指南', '模板', '清单', '面试指南', '速查', '面试题汇总', '面试题合集', '面试题大全', '面试题集锦', '常见面试题', '高频面试题', '面试八股', '答题技巧', '答题思路', '答题套路'],
};

/** Headings of a software project's README: how to get, run and contribute to code. */
export const PROJECT_HEADINGS: CueSet = {
  en: [
    'install*', 'installing', 'setup', 'set up', 'getting started', 'get started', 'quick start', 'quickstart', 'usage', 'how to use', 'how to run',
    'running', 'run locally', 'local development', 'development', 'building', 'build from source', 'contribut*', 'license', 'licence', 'citation',
    'cite', 'acknowledg*', 'api reference', 'reference', 'examples', 'faq', 'tests', 'running tests', 'testing locally', 'troubleshooting',
    'changelog', 'release notes', 'roadmap', 'support', 'authors', 'maintainers', 'community', 'sponsors', 'badges', 'prerequisites',
    'dependencies', 'configuration', 'options', 'command line', 'cli', 'docker', 'deploy to', 'project structure', 'directory structure',
    'repository structure', 'folder structure', 'demo', 'screenshots', 'features', 'table of contents', 'documentation', 'links', 'credits',
    // Preparing the machine to run the code ("Environment setup", "Создание окружения", "环境搭建").
    'environment setup', 'setting up the environment', 'development environment',
  ],
  ru: [
    'установк*', 'запуск*', 'как {запустить|использовать|установить|собрать|воспроизвести}', 'быстр* старт*', 'начал* работ*', 'лицензи*', 'участи* в разработк*', 'вклад*', 'благодарност*',
    'структур* проект*', 'структур* репозитор*', 'авторы', 'контакты',
    'как работать с {проектом|репозиторием|кодом}', 'работа с {проектом|репозиторием}', 'создани* окружени*', 'подготовк* окружени*', 'виртуальн* окружени*',
  ],
  zh: ['安装', '快速开始', '快速上手', '使用方法', '使用说明', '用法', '贡献', '许可证', '许可', '开源协议', '致谢', '项目结构', '目录结构', '常见问题', '联系方式',
    '环境配置', '环境准备', '环境搭建', '环境要求', '开发环境'],
};

/**
 * README headings that are also a design's topics once they have an object: "文档" (Documentation) but "文档解析"
 * (parsing the documents a RAG system answers from), "配置" but "配置管理", "Сборка" but "Сборка датасета",
 * "Настройка порога". They count as a README's only alone or with a word of README_QUALIFIERS ("配置说明", "运行环境",
 * "Пример запуска" is caught by "запуск*").
 */
export const PROJECT_TOPIC_HEADINGS: CueSet = {
  ru: ['использован*', 'сборк*', 'зависимост*', 'конфигурац*', 'настройк*', 'пример*', 'документац*'],
  zh: ['运行', '构建', '编译', '依赖', '配置', '示例', '文档'],
};

/** Words that keep a README heading a README's: "配置说明", "运行环境", "依赖项", "Настройка окружения". */
export const README_QUALIFIERS: CueSet = {
  ru: ['окружени*', 'проект*', 'инструкци*', 'файл*', 'команд*', 'репозитор*', 'код*', 'библиотек*', 'пакет*'],
  zh: ['说明', '指南', '方法', '步骤', '教程', '环境', '文件', '命令', '参数', '项', '代码', '脚本', '项目', '信息'],
};

/** A README's run instructions as a line's label, in a README without headings ("How to run:", "Installation:"). */
export const PROJECT_LABELS: CueSet = {
  en: ['how to run', 'how to use', 'how to install', 'installation', 'install', 'setup', 'getting started', 'quick start', 'quickstart', 'usage', 'running'],
  ru: ['как запустить', 'как использовать', 'установка', 'запуск', 'использование', 'быстрый старт'],
  zh: ['安装', '运行', '使用方法', '快速开始', '用法'],
};

/** Shell lines that install or run a code project (a README's code blocks, or inline code in a list of steps: "2. Install: `pip install -r requirements.txt`"): "pip install", "git clone", "npm run". */
export const INSTALL_COMMAND =
  /(?:^[ \t]*|`)(?:\$[ \t]+)?(?:sudo[ \t]+)?(?:pip3?[ \t]+install|streamlit[ \t]+run|uvicorn[ \t]|python3?[ \t]+[\w./-]+\.py\b|python3?[ \t]+-m[ \t]+pip|conda[ \t]+(?:install|create|env)|poetry[ \t]+(?:install|add)|uv[ \t]+(?:pip|sync|add)|npm[ \t]+(?:i|install|ci|run)|npx[ \t]|yarn(?:[ \t]+(?:add|install))?[ \t]*$|pnpm[ \t]+(?:add|install)|git[ \t]+clone|docker(?:[ \t]+compose|-compose)?[ \t]+(?:run|build|up|pull)|make(?:[ \t]+\w+)?[ \t]*$|cargo[ \t]+(?:add|install|build|run)|go[ \t]+(?:get|install|run)|brew[ \t]+install|apt(?:-get)?[ \t]+install|cmake[ \t])/gm;

/** A notebook named as the thing to open or run: "the `.ipynb` file", "open it in Google Colab", "jupyter notebook". */
export const NOTEBOOK = /\.ipynb\b|\bjupyter(?:[ \t]+(?:notebook|lab))?\b|\b(?:google[ \t]+)?colab(?:oratory)?\b/i;

/** Headings of meeting notes. */
export const MEETING_HEADINGS: CueSet = {
  en: ['attendee*', 'participant*', 'present', 'agenda', 'action item*', 'minutes', 'meeting notes', 'discussion', 'decisions', 'next meeting', 'notes', 'absent', 'follow up*', 'takeaways', 'recap'],
  ru: ['участник*', 'присутствова*', 'повестк*', 'протокол*', 'обсужден*', 'решени*', 'задачи', 'следующ* встреч*', 'итоги', 'поручени*'],
  zh: ['参会人员', '参会人', '与会人员', '会议议程', '议程', '会议纪要', '会议记录', '讨论', '决议', '待办事项', '待办', '行动项', '下次会议'],
};

/** Titles of meeting notes: "Weekly sync 2024-05-02", "Протокол встречи", "周会纪要". */
export const MEETING_TITLES: CueSet = {
  // Not "1 1" ("1:1 with Alex"): words are matched without punctuation, so it would also be the section number "1.1".
  en: ['meeting*', 'sync', 'standup', 'stand up', 'retro', 'retrospective', '1on1', 'one on one', 'weekly', 'minutes', 'offsite', 'kickoff', 'all hands'],
  ru: ['встреч*', 'совещани*', 'созвон*', 'протокол*', 'планерк*', 'ретроспектив*'],
  // Not "复盘" (a retrospective): a project's review often opens the next design ("排序模型迭代复盘与下一步方案").
  zh: ['会议', '周会', '例会', '纪要'],
};

/**
 * Headings of a changelog: a version ("[2.3.0] - 2024-05-02", "v2.1.0
 * (2024-05-20)", "Version 3") or a release date, with no other words, so that
 * numbered sections ("1.1 Business objective") are not versions.
 */
export const CHANGELOG_VERSION =
  /^(?:\[v?\d+(?:\.\d+)+[^\]]*\]|v\d+(?:\.\d+)+|\d+\.\d+\.\d+|\d{4}-\d{2}-\d{2}|\[?unreleased\]?|(?:version|release|версия|релиз|版本)\s*v?\d+(?:\.\d+)*)[^\p{L}]*$/iu;
/** Group headings under a version (Keep a Changelog). */
export const CHANGELOG_GROUPS: CueSet = {
  en: ['added', 'changed', 'fixed', 'removed', 'deprecated', 'security', 'bug fixes', 'features', 'breaking changes', 'improvements', 'performance', 'dependencies', 'internal'],
  ru: ['добавлено', 'изменено', 'исправлено', 'удалено', 'исправлени* ошибок'],
  zh: ['新增', '修复', '变更', '移除', '优化', '破坏性变更'],
};
