// The HTML report opened in headless Chromium: one self-contained page, a
// coverage chart per document, findings grouped by step, nothing fetched from
// the network. A screenshot lands in test-output/report-html.png (the copy in
// docs/images/ comes from it). Under CI=true a missing Chromium fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { STEPS } from '../server/engine/types.js';
import { REPO_ROOT, removeProject, runCli } from './cli-harness.js';

const CHROMIUM = process.env.MLDL_CHROMIUM ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
if (!available && !process.env.CI) {
  // Loud, so a local run does not pass quietly without the browser check.
  console.warn(`\n*** report-html.test: SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium); it is required under CI. ***\n`);
}

test('the HTML report renders offline with a coverage chart per document and findings by step', { skip: !available && !process.env.CI ? `no Chromium at ${CHROMIUM}` : false }, async (t) => {
  assert.ok(available, `Chromium is required under CI but ${CHROMIUM} does not exist (.ci/run installs it).`);
  const outputDir = path.join(REPO_ROOT, 'test-output');
  fs.mkdirSync(outputDir, { recursive: true });
  const reportFile = path.join(outputDir, 'report.html');
  const docs = ['examples/job-recommendations-draft.md', 'examples/job-recommendations.md'];
  const run = runCli(['--format', 'html', '--output', reportFile, ...docs], { cwd: REPO_ROOT });
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  const html = fs.readFileSync(reportFile, 'utf8');
  assert.doesNotMatch(html, /<script|<link|src=|url\(/i, 'the page must not load anything');

  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1000, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // One hook, in order: the browser writes into its profile until it is closed (removing the profile first
  // failed with ENOTEMPTY and left Chromium running).
  t.after(async () => {
    await context.close();
    removeProject(profile);
  });
  const requested: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requested.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(reportFile).href);

  const sections = await page.locator('section.doc').count();
  assert.equal(sections, docs.length);
  assert.equal(await page.locator('svg.coverage-chart').count(), docs.length, 'one chart per document');
  for (let i = 0; i < docs.length; i++) {
    const chart = page.locator('svg.coverage-chart').nth(i);
    const steps = await chart.locator('g.step').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-step')));
    assert.deepEqual(steps, [...STEPS]);
    const box = await chart.boundingBox();
    assert.ok(box && box.width > 200 && box.height > 100, `chart ${i} is not drawn: ${JSON.stringify(box)}`);
    // Each bar's width is its step's covered share of the track.
    const bars = await chart.locator('rect.bar-covered').evaluateAll((nodes) =>
      nodes.map((n) => ({ width: Number(n.getAttribute('width')), covered: Number(n.getAttribute('data-covered')), total: Number(n.getAttribute('data-total')) })),
    );
    const track = Number(await chart.locator('rect.bar-track').first().getAttribute('width'));
    for (const bar of bars) assert.ok(Math.abs(bar.width - (bar.total > 0 ? (bar.covered / bar.total) * track : 0)) < 0.2, JSON.stringify(bar));
    assert.ok(bars.some((bar) => bar.width > 0), 'some coverage is drawn');
  }
  const draft = page.locator('section.doc').first();
  const stepHeadings = await draft.locator('h3[data-step]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-step')));
  assert.ok(stepHeadings.length >= 2, `findings grouped by step: ${stepHeadings.join(', ')}`);
  const order = [...STEPS, 'any'];
  assert.deepEqual(stepHeadings, [...stepHeadings].sort((a, b) => order.indexOf(a!) - order.indexOf(b!)), 'groups in framework order');
  assert.ok((await draft.locator('ul.findings li').count()) > 0);
  assert.deepEqual(requested, [], 'no network requests');

  const screenshot = path.join(outputDir, 'report-html.png');
  await page.screenshot({ path: screenshot, fullPage: false });
  assert.ok(fs.statSync(screenshot).size > 10_000, 'screenshot written');
});
