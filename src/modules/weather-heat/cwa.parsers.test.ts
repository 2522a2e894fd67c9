import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CwaFormatError,
  cwaNumber,
  cwaTime,
  parseHeatInjuryIndex,
  parseObservations,
  parseTownshipForecast,
} from './cwa.parsers.ts';
import { readFixture } from './heat.recorded.ts';

describe('CWA value quirks', () => {
  it('reads numbers sent as numbers or strings, and turns every missing-value sentinel into null', () => {
    assert.equal(cwaNumber('33.8'), 33.8);
    assert.equal(cwaNumber(22), 22);
    assert.equal(cwaNumber(' 56 '), 56);
    assert.equal(cwaNumber('-3.5'), -3.5, 'a real sub-zero temperature on a mountain');
    for (const missing of [-99, '-99', -990, '-990.0', -99.5, 'X', 'T', '-', '', ' ', null, undefined, {}, Number.NaN]) {
      assert.equal(cwaNumber(missing), null, `${JSON.stringify(missing)} is missing`);
    }
  });

  it('reads times with an offset as written and adds +08:00 to naive ones, never twice', () => {
    assert.equal(cwaTime('2026-08-28T11:50:00+08:00'), '2026-08-28T03:50:00.000Z');
    assert.equal(cwaTime('2026-08-30 18:00:00'), '2026-08-30T10:00:00.000Z');
    assert.equal(cwaTime('2019-07-15 13:00'), '2019-07-15T05:00:00.000Z');
    assert.equal(cwaTime('2026-08-30T18:00:00Z'), '2026-08-30T18:00:00.000Z');
    assert.equal(cwaTime('-99'), null);
    assert.equal(cwaTime('2026-13-45 25:00:00'), null);
    assert.equal(cwaTime(20260830), null);
  });
});

describe('observations (O-A0001-001 / O-A0003-001)', () => {
  it('reads the current format with string and numeric values and the verbatim 基隆 excerpt', () => {
    const parsed = parseObservations(readFixture('o-a0003-001.json'));
    assert.equal(parsed.format, 'current');
    assert.equal(parsed.skipped, 0);
    assert.deepEqual(parsed.records[0], {
      stationId: '467490',
      stationName: '臺中',
      countyName: '臺中市',
      countyCode: '66000',
      townName: '北區',
      townCode: '66000050',
      observedAt: '2026-07-15T04:50:00.000Z',
      temperatureC: 34.2,
      relativeHumidity: 57,
    });
    const keelung = parsed.records.find((r) => r.stationId === '466940');
    assert.equal(keelung?.temperatureC, 33.8);
    assert.equal(keelung?.relativeHumidity, 56);
    assert.equal(keelung?.observedAt, '2026-08-28T03:50:00.000Z');
  });

  it('keeps stations with a missing value (as null) and skips records without a readable time', () => {
    const parsed = parseObservations(readFixture('o-a0001-001.json'));
    assert.equal(parsed.format, 'current');
    assert.equal(parsed.skipped, 1, 'the station whose ObsTime is "-99"');
    const byId = new Map(parsed.records.map((r) => [r.stationId, r]));
    assert.equal(byId.get('C0FZ02')?.temperatureC, 34.1, 'numeric values');
    assert.equal(byId.get('C0FZ06')?.temperatureC, null, '"X" is an instrument fault');
    assert.equal(byId.get('C0FZ06')?.relativeHumidity, 62);
    assert.equal(byId.get('C0FZ07')?.relativeHumidity, null, '-99');
    assert.equal(byId.get('C0FZ11')?.countyName, '台中市', 'county kept as written; mapping normalises 台/臺');
    assert.equal(byId.get('C0FZ12')?.townCode, null, 'a town name without a town code');
    assert.equal(byId.get('C0FZ12')?.townName, '烏日區');
    assert.equal(byId.has('C0FZ13'), false);
  });

  it('reads the pre-2023 format: TEMP/HUMD elements, HUMD as a fraction, CITY/TOWN parameters', () => {
    const parsed = parseObservations(readFixture('o-a0003-001.legacy.json'));
    assert.equal(parsed.format, 'legacy');
    const [taichung, wuqi, dakeng] = parsed.records;
    assert.deepEqual(taichung, {
      stationId: '467490',
      stationName: '臺中',
      countyName: '臺中市',
      countyCode: null,
      townName: '北區',
      townCode: null,
      observedAt: '2019-07-15T05:00:00.000Z',
      temperatureC: 33.4,
      relativeHumidity: 58,
    });
    assert.equal(wuqi?.temperatureC, null, '-99');
    assert.equal(wuqi?.relativeHumidity, 70);
    assert.equal(dakeng?.relativeHumidity, 61, 'a HUMD already in percent stays as it is');
  });

  it('reads the file-API root (cwaopendata.dataset) as well as records', () => {
    const parsed = parseObservations({
      cwaopendata: {
        dataset: {
          Station: [{ StationName: '臺中', StationId: 467490, ObsTime: { DateTime: '2026-07-15T12:50:00+08:00' }, WeatherElement: { AirTemperature: '30', RelativeHumidity: '70' } }],
        },
      },
    });
    assert.equal(parsed.records[0]?.stationId, '467490');
    assert.equal(parsed.records[0]?.countyName, null);
  });

  it('rejects something that is not an observation dataset', () => {
    assert.throws(() => parseObservations('<html>'), CwaFormatError);
    assert.throws(() => parseObservations({ success: 'true' }), CwaFormatError);
    assert.throws(() => parseObservations({ records: { Locations: [] } }), CwaFormatError);
  });

  it('skips entries that are not objects without losing the others', () => {
    const parsed = parseObservations({
      records: { Station: [null, 7, { StationId: 'x' }, { StationName: '臺中', StationId: '467490', ObsTime: { DateTime: '2026-07-15 12:50:00' } }] },
    });
    assert.equal(parsed.skipped, 3);
    assert.equal(parsed.records.length, 1);
    assert.equal(parsed.records[0]?.temperatureC, null, 'no WeatherElement at all');
  });
});

describe('township forecast (F-D0047-073)', () => {
  it('joins the 溫度, 相對濕度 and 體感溫度 series by time for every district', () => {
    const parsed = parseTownshipForecast(readFixture('f-d0047-073.json'));
    assert.equal(parsed.format, 'current');
    const beitun = parsed.records.filter((r) => r.townName === '北屯區');
    assert.equal(beitun.length, 16);
    assert.deepEqual(beitun[0], {
      countyName: '臺中市',
      townName: '北屯區',
      townCode: '66000080',
      at: '2026-07-14T16:00:00.000Z',
      temperatureC: 27,
      relativeHumidity: 86,
      apparentTemperatureC: 33,
    });
    assert.ok(beitun.every((r, i) => i === 0 || r.at > (beitun[i - 1]?.at ?? '')), 'in time order');
    assert.equal(new Set(parsed.records.map((r) => r.townCode)).size, 29);
  });

  it('leaves "-" and "" values as null rather than dropping the hour', () => {
    const parsed = parseTownshipForecast(readFixture('f-d0047-073.json'));
    const daan = parsed.records.find((r) => r.townName === '大安區' && r.at === '2026-07-15T07:00:00.000Z');
    assert.equal(daan?.relativeHumidity, null);
    assert.equal(typeof daan?.temperatureC, 'number');
    const waipu = parsed.records.find((r) => r.townName === '外埔區' && r.at === '2026-07-15T10:00:00.000Z');
    assert.equal(waipu?.temperatureC, null);
  });

  it('reads the older lower-case format (T / RH / AT, naive times)', () => {
    const parsed = parseTownshipForecast(readFixture('f-d0047-073.legacy.json'));
    assert.equal(parsed.format, 'legacy');
    assert.deepEqual(
      parsed.records.map((r) => [r.at, r.temperatureC, r.relativeHumidity, r.apparentTemperatureC]),
      [
        ['2019-07-15T01:00:00.000Z', 31, 66, 35],
        ['2019-07-15T04:00:00.000Z', 34, 58, 39],
        ['2019-07-15T07:00:00.000Z', 33, 60, null],
        ['2019-07-15T10:00:00.000Z', 30, null, null],
      ],
    );
    assert.equal(parsed.records[0]?.townCode, '66000080');
    assert.equal(parsed.records[0]?.countyName, '臺中市');
  });

  it('rejects an observation response given as a forecast', () => {
    assert.throws(() => parseTownshipForecast(readFixture('o-a0001-001.json')), CwaFormatError);
  });
});

describe('heat-injury index (M-A0085-001)', () => {
  it('sorts each township by time and keeps the warning word', () => {
    const parsed = parseHeatInjuryIndex(readFixture('m-a0085-001.json'));
    const beitun = parsed.records.filter((r) => r.townCode === '66000080');
    assert.equal(beitun.length, 10);
    assert.ok(beitun.every((r, i) => i === 0 || r.at > (beitun[i - 1]?.at ?? '')));
    assert.equal(beitun[0]?.at, '2026-07-14T22:00:00.000Z', 'IssueTime 2026-07-15 06:00:00 is Taiwan time');
    assert.deepEqual([...new Set(beitun.map((r) => r.warning))].sort(), ['', '注意', '警戒']);
  });

  it('reads the verbatim excerpt of data-formats.md', () => {
    const parsed = parseHeatInjuryIndex({
      records: {
        Locations: [
          {
            CountyName: '嘉義市',
            Location: [
              {
                TownName: '東區',
                Geocode: '10020010',
                Time: [
                  { IssueTime: '2026-08-30 21:00:00', WeatherElements: { HeatInjuryIndex: 31, HeatInjuryWarning: '注意' } },
                  { IssueTime: '2026-08-30 18:00:00', WeatherElements: { HeatInjuryIndex: 25, HeatInjuryWarning: '' } },
                ],
              },
            ],
          },
        ],
      },
    });
    assert.deepEqual(parsed.records, [
      { countyName: '嘉義市', townName: '東區', townCode: '10020010', at: '2026-08-30T10:00:00.000Z', index: 25, warning: '' },
      { countyName: '嘉義市', townName: '東區', townCode: '10020010', at: '2026-08-30T13:00:00.000Z', index: 31, warning: '注意' },
    ]);
  });
});
