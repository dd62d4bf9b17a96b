import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { ADAPTING, CADENCE, CADENCED_TRAINING, EVENT_DRIVEN, JOB_RUNS, NOT_TRAINING_CADENCE, NOT_TRAINING_JOB_HEADING, OFFLINE_PIPELINE, TRAINING, TRAINING_HEADING } from '../shared/monitor-cues.js';
import { joinCues } from '../shared/phrase-sets.js';

/** Continual learning named as a kind of training. */
const ONLINE_LEARNING = '{continual|continuous|online|incremental} {learning|training}';

export default defineDocumentRule({
  meta: {
    id: 'training-frequency',
    step: 'model',
    severity: 'info',
    appliesTo: 'always',
    description: 'Says how often the model is retrained (a cadence, or continuous/online learning).',
  },
  message: 'No training cadence: say how often the model is retrained (daily, weekly, online learning), since freshness drives pipeline cost and how fast the model reacts to change.',
  fix: {
    title: 'Add a training cadence',
    snippet: '- **Retraining:** ${1:daily} on a sliding window of the last ${2:8 weeks} of data',
  },
  // How often the model is retrained: a cadence tied to training, or
  // continuous / online learning, or a reasoned decision that there is no
  // training at all (an LLM used as is). "Regular retraining" has no cadence;
  // features refreshed daily or an index rebuilt nightly is not the model.
  concept: {
    parts: {
      training: { cues: TRAINING },
      offline: { cues: OFFLINE_PIPELINE },
      eventDriven: { cues: EVENT_DRIVEN },
      adapting: { cues: ADAPTING },
      cadencedTraining: { cues: CADENCED_TRAINING },
      cadence: { cues: CADENCE, notInRate: true },
      // A job's schedule in a config or an orchestrator: `schedule_interval="@weekly"`, `schedule: "0 3 * * 1"`.
      jobSchedule: {
        cues: {
          en: ['{schedule|schedule interval|crontab|cron|cron schedule} {daily|weekly|monthly|hourly|nightly|yearly|quarterly|# #}'],
        },
      },
      // The concept's name, for a reasoned decision against it ("No retraining: the catalogue changes once a year, so …").
      // A job started on a clock ("this graph runs weekly"): the training job under a training heading.
      jobRuns: { cues: JOB_RUNS },
      // What starts the job, as a run-in label of a pipeline's item: "- **Trigger**: weekly schedule or manual", «Запуск: раз в неделю».
      jobLabel: {
        label: true,
        cues: {
          en: ['trigger*', 'schedule*', 'cadence', 'frequency', '=runs', '=run', 'when'],
          ru: ['триггер*', 'запуск*', 'расписани*', 'частот*', 'периодичност*'],
          zh: ['触发', '调度', '频率', '周期', '定时'],
        },
      },
      retraining: { cues: { en: ['retrain*', 're train*', 'model refresh*', 'training cadence', 'retraining cadence'], ru: ['переобуч*', 'дообуч*', 'ретрейн*', 'ретрен*'], zh: ['重新训练', '重训'] } },
      continuous: {
        cues: {
          // Adverbs by their surface form: "incremental updates" of an index is not "incrementally trained".
          en: [
            'continuous training', '{continuous|continual} {retraining|re training}', 'continual learning', 'continual training', 'continuous learning', 'online learning', 'online training', 'incremental learning', 'incremental training',
            '{incremental|continuous|online|streaming} model update*', 'streaming training', 'real time {training|model update*}',
            '{=incrementally|=continuously|=continually} {trained|retrained|fine tuned|learn*}', '{trained|retrained|train|retrain|learns} {=incrementally|=continuously|=continually|online}',
            'model* {is|are|gets|get} {=incrementally|=continuously|=continually} {updated|trained|retrained}', '{model*|ranker*|classifier*|forecaster*|scorer*} {is|are|gets|get} updated {=incrementally|=continuously|=continually|online}',
            'updat* the model {=incrementally|=continuously|=continually|online}', 'model {weights|parameters} {are|is} updated on every {event|batch|click|request}',
            '{model*|weights|ranker*|classifier*} {is|are|get|gets} {updated|retrained|refreshed} in {near|} real time', 'near real time {training|retraining|model update*}',
            'keep* {learning|adapting} {from|to|as|with}', 'learn* from {every|each} {new|} {correction|interaction|click|edit|session|rating|feedback|label}',
            // Not "trained in the cloud and runs on device".
            '{weights|parameters} {are|is|get|gets} updated {=incrementally|=continuously|=continually|online|in real time}',
            'updat* {its|the|their} {posterior|posteriors|priors|arm estimates|weights|parameters} {online|after every|after each|with every|with each|per|in real time|=continuously}',
            // Data-driven: "the model is retrained as new labels arrive".
            '{retrain*|updat*|refresh*|fine tun*} … as {new|fresh|more} … {data|labels|feedback} {arrive*|come*|accumulat*|become*}',
            'on device {training|fine tuning|learning|adaptation}', '{fine tuned|retrained|adapted} on {the|} device', 'federated {training|learning} round*',
          ],
          ru: [
            'онлайн обучени*', 'онлайн дообучени*', 'дообуч* на устройств*', 'инкрементальн* обучени*', 'инкрементальн* дообучени*', 'непрерывн* обучени*', 'непрерывн* дообучени*', 'дообуча* онлайн',
            '{обуча*|дообуча*|переобуча*} {инкрементально|непрерывно|постоянно|онлайн}', 'модел* {обновля*|дообуча*} {инкрементально|непрерывно|постоянно|онлайн}', 'обучени* в реальн* времен*',
            'вес* модел* обновля*', '{обновля*|переобуча*|дообуча*} … по мере {поступлени*|накоплени*|появлени*}',
          ],
          zh: ['在线学习', '在线训练', '增量训练', '增量学习', '实时训练', '持续训练', '持续学习', '流式训练', '实时更新模型', '模型实时更新', '端上训练', '端侧训练', '端上微调', '端侧微调', '随着新数据…{更新|训练}'],
        },
      },
      // "No model training: the hosted LLM is used as is" settles how often (never, by design).
      noTraining: {
        negationIsContent: true,
        cues: {
          en: [
            'no {model|ml|traditional|custom|classical|own|additional|further} {training|fine tuning|finetuning|retraining}', 'no {training|fine tuning|finetuning} {is|will be|of} …',
            'no {traditional|classical|custom|own|additional|further|supervised} {model|ml} {training|fine tuning|retraining}',
            '{do|did|does|will} not {do|perform|run|need|require|involve|include} {any|model|ml} {training|fine tuning|retraining}', '{do|did|does|will} not {train|fine tune|retrain} {our|a|any|the} {own|custom|new} model*',
            'without {any} {training|fine tuning|finetuning|retraining}', 'nothing to {train|retrain}', 'nothing is {trained|retrained|fine tuned}', 'no model is {trained|retrained|fine tuned}', '{used|use|uses|call*} … {as is|off the shelf|out of the box|without fine tuning}',
            // "No fine-tuning in v1: …", "We don't fine-tune the model; prompts are updated instead."
            'no {training|fine tuning|finetuning|retraining} {in|for|at|during} …',
            "{do|did|does|will} not {train|fine tune|retrain} {the|our|any|a} {model*|llm*|weights|base model|foundation model}",
            "{don't|doesn't|won't|never} {train|fine tune|retrain} {the|our|any|a} {model*|llm*|weights|own model*|custom model*}",
            '{model|llm} weights {are|stay|remain} frozen',
            // Frozen by design for a stated period: "the model is frozen after launch and only replaced with a new release".
            '{model|model version|scorecard} {is|stays|remains} {frozen|fixed|pinned|locked} {after|for|until|during|between}', '{model|model version|scorecard} … only replaced with a new {release|version}',
            // "We do not train or fine-tune any model": both verbs denied at once.
            '{do|does|will} not {train|fine tune} or {fine tune|retrain} {any|a|the|our} {model*|llm*}', '{do|did|does|will} not {train|fine tune|retrain} any {model*|llm*}', '{is|are} not {trained|retrained|fine tuned} by us',
          ],
          ru: [
            'обучени* {модели|} не {производ*|провод*|выполня*|требуется|нужно|планируется|предусмотрен*}', 'обучени* … отсутств*',
            // "Классического обучения модели в системе нет": a kind of training named, then "нет".
            '{классическ*|традиционн*|собственн*|своего|отдельн*} {обучени*|дообучени*} {модел*|} {в системе|в проекте|здесь|} нет', 'обучени* модел* {в системе|в проекте|} нет', 'без {обучени*|дообучени*|переобучени*}',
            // "Дообучения нет: берём готовую LLM как есть", as en 'used as is'.
            '{обучени*|дообучени*|переобучени*|файнтюн*} {модел*|} нет', '{использу*|берём|берем|применя*|вызыва*} … как есть',
            'не {обучаем|дообучаем|переобучаем}',
            // Fixed by design for a period: "модель фиксируется на весь сезон и не меняется до следующего года".
            'модел* {фиксиру*|зафиксир*|заморож*|замораживa*} на {весь|всё|все|год|сезон|период|время}', 'модел* … не {меня*|обновля*} до {следующ*|конц*|окончани*}', 'модел* не {обуча*|дообуча*|переобуча*}', 'не требует {обучени*|дообучени*|переобучени*}',
            // "Файнтюн не делаем: только промпт".
            '{файнтюн*|файн тюн*|fine tuning} не {делаем|будет|планируем|нужен|требуется}', 'не {файнтюним|файнтюнем}', 'без {файнтюн*|файн тюн*}',
          ],
          zh: ['不训练', '无需训练', '不需要训练', '无需微调', '不做微调', '不进行训练', '不需要微调', '直接使用预训练', '不{对|用|再}…{微调|训练}', '不{进行|做|需要}{模型|}{微调|训练}', '不涉及{模型|}{训练|微调}', '没有{模型|}{训练|微调}{环节|过程|步骤}',
            // Fixed by design for a period: "上线后模型版本固定，一年内不更新".
            '模型版本{固定|冻结|锁定}', '上线后模型{固定|冻结|不再更新}', '{一年|半年|全年|一个季度|赛季|期间}内不{更新|重训|迭代}'],
        },
      },
    },
    settledBy: [
      // Under a training heading, not an inference, monitoring or data sub-heading: "Этот граф запускается раз в неделю".
      { parts: ['jobRuns', 'cadence'], weight: 0.8, minOtherWords: 0, underHeading: TRAINING_HEADING, unlessHeading: NOT_TRAINING_JOB_HEADING },
      // The same job's items under a training heading: "### Model training pipeline" over "- Trigger: weekly schedule or manual trigger".
      { parts: ['jobLabel', 'cadence'], weight: 0.8, minOtherWords: 0, underHeading: TRAINING_HEADING, unlessHeading: NOT_TRAINING_JOB_HEADING },
      // "Weekly retraining" is a complete answer.
      { parts: ['training', 'cadence'], weight: 0.9, minOtherWords: 0 },
      { parts: ['continuous'], weight: 0.85 },
      { parts: ['training', 'cadence'], weight: 0.8, within: 'unit' },
      { parts: ['adapting', 'eventDriven'], weight: 0.75 },
      { parts: ['cadencedTraining'], weight: 0.85, minOtherWords: 0 },
      { parts: ['offline', 'cadence'], weight: 0.7, minOtherWords: 0 },
      // An orchestrator's job that trains, scheduled in the same section: `with DAG("ranker_retrain", schedule_interval="@daily")`
      // reads as a unit naming the retrain job and a unit holding its schedule.
      { parts: ['training', 'jobSchedule'], weight: 0.85, within: 'section', minOtherWords: 0 },
      // Under a "Retraining" heading, column or list label ("**Model updates**" over "- weights re-estimated every two weeks"): the cadence is the whole answer.
      { parts: ['cadence'], weight: 0.85, minOtherWords: 0, listLabelHeads: true, underHeading: { en: ['retrain*', 'training {cadence|frequency|schedule}', 'model {update*|refresh*}', 'refresh*', 'cadence'], ru: ['переобучени*', 'дообучени*', 'ретрейн*', 'частот* обучени*', 'обновлени* модел*'], zh: ['重新训练', '训练频率', '模型更新', '更新频率'] } },
      { parts: ['noTraining'], weight: 0.8 },
    ],
    exclude: joinCues(NOT_TRAINING_CADENCE, {
      // Whether to retrain is left open, not a cadence: "每周对比特征分布，超过阈值就排查是否需要重训".
      en: ['whether {to retrain|a retrain|retraining|the model needs retraining|we need to retrain}', 'if {a retrain|retraining} is {needed|necessary|required}',
        // A model family's property in a comparison of candidates, not how this model is trained:
        // "GBDT (good for structured data, not for continual learning)", "NN (continual learning, expressive)".
        `{good|bad|great|suitable|suited|unsuitable|better|worse|ideal|easy|easier|hard|harder|difficult} for ${ONLINE_LEARNING}`,
        `{supports|support|supporting|allows|allow|enables|enable|capable of|amenable to|compatible with|friendly to} ${ONLINE_LEARNING}`,
        `{!NN|!NNs|!DNN|!DNNs|neural network*|neural net*|deep model*|!GBDT|!GBDTs|!GBM|xgboost|lightgbm|catboost|!LR|logistic regression|linear model*} ${ONLINE_LEARNING}`,
        '{is|are|was|were} not {trained|pretrained} from scratch', '{rather than|instead of|without} training … from scratch'],
      ru: ['{нужно|требуется|стоит|пора} ли {переобуч*|дообуч*}',
        // Not trained from scratch is how a model starts (open weights, then fine-tuning), not a cadence or a decision not to train.
        'не {обуча*|обучен*|тренир*|учится} с нуля', 'не с нуля', '{вместо|без} обучени* с нуля'],
      zh: ['是否{需要|要|应该|应当|有必要}{重训|重新训练|再训练|训练}', '要不要{重训|重新训练}', '不从{零|头}{训练|开始训练|学习}'],
    }),
    name: 'retraining',
    minOtherWords: 1,
  },
});
