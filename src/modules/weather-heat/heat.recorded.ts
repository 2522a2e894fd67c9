/**
 * @module heat.recorded
 * Demo mode ships recorded data: the CWA-format fixtures in `fixtures/` (reconstructed from the
 * documented format, see their `_fixture` note) are parsed by the same parsers as live responses and
 * stored with source 'recorded'. Their dates are moved by whole days onto the day the demo database
 * is created, so that the page shows a current reading and today's forecast; times of day are kept.
 */
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/client.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { parseHeatInjuryIndex, parseObservations, parseTownshipForecast } from './cwa.parsers.ts';
import { createHeatService } from './heat.service.ts';

const day = 24 * 60 * 60_000;

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
}

function shifted<T extends Record<K, string>, K extends string>(records: readonly T[], key: K, by: number): T[] {
  return records.map((record) => ({ ...record, [key]: new Date(Date.parse(record[key]) + by).toISOString() }));
}

export async function loadRecordedHeatData({ db, referenceData, clock }: { db: Db; referenceData: ReferenceData; clock: () => Date }) {
  const service = createHeatService({ db, referenceData, clock });
  const now = clock();
  const observations = [
    ...parseObservations(readFixture('o-a0003-001.json')).records,
    ...parseObservations(readFixture('o-a0001-001.json')).records,
  ].filter((record) => service.districtOf(record));
  const forecast = parseTownshipForecast(readFixture('f-d0047-073.json')).records;
  const injury = parseHeatInjuryIndex(readFixture('m-a0085-001.json')).records;
  const latest = new Date(Math.max(...observations.map((record) => Date.parse(record.observedAt))));
  const by = Date.parse(service.localDay(now)) - Date.parse(service.localDay(latest));
  // An observation later in the day than now would be from the future: it moves back one more day.
  const observationShift = latest.getTime() + by > now.getTime() ? by - day : by;
  // The heat-injury slots span 27 hours (06:00 one day to 09:00 the next, each valid three hours): a
  // demo started before 06:00 takes them from the day before, so that the present slot always exists.
  const slot = 3 * 60 * 60_000;
  const covers = (shift: number) =>
    injury.some((record) => {
      const at = Date.parse(record.at) + shift;
      return at <= now.getTime() && now.getTime() < at + slot;
    });
  const injuryShift = covers(by) ? by : covers(by - day) ? by - day : by;
  return {
    observations: await service.storeObservations(shifted(observations, 'observedAt', observationShift), 'recorded'),
    forecasts: await service.storeForecast(shifted(forecast, 'at', by), 'recorded'),
    heatInjury: await service.storeHeatInjury(shifted(injury, 'at', injuryShift), 'recorded'),
  };
}
