import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { BINARY_VALUES } from '../shared/label-cues.js';
import { ESTIMATE_VERBS, GENERATED_OUTPUTS, GENERATE_VERBS, MINIMISED_LOSSES, ML_TASK_TYPES, MODEL_KINDS, NOT_ML_TASKS, PREDICTED_QUANTITIES, PREDICTION_TARGETS, PREDICT_VERBS, PREDICTOR, ORDER_VERBS } from '../shared/ml-objective-cues.js';

/** Names of the ML objective itself: the slot a framing fills. */
const OBJECTIVE_NAMES = {
  en: [
    'ml objective*', 'ml task*', 'ml problem', 'ml formulation', 'ml framing', 'machine learning objective*', 'machine learning task*', 'machine learning problem',
    'learning objective', 'training objective', 'optimi* objective', 'objective function', 'target variable*', 'prediction target', 'predicted variable', 'dependent variable',
    'task type', 'type of task', 'problem type', 'problem formulation', 'frame* … as an? … {problem|task}',
  ],
  ru: [
    'ml задач*', 'ml подзадач*', 'тип задачи', 'тип ml задачи', 'задач* машинного обучения', 'задач* ml', 'целев* переменн*', 'целев* функци*', 'таргет*',
    'постановк* ml', 'формализац* задач*', 'свод* … к задач*',
  ],
  zh: ['机器学习任务', '任务类型', '建模目标', '优化目标', '学习目标', '目标变量', '预测目标', '建模为', '转化为…问题', '看作…问题'],
};

export default defineDocumentRule({
  meta: {
    id: 'ml-objective',
    step: 'framing',
    severity: 'error',
    appliesTo: 'always',
    description: 'Says what the model predicts or optimises and the task type.',
  },
  message: 'No ML objective: say what the model predicts (e.g. P(apply | user, job)) and the task type (classification, ranking, regression), since every later step depends on it.',
  fix: {
    title: 'Add the ML objective',
    snippet: '- **ML objective:** predict ${1:P(apply | user, job)}; task type: ${2:binary classification used for pointwise ranking}',
  },
  // The objective in the words of the task: a number and its loss for a
  // regression or forecast, a score to sort by for a ranker, an output from an
  // input for an LLM system.
  variants: {
    regression: {
      message: 'No ML objective: say which number the model predicts (e.g. delivery time in minutes) and the loss it minimises (MAE, RMSE, quantile loss), since every later step depends on it.',
      fix: { title: 'Add the ML objective', snippet: '- **ML objective:** predict ${1:minutes from order to delivery}; task type: regression minimising ${2:MAE}' },
    },
    ranking: {
      message: 'No ML objective: say which score orders the items (e.g. P(click | user, item), expected watch time) and how it is learned (pointwise, pairwise or listwise ranking), since every later step depends on it.',
      fix: { title: 'Add the ML objective', snippet: '- **ML objective:** rank ${1:jobs} by ${2:P(apply | user, job)}; task type: ${3:pointwise binary classification, then sort by score}' },
    },
    generative: {
      message: 'No ML objective: say what the model produces from which input (a grounded answer from retrieved passages, SQL from a question, a summary of a ticket) and what it is optimised or judged for, since every later step depends on it.',
      fix: { title: 'Add the ML objective', snippet: '- **ML objective:** given ${1:the user question and the top-5 retrieved passages}, generate ${2:an answer with citations}; judged on ${3:correctness and groundedness}' },
    },
    forecasting: {
      message: 'No ML objective: say what is forecast at which granularity and horizon (weekly demand per store and product, 8 weeks ahead) and whether as a point or a quantile forecast, since every later step depends on it.',
      fix: { title: 'Add the ML objective', snippet: '- **ML objective:** forecast ${1:units sold per store and product per week}, ${2:8 weeks ahead}; task type: ${3:time series regression with P50 and P90 quantiles}' },
    },
  },
  // The ML problem is framed: a task type named as such ("binary
  // classification", "a learning-to-rank problem", "regression on delivery
  // time"), a model predicting a stated target ("the model predicts the
  // probability that …", "P(click | user, ad)"), or, for a generative system,
  // the model producing a stated output ("the LLM generates an answer from the
  // retrieved passages"). "We will use ML", regression tests and a data
  // classification policy are not.
  concept: {
    parts: {
      objective: { cues: OBJECTIVE_NAMES },
      // Named on its own, the objective frames nothing ("we discussed the ML task with the planners",
      // "优化目标是提升用户体验"): only as a label that a statement of it follows ("ML task: …", "Target variable: …").
      objectiveLabel: { label: true, cues: OBJECTIVE_NAMES },
      // The model's output or a formulation, named without saying what it is: "model
      // outputs are logged", "we formulate the requirements as user stories". With a
      // target or a quantity ("model output: probability that …") it frames the task.
      output_: {
        cues: {
          en: ['model output*', 'output of the model', 'the model outputs', 'formulat* … as'],
          ru: ['выход* модел*', 'модел* {выдает|возвращает}', 'сформулир* … как'],
          zh: ['模型输出'],
        },
      },
      // A regression or classification stated by the loss it minimises ("we minimise MAE",
      // "минимизируем RMSE"): with what the number is of, it frames the task.
      loss: { cues: MINIMISED_LOSSES },
      // "Target: minutes from order to delivery": the thing predicted, as a label.
      targetLabel: { label: true, cues: { en: ['target', '=y', 'predicted value'], ru: ['таргет', 'целев*', 'целевая переменная'], zh: ['目标', '标签'] } },
      taskType: { cues: ML_TASK_TYPES },
      modelKind: { cues: MODEL_KINDS },
      predict: { cues: PREDICT_VERBS },
      order: { cues: ORDER_VERBS },
      estimate: { cues: ESTIMATE_VERBS },
      target: { cues: PREDICTION_TARGETS },
      quantity: { cues: PREDICTED_QUANTITIES },
      predictor: { cues: PREDICTOR },
      generate: { cues: GENERATE_VERBS },
      // 推荐 is what an LLM produces ("生成礼物推荐"), not the system or its candidate stage ("生成推荐候选").
      output: { cues: GENERATED_OUTPUTS, notIn: { zh: ['推荐候选', '推荐系统', '推荐算法', '推荐模型', '推荐服务', '推荐位', '推荐场景', '推荐池', '推荐召回'] } },
      // A model that is by construction a binary classifier, and the values of its binary label: the two
      // together say what it predicts (P(label = 1)) and the task type, wherever the doc puts each ("we
      // train an L2-regularised logistic regression" in one section, "click → 1, dismiss → 0" in another).
      binaryModel: {
        cues: {
          en: ['logistic regression*', 'logit {model*|regression}', 'logreg'],
          ru: ['логистическ* регресси*', 'логит {модел*|регресси*}', 'логрег*'],
          zh: ['逻辑回归', '逻辑斯蒂回归', '逻辑斯谛回归', 'lr模型'],
        },
      },
      labelValue: { cues: BINARY_VALUES },
    },
    settledBy: [
      { parts: ['taskType'], weight: 0.85 },
      // A kind of model frames the task only with what it predicts: "a classifier
      // predicts the ticket category", "the reranker scores relevance".
      { parts: ['modelKind', 'target'], weight: 0.8 },
      { parts: ['modelKind', 'predict'], weight: 0.8 },
      { parts: ['modelKind', 'estimate', 'quantity'], weight: 0.75 },
      { parts: ['objective', 'predict'], weight: 0.85 },
      { parts: ['objective', 'target'], weight: 0.8 },
      { parts: ['predict', 'target'], weight: 0.8 },
      { parts: ['predict', 'quantity'], weight: 0.8 },
      // Ranking or scoring frames the task only with what the score is: "ranks jobs by P(apply)".
      { parts: ['objective', 'order'], weight: 0.85 },
      { parts: ['order', 'target'], weight: 0.8 },
      { parts: ['estimate', 'target'], weight: 0.75 },
      { parts: ['output_', 'target'], weight: 0.75 },
      { parts: ['output_', 'quantity'], weight: 0.75 },
      // "The model predicts whatever it predicts"; how fast or where it predicts is excluded (NOT_ML_TASKS).
      { parts: ['predictor', 'predict'], weight: 0.75 },
      { parts: ['generate', 'output'], weight: 0.75 },
      { parts: ['loss', 'targetLabel'], weight: 0.8 },
      { parts: ['loss', 'target'], weight: 0.75 },
      { parts: ['objectiveLabel'], weight: 0.6 },
      { parts: ['binaryModel', 'labelValue'], weight: 0.8, within: 'document' },
      // Under a "What we forecast" / "Что прогнозируем" heading the quantity named is the target.
      { parts: ['quantity'], weight: 0.75, underHeading: { en: ['what we {predict|forecast|estimate}', 'prediction target', 'forecast target', 'what is {predicted|forecast}'], ru: ['что {прогнозируем|предсказываем|оцениваем}', 'что прогнозирует модель', 'что предсказывает модель'], zh: ['预测目标', '预测什么', '预测对象'] } },
    ],
    headings: {
      en: ['ml objective*', 'ml task*', 'ml problem*', 'ml formulation', 'ml framing', 'machine learning objective*', 'machine learning task*', 'machine learning problem*', 'problem formulation', 'framing … as … ml', 'frame … as … ml'],
      ru: ['ml задач*', 'постановк* ml задач*', 'постановк* задач* машинного обучения', 'задач* машинного обучения', 'формализац* задач*'],
      zh: ['机器学习任务', '任务类型', '建模目标', '问题建模', '任务定义'],
    },
    // A narrow heading: its sub-sections are parts of the same point.
    headingOverSubsections: true,
    exclude: NOT_ML_TASKS,
    minOtherWords: 1,
  },
});
