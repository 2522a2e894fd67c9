import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDemoTestDb } from '../../../test/create-test-db.ts';
import { createEmploymentIndicators } from '../employment/employment.indicators.ts';
import { employmentIndicatorProvider } from '../employment/employment.indicator.ts';
import { createReferenceData, loadCityConfig } from '../reference-data/reference-data.ts';
import { createIndicatorsService } from './indicators.service.ts';

describe('indicators demo data', () => {
  it('populates indicator 1 for several stations, with their targets, and indicator 4’s entered denominator', async () => {
    const db = await createDemoTestDb();
    try {
      const city = loadCityConfig('taichung');
      const service = createIndicatorsService({ db, clock: () => new Date('2026-10-05T02:00:00Z'), referenceData: createReferenceData(city) });
      service.register('employment', employmentIndicatorProvider(createEmploymentIndicators({ db })));
      const analyst = { id: '', username: 'analyst', displayName: '', roles: ['analyst'], homeUnit: { kind: 'city' as const, code: null }, csrfToken: '', sessionTokenHash: '' };
      const byStation = await service.detail('1', { from: '2026-01-01', to: '2026-12-31', by: 'station' }, analyst, 'zh-TW');
      const dajia = byStation.parts.find((p) => p.unit === 'dajia');
      assert.ok(byStation.parts.length >= 3, 'several stations');
      assert.deepEqual([dajia?.label, dajia?.numerator, dajia?.denominator, dajia?.target], ['大甲就業服務台', 16, 27, 45]);
      assert.equal(byStation.parts.reduce((s, p) => s + (p.denominator ?? 0), 0), byStation.denominator);
      const entries = await service.entries('4');
      assert.deepEqual(entries.map((e) => [e.numerator, e.denominator]), [[null, 512_000]]);
    } finally {
      await db.close();
    }
  });
});
