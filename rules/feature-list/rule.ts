import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { FEATURE_GROUPS, FEATURE_SIDES, FEATURE_WORDS, GATHERS, INPUT_PHRASES, MEANS_TO_PREDICT, MODEL_TO_PREDICT, FEATURES_LISTED, PREDICTED_SIGNAL, NOT_FEATURES, PROMPT_CONTENTS, PROMPT_WORDS, SIGNAL_NAMES, USES } from '../shared/feature-cues.js';
import { PREDICTOR } from '../shared/ml-objective-cues.js';

/** Headings of the part of a doc that lists the features. */
const FEATURE_HEADINGS = {
  en: [
    '=features', 'feature engineering', 'feature set*', 'feature list', 'feature design', 'signals', 'model inputs', 'inputs', 'input features', 'input data',
    // For an LLM system, what it is given.
    'what the model sees', 'what goes into the prompt', 'prompt {contents|inputs|design|construction|assembly}', 'context {assembly|construction|building|engineering}',
  ],
  ru: ['признаки', 'признаков', 'фичи', 'feature engineering', 'входн* данн*', 'генераци* признаков'],
  zh: ['特征', '特征工程', '输入'],
};

export default defineDocumentRule({
  meta: {
    id: 'feature-list',
    step: 'data',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Lists the signals the model uses (user, item, context, interaction features).',
  },
  message: 'No feature list: name the signals the model uses (user, item, context, interaction features), since the features decide what the model can learn and what must be served online.',
  fix: {
    title: 'Add a feature list',
    snippet: '- **Features:**\n  - user features: ${1:skills, title, location, recent searches}\n  - item features: ${2:job title, company, seniority, location}\n  - interaction features: ${3:past applications to similar jobs, recency}',
  },
  // The signals in the words of the task: drivers of the number for a
  // regression, the series' own history and known future inputs for a
  // forecast, user/item/context features for a ranker, what goes into the
  // context window for an LLM system.
  variants: {
    regression: {
      message: 'No feature list: name the signals the prediction is built from (e.g. distance, time of day, restaurant preparation time, courier load), since the features decide what the model can learn and what must be served online.',
      fix: { title: 'Add a feature list', snippet: '- **Features:**\n  - request: ${1:distance, time of day, day of week}\n  - entity: ${2:restaurant\'s median preparation time}\n  - real time: ${3:couriers available nearby, current order backlog}' },
    },
    ranking: {
      message: 'No feature list: name the signals the ranker uses (user, item, context and user–item interaction features), since the features decide what the model can learn and what must be served online for every candidate.',
    },
    generative: {
      message: 'No list of inputs: say what goes into the model\'s context (the user question, retrieved passages, conversation history, user or account data, tool results), since the inputs decide what the model can answer and what must be fetched per request.',
      fix: { title: 'List the model inputs', snippet: '- **Context:**\n  - ${1:system prompt with the answer policy}\n  - ${2:the user question and the last 5 turns}\n  - ${3:top-5 retrieved passages with their source links}\n  - ${4:the customer\'s plan and account state}' },
    },
    forecasting: {
      message: 'No feature list: name the signals the forecast uses (lags and rolling means of the series, calendar and holidays, price and promotions, weather) and which of them are known for the forecast horizon, since the features decide what the model can learn.',
      fix: { title: 'Add a feature list', snippet: '- **Features:**\n  - history: ${1:lags of 1, 2, 52 weeks; 4-week rolling mean}\n  - calendar: ${2:week of year, holidays}\n  - known in advance: ${3:planned price and promotions}' },
    },
  },
  // The signals the model uses, named: features with the signals they are
  // ("features: age, city, orders in the last 30 days"), groups of features
  // with what is in them ("user features: skills, title"), a model taking
  // named inputs ("the classifier takes the image and its caption as input"),
  // or, for a generative system, what goes into the prompt. A feature count,
  // the feature store, a product's features or "good features later" are not.
  concept: {
    parts: {
      feature: { cues: FEATURE_WORDS },
      group: { cues: FEATURE_GROUPS },
      // "…, чтобы предсказать цену товара": the signal after "predict" is the target.
      signal: { cues: SIGNAL_NAMES, notIn: PREDICTED_SIGNAL },
      listed: { cues: FEATURES_LISTED },
      input: { cues: INPUT_PHRASES },
      uses: { cues: USES },
      model: { cues: PREDICTOR },
      prompt: { cues: PROMPT_WORDS },
      contents: { cues: PROMPT_CONTENTS },
      gathers: { cues: GATHERS },
      side: { cues: FEATURE_SIDES, label: true },
      // "We use the route distance, the traffic speed and the hour to predict the ETA": the signals are the means.
      useVerb: { cues: { en: ['=use', '=used', '=uses', '=using', '=combine', '=combines', '=combining'], ru: ['использу*', 'учитыва*', 'на основе'], zh: ['使用', '利用', '根据', '基于', '结合', '综合'] } },
      meansTo: { cues: MEANS_TO_PREDICT, notIn: MODEL_TO_PREDICT },
    },
    settledBy: [
      { parts: ['feature', 'signal'], weight: 0.8, minOtherWords: 0 },
      { parts: ['group', 'signal'], weight: 0.85, minOtherWords: 0 },
      { parts: ['group'], weight: 0.6 },
      { parts: ['listed'], weight: 0.75, minOtherWords: 2 },
      { parts: ['input', 'signal'], weight: 0.8, minOtherWords: 0 },
      { parts: ['model', 'uses', 'signal'], weight: 0.75, minOtherWords: 0 },
      { parts: ['prompt', 'contents'], weight: 0.75, minOtherWords: 0 },
      { parts: ['input', 'contents'], weight: 0.75, minOtherWords: 0 },
      { parts: ['gathers', 'contents'], weight: 0.7, minOtherWords: 0 },
      // "- user: tenure, country, device" in a list of feature groups.
      { parts: ['side', 'signal'], weight: 0.75, minOtherWords: 0 },
      { parts: ['useVerb', 'signal', 'meansTo'], weight: 0.75, minOtherWords: 0 },
    ],
    headings: FEATURE_HEADINGS,
    // A narrow heading: its sub-sections are parts of the same point.
    headingOverSubsections: true,
    exclude: NOT_FEATURES,
    minOtherWords: 1,
  },
});
