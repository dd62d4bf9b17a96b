// The packed form a region keeps its concept hits in (judge/hits.ts
// PackedHits): what is read back is what was packed, unit by unit, and a
// unit without hits reads as none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Hedge, PackedHits, type UnitHits } from '../server/engine/judge/hits.js';

const partHit = fc.record({
  part: fc.nat(40),
  start: fc.integer({ min: -1, max: 5000 }),
  end: fc.integer({ min: -1, max: 5000 }),
  sentence: fc.nat(60),
  negated: fc.boolean(),
  hedge: fc.constantFrom(Hedge.None, Hedge.Mild, Hedge.Strong),
});
const unitHits = fc.record({ parts: fc.array(partHit, { maxLength: 6 }), headingCue: fc.boolean(), headerParts: fc.oneof(fc.constant([] as number[]), fc.array(fc.nat(40), { minLength: 1, maxLength: 3 })), tableStatement: fc.boolean() });
const regionHits = fc.uniqueArray(fc.nat(300), { maxLength: 12 }).chain((indexes) =>
  fc.tuple(...[...indexes].sort((a, b) => a - b).map((index) => fc.tuple(fc.constant(index), unitHits.map(plain)))).map((units) => units as Array<[number, UnitHits]>),
);

/** fast-check's records have no prototype; what findUnitHits makes are plain objects. */
const plain = (hits: UnitHits): UnitHits => ({ parts: hits.parts.map((hit) => ({ ...hit })), headingCue: hits.headingCue, headerParts: [...hits.headerParts], tableStatement: hits.tableStatement });

test('packed hits read back as packed, and units without hits as none', () => {
  fc.assert(
    fc.property(regionHits, fc.nat(320), (units, probe) => {
      const packed = PackedHits.pack(units);
      assert.equal(packed.length, units.length);
      units.forEach(([index, hits], k) => {
        assert.equal(packed.unitAt(k), index);
        assert.deepEqual(packed.hitsAt(k), hits);
        assert.deepEqual(packed.hitsOfUnit(index), hits);
      });
      if (!units.some(([index]) => index === probe)) assert.equal(packed.hitsOfUnit(probe), null);
    }),
    { seed: 20261205, numRuns: 300 },
  );
});
