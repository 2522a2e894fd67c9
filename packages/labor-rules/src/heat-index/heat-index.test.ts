import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RuleInputError } from '../errors.ts';
import { calculateHeatIndex, heatIndexF, heatLevelFor } from './heat-index.ts';
import { LEVEL_THRESHOLDS_C } from './heat-index.rates.ts';

const fToC = (f: number) => ((f - 32) * 5) / 9;

describe('heatIndexF (NWS Rothfusz, wpc.ncep.noaa.gov/html/heatindex_equation.shtml)', () => {
  // Values from the NWS heat index chart (°F, RH %) → °F.
  const chart: [number, number, number][] = [[90, 70, 106], [86, 90, 105], [96, 65, 121], [110, 40, 136], [100, 40, 109]];
  for (const [t, rh, expected] of chart) {
    it(`${t} °F at ${rh} % → ${expected} °F`, () => assert.equal(Math.round(heatIndexF(t, rh)), expected));
  }

  it('uses the simple formula below 80 °F', () => {
    assert.equal(heatIndexF(70, 50), 0.5 * (70 + 61 + 2 * 1.2 + 50 * 0.094));
  });

  it('subtracts the low-humidity adjustment (RH < 13 %, 80-112 °F)', () => {
    // Regression alone gives 94.75 °F at 100 °F / 10 %; the adjustment is (3/4)·√(12/17) = 0.630.
    assert.ok(Math.abs(heatIndexF(100, 10) - (94.7526087 - 0.6301260)) < 1e-4);
  });

  it('adds the high-humidity adjustment (RH > 85 %, 80-87 °F)', () => {
    // Regression alone gives 92.97 °F at 82 °F / 95 %; the adjustment is (10/10)·(5/5) = 1.
    assert.ok(Math.abs(heatIndexF(82, 95) - 93.9721666) < 1e-4);
  });
});

describe('calculateHeatIndex (高氣溫作業熱危害預防指引 附表二)', () => {
  it('maps every threshold boundary to its level', () => {
    const cases: [number, number][] = [[26.6, 0], [26.7, 1], [32.1, 1], [32.2, 2], [40.5, 2], [40.6, 3], [54.3, 3], [54.4, 4]];
    for (const [c, level] of cases) assert.equal(heatLevelFor(c), level, String(c));
  });

  it('puts the NWS °F boundaries (80/90/105/130) on the Taiwanese levels', () => {
    // 105 °F = 40.56 °C: shown to one decimal, 40.6, level 3 (labor-law.md §6.2 pitfall).
    for (const [f, level] of [[80, 1], [90, 2], [105, 3], [130, 4]] as const) {
      assert.equal(heatLevelFor(Math.round(fToC(f) * 10) / 10), level, `${f} °F`);
    }
  });

  it('computes a typical Taichung summer afternoon', () => {
    const result = calculateHeatIndex({ temperatureC: 33, relativeHumidity: 60 });
    assert.equal(result.heatIndexC, 39.5);
    assert.equal(result.level, 2);
    assert.ok(result.precautions.includes('acclimatization'));
    assert.ok(!result.precautions.includes('avoidOutdoorWork'));
  });

  it('raises one level in direct sun or heavy clothing, capped at 4', () => {
    assert.equal(calculateHeatIndex({ temperatureC: 33, relativeHumidity: 60, directSun: true }).level, 3);
    assert.equal(calculateHeatIndex({ temperatureC: 33, relativeHumidity: 60, directSun: true, heavyClothing: true }).level, 3);
    const hottest = calculateHeatIndex({ temperatureC: 40, relativeHumidity: 70, heavyClothing: true });
    assert.equal(hottest.level, 4);
    assert.ok(hottest.precautions.includes('mandatoryShadeWaterRest'));
    assert.ok(hottest.steps.some((s) => s.legalBasis.article === '303-1'));
    const cool = calculateHeatIndex({ temperatureC: 20, relativeHumidity: 50, directSun: true });
    assert.equal(cool.level, 1);
    assert.ok(cool.steps.some((s) => s.assumptionKey === 'assumption.heatRaiseFromZero'));
  });

  it('rejects impossible readings', () => {
    assert.throws(() => calculateHeatIndex({ temperatureC: 30, relativeHumidity: 101 }), RuleInputError);
    assert.throws(() => calculateHeatIndex({ temperatureC: Number.NaN, relativeHumidity: 50 }), RuleInputError);
  });

  it('never lowers the level as the heat index rises (property)', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 80, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), (c, more) => heatLevelFor(c) <= heatLevelFor(c + more)));
  });

  it('raises by exactly one level with sun or heavy clothing, never past 4, and precautions only grow (property)', () => {
    // Not monotone in temperature itself: the NWS method switches formulas at 80 °F (e.g. 27.4 → 27.5 °C at 18 % RH).
    fc.assert(fc.property(fc.integer({ min: -100, max: 500 }), fc.integer({ min: 0, max: 100 }), fc.boolean(), fc.boolean(), (tenthsC, rh, sun, clothing) => {
      const plain = calculateHeatIndex({ temperatureC: tenthsC / 10, relativeHumidity: rh });
      const raised = calculateHeatIndex({ temperatureC: tenthsC / 10, relativeHumidity: rh, directSun: sun, heavyClothing: clothing });
      const expected = sun || clothing ? Math.min(4, plain.level + 1) : plain.level;
      const nested = plain.level === 0 || plain.precautions.every((p) => raised.precautions.includes(p));
      return plain.level === heatLevelFor(plain.heatIndexC) && raised.level === expected && nested;
    }));
  });

  it('has ascending thresholds', () => {
    assert.deepEqual([...LEVEL_THRESHOLDS_C].sort((x, y) => x - y), [...LEVEL_THRESHOLDS_C]);
  });
});
