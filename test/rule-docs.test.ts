// Every rule has a documentation page, rules/<id>/README.md, and the page's
// examples are real: the failing example is linted and must produce a finding
// of the rule, the passing example must not. The metadata line and the quick
// fix shown on the page are compared with the rule's own metadata, so the page
// cannot drift from the code. The generated rules table is checked the same
// way (`npm run rules-table` rewrites it).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_RULES } from '../rules/index.js';
import { applyLayer, defaultConfig } from '../server/config/presets.js';
import { validateConfig } from '../server/config/validate.js';
import { lint } from '../server/engine/lint.js';
import { snippetToPlain } from '../server/engine/fixes.js';
import type { Applicability, Rule } from '../server/engine/rule-api.js';
import { STEPS } from '../server/engine/types.js';
import {
  END_MARKER,
  MarkerError,
  START_MARKER,
  renderRulesTable,
  replaceMarkedRegion,
  rulePages,
  rulesInStepOrder,
  syncQuickFix,
  tableFiles,
} from '../scripts/gen-rules-table.js';

// Compiled to out/test/, so the repository root is two levels up.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RULES_DIR = join(ROOT, 'rules');

const REQUIRED_SECTIONS = [
  'What it checks',
  'Why a reviewer asks',
  'What satisfies it',
  'Failing example',
  'Passing example',
  'Quick fix',
  'Disabling',
] as const;

const APPLIES_TO_TEXT: Record<Applicability, string> = {
  always: 'all docs',
  'ranking-shaped': 'ranking-shaped systems only (†)',
  'rare-positives': 'rare-positive systems only (*)',
  problem: 'interview problems only (‡)',
};

const KIND_TEXT: Record<Rule['kind'], string> = {
  document: 'document-level: fires when missing',
  passage: 'passage-level: fires at the words',
};

interface FencedBlock {
  info: string;
  body: string;
}

interface RulePage {
  title: string;
  /** `## ` heading → the lines under it, up to the next `## ` heading. */
  sections: Map<string, string[]>;
  /** Section names in the order they appear. */
  order: string[];
  /** Lines between the title and the first `## ` heading. */
  intro: string[];
}

/** Splits a page into its `## ` sections; headings inside fenced blocks are ignored. */
function parsePage(markdown: string): RulePage {
  const lines = markdown.split(/\r?\n/);
  const sections = new Map<string, string[]>();
  const order: string[] = [];
  const intro: string[] = [];
  let title = '';
  let current: string[] = intro;
  let fence: string | undefined;
  for (const line of lines) {
    const opener = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opener && line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
      current.push(line);
      continue;
    }
    if (opener) {
      fence = opener[1];
      current.push(line);
      continue;
    }
    const heading = /^(#{1,2})\s+(.*?)\s*#*$/.exec(line);
    if (heading && heading[1] === '#' && !title) {
      title = heading[2];
      continue;
    }
    if (heading && heading[1] === '##') {
      current = [];
      sections.set(heading[2], current);
      order.push(heading[2]);
      continue;
    }
    current.push(line);
  }
  return { title, sections, order, intro };
}

/** Fenced code blocks in `lines`, in order. */
function fencedBlocks(lines: readonly string[]): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  let open: { fence: string; info: string; body: string[] } | undefined;
  for (const line of lines) {
    if (open) {
      const trimmed = line.trim();
      if (trimmed.startsWith(open.fence) && trimmed.replace(/[`~]/g, '') === '') {
        blocks.push({ info: open.info, body: open.body.join('\n') });
        open = undefined;
      } else open.body.push(line);
      continue;
    }
    const opener = /^\s*(`{3,}|~{3,})\s*(\S*)/.exec(line);
    if (opener) open = { fence: opener[1], info: opener[2], body: [] };
  }
  return blocks;
}

function readPage(rule: Rule): { text: string; page: RulePage } {
  const text = readFileSync(join(RULES_DIR, rule.meta.id, 'README.md'), 'utf8');
  return { text, page: parsePage(text) };
}

/** The Markdown example of a section: its first fenced block tagged `markdown` or `md`. */
function example(page: RulePage, section: string, ruleId: string): string {
  const block = fencedBlocks(page.sections.get(section) ?? []).find((b) => b.info === 'markdown' || b.info === 'md');
  assert.ok(block, `rules/${ruleId}/README.md: "## ${section}" needs a \`\`\`markdown fenced block`);
  return `${block.body}\n`;
}

/** Cells of the metadata table row under the header `| Step | Default severity | Applies to | Kind |`. */
function metadataRow(page: RulePage, ruleId: string): string[] {
  const rows = page.intro.filter((line) => line.trim().startsWith('|'));
  const headerIndex = rows.findIndex((row) => /\|\s*Step\s*\|\s*Default severity\s*\|\s*Applies to\s*\|\s*Kind\s*\|/.test(row));
  assert.ok(headerIndex >= 0, `rules/${ruleId}/README.md: metadata table "| Step | Default severity | Applies to | Kind |" is missing under the title`);
  const row = rows[headerIndex + 2];
  assert.ok(row, `rules/${ruleId}/README.md: metadata table has no row`);
  return row.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
}

/**
 * The default configuration with the rule at its catalog severity: interview
 * rules (‡) are off in mldl:recommended, so their examples are checked the
 * way the mldl:interview preset runs them.
 */
function ruleOn(ruleId: string) {
  const rule = ALL_RULES.find((r) => r.meta.id === ruleId);
  return rule ? applyLayer(defaultConfig(), { rules: { [ruleId]: rule.meta.severity } }) : defaultConfig();
}

function findingsOf(text: string, ruleId: string) {
  return lint(text, { force: true, config: ruleOn(ruleId) }).findings.filter((finding) => finding.ruleId === ruleId);
}

function describeFindings(text: string): string {
  const findings = lint(text, { force: true }).findings;
  return findings.map((f) => `${f.ruleId}@${f.range.start.line}`).join(', ') || '(none)';
}

describe('rule documentation pages', () => {
  test('every rules/*/README.md page belongs to a rule', () => {
    const ids = new Set(ALL_RULES.map((rule) => rule.meta.id));
    const orphans = readdirSync(RULES_DIR)
      .filter((name) => existsSync(join(RULES_DIR, name, 'README.md')))
      .filter((id) => !ids.has(id));
    assert.deepEqual(orphans, [], `pages without a rule in rules/index.ts: ${orphans.join(', ')}`);
  });

  for (const rule of ALL_RULES) {
    const id = rule.meta.id;
    describe(id, () => {
      test('page exists with the title and the required sections in order', () => {
        assert.ok(existsSync(join(RULES_DIR, id, 'README.md')), `rules/${id}/README.md is missing`);
        const { text, page } = readPage(rule);
        assert.ok(text.startsWith(`# ${id}\n`), `rules/${id}/README.md must start with "# ${id}"`);
        const summary = page.intro.find((line) => line.trim() !== '' && !line.trim().startsWith('|'));
        assert.ok(summary && summary.trim().length > 20, `rules/${id}/README.md: a one-line summary must follow the title`);
        const required: string[] = [...REQUIRED_SECTIONS];
        if (rule.meta.optionsSchema) required.splice(required.indexOf('Disabling'), 0, 'Options');
        const present = page.order.filter((name) => required.includes(name));
        assert.deepEqual(present, required, `rules/${id}/README.md: sections must be, in order: ${required.join(' / ')}`);
        for (const name of required) {
          const body = (page.sections.get(name) ?? []).join('\n').trim();
          assert.ok(body.length > 0, `rules/${id}/README.md: "## ${name}" is empty`);
        }
      });

      test('metadata table matches the rule', () => {
        const { page } = readPage(rule);
        const [step, severity, appliesTo, kind] = metadataRow(page, id);
        const stepIndex = (STEPS as readonly string[]).indexOf(rule.meta.step);
        const expectedStep = stepIndex === -1 ? rule.meta.step : `${stepIndex + 1} ${rule.meta.step}`;
        assert.equal(step, expectedStep, `rules/${id}/README.md: step`);
        assert.equal(severity, rule.meta.severity, `rules/${id}/README.md: default severity`);
        assert.equal(appliesTo, APPLIES_TO_TEXT[rule.meta.appliesTo], `rules/${id}/README.md: applies to`);
        assert.equal(kind, KIND_TEXT[rule.kind], `rules/${id}/README.md: kind`);
      });

      test('failing example is flagged by the rule', () => {
        const { page } = readPage(rule);
        const text = example(page, 'Failing example', id);
        assert.ok(findingsOf(text, id).length > 0, `rules/${id}/README.md: the failing example must produce a ${id} finding; got ${describeFindings(text)}`);
      });

      test('passing example settles the rule', () => {
        const { page } = readPage(rule);
        const text = example(page, 'Passing example', id);
        assert.deepEqual(
          findingsOf(text, id).map((f) => `line ${f.range.start.line}: ${f.message}`),
          [],
          `rules/${id}/README.md: the passing example must not produce a ${id} finding`,
        );
        if (rule.kind === 'document') {
          // Covered, not merely out of scope: a † example that is not a ranking system would pass vacuously.
          const status = lint(text, { force: true, config: ruleOn(id) }).coverage.find((entry) => entry.ruleId === id)?.status;
          assert.equal(status, 'covered', `rules/${id}/README.md: the passing example must cover ${id}, got "${status}"`);
        }
      });

      if (rule.kind === 'document') {
        test('quick fix section shows the inserted skeleton', () => {
          const { page } = readPage(rule);
          const blocks = fencedBlocks(page.sections.get('Quick fix') ?? []).map((b) => b.body.trim());
          const expected = snippetToPlain(rule.fix.snippet).trim();
          assert.ok(blocks.includes(expected), `rules/${id}/README.md: "## Quick fix" must show the inserted text in a \`\`\`markdown block (\`npm run rules-table\` refreshes it):\n${expected}`);
          const body = (page.sections.get('Quick fix') ?? []).join('\n');
          assert.ok(body.includes(rule.fix.title), `rules/${id}/README.md: "## Quick fix" must name the code action "${rule.fix.title}"`);
        });
      }

      if (rule.meta.optionsSchema) {
        test('options section names every option', () => {
          const { page } = readPage(rule);
          const body = (page.sections.get('Options') ?? []).join('\n');
          const properties = Object.keys((rule.meta.optionsSchema?.properties as Record<string, unknown> | undefined) ?? {});
          for (const option of properties) assert.ok(body.includes(`\`${option}\``), `rules/${id}/README.md: "## Options" must describe \`${option}\``);
          // The configuration example must be one the loader accepts, options included.
          const json = fencedBlocks(page.sections.get('Options') ?? []).find((b) => b.info === 'json');
          assert.ok(json, `rules/${id}/README.md: "## Options" needs a \`\`\`json example`);
          const { config, problems } = validateConfig(JSON.parse(json.body));
          assert.deepEqual(problems, [], `rules/${id}/README.md: the options example must validate`);
          const entry = config.rules?.[id];
          assert.ok(Array.isArray(entry) && Object.keys(entry[1] ?? {}).length > 0, `rules/${id}/README.md: the example must set options for ${id}`);
        });
      }

      test('the disabling forms shown on the page switch the rule off', () => {
        const { page } = readPage(rule);
        const failing = example(page, 'Failing example', id);
        const { config: layer, problems } = validateConfig({ rules: { [id]: 'off' } });
        assert.deepEqual(problems, []);
        const configured = lint(failing, { force: true, config: applyLayer(ruleOn(id), layer) });
        assert.deepEqual(configured.findings.filter((f) => f.ruleId === id), [], `"rules": {"${id}": "off"} must silence ${id}`);
        const frontMatter = `mldl:\n  rules:\n    ${id}: off\n`;
        const withFrontMatter = failing.startsWith('---\n') ? `---\n${frontMatter}${failing.slice(4)}` : `---\n${frontMatter}---\n${failing}`;
        assert.deepEqual(findingsOf(withFrontMatter, id), [], `front matter \`${id}: off\` must silence ${id}`);
        const body = failing.startsWith('---\n') ? failing.indexOf('\n---\n', 3) + 5 : 0;
        const withComment = `${failing.slice(0, body)}<!-- mldl-disable ${id} -->\n\n${failing.slice(body)}`;
        assert.deepEqual(findingsOf(withComment, id), [], `<!-- mldl-disable ${id} --> must silence ${id}`);
      });

      test('disabling section shows config, front matter and inline forms', () => {
        const { page } = readPage(rule);
        const body = (page.sections.get('Disabling') ?? []).join('\n');
        assert.ok(body.includes(`"${id}": "off"`), `rules/${id}/README.md: show \`"rules": {"${id}": "off"}\``);
        assert.ok(body.includes(`${id}: off`), `rules/${id}/README.md: show the front matter form \`${id}: off\``);
        assert.ok(body.includes(`<!-- mldl-disable ${id} -->`), `rules/${id}/README.md: show \`<!-- mldl-disable ${id} -->\``);
      });
    });
  }
});

describe('rules table', () => {
  test('lists every rule once, in framework-step order, linked to its page', () => {
    const table = renderRulesTable('rules/');
    const rows = table.split('\n').slice(2);
    assert.equal(rows.length, ALL_RULES.length);
    const ids = rows.map((row) => /\[`([a-z0-9-]+)`\]\(rules\/\1\/README\.md\)/.exec(row)?.[1]);
    assert.deepEqual(ids, rulesInStepOrder().map((rule) => rule.meta.id));
    const stepRank = (id: string | undefined): number => {
      const step = ALL_RULES.find((rule) => rule.meta.id === id)?.meta.step ?? 'any';
      const index = (STEPS as readonly string[]).indexOf(step);
      return index === -1 ? STEPS.length : index;
    };
    const ranks = ids.map(stepRank);
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'rows must follow the framework steps');
    assert.match(table, /\[`cold-start`\]\(rules\/cold-start\/README\.md\) †/);
    assert.match(table, /\[`class-imbalance`\]\(rules\/class-imbalance\/README\.md\) \*/);
  });

  test('replaces only the region between the markers', () => {
    const before = `intro\n${START_MARKER}\nold table\n${END_MARKER}\noutro\n`;
    const after = replaceMarkedRegion(before, '| new |', 'README.md');
    assert.equal(after, `intro\n${START_MARKER}\n| new |\n${END_MARKER}\noutro\n`);
    assert.equal(replaceMarkedRegion('no markers here\n', '| new |', 'README.md'), undefined);
    assert.throws(() => replaceMarkedRegion(`a\n${START_MARKER}\nb\n`, '| new |', 'README.md'), (error: unknown) => {
      return error instanceof MarkerError && /README\.md:2: .*has no/.test(error.message);
    });
  });

  test('the quick-fix sync rewrites only the skeleton block', () => {
    const rule = ALL_RULES.find((r) => r.kind === 'document');
    assert.ok(rule && rule.kind === 'document');
    const page = '# x\n\n## Quick fix\n\nInserts this:\n\n```markdown\n- stale skeleton\n```\n\nAfter.\n\n## Disabling\n\n```markdown\nkeep me\n```\n';
    const synced = syncQuickFix(page, rule);
    assert.equal(synced, page.replace('- stale skeleton', snippetToPlain(rule.fix.snippet)));
    assert.equal(syncQuickFix(synced, rule), synced, 'syncing twice changes nothing');
  });

  test('the committed rule pages have current quick-fix skeletons (run `npm run rules-table` if this fails)', () => {
    const pages = rulePages();
    assert.equal(pages.length, ALL_RULES.length);
    const stale = pages.filter((p) => p.current !== p.expected).map((p) => p.file);
    assert.deepEqual(stale, [], `quick-fix skeletons out of date in ${stale.join(', ')}; run \`npm run rules-table\``);
  });

  test('the committed table is up to date (run `npm run rules-table` if this fails)', () => {
    const files = tableFiles();
    assert.ok(files.length > 0, `no file among README.md, docs/rules.md has the ${START_MARKER} markers`);
    for (const { file, current, expected } of files) {
      assert.ok(current === expected, `${file}: the rules table is out of date; run \`npm run rules-table\``);
    }
  });
});
