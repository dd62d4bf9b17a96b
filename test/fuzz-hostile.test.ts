// Property tests over the pathological families of issue 11 (items 9, 11,
// 14), with a fixed seed here and many more cases under `npm run fuzz`:
// - deep nesting of every kind mixed into real text: capNesting keeps every
//   offset and changes only markers, and a budgeted review never throws (a
//   review, or one clear reason);
// - quadratic inputs at random sizes: the budget always answers;
// - protocol garbage between well-formed messages: the framing guard passes
//   exactly the well-formed messages on, in order; and the real server,
//   fed such garbage, still answers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { withinBudget } from '../server/engine/budget.js';
import { capNesting } from '../server/engine/parse.js';
import { lint } from '../server/linter.js';
import { FramingGuard } from '../server/lsp/framing-guard.js';
import { FIXTURES, LspClient, fileUri } from './lsp-harness.js';
import { quadratic } from './hostile-inputs.js';

const RUNS = Number(process.env.MLDL_FUZZ_RUNS ?? 30);
const SEED = process.env.MLDL_FUZZ_SEED === undefined ? 20261204 : Number(process.env.MLDL_FUZZ_SEED);
const params = (numRuns: number) => ({ numRuns, seed: Number.isNaN(SEED) ? undefined : SEED, endOnFailure: true });

const FIXTURE = fs.readFileSync(path.join(FIXTURES, 'design-doc.md'), 'utf8');

/** One level of nesting, as it can be written on a line. */
const level = fc.constantFrom('>', '> ', '- ', '* ', '+ ', '1. ', '2) ', '  ', '\t', '- > ', '> - ', '  > ');
/** A line (or lines) nesting `depth` levels deep, or a long emphasis run. */
const deepPiece = fc.oneof(
  fc.tuple(fc.array(level, { minLength: 1, maxLength: 4 }), fc.integer({ min: 20, max: 3000 }), fc.constantFrom('x', 'TODO', '', '**b**', '`c`')).map(
    ([levels, depth, tail]) => `${Array.from({ length: depth }, (_, i) => levels[i % levels.length]).join('')}${tail}`,
  ),
  fc.tuple(fc.array(level, { minLength: 1, maxLength: 3 }), fc.integer({ min: 2, max: 300 })).map(([levels, lines]) =>
    Array.from({ length: lines }, (_, i) => `${levels.join('').repeat(i)}- item ${i}`).join('\n'),
  ),
  fc.tuple(fc.constantFrom('*', '_', '~'), fc.integer({ min: 50, max: 20_000 })).map(([mark, n]) => `${mark.repeat(n)}x${mark.repeat(n)}`),
);

test('deep nesting mixed into a real document: offsets kept, and a review or one clear reason, never a throw', { timeout: 900_000 }, () => {
  fc.assert(
    fc.property(deepPiece, fc.nat(), (piece, at) => {
      const cut = FIXTURE.indexOf('\n', at % FIXTURE.length) + 1;
      const text = `${FIXTURE.slice(0, cut)}\n${piece}\n\n${FIXTURE.slice(cut)}`;
      const capped = capNesting(text);
      assert.equal(capped.length, text.length);
      for (let i = 0; i < text.length; i++) if (capped[i] !== text[i]) assert.match(text[i], /[>*+\-.)_\d]/, `changed ${JSON.stringify(text[i])} at ${i}`);
      const run = withinBudget(60_000, () => lint(text, { force: true }));
      if (!run.ok) {
        assert.match(run.message, /budget exceeded|nested too deeply/);
        return;
      }
      for (const f of run.value.findings) assert.ok(f.range.start.offset >= 0 && f.range.end.offset <= text.length, `${f.ruleId} outside the text`);
    }),
    params(RUNS),
  );
});

test('quadratic inputs at random sizes: the budget always answers', { timeout: 900_000 }, () => {
  const families = Object.keys(quadratic(1));
  fc.assert(
    fc.property(fc.constantFrom(...families), fc.double({ min: 0.05, max: 1.5, noNaN: true }), (family, scale) => {
      const input = quadratic(scale)[family];
      const run = withinBudget(1000, () => lint(`# Slow\n\n${input}`, { force: true }));
      assert.ok(run.ok || run.failure === 'parse-budget' || run.failure === 'review-budget', run.ok ? '' : run.message);
    }),
    params(Math.max(3, Math.ceil(RUNS / 10))),
  );
});

/** A well-formed message, as bytes. */
function frame(body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]);
}

/** Junk after a bad header: anything that does not spell the next header's name. */
const junk = fc.string({ unit: fc.constantFrom('a', '{', '}', '"', ':', ' ', '\r', '\n', '\r\n\r\n', 'Content-Type: x', 'é', '\u0000', 'length'), maxLength: 200 });
/** Framing that the guard must skip without losing the message after it. */
const garbage = fc.oneof(
  fc.tuple(fc.constantFrom('abc', '', '-1', '1e3', '12abc', '0x10', '99999999999999999999'), junk).map(([length, rest]) => `Content-Length: ${length}\r\n\r\n${rest}`),
  junk.map((rest) => `Content-Type: application/json\r\n\r\n${rest}`),
  junk.map((rest) => `no colon here\r\n\r\n${rest}`),
  fc.integer({ min: 8200, max: 40_000 }).map((n) => `X-Long: ${'h'.repeat(n)}`),
);
const body = fc.oneof(
  fc.json().map((json) => JSON.stringify({ jsonrpc: '2.0', method: 'x/fuzz', params: { json } })),
  fc.string({ maxLength: 50 }),
);
const stream = fc.array(fc.tuple(fc.option(garbage, { nil: undefined }), body), { minLength: 1, maxLength: 8 });

test('framing guard: garbage between messages is skipped, every well-formed message passes through in order', async () => {
  await fc.assert(
    fc.asyncProperty(stream, fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 1, maxLength: 20 }), async (parts, chunkSizes) => {
      const input = Buffer.concat(parts.flatMap(([bad, message]) => [Buffer.from(bad ?? ''), frame(message)]));
      const expected = Buffer.concat(parts.map(([, message]) => frame(message)));
      const guard = new FramingGuard(() => undefined);
      const out: Buffer[] = [];
      guard.on('data', (chunk: Buffer) => out.push(chunk));
      // Written in random chunk sizes: a header or a marker may be split anywhere.
      let at = 0;
      for (let i = 0; at < input.length; i++) {
        const size = chunkSizes[i % chunkSizes.length];
        guard.write(input.subarray(at, at + size));
        at += size;
      }
      guard.end();
      await new Promise((resolve) => guard.on('end', resolve));
      assert.equal(Buffer.concat(out).toString('latin1'), expected.toString('latin1'));
    }),
    params(RUNS * 20),
  );
});

let client: LspClient;
const probeUri = fileUri(path.join(FIXTURES, 'fuzz-garbage-probe.md'));
const probeText = `${FIXTURE}\nTODO: decide.\n`;
const probePosition = { line: FIXTURE.split('\n').length, character: 1 };

before(async () => {
  ({ client } = await LspClient.start());
  await client.open(probeUri, probeText);
  await client.diagnosticsFor(probeUri, 1);
});
after(() => client.kill());

test('the real server, fed protocol garbage, still answers', { timeout: 600_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(garbage, { minLength: 1, maxLength: 5 }), async (pieces) => {
      for (const piece of pieces) await new Promise<void>((resolve, reject) => client.process.stdin!.write(piece, (error) => (error ? reject(error) : resolve())));
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: probeUri }, position: probePosition })) as Hover | null;
      assert.match(hover ? (hover.contents as MarkupContent).value : '', /placeholder-text/);
    }),
    params(Math.max(5, Math.ceil(RUNS / 3))),
  );
});
