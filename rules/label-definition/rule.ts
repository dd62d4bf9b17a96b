import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import {
  MANUAL_JUDGING, AS_WORD, CLASS_COLUMN, OUTCOME_STATES, RESOLVED_STATES, BASED_ON, BINARY_VALUES, CORRECT_ANSWER, CORRECT_WHEN, CREDIT_OUTCOMES, DEFINED_AS, NOT_DEFINED_AS, FEEDBACK_SIGNALS, JUDGED_AGAINST, JUDGES, LEARNS, LABEL_CLASSES, LABEL_CONDITIONS, LABEL_EVENTS, LABEL_ORIGIN, LABEL_USE, LABEL_WORDS, MARKED_AS, MEASURED_SPAN, NOT_LABEL_CLASSES, REFERENCE_PAIRS, PROBABILITY_OF_EVENT, EVENT_WINDOW, JOINED_EVENTS, FORECAST_GRAIN, FORECAST_HORIZON,
  HUMAN_AGREEMENT, PREDICT_WHETHER, MEASURE_UNIT, ANNOTATION_GUIDELINES, LABEL_IS, CLASS_IF,
  CLASS_VERDICT, CLASS_THRESHOLD, HUMAN_CHOICE, TRAINED_ON, EVENT_AS_SUCCESS, AS_SUCCESS,
} from '../shared/label-cues.js';

export default defineDocumentRule({
  meta: {
    id: 'label-definition',
    step: 'framing',
    severity: 'error',
    appliesTo: 'always',
    description: 'Defines what a positive and a negative example is and how labels are collected.',
  },
  message: 'No label definition: say what counts as a positive and a negative example (click vs apply vs hire) and where labels come from, because the label is what the model actually learns.',
  fix: {
    title: 'Define the labels',
    snippet: '- **Labels:** positive = ${1:the user applied within 7 days of the impression}; negative = ${2:shown but not applied}; collected from ${3:application events}',
  },
  // What a label is depends on the task: a measured value for a regression or
  // a forecast, a user action that makes an item relevant for a ranker, a
  // judgement of an answer for an LLM system.
  variants: {
    regression: {
      message: 'No target definition: say exactly what value the model learns (e.g. minutes from order to hand-off), how it is measured and where it is recorded, and what happens to censored or missing values, because the target is what the model actually learns.',
      fix: { title: 'Define the target', snippet: '- **Target:** ${1:minutes from order placed to order handed to the customer}, measured from ${2:courier app events}; ${3:cancelled orders are dropped}' },
    },
    ranking: {
      message: 'No label definition: say which user action makes a shown item relevant (click, apply, purchase, dwell over 30 s), which shown items count as negatives and where labels come from (impression and event logs), because the label is what the ranker actually learns.',
      fix: { title: 'Define the labels', snippet: '- **Labels:** relevant = ${1:the user applied within 7 days of the impression}; negative = ${2:shown in the top 10 and not applied}; from ${3:impression and application logs}' },
    },
    generative: {
      message: 'No definition of a correct answer: say what counts as a correct, grounded answer (and a relevant document) and where those judgements come from (golden answers written by experts, annotators, user feedback, an LLM judge checked against people), because that is what quality is measured against.',
      fix: { title: 'Define what a correct answer is', snippet: '- **Correct answer:** ${1:answers the question and every claim is supported by a cited passage}; judged by ${2:support experts on a golden set of 300 questions}, ${3:thumbs up/down from users} as a second signal' },
    },
    forecasting: {
      message: 'No target definition: say exactly what is forecast (units sold per store and day, orders per hour), at which granularity and horizon, and how actuals are recorded (stock-outs, returns, cancellations), because the target is what the model actually learns.',
      fix: { title: 'Define the target', snippet: '- **Target:** ${1:units sold per store, product and week}, ${2:8 weeks ahead}; actuals from ${3:point-of-sale data}, ${4:stock-out days flagged as censored demand}' },
    },
  },
  // A label is tied to something observable: a positive or negative example
  // defined by an event ("positive: the member applied within 7 days"), a label
  // or target defined or sourced ("labels come from chargebacks", "the target
  // is the actual delivery time measured from …"), the people or models whose
  // judgements are the labels (human raters, annotators, an LLM judge), or, for
  // a generative system, what a correct answer is. Naming "positive and
  // negative examples" without saying what they are, or a "positive impact",
  // is not.
  concept: {
    parts: {
      classes: { cues: LABEL_CLASSES },
      label: { cues: LABEL_WORDS },
      // A line labelled as the label's definition: "Label: …", "target definition: delivered_at - placed_at" (a config key), "Таргет: …", "标签定义：…".
      labelLead: {
        label: true,
        cues: {
          en: ['=label', '=labels', 'label definition', 'target definition', 'target variable', '{target|label} column', '{training|regression|prediction} target', 'ground truth',
            // The event that is the label, defined as a label: "Churn definition: no login for 30 days", "Definition of fraud: …".
            '{churn|fraud|default|conversion|relevance|success|positive|negative|engagement|abuse|spam|delinquency|lapse} definition', 'definition of {churn|fraud|default|a default|conversion|relevance|success|a positive|a negative|engagement|abuse|spam|delinquency}'],
          ru: ['=метка', '=метки', '=таргет', 'определение {таргета|метки|меток}', 'целев* переменн*', 'целев* событи*', 'определение {оттока|мошенничества|фрода|дефолта|конверсии|релевантности|успеха|просрочки|спама}'],
          zh: ['标签', '标签定义', '目标定义', '目标列', '标签列', '目标变量', '预测目标', '训练目标', '{流失|欺诈|违约|逾期|转化|相关性|正例|负例|正样本|负样本|好样本|坏样本|黑样本|白样本|作弊|坏账|成功|活跃|沉默}定义'],
        },
      },
      event: { cues: LABEL_EVENTS },
      condition: { cues: LABEL_CONDITIONS },
      definedAs: { cues: DEFINED_AS, notIn: NOT_DEFINED_AS },
      // SQL's aggregate and its alias ("COUNT(*) AS clicks" reads "COUNT AS clicks") count rows, not a class.
      // "Not counted as fraud" defines the negative class as surely as "counted as fraud" the positive one.
      markedAs: { cues: MARKED_AS, notIn: { en: ['!COUNT … !AS'] }, negationIsContent: true },
      // A state defined by an absence keeps its window: "no purchase in the 60 days after", «не открыл снова в течение недели».
      outcomeState: { cues: OUTCOME_STATES, negationIsContent: true },
      resolvedState: { cues: RESOLVED_STATES, negationIsContent: true },
      classColumn: { cues: CLASS_COLUMN },
      as: { cues: AS_WORD },
      origin: { cues: LABEL_ORIGIN },
      basedOn: { cues: BASED_ON },
      binary: { cues: BINARY_VALUES },
      outcomes: { cues: CREDIT_OUTCOMES },
      judges: { cues: JUDGES },
      signal: { cues: FEEDBACK_SIGNALS },
      use: { cues: LABEL_USE },
      correct: { cues: CORRECT_ANSWER },
      manual: { cues: MANUAL_JUDGING },
      against: { cues: JUDGED_AGAINST },
      pairs: { cues: REFERENCE_PAIRS },
      correctWhen: { cues: CORRECT_WHEN },
      span: { cues: MEASURED_SPAN },
      learns: { cues: LEARNS },
      probabilityOf: { cues: PROBABILITY_OF_EVENT },
      window: { cues: EVENT_WINDOW, negationIsContent: true },
      joinedEvents: { cues: JOINED_EVENTS },
      grain: { cues: FORECAST_GRAIN },
      // The forecast value by its name, not any label ("300 labels per store" counts labels, it does not define one).
      target: { cues: { en: ['!y', '=target', 'target variable', 'what we {forecast|predict}', '{forecast|prediction|regression} target'], ru: ['таргет*', 'целев* переменн*', 'прогнозируем* величин*'], zh: ['预测目标', '目标变量', '预测值'] } },
      horizon: { cues: FORECAST_HORIZON },
      agreement: { cues: HUMAN_AGREEMENT },
      // Not a plan to decide what to predict: "we will decide whether to predict churn", "обсудим, предсказывать ли отток".
      predictWhether: { cues: PREDICT_WHETHER, notIn: { en: ['{decide*|discuss*|consider*|debate*|unclear|unsure|not sure} … {whether|if}'], ru: ['{обсуд*|обсужда*|решим|решить|подума*|неясно|непонятно|не решили} … =ли'], zh: ['{讨论|待定|决定|考虑|不确定}…是否'] } },
      unit: { cues: MEASURE_UNIT },
      guidelines: { cues: ANNOTATION_GUIDELINES },
      labelIs: { cues: LABEL_IS },
      classIf: { cues: CLASS_IF },
      // The roles a definition is made of, whatever task it is for (labeldef2): a class said with its copula
      // ("opened results are relevant", "is a positive", «считаем релевантными», 「视为相关」), the bound that makes it
      // ("longer than 30 seconds", "4 or 5 stars"), a person's choice in the product's workflow that is the class
      // ("the category the seller picked", "the decisions of the fraud analysts"), and the examples trained on.
      verdict: { cues: CLASS_VERDICT, negationIsContent: true },
      threshold: { cues: CLASS_THRESHOLD },
      humanChoice: { cues: HUMAN_CHOICE },
      trainedOn: { cues: TRAINED_ON },
      eventAsSuccess: { cues: EVENT_AS_SUCCESS, exemptFromExclude: true },
      asSuccess: { cues: AS_SUCCESS, exemptFromExclude: true },
      // What is learned, as the line's label: "Target: whether the user watched …", "Forecast: load per substation in MWh …", 「目标：…」.
      // Alone it is as often a metric's target ("Target: 200 ms"), so it settles only with what makes the label.
      targetLead: { label: true, cues: { en: ['=target', '=targets', '=outcome', '=label', '!y', '=forecast'], ru: ['=таргет', '=цель', '=метка', '=исход', '=прогноз'], zh: ['目标', '标签', '预测'] } },
      // Examples that already carry their class: "trained on news articles with their categories already
      // assigned", "на выборке статей с уже установленными категориями" — the labels are the existing tagging.
      preLabelled: {
        cues: {
          en: ['with {their|the|} {categories|labels|classes|tags|topics} already {assigned|set|known|attached}', 'with {already|pre} {assigned|existing|known} {categories|labels|classes|tags|topics}', '{already|pre} {labelled|labeled|categorised|categorized|tagged}'],
          ru: ['с {уже|заранее|ранее} {установленн*|проставленн*|присвоенн*|известн*|определенн*|определённ*|назначенн*} {категори*|метк*|класс*|тег*|рубрик*|тем*}'],
          zh: ['已{标注|打好标签|分好类}的', '带有{类别|标签}的'],
        },
      },
    },
    // Two parts together are a statement however short ("Positive: applied within 7 days").
    settledBy: [
      { parts: ['classes', 'event'], weight: 0.85, minOtherWords: 0 },
      { parts: ['labelLead'], weight: 0.75, minOtherWords: 3 },
      { parts: ['classes', 'definedAs'], weight: 0.8, minOtherWords: 0 },
      { parts: ['classes', 'markedAs'], weight: 0.75, minOtherWords: 0 },
      { parts: ['label', 'classes', 'as'], weight: 0.75, minOtherWords: 0 },
      { parts: ['correct', 'classes'], weight: 0.8, minOtherWords: 0 },
      { parts: ['label', 'origin'], weight: 0.85, minOtherWords: 0 },
      // A class said by where its examples come from: "黑样本取自确认的盗卡交易", "positives come from confirmed chargebacks".
      { parts: ['classes', 'origin'], weight: 0.8, minOtherWords: 0 },
      { parts: ['label', 'definedAs'], weight: 0.8, minOtherWords: 0 },
      { parts: ['label', 'basedOn', 'event'], weight: 0.8, minOtherWords: 0 },
      { parts: ['label', 'event', 'condition'], weight: 0.85, minOtherWords: 0 },
      { parts: ['markedAs', 'event'], weight: 0.75, minOtherWords: 0 },
      { parts: ['binary', 'event'], weight: 0.85, minOtherWords: 0 },
      { parts: ['binary', 'label'], weight: 0.8, minOtherWords: 0 },
      { parts: ['outcomes'], weight: 0.7, minOtherWords: 1 },
      { parts: ['judges'], weight: 0.8 },
      { parts: ['signal', 'use'], weight: 0.8, minOtherWords: 0 },
      { parts: ['correct', 'definedAs'], weight: 0.8, minOtherWords: 0 },
      { parts: ['correct', 'markedAs'], weight: 0.8, minOtherWords: 0 },
      { parts: ['correct', 'judges'], weight: 0.85, minOtherWords: 0 },
      // "Answers are checked by hand; correct = with a correct quote and source": who judges and what counts.
      { parts: ['correct', 'manual'], weight: 0.8, minOtherWords: 0 },
      { parts: ['correct', 'origin'], weight: 0.8, minOtherWords: 0 },
      { parts: ['correct', 'against'], weight: 0.85, minOtherWords: 0 },
      { parts: ['pairs'], weight: 0.75 },
      // "The model predicts the minutes from order confirmation until hand-over": a regression target with both ends.
      { parts: ['span', 'learns'], weight: 0.8, minOtherWords: 0 },
      { parts: ['correctWhen'], weight: 0.75 },
      // "Each notification is scored with P(open within 1 h)": the event and its window are the positive.
      { parts: ['probabilityOf', 'window'], weight: 0.75, minOtherWords: 0 },
      // "Target: a chargeback within 60 days", "Целевая — отток в течение 30 дней": what is learned named as an event with its window.
      { parts: ['learns', 'event', 'window'], weight: 0.75, minOtherWords: 0 },
      // "Impressions joined with clicks within 30 minutes": the positive is the join, its window the bound.
      { parts: ['joinedEvents', 'window'], weight: 0.8, minOtherWords: 0 },
      // "We forecast sales of each item in each bakery for tomorrow, by hour": a forecast's target is its value, grain and horizon.
      { parts: ['learns', 'grain', 'horizon'], weight: 0.75, minOtherWords: 0 },
      // The same under a "What we forecast" heading, which says what is learned.
      { parts: ['grain', 'horizon'], weight: 0.75, minOtherWords: 0, underHeading: { en: ['what we {predict|forecast}', 'forecast target', 'what is forecast'], ru: ['что {прогнозируем|предсказываем}', 'что прогнозирует модель'], zh: ['预测目标', '预测什么', '预测对象'] } },
      // "y = calls offered per queue and hour", "Target: units sold per store": the learned value named with its grain.
      { parts: ['target', 'grain'], weight: 0.7, minOtherWords: 1 },
      // "We regress on the actual delivery duration, as recorded by the courier app": the learned value, measured.
      { parts: ['definedAs', 'learns'], weight: 0.7, minOtherWords: 0 },
      { parts: ['preLabelled', 'learns'], weight: 0.75, minOtherWords: 0 },
      // A state named with the window or the condition that makes it: "Churned = no purchase in the 60 days after the snapshot".
      { parts: ['outcomeState', 'window'], weight: 0.75, minOtherWords: 0 },
      { parts: ['outcomeState', 'condition', 'event'], weight: 0.75, minOtherWords: 0 },
      // As a class is: "…, 即认为问题已解决", "is counted as churned".
      { parts: ['outcomeState', 'markedAs'], weight: 0.75, minOtherWords: 0 },
      { parts: ['resolvedState', 'condition', 'window'], weight: 0.75, minOtherWords: 0 },
      { parts: ['resolvedState', 'markedAs'], weight: 0.75, minOtherWords: 0 },
      // "We predict units sold per store per day, taken from the POS records": the learned value with its grain and where it is recorded.
      { parts: ['learns', 'grain', 'origin'], weight: 0.75, minOtherWords: 0 },
      // "Accuracy = share of frames where the model's decision matches the dispatcher's": people's decisions are the ground truth.
      { parts: ['agreement'], weight: 0.75, minOtherWords: 0 },
      // "We predict whether a subscriber cancels in the next month": the yes/no event with its window or named event.
      { parts: ['predictWhether', 'window'], weight: 0.75, minOtherWords: 0 },
      { parts: ['predictWhether', 'event'], weight: 0.75, minOtherWords: 0 },
      // "The label is the delivery time in minutes": a regression target with its unit.
      { parts: ['labelIs', 'unit'], weight: 0.7, minOtherWords: 1 },
      { parts: ['target', 'unit'], weight: 0.7, minOtherWords: 1 },
      // "Annotation guidelines: a message is toxic if it insults a person": the written rule of a class.
      { parts: ['guidelines', 'classIf'], weight: 0.75, minOtherWords: 1 },
      { parts: ['guidelines', 'markedAs'], weight: 0.75, minOtherWords: 1 },
      { parts: ['guidelines', 'definedAs'], weight: 0.75, minOtherWords: 1 },
      // A class with what makes it (labeldef2): "opened results are relevant", "is relevant if the user adds it to the cart",
      // "a play longer than 30 s is a positive", «4–5 звёзд — положительные примеры».
      { parts: ['verdict', 'event'], weight: 0.8, minOtherWords: 0 },
      { parts: ['verdict', 'threshold'], weight: 0.75, minOtherWords: 0 },
      { parts: ['verdict', 'window'], weight: 0.75, minOtherWords: 0 },
      { parts: ['classes', 'threshold'], weight: 0.75, minOtherWords: 0 },
      { parts: ['label', 'event', 'threshold'], weight: 0.75, minOtherWords: 0 },
      // A person's choice that is the class: "the label is the category the seller picked", "fraud labels are the analysts' decisions".
      // "We treat a purchase within 7 days of the recommendation as success": the event that is the positive.
      { parts: ['eventAsSuccess', 'asSuccess'], weight: 0.75, minOtherWords: 0 },
      { parts: ['humanChoice', 'label'], weight: 0.8, minOtherWords: 0 },
      { parts: ['humanChoice', 'classes'], weight: 0.8, minOtherWords: 0 },
      { parts: ['humanChoice', 'trainedOn'], weight: 0.8, minOtherWords: 0 },
      { parts: ['humanChoice', 'correct'], weight: 0.8, minOtherWords: 0 },
      { parts: ['humanChoice', 'verdict'], weight: 0.8, minOtherWords: 0 },
      // What is learned, led by its name, with what makes it: "Target: whether the user watched more than 30 s".
      { parts: ['targetLead', 'event', 'condition'], weight: 0.75, minOtherWords: 0 },
      { parts: ['targetLead', 'event', 'window'], weight: 0.75, minOtherWords: 0 },
      { parts: ['targetLead', 'condition', 'window'], weight: 0.75, minOtherWords: 0 },
      { parts: ['targetLead', 'event', 'threshold'], weight: 0.75, minOtherWords: 0 },
      { parts: ['targetLead', 'span'], weight: 0.75, minOtherWords: 0 },
      { parts: ['targetLead', 'outcomeState', 'window'], weight: 0.75, minOtherWords: 0 },
      { parts: ['targetLead', 'grain', 'horizon'], weight: 0.75, minOtherWords: 0 },
      { parts: ['targetLead', 'grain', 'origin'], weight: 0.75, minOtherWords: 0 },
      // A measured value with its unit and where it is recorded: "the final sale price in US dollars, as recorded in the deed".
      { parts: ['learns', 'unit', 'origin'], weight: 0.75, minOtherWords: 0 },
      { parts: ['targetLead', 'grain', 'unit'], weight: 0.7, minOtherWords: 0 },
    ],
    headings: {
      en: ['label*', 'labeling', 'labelling', 'ground truth', 'target variable*', 'target definition', 'annotation*', 'training examples', 'positive … negative …'],
      ru: ['разметк*', 'целев* переменн*', 'таргет*', 'метк*', 'определени* таргет*'],
      zh: ['标签', '样本构建', '正负样本', '标注', '样本定义', '好坏样本', '黑白样本', '好坏定义', '坏样本定义'],
    },
    // A narrow heading: its sub-sections are parts of the same point.
    headingOverSubsections: true,
    exclude: NOT_LABEL_CLASSES,
    minOtherWords: 1,
  },
});
