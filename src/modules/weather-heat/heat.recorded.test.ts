import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDb } from '../../../test/create-test-db.ts';
import type { Db } from '../../db/client.ts';
import { createReferenceData, loadCityConfig } from '../reference-data/reference-data.ts';
import { loadRecordedHeatData } from './heat.recorded.ts';
import { createHeatService } from './heat.service.ts';

const referenceData = createReferenceData(loadCityConfig('taichung'));
const beitun = referenceData.findDistrict('北屯區')!;

describe('recorded heat data for demo mode', () => {
  let db: Db;
  before(async () => {
    db = await createTestDb();
  });
  after(() => db.close());

  it('loads the recorded responses onto the day the demo starts, never into the future', async () => {
    const seededAt = new Date('2026-03-02T02:00:00Z'); // 10:00 in Taichung, before the recorded 13:00 reading
    const loaded = await loadRecordedHeatData({ db, referenceData, clock: () => seededAt });
    assert.equal(loaded.observations.stored, 12, '10 automatic and 2 manned Taichung stations with both values');
    assert.equal(loaded.forecasts.stored, 29 * 16 - 2);
    assert.equal(loaded.heatInjury.stored, 290);
    const future = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM heat_observations WHERE observed_at > $1', [seededAt]);
    assert.equal(future.rows[0]?.n, 0);

    const morning = await createHeatService({ db, referenceData, clock: () => seededAt }).report(beitun, 'en');
    assert.equal(morning.source, 'recorded');
    assert.equal(morning.basis, 'forecast', 'yesterday’s 13:00 reading is old: the forecast for 09:00 stands in');
    assert.equal(morning.observedAt, '2026-03-02T01:00:00.000Z');
    assert.equal(morning.stale, false);
    assert.equal(morning.forecastPeak?.at, '2026-03-02T04:00:00.000Z', 'today’s peak at noon, Taiwan time');
    assert.ok(morning.precautions.length > 0);

    const afternoon = await createHeatService({ db, referenceData, clock: () => new Date('2026-03-02T06:00:00Z') }).report(beitun, 'en');
    assert.equal(afternoon.basis, 'forecast', 'the reading of the day before is not today’s');
    const nextDay = new Date('2026-03-03T06:00:00Z');
    const later = await createHeatService({ db, referenceData, clock: () => nextDay }).report(beitun, 'en');
    assert.equal(later.observedAt, '2026-03-03T04:00:00.000Z', 'the second recorded forecast day');
  });

  it('has a present heat-injury slot at any hour, also before the first recorded slot of the day', async () => {
    for (const seededAt of [new Date('2026-12-01T19:49:00Z'), new Date('2026-12-01T21:59:00Z'), new Date('2026-12-01T22:00:00Z')]) {
      const other = await createTestDb();
      try {
        // 03:49, 05:59 and 06:00 on 2 December in Taichung: the first two fall before the day's first slot.
        await loadRecordedHeatData({ db: other, referenceData, clock: () => seededAt });
        const report = await createHeatService({ db: other, referenceData, clock: () => seededAt }).report(beitun, 'vi');
        assert.ok(report.cwaHeatInjury, `a CWA heat-injury reading at ${seededAt.toISOString()}`);
        assert.ok(Date.parse(report.cwaHeatInjury.at) <= seededAt.getTime());
        assert.ok(seededAt.getTime() - Date.parse(report.cwaHeatInjury.at) < 3 * 60 * 60_000);
      } finally {
        await other.close();
      }
    }
  });

  it('puts the reading on the same day when the demo starts after the recorded time', async () => {
    const other = await createTestDb();
    try {
      const seededAt = new Date('2026-03-02T06:30:00Z'); // 14:30 in Taichung
      await loadRecordedHeatData({ db: other, referenceData, clock: () => seededAt });
      const report = await createHeatService({ db: other, referenceData, clock: () => seededAt }).report(beitun, 'zh-TW');
      assert.equal(report.basis, 'observation');
      assert.equal(report.observedAt, '2026-03-02T05:00:00.000Z');
      assert.equal(report.temperatureC, 33.6);
      assert.equal(report.source, 'recorded');
    } finally {
      await other.close();
    }
  });
});
