import { defineDocumentRule } from '../../server/engine/rule-kit.js';

export default defineDocumentRule({
  meta: {
    id: 'human-review-loop',
    step: 'serving',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['harmful-content-detection'],
    description: 'Routes uncertain cases to human reviewers and feeds their decisions back as labels.',
  },
  message: 'No human review loop: say which cases go to human moderators (a score band, appeals), how their capacity bounds the thresholds, and how their decisions flow back as training labels.',
  fix: {
    title: 'Add a human review loop',
    snippet: '- **Human review:** posts scoring between ${1:0.6 and 0.9} go to a moderator queue (capacity ${2:50k/day}), above ${3:0.9} are removed with appeal; moderator decisions are logged as labels for retraining',
  },
  // Moderation is a model and a team: uncertain cases go to human reviewers,
  // whose decisions become labels and whose capacity bounds the thresholds.
  concept: {
    parts: {
      humans: {
        cues: {
          en: ['human {review*|moderat*|label*|rater*|in the loop|agents|experts}', 'moderator*', 'reviewer*', 'review queue*', 'manual review*', 'trust {and|&} safety {team|agents}', 'content reviewer*', 'annotator*', 'rater*', 'labelling team', 'labeling team'],
          ru: ['модератор*', 'ручн* {провер*|модерац*|разметк*}', 'асессор*', 'разметчик*', 'очеред* {модерац*|на провер*}', 'человек в контуре', 'эксперт*'],
          zh: ['人工审核', '审核员', '人工复核', '标注员', '人工标注', '审核队列'],
        },
      },
      routing: {
        cues: {
          en: ['queue*', 'rout*', 'send*', 'sent', 'escalat*', 'uncertain*', 'borderline', 'threshold*', 'between', 'appeal*', 'capacity', 'per {day|hour}', 'decision*', 'label*', 'retrain*', 'feed* back', 'overturn*', 'priorit*'],
          ru: ['очеред*', 'направля*', 'направл*', 'отправля*', 'эскалир*', 'неуверенн*', 'пограничн*', 'порог*', 'между', 'апелляц*', 'обжалова*', 'пропускн*', 'в день', 'в час', 'решени*', 'метк*', 'переобуч*', 'приоритет*'],
          zh: ['队列', '转人工', '送审', '阈值', '之间', '申诉', '产能', '决定', '标签', '重新训练', '优先'],
        },
      },
    },
    settledBy: [{ parts: ['humans', 'routing'], weight: 0.85 }],
    name: 'humans',
  },
});
