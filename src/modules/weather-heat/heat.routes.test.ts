import { calculateHeatIndex, formatPrecaution } from '#labor-rules';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { parseHeatInjuryIndex, parseObservations, parseTownshipForecast } from './cwa.parsers.ts';
import { readFixture } from './heat.recorded.ts';
import { createHeatService } from './heat.service.ts';

// 13:05 in Taichung on the day of the recorded responses.
const now = new Date('2026-07-15T05:05:00Z');

async function loadFixtures(t: TestContext, clock: () => Date) {
  const service = createHeatService({ db: t.db, referenceData: t.referenceData, clock });
  await service.storeObservations(parseObservations(readFixture('o-a0001-001.json')).records, 'cwa');
  await service.storeObservations(parseObservations(readFixture('o-a0003-001.json')).records, 'cwa');
  await service.storeForecast(parseTownshipForecast(readFixture('f-d0047-073.json')).records, 'cwa');
  await service.storeHeatInjury(parseHeatInjuryIndex(readFixture('m-a0085-001.json')).records, 'cwa');
}

describe('heat API: a district’s heat index, level, forecast peak and precautions', () => {
  let t: TestContext;
  let inspector: Session;
  let analyst: Session;
  let current = now;
  before(async () => {
    t = await createTestContext({ now });
    await loadFixtures(t, () => current);
    inspector = await t.signIn('inspector', ['labor-inspector']);
    analyst = await t.signIn('analyst', ['analyst']);
  });
  after(() => t.close());
  const setNow = (value: Date) => {
    current = value;
    t.setNow(value);
  };

  it('answers 北屯區 from its own station, with today’s forecast peak and the precautions in Chinese', async () => {
    setNow(now);
    const response = await t.request('/api/v1/heat?district=北屯區&lang=zh-TW');
    assert.equal(response.status, 200, response.text);
    const body = response.json;
    assert.equal(body.district, '北屯區');
    assert.equal(body.districtCode, '66000080');
    assert.equal(body.observedAt, '2026-07-15T05:00:00.000Z');
    assert.equal(body.temperatureC, 33.6);
    assert.equal(body.relativeHumidity, 58);
    assert.equal(body.heatIndexC, 40.3);
    assert.equal(body.level, 2);
    assert.equal(body.basis, 'observation');
    assert.deepEqual(body.station, { id: 'C0FZ01', name: '大坑' });
    assert.equal(body.source, 'cwa');
    assert.equal(body.stale, false);
    assert.match(body.levelText, /第二級/);
    // 12:00 and 15:00 are both 34 °C; 60 % at noon beats 59 %.
    assert.deepEqual(body.forecastPeak, {
      at: '2026-07-15T04:00:00.000Z',
      level: 3,
      heatIndexC: calculateHeatIndex({ temperatureC: 34, relativeHumidity: 60 }).heatIndexC,
      temperatureC: 34,
      relativeHumidity: 60,
    });
    assert.equal(body.forecastPeak.heatIndexC, 42.2);
    const expected = calculateHeatIndex({ temperatureC: 33.6, relativeHumidity: 58 }).precautions.map((key) => formatPrecaution(key, 'zh-TW'));
    assert.deepEqual(body.precautions, expected);
    assert.ok(body.precautions.includes('重體力工作每小時至少休息 20 分鐘。'));
    assert.ok(body.precautions.includes('調整工作和休息時間，減少連續工作的時間。'), 'level 2 adds its own measures');
    assert.deepEqual(body.cwaHeatInjury, { at: '2026-07-15T04:00:00.000Z', index: 33, warning: '警戒' });
    assert.deepEqual(body.warnings, []);
  });

  it('words the precautions and the level in Thai', async () => {
    const response = await t.request('/api/v1/heat?district=北屯區&lang=th');
    assert.equal(response.status, 200);
    assert.equal(response.json.level, 2);
    assert.equal(response.json.precautions[0], formatPrecaution('shadeAndCooling', 'th'));
    assert.match(response.json.precautions.join(' '), /[\u0E00-\u0E7F]/);
    assert.doesNotMatch(response.json.precautions.join(' '), /[\u4E00-\u9FFF]/);
    assert.match(response.json.levelText, /[\u0E00-\u0E7F]/);
  });

  it('finds the district by 台/臺 name with the city, without 區, by town code and by English name', async () => {
    for (const query of ['台中市北屯區', '臺中市北屯區', '北屯', '66000080', 'Beitun']) {
      const response = await t.request(`/api/v1/heat?district=${encodeURIComponent(query)}`);
      assert.equal(response.status, 200, query);
      assert.equal(response.json.districtCode, '66000080', query);
    }
  });

  it('maps stations by county name written with 台 and by town name alone', async () => {
    const taiping = await t.request('/api/v1/heat?district=太平區');
    assert.equal(taiping.json.station?.id, 'C0FZ11');
    const wuri = await t.request('/api/v1/heat?district=烏日區');
    assert.equal(wuri.json.station?.id, 'C0FZ12');
  });

  it('uses the forecast for this hour where no station reports, and a fresh station otherwise', async () => {
    const central = await t.request('/api/v1/heat?district=中區');
    assert.equal(central.json.basis, 'forecast');
    assert.equal(central.json.observedAt, '2026-07-15T04:00:00.000Z');
    assert.equal(central.json.temperatureC, 34);
    assert.equal(central.json.station, null);
    assert.equal(central.json.stale, false);
    // 沙鹿's station sent "X" for the temperature: the forecast stands in.
    assert.equal((await t.request('/api/v1/heat?district=沙鹿區')).json.basis, 'forecast');
  });

  it('raises the level for work in direct sun or heavy protective clothing', async () => {
    const sun = await t.request('/api/v1/heat?district=北屯區&directSun=true');
    assert.equal(sun.json.level, 3);
    assert.equal(sun.json.heatIndexC, 40.3);
    assert.ok(sun.json.precautions.includes(formatPrecaution('avoidHottestHours', 'zh-TW')));
    const clothing = await t.request('/api/v1/heat?district=北屯區&heavyClothing=1');
    assert.equal(clothing.json.level, 3);
  });

  it('marks an old measurement stale once the forecast no longer covers the present', async () => {
    setNow(new Date('2026-07-18T05:00:00Z'));
    const response = await t.request('/api/v1/heat?district=北屯區');
    assert.equal(response.json.stale, true);
    assert.equal(response.json.basis, 'observation');
    assert.equal(response.json.level, 2, 'the last data is still shown');
    assert.equal(response.json.forecastPeak, null, 'no forecast for that day');
    assert.equal(response.json.cwaHeatInjury, null);
    setNow(now);
  });

  it('says 404 for an unknown district and 400 without one', async () => {
    const unknown = await t.request('/api/v1/heat?district=信義區&lang=en');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.json.code, 'UNKNOWN_DISTRICT');
    assert.match(unknown.json.title, /district/);
    const missing = await t.request('/api/v1/heat');
    assert.equal(missing.status, 400);
    assert.equal(missing.json.errors[0].field, 'district');
    const blank = await t.request('/api/v1/heat?district=%20');
    assert.equal(blank.status, 400);
  });

  it('lists every district with its present level', async () => {
    const response = await t.request('/api/v1/heat/districts');
    assert.equal(response.status, 200);
    assert.equal(response.json.items.length, 29);
    const beitun = response.json.items.find((d: { districtCode: string }) => d.districtCode === '66000080');
    assert.deepEqual(beitun, {
      district: '北屯區',
      districtCode: '66000080',
      districtNameEn: 'Beitun Dist.',
      level: 2,
      heatIndexC: 40.3,
      observedAt: '2026-07-15T05:00:00.000Z',
      source: 'cwa',
      stale: false,
      warningLevel: null,
    });
    const heping = response.json.items.find((d: { district: string }) => d.district === '和平區');
    assert.equal(heping.level, 0, 'Lishan at 22 °C');
  });

  it('takes a staff reading (audited) and shows it as the newest value', async () => {
    const denied = await t.request('/api/v1/staff/heat/readings', {
      method: 'POST',
      session: analyst,
      body: { district: '北屯區', temperatureC: 35, relativeHumidity: 55 },
    });
    assert.equal(denied.status, 403);
    const created = await t.request('/api/v1/staff/heat/readings', {
      method: 'POST',
      session: inspector,
      body: { district: '台中市北屯區', temperatureC: 35, relativeHumidity: 55, observedAt: '2026-07-15T13:03:00+08:00' },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.districtCode, '66000080');
    assert.equal(created.json.level, 3);
    assert.equal(created.json.enteredBy, 'inspector');
    const report = await t.request('/api/v1/heat?district=北屯區');
    assert.equal(report.json.source, 'staff');
    assert.equal(report.json.temperatureC, 35);
    assert.equal(report.json.station, null);
    assert.equal(report.json.level, 3);
    const audit = await t.db.query<{ actor_username: string; details: { districtCode: string } }>(
      "SELECT actor_username, details FROM audit_events WHERE action = 'heat.reading.create' AND record_id = $1",
      [created.json.id],
    );
    assert.equal(audit.rows[0]?.actor_username, 'inspector');
    assert.equal(audit.rows[0]?.details.districtCode, '66000080');
    const list = await t.request('/api/v1/staff/heat/readings', { session: inspector });
    assert.equal(list.json.items[0].id, created.json.id);
  });

  it('refuses a reading in the future, too old, out of range or for an unknown district, writing nothing', async () => {
    const before = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM heat_observations WHERE source = 'staff'");
    const cases: [Record<string, unknown>, string][] = [
      [{ district: '北屯區', temperatureC: 35, relativeHumidity: 55, observedAt: '2026-07-15T15:00:00+08:00' }, 'observedAt'],
      [{ district: '北屯區', temperatureC: 35, relativeHumidity: 55, observedAt: '2026-07-01T15:00:00+08:00' }, 'observedAt'],
      [{ district: '北屯區', temperatureC: 35, relativeHumidity: 55, observedAt: '2026-07-15 13:00' }, 'observedAt'],
      [{ district: '北屯區', temperatureC: 80, relativeHumidity: 55 }, 'temperatureC'],
      [{ district: '北屯區', temperatureC: 30, relativeHumidity: 101 }, 'relativeHumidity'],
      [{ district: '信義區', temperatureC: 30, relativeHumidity: 60 }, 'district'],
    ];
    for (const [body, field] of cases) {
      const response = await t.request('/api/v1/staff/heat/readings?lang=en', { method: 'POST', session: inspector, body });
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(response.json.errors[0].field, field, JSON.stringify(body));
      assert.doesNotMatch(response.json.errors[0].message, /^validation\./, 'a worded message');
    }
    const afterCount = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM heat_observations WHERE source = 'staff'");
    assert.equal(afterCount.rows[0]?.n, before.rows[0]?.n);
  });

  it('serves nothing made up when a district has no data at all', async () => {
    const empty = await createTestContext({ now });
    try {
      const response = await empty.request('/api/v1/heat?district=北屯區');
      assert.equal(response.status, 200);
      assert.equal(response.json.level, null);
      assert.equal(response.json.source, null);
      assert.equal(response.json.stale, true);
      assert.deepEqual(response.json.precautions, []);
    } finally {
      await empty.close();
    }
  });
});
