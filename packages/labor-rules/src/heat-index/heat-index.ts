import { RuleInputError } from '../errors.ts';
import { assumedStep, basis, step, type Step } from '../steps.ts';
import { LEVEL_THRESHOLDS_C, PRECAUTIONS_BY_LEVEL, type HeatLevel, type Precaution } from './heat-index.rates.ts';

export type HeatIndexInput = {
  readonly temperatureC: number;
  /** Relative humidity, 0-100 %. */
  readonly relativeHumidity: number;
  /** Work in direct sunlight. */
  readonly directSun?: boolean;
  /** Heavy or impermeable protective clothing. */
  readonly heavyClothing?: boolean;
};

export type HeatIndexResult = {
  readonly heatIndexC: number;
  readonly level: HeatLevel;
  readonly precautions: readonly Precaution[];
  readonly steps: readonly Step[];
};

const GUIDELINE_TABLE_1 = basis('heatHazardGuideline', 'table-1');
const GUIDELINE_TABLE_2 = basis('heatHazardGuideline', 'table-2');

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Heat index in °F by the US NWS method (wpc.ncep.noaa.gov heatindex_equation):
 * the simple formula, and when it reaches 80 °F the Rothfusz regression with
 * the low-humidity and high-humidity adjustments. Physical quantities, not
 * money, so floating point is fine here.
 *
 * @example
 * heatIndexF(90, 70) // ≈ 105.9
 */
export function heatIndexF(t: number, rh: number): number {
  const simple = 0.5 * (t + 61.0 + (t - 68.0) * 1.2 + rh * 0.094);
  if (simple < 80) return simple;
  let hi =
    -42.379 + 2.04901523 * t + 10.14333127 * rh - 0.22475541 * t * rh - 0.00683783 * t * t - 0.05481717 * rh * rh +
    0.00122874 * t * t * rh + 0.00085282 * t * rh * rh - 0.00000199 * t * t * rh * rh;
  if (rh < 13 && t >= 80 && t <= 112) hi -= ((13 - rh) / 4) * Math.sqrt((17 - Math.abs(t - 95)) / 17);
  if (rh > 85 && t >= 80 && t <= 87) hi += ((rh - 85) / 10) * ((87 - t) / 5);
  return hi;
}

/**
 * Heat-hazard level 0-4 for a heat index in °C (thresholds 26.7 / 32.2 / 40.6 / 54.4).
 *
 * @example
 * heatLevelFor(40.6) // 3
 */
export function heatLevelFor(heatIndexC: number): HeatLevel {
  let level: HeatLevel = 0;
  LEVEL_THRESHOLDS_C.forEach((threshold, index) => {
    if (heatIndexC >= threshold) level = (index + 1) as HeatLevel;
  });
  return level;
}

/**
 * Heat index and Taiwan's outdoor heat-hazard level (高氣溫作業熱危害預防指引),
 * one level higher in direct sun or heavy protective clothing (at most 4),
 * with the precautions for the level (cumulative).
 *
 * @example
 * calculateHeatIndex({ temperatureC: 33, relativeHumidity: 60 })
 * // → { heatIndexC: 39.5, level: 2, precautions: [...], steps: [...] }
 */
export function calculateHeatIndex(input: HeatIndexInput): HeatIndexResult {
  const { temperatureC, relativeHumidity } = input;
  if (!Number.isFinite(temperatureC) || temperatureC < -50 || temperatureC > 60) throw new RuleInputError('temperatureC', 'out-of-range');
  if (!Number.isFinite(relativeHumidity) || relativeHumidity < 0 || relativeHumidity > 100) throw new RuleInputError('relativeHumidity', 'out-of-range');
  const t = (temperatureC * 9) / 5 + 32;
  const hiF = heatIndexF(t, relativeHumidity);
  // °C to one decimal, as the thresholds are written; this also puts 105 °F (40.56 °C) at the
  // 40.6 level-3 boundary, matching the NWS °F table the thresholds come from (labor-law.md §6.2).
  const heatIndexC = round1(((hiF - 32) * 5) / 9);
  const steps: Step[] = [
    step('heatIndex.fahrenheit', GUIDELINE_TABLE_1, { temperatureC, temperatureF: round1(t), relativeHumidity }, round1(t)),
    step('heatIndex.value', GUIDELINE_TABLE_1, { heatIndexF: round1(hiF), heatIndexC }, heatIndexC),
  ];
  const baseLevel = heatLevelFor(heatIndexC);
  steps.push(step(`heatIndex.level${baseLevel}`, GUIDELINE_TABLE_2, { heatIndexC }, baseLevel));
  let level = baseLevel;
  if ((input.directSun === true || input.heavyClothing === true) && baseLevel < 4) {
    level = (baseLevel + 1) as HeatLevel;
    // The guideline raises levels 1-3; raising level 0 too is this package's protective reading (UNCONFIRMED).
    steps.push(baseLevel === 0
      ? assumedStep('heatIndex.raised', GUIDELINE_TABLE_2, 'assumption.heatRaiseFromZero', { from: baseLevel, to: level }, level)
      : step('heatIndex.raised', GUIDELINE_TABLE_2, { from: baseLevel, to: level }, level));
  }
  const precautions: Precaution[] = [];
  for (let l = level === 0 ? 0 : 1; l <= level; l += 1) {
    for (const p of PRECAUTIONS_BY_LEVEL[l as HeatLevel]) if (!precautions.includes(p)) precautions.push(p);
  }
  if (level === 4) steps.push(step('heatIndex.levelFourDuties', basis('occupationalSafetyFacilityRules', '303-1'), {}));
  return { heatIndexC, level, precautions, steps };
}
