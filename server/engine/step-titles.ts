// The framework steps' titles: what a report, a hover or a quick fix calls
// each step. Apart from steps.ts (which reads headings with the text layer)
// so that the language server can answer before loading the text layer.
import type { Lang } from './text/script.js';
import type { Step } from './types.js';

export const STEP_TITLES: Record<Step, string> = {
  requirements: 'Requirements',
  framing: 'Problem framing',
  data: 'Data',
  model: 'Model',
  evaluation: 'Evaluation',
  serving: 'Serving',
  monitoring: 'Monitoring',
};

/**
 * Step titles for a section a quick fix creates, in the document's language
 * (each maps back to its step, test/engine-steps.test.ts).
 */
export const STEP_TITLES_BY_LANG: Record<Lang, Record<Step, string>> = {
  en: STEP_TITLES,
  ru: {
    requirements: 'Требования',
    framing: 'Постановка задачи',
    data: 'Данные',
    model: 'Модель',
    evaluation: 'Оценка качества',
    serving: 'Внедрение',
    monitoring: 'Мониторинг',
  },
  zh: {
    requirements: '需求',
    framing: '问题建模',
    data: '数据',
    model: '模型',
    evaluation: '评估',
    serving: '线上服务',
    monitoring: '监控',
  },
};
