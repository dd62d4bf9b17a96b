// Quick fixes in the document's language (issue 15): in a Russian or Chinese
// design doc, the skeleton a fix inserts is Russian or Chinese (from
// rules/<id>/fix-i18n.ts), as the section title it creates already was; and,
// as in English (test/engine-fixes.test.ts), accepting it settles the rule.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint } from '../server/linter.js';
import { applyInsertion } from '../server/engine/fixes.js';
import { STEP_TITLES_BY_LANG } from '../server/engine/step-titles.js';
import { wordingFor, type DocumentRule, type FixLanguage, type LocalizedFix, type MessageVariant } from '../server/engine/rule-api.js';
import { ALL_RULES } from '../rules/index.js';
import { REPO_ROOT } from './lsp-harness.js';
import { assertKeepsWritersText } from './fix-safety.js';
import type { Finding, Step } from '../server/engine/types.js';

const DOCUMENT_RULES = ALL_RULES.filter((rule): rule is DocumentRule => rule.kind === 'document');

/** Letters of the language's own script: Cyrillic, or Han. */
const SCRIPT: Record<FixLanguage, RegExp> = { ru: /\p{Script=Cyrillic}/gu, zh: /\p{Script=Han}/gu };
const LATIN = /\p{Script=Latin}/gu;

/** Sentences of our own, neutral for every rule: each step has a section and says nothing a rule looks for. */
const SENTENCES: Record<FixLanguage, Record<Step, string>> = {
  ru: {
    requirements: 'Пользователи видят список вакансий на главной странице сайта.',
    framing: 'На главной странице показывается двадцать вакансий.',
    data: 'У нас есть история за последний год.',
    model: 'За эту часть отвечает команда релевантности.',
    evaluation: 'Обсуждается на еженедельной встрече команды.',
    serving: 'Работает в основном регионе.',
    monitoring: 'За это отвечает команда вакансий.',
  },
  zh: {
    requirements: '用户在首页看到一组职位列表。',
    framing: '首页展示二十个职位。',
    data: '我们有过去一年的历史记录。',
    model: '这部分由相关性团队负责。',
    evaluation: '在每周的团队会议上讨论。',
    serving: '运行在主区域。',
    monitoring: '这部分由职位团队负责。',
  },
};

const TITLE: Record<FixLanguage, string> = { ru: 'Рекомендации вакансий', zh: '职位推荐' };

/** Interview-problem rules are off outside the interview preset: the doc's front matter switches them on. */
const INTERVIEW_RULES = DOCUMENT_RULES.filter((rule) => rule.meta.appliesTo === 'problem').map((rule) => rule.meta.id);

/**
 * `system: ads` is ranking-shaped with rare positives, so every document rule
 * applies; an interview rule applies under a `problem:` naming one of its problems.
 */
function baseDoc(lang: FixLanguage, problem?: string): string {
  const interview = problem ? `problem: ${problem}\nmldl:\n  rules:\n${INTERVIEW_RULES.map((id) => `    ${id}: warning\n`).join('')}` : '';
  const front = `---\nsystem: ads\n${interview}---\n`;
  const steps = Object.entries(SENTENCES[lang]) as Array<[Step, string]>;
  return `${front}# ${TITLE[lang]}\n\n${steps.map(([step, sentence]) => `## ${STEP_TITLES_BY_LANG[lang][step]}\n\n${sentence}\n`).join('\n')}`;
}

function documentFindings(text: string): Finding[] {
  return lint(text, { force: true }).findings.filter((f) => f.kind === 'document');
}

/** What an editor inserts for a snippet when the writer accepts every default. */
function expandSnippet(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

const tabStops = (snippet: string): string[] => [...snippet.matchAll(/\$\{(\d+)/g)].map((m) => m[1]).sort();

test('every document rule has its fix in Russian and Chinese, for the default and for each variant with a fix', () => {
  for (const rule of DOCUMENT_RULES) {
    assert.ok(fs.existsSync(path.join(REPO_ROOT, 'rules', rule.meta.id, 'fix-i18n.ts')), `${rule.meta.id}: rules/${rule.meta.id}/fix-i18n.ts`);
    assert.ok(rule.fixTranslations, `${rule.meta.id}: the catalog attaches its translations (npm run generate)`);
    const variantsWithFix = Object.entries(rule.variants ?? {}).filter(([, v]) => v?.fix).map(([k]) => k).sort();
    for (const lang of ['ru', 'zh'] as const) {
      const localized: LocalizedFix = rule.fixTranslations![lang];
      assert.deepEqual(Object.keys(localized.variants ?? {}).sort(), variantsWithFix, `${rule.meta.id} ${lang}: the same variants as in English`);
      const pairs: Array<[string, string, string]> = [['default', rule.fix.snippet, localized.snippet]];
      for (const key of variantsWithFix) pairs.push([key, rule.variants![key as MessageVariant]!.fix!.snippet, localized.variants![key as MessageVariant]!]);
      for (const [what, english, translated] of pairs) {
        // The same tab stops, so the editor walks the same fields.
        assert.deepEqual(tabStops(translated), tabStops(english), `${rule.meta.id} ${lang} ${what}: tab stops`);
        // Written in the language: its script outweighs Latin (model names and metrics stay Latin).
        const own = translated.match(SCRIPT[lang])?.length ?? 0;
        const latin = translated.match(LATIN)?.length ?? 0;
        assert.ok(own > latin, `${rule.meta.id} ${lang} ${what}: ${own} ${lang} letters, ${latin} Latin: ${translated}`);
        assert.match(translated, /^- \*\*[^*]+\*\*/, `${rule.meta.id} ${lang} ${what}: a bold label, as in English`);
      }
    }
  }
});

test('wordingFor picks the localized variant, never the default skeleton in a variant\'s place; English without a language', () => {
  const baseline = DOCUMENT_RULES.find((r) => r.meta.id === 'baseline-model')!;
  const forecasting = { generative: false, task: 'forecasting' as const };
  assert.equal(wordingFor(baseline, forecasting, 'ru').fix.snippet, baseline.fixTranslations!.ru.variants!.forecasting);
  assert.equal(wordingFor(baseline, forecasting, 'zh').fix.snippet, baseline.fixTranslations!.zh.variants!.forecasting);
  assert.equal(wordingFor(baseline, forecasting).fix.snippet, baseline.variants!.forecasting!.fix!.snippet);
  assert.equal(wordingFor(baseline, { generative: true, task: 'classification' }, 'zh').fix.snippet, baseline.fixTranslations!.zh.variants!.generative);
  // The title is the editor's interface: it stays as the rule words it.
  assert.equal(wordingFor(baseline, forecasting, 'ru').fix.title, baseline.variants!.forecasting!.fix!.title);
  // A rule without translations keeps its English skeleton in a Russian doc.
  const bare: DocumentRule = { ...baseline, fixTranslations: undefined };
  assert.equal(wordingFor(bare, forecasting, 'ru').fix.snippet, baseline.variants!.forecasting!.fix!.snippet);
});

// Interview-problem rules apply only under a `problem:` naming one of theirs.
const PROBLEMS = [undefined, ...new Set(DOCUMENT_RULES.flatMap((rule) => (rule.meta.problems ?? []).slice(0, 1)))];

for (const lang of ['ru', 'zh'] as const) {
  describe(`a ${lang === 'ru' ? 'Russian' : 'Chinese'} design doc`, () => {
    const cases = PROBLEMS.map((problem) => {
      const base = baseDoc(lang, problem);
      const findings = documentFindings(base).filter((f) => problem === undefined || DOCUMENT_RULES.find((r) => r.meta.id === f.ruleId)?.meta.appliesTo === 'problem');
      return { problem, base, findings };
    });
    const fired = new Set(cases.flatMap((c) => c.findings.map((f) => f.ruleId)));

    test('every document rule fires on the bare doc (so each skeleton is tried below)', () => {
      assert.deepEqual(DOCUMENT_RULES.map((r) => r.meta.id).filter((id) => !fired.has(id)), []);
    });

    test('each fix inserts the skeleton in the doc\'s language, keeping the writer\'s text', () => {
      for (const { base, findings } of cases) {
        for (const finding of findings) {
          const rule = DOCUMENT_RULES.find((r) => r.meta.id === finding.ruleId)!;
          const insertion = finding.fixes[0].insertion;
          assertKeepsWritersText(base, insertion, finding.ruleId);
          // The default skeleton, or the variant for the doc's task (`system: ads` ranks).
          const localized = rule.fixTranslations![lang];
          const skeletons = [localized.snippet, ...Object.values(localized.variants ?? {})];
          assert.ok(skeletons.some((skeleton) => insertion.snippet.includes(skeleton)), `${finding.ruleId}: a ${lang} skeleton is inserted:\n${insertion.snippet}`);
        }
      }
    });

    test('accepting the snippet\'s defaults settles the rule, as in English', () => {
      const unsettled: string[] = [];
      for (const { base, findings } of cases) {
        for (const finding of findings) {
          const { offset, snippet } = finding.fixes[0].insertion;
          const fixed = base.slice(0, offset) + expandSnippet(snippet) + base.slice(offset + (finding.fixes[0].insertion.replaces?.length ?? 0));
          if (documentFindings(fixed).some((f) => f.ruleId === finding.ruleId)) unsettled.push(`${finding.ruleId}: ${expandSnippet(snippet).trim()}`);
          // The plain text (what a client without snippets inserts) settles it too.
          if (documentFindings(applyInsertion(base, finding.fixes[0].insertion)).some((f) => f.ruleId === finding.ruleId)) unsettled.push(`${finding.ruleId} (plain text)`);
        }
      }
      assert.deepEqual(unsettled, []);
    });

    test('each variant\'s skeleton settles the rule wherever the English variant does, in the same doc and place', () => {
      // Concepts depend on the task (a regression doc's "Target" is not a ranking doc's label), so
      // a variant is tried where the default went, in this ranking doc, against its English original.
      const unsettled: string[] = [];
      for (const { base, findings } of cases) {
        for (const finding of findings) {
          const rule = DOCUMENT_RULES.find((r) => r.meta.id === finding.ruleId)!;
          const { offset } = finding.fixes[0].insertion;
          const end = offset + (finding.fixes[0].insertion.replaces?.length ?? 0);
          const settles = (skeleton: string): boolean =>
            !documentFindings(`${base.slice(0, offset)}\n\n${expandSnippet(skeleton)}\n\n${base.slice(end)}`).some((f) => f.ruleId === finding.ruleId);
          for (const [key, variant] of Object.entries(rule.fixTranslations![lang].variants ?? {})) {
            const english = rule.variants![key as MessageVariant]!.fix!.snippet;
            if (settles(english) && !settles(variant)) unsettled.push(`${finding.ruleId} ${key}: ${expandSnippet(variant)}`);
          }
        }
      }
      assert.deepEqual(unsettled, []);
    });
  });
}
