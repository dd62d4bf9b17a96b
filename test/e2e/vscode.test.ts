// The extension in a real VS Code: code-server 4.100.3 in headless chromium.
//   1. `npm run package` builds a .vsix with only what the extension needs;
//   2. a suite runs INSIDE the extension host (test/e2e/host/suite.ts):
//      diagnostics, quick fix, settings, coverage, commands;
//   3. a second suite runs the interview practice flow inside the extension
//      host (test/e2e/host/practice-suite.ts);
//   4. the packaged .vsix, installed with --install-extension, shows its
//      findings in the Problems panel of the browser UI, and a practice
//      interview runs from the command palette to the scorecard webview
//      (screenshots in test-output/e2e/; MLDL_E2E_README_SHOTS=1 also
//      refreshes docs/images/).
// Under CI a missing code-server or chromium fails the test; locally it skips
// loudly (provision with: apt-get install -y chromium libkrb5-dev ripgrep &&
// bash scripts/install-code-server.sh).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import {
  installExtension,
  launchBrowser,
  makeProfile,
  missingTools,
  runExtensionTests,
  startCodeServer,
  type CodeServer,
} from './harness.js';
import { listZip } from './zip.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const output = join(root, 'test-output', 'e2e');
const fixtures = join(root, 'test', 'e2e', 'fixtures');
const vsixPath = join(output, 'ml-design-lint.vsix');
const FIXTURE = 'job-recommendations.md';
const readmeShots = process.env.MLDL_E2E_README_SHOTS === '1';

const missing = missingTools();
if (missing.length > 0 && !process.env.CI) {
  console.error(
    `\n${'!'.repeat(78)}\n!! SKIPPING the real VS Code test: missing ${missing.join(', ')}.\n` +
      `!! Provision: apt-get install -y chromium libkrb5-dev ripgrep && bash scripts/install-code-server.sh\n${'!'.repeat(78)}\n`,
  );
}

/** Settings for a quiet, reproducible workbench (no welcome page, no trust prompt). */
const WORKBENCH_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'window.zoomLevel': 0,
  // The test workspaces live inside this repository: keep Git's prompts out of the screenshots.
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

function freshWorkspace(name: string): string {
  const dir = join(output, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(fixtures)) cpSync(join(fixtures, file), join(dir, file));
  return dir;
}

function freshDir(name: string): string {
  const dir = join(output, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('real VS Code (code-server 4.100.3)', { skip: missing.length > 0 && !process.env.CI ? `missing ${missing.join(', ')}` : false }, () => {
  let browser: Browser | undefined;
  const servers: CodeServer[] = [];

  before(async () => {
    assert.deepEqual(missing, [], `CI must provision the real-editor test (.ci/run): missing ${missing.join(', ')}`);
    mkdirSync(output, { recursive: true });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    for (const server of servers) await server.stop();
  });

  test('npm run package builds a .vsix with only what the extension needs', { timeout: 120_000 }, () => {
    rmSync(vsixPath, { force: true });
    execFileSync(process.execPath, [join(root, 'scripts', 'package-vsix.mjs'), '--out', vsixPath], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    const size = statSync(vsixPath).size;
    const entries = listZip(vsixPath);
    const names = entries.map((e) => e.name);
    for (const required of [
      'extension/package.json',
      'extension/dist/client.cjs',
      'extension/dist/server.cjs',
      'extension/dist/server-main.cjs',
      'extension/dist/review-worker.cjs',
      'extension/dist/config-libs.cjs',
      'extension/schema/mldlrc.schema.json',
      'extension/syntaxes/mldl-injection.tmLanguage.json',
      'extension/snippets/markdown.json',
      'extension/images/icon.png',
      'extension/images/review.svg',
      'extension/readme.md',
      'extension/changelog.md',
      'extension/LICENSE.txt',
    ]) {
      assert.ok(names.includes(required), `${required} is in the .vsix (has: ${names.join(', ')})`);
    }
    const ruleIds = readdirSync(join(root, 'rules')).filter((id) => existsSync(join(root, 'rules', id, 'README.md')));
    assert.ok(ruleIds.length > 0, 'the rule pages are found');
    for (const id of ruleIds) assert.ok(names.includes(`extension/rules/${id}/README.md`), `rules/${id}/README.md is in the .vsix`);
    const unwanted = names.filter((n) => /node_modules|\/out\/|\/test|\/fixtures\/|\/client\/|\/server\/|\.ts$|\.map$|\.vsix$|tsconfig/.test(n));
    assert.deepEqual(unwanted, [], 'nothing else is packaged');
    assert.ok(size < 2_000_000, `the .vsix is small (${size} bytes)`);
    const manifestEntry = entries.find((e) => e.name === 'extension/package.json');
    const manifest = JSON.parse(manifestEntry!.read().toString('utf8')) as Record<string, any>;
    assert.equal(manifest.engines.vscode, '^1.100.0', 'loads in code-server 4.100.3 (VS Code 1.100.3)');
    assert.equal(manifest.main, './dist/client.cjs');
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.dependencies, undefined, 'bundled: no runtime dependencies');
    console.log(`    ${vsixPath}: ${size} bytes, ${names.length} files`);
  });

  /** Runs a suite module (test/e2e/host/<name>.ts) inside the extension host of a fresh code-server. */
  async function runHostSuite(name: string, timeoutMs: number): Promise<void> {
    // The extension under development is the repository itself (dist/ from the packaging test).
    assert.ok(existsSync(join(root, 'dist', 'client.cjs')) && existsSync(join(root, 'dist', 'server.cjs')), 'dist/ is built');
    const suite = join(output, 'host', `${name}.cjs`);
    await build({
      entryPoints: [join(root, 'test', 'e2e', 'host', `${name}.ts`)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
      outfile: suite,
      logLevel: 'warning',
    });
    const workspace = freshWorkspace(`ws-${name}`);
    const profile = makeProfile(freshDir(`profile-${name}`), WORKBENCH_SETTINGS);
    const server = await startCodeServer(workspace, profile);
    servers.push(server);
    const page = await browser!.newPage();
    try {
      const run = await runExtensionTests(page, server, {
        folder: workspace,
        extensionDevelopmentPath: root,
        extensionTestsPath: suite,
        timeoutMs,
      });
      assert.equal(run.exitCode, 0, `the in-editor suite ${name} failed:\n${run.log.filter((l) => !l.includes('[trace]')).slice(-60).join('\n')}`);
      assert.ok(run.log.some((l) => /checks passed/.test(l)), 'the suite ran its checks');
    } finally {
      await page.close();
      await server.stop();
    }
  }

  test('a suite inside the extension host: diagnostics, quick fix, settings, coverage, commands', { timeout: 170_000 }, async () => {
    await runHostSuite('suite', 150_000);
  });

  test('a practice interview inside the extension host: start, type, hints, end, scorecard webview, trend', { timeout: 120_000 }, async () => {
    await runHostSuite('practice-suite', 100_000);
  });

  test('the packaged .vsix shows findings in the Problems panel of the browser UI', { timeout: 120_000 }, async () => {
    assert.ok(existsSync(vsixPath), 'the .vsix was built');
    const profile = makeProfile(freshDir('profile-ui'), WORKBENCH_SETTINGS);
    const installed = installExtension(vsixPath, profile);
    assert.match(installed, /ml-design-lint.*successfully installed/i);
    const workspace = freshWorkspace('ws-ui');
    const server = await startCodeServer(workspace, profile);
    servers.push(server);
    const page = await browser!.newPage({ viewport: { width: 1400, height: 860 } });
    try {
      await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
      await openFromExplorer(page, FIXTURE);
      await page.locator('.squiggly-warning, .squiggly-error').first().waitFor({ timeout: 30_000 });

      // Bring the Evaluation section (a missing A/B test, a "TBD") into view.
      await goToLine(page, lineOf(join(workspace, FIXTURE), '## Evaluation'));
      await page.keyboard.press('Control+Shift+M');
      const problems = page.locator('.markers-panel');
      await problems.waitFor({ timeout: 10_000 });
      await page.waitForFunction(() => document.querySelector('.markers-panel')?.textContent?.includes('ab-test'), null, { timeout: 20_000 });
      const text = (await problems.innerText()).replace(/\s+/g, ' ');
      assert.match(text, /No online experiment is planned/, 'the ab-test finding is listed');
      assert.match(text, /mldl/, 'with its source');
      assert.match(text, /placeholder-text|Placeholder "TBD"/, 'and the passage finding');
      await shot(page, 'problems-panel.png', 'extension-findings.png');

      // The status bar item opens the ML Design Review view, in its own
      // activity-bar container: the whole side bar height, not a strip under
      // the file tree.
      const status = page.locator('.statusbar-item', { hasText: /ML review \d+\/\d+/ });
      await status.waitFor({ timeout: 20_000 });
      assert.match(await status.innerText(), /ML review \d+\/\d+/);
      await page.keyboard.press('Control+Shift+M'); // close the panel again
      await status.click();
      await page.waitForFunction(
        () => {
          const rows = [...document.querySelectorAll('.monaco-list-row')].map((row) => row.textContent ?? '');
          return ['Requirements', 'Evaluation', 'Monitoring'].every((step) => rows.some((r) => r.startsWith(step))) &&
            rows.some((r) => r.includes('privacy-constraints'));
        },
        null,
        { timeout: 20_000 },
      );
      const tree = page.locator('.pane', { hasText: 'ML Design Review' }).first();
      assert.match(await tree.innerText(), /\d+\/\d+ review points covered · recommendation/);
      const explorerOpen = await page.locator('.explorer-folders-view').isVisible();
      assert.equal(explorerOpen, false, 'the review replaces the Explorer in the side bar');
      const height = (await tree.boundingBox())?.height ?? 0;
      assert.ok(height > 860 * 0.6, `the review view is ${height} px tall in an 860 px window`);
      await shot(page, 'coverage-view.png', 'coverage-view.png');

      // Quick fix on the Evaluation heading, where the ab-test finding sits.
      await goToLine(page, lineOf(join(workspace, FIXTURE), '## Evaluation'));
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget');
      await menu.waitFor({ timeout: 15_000 });
      await page.waitForFunction(() => document.querySelector('.action-widget')?.textContent?.includes('A/B test'), null, { timeout: 15_000 });
      assert.match(await menu.innerText(), /Plan an A\/B test/);
      await shot(page, 'quick-fix.png', 'quick-fix.png');
    } catch (error) {
      await page.screenshot({ path: join(output, 'failure.png') }).catch(() => undefined);
      throw error;
    } finally {
      await page.close();
      await server.stop();
    }
  });

  test('a practice interview in the browser UI: palette, quick pick, countdown, hint, scorecard webview', { timeout: 120_000 }, async () => {
    assert.ok(existsSync(vsixPath), 'the .vsix was built');
    const profile = makeProfile(freshDir('profile-practice-ui'), WORKBENCH_SETTINGS);
    installExtension(vsixPath, profile);
    const workspace = freshWorkspace('ws-practice-ui');
    const server = await startCodeServer(workspace, profile);
    servers.push(server);
    const page = await browser!.newPage({ viewport: { width: 1500, height: 900 } });
    try {
      await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
      // The extension activates on Markdown: open one, then close the side bar for room.
      await openFromExplorer(page, FIXTURE);
      // The palette lists what was registered when it opened: wait for the extension to be up.
      await page.locator('.statusbar-item', { hasText: /ML review \d+\/\d+/ }).waitFor({ timeout: 30_000 });
      await page.keyboard.press('Control+B');

      await runCommand(page, 'ML Design Lint: Start practice interview');
      const pick = page.locator('.quick-input-widget');
      await page.waitForFunction(() => document.querySelector('.quick-input-widget')?.textContent?.includes('Random problem'), null, { timeout: 15_000 });
      assert.match(await pick.innerText(), /Design a system that recommends jobs to LinkedIn users/, 'the problem bank is offered');
      await page.keyboard.type('fraudulent payment');
      await page.keyboard.press('Enter');
      await page.locator('.tab', { hasText: /practice-payment-fraud-detection/ }).first().waitFor({ timeout: 15_000 });
      const countdown = page.locator('.statusbar-item', { hasText: /\d+:\d\d practice/ });
      await countdown.waitFor({ timeout: 15_000 });
      assert.match(await countdown.innerText(), /4[45]:\d\d practice/);

      // Type a partial answer under the skeleton's headings (lines 12, 15 and 18 of the new doc).
      const answer: Array<[number, string]> = [
        [18, 'Labels come from chargebacks, which arrive up to 60 days after the payment, so training only uses transactions older than a 60-day maturation window.'],
        [15, 'The model predicts the probability that a transaction is fraud, a binary classification with a decline threshold.'],
        [12, 'The business goal is to cut fraud losses by 30 % while declining fewer than 0.5 % of legitimate payments. Scoring must finish within 100 ms at p99 for 2,000 transactions per second.'],
      ];
      for (const [line, text] of answer) {
        await goToLine(page, line);
        await page.keyboard.insertText(text); // one input event per answer, as a paste: typing each key is slow
      }
      await runCommand(page, 'Notifications: Clear All Notifications');
      await runCommand(page, 'ML Design Lint: Practice hint');
      const toast = page.locator('.notification-toast', { hasText: 'Hint (' });
      await toast.waitFor({ timeout: 15_000 });
      // Expand the toast so the whole question shows (screenshot).
      await toast.hover();
      await toast.locator('.codicon-notifications-expand').click({ timeout: 3_000 }).catch(() => undefined);
      await page.mouse.move(600, 500); // no hover tooltip in the picture
      assert.match(await toast.innerText(), /Hint \(Requirements\)/);
      assert.equal(await page.locator('.squiggly-warning, .squiggly-error').count(), 0, 'no findings shown while practising');
      await shot(page, 'practice-session.png', 'practice-session.png');

      await runCommand(page, 'ML Design Lint: End practice interview');
      const card = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await card.locator('h1', { hasText: 'Interview scorecard' }).waitFor({ timeout: 20_000 });
      const text = (await card.locator('body').innerText()).replace(/\s+/g, ' ');
      assert.match(text, /Design a system that detects fraudulent payment transactions/);
      assert.match(text, /label-delay \(problem-specific\)/, 'the problem point that was covered');
      assert.match(text, /Why interviewers ask/);
      assert.match(text, /Trend: .*first attempt/);
      await runCommand(page, 'Notifications: Clear All Notifications');
      await shot(page, 'practice-scorecard.png', 'practice-scorecard.png');
    } catch (error) {
      await page.screenshot({ path: join(output, 'failure-practice.png') }).catch(() => undefined);
      throw error;
    } finally {
      await page.close();
      await server.stop();
    }
  });
});

function lineOf(file: string, text: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((l) => l.startsWith(text));
  assert.ok(index >= 0, `${text} in ${file}`);
  return index + 1;
}

async function goToLine(page: Page, line: number): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

/** Runs a command from the palette by its full title; retried once, since the palette may have opened early. */
async function runCommand(page: Page, title: string): Promise<void> {
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^ML Design Lint: /, '') }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
    await page.keyboard.type(title);
    try {
      await row.waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (attempt === 2) throw error;
    }
  }
  await page.keyboard.press('Enter');
}

async function openFromExplorer(page: Page, name: string): Promise<void> {
  // The Explorer is the default side bar view; Ctrl+Shift+E makes sure it has focus.
  await page.keyboard.press('Control+Shift+E');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name });
  await row.first().waitFor({ timeout: 30_000 });
  await row.first().click();
  await page.locator('.tab', { hasText: name }).first().waitFor({ timeout: 15_000 });
}

async function shot(page: Page, testOutputName: string, readmeName: string): Promise<void> {
  await page.waitForTimeout(400); // let hovers and animations settle
  await page.screenshot({ path: join(output, testOutputName) });
  if (readmeShots) {
    mkdirSync(join(root, 'docs', 'images'), { recursive: true });
    await page.screenshot({ path: join(root, 'docs', 'images', readmeName) });
  }
}
