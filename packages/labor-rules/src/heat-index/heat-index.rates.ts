/**
 * Taiwan's heat-hazard levels by heat index in °C (高氣溫作業熱危害預防指引,
 * 附表二; labor-law.md §6.1; secondary sources, official PDF not retrieved):
 * level n applies from `LEVEL_THRESHOLDS_C[n - 1]` upward.
 */
export const LEVEL_THRESHOLDS_C = [26.7, 32.2, 40.6, 54.4] as const;

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

/** Precaution keys; each has the message key `precaution.<key>`. */
export type Precaution =
  | 'normalManagement'
  | 'shadeAndCooling'
  | 'drinkingWater'
  | 'restArea'
  | 'lightClothing'
  | 'patrols'
  | 'trainingAndEmergencyPlan'
  | 'heavyWorkRest'
  | 'acclimatization'
  | 'adjustWorkRestSchedule'
  | 'avoidHottestHours'
  | 'personalCoolingGear'
  | 'avoidOutdoorWork'
  | 'mandatoryShadeWaterRest'
  | 'noHeavyWorkOrImpermeableClothing'
  | 'stopWorkSigns';

// Measures per level, cumulative (附表三 as summarised in labor-law.md §6.1).
export const PRECAUTIONS_BY_LEVEL: Record<HeatLevel, readonly Precaution[]> = {
  0: ['normalManagement', 'drinkingWater'],
  1: ['shadeAndCooling', 'drinkingWater', 'restArea', 'lightClothing', 'patrols', 'trainingAndEmergencyPlan', 'heavyWorkRest', 'stopWorkSigns'],
  2: ['acclimatization', 'adjustWorkRestSchedule'],
  3: ['avoidHottestHours', 'personalCoolingGear'],
  4: ['avoidOutdoorWork', 'mandatoryShadeWaterRest', 'noHeavyWorkOrImpermeableClothing'],
};
