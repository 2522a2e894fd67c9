import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCityConfig } from '../../modules/reference-data/reference-data.ts';
import { stationName } from './place-names.ts';

describe('weather station names for readers of other languages', () => {
  const city = loadCityConfig('taichung');
  it('names a district-named station after its district, with the Chinese beside it in Vietnamese and Thai', () => {
    assert.equal(stationName('西屯', city, 'vi'), '西屯 Xitun');
    assert.equal(stationName('西屯', city, 'en'), 'Xitun');
    assert.equal(stationName('西屯', city, 'zh-TW'), '西屯');
  });
  it('names the stations that are not named after a district from the city file', () => {
    assert.equal(stationName('梨山', city, 'th'), '梨山 Lishan');
    assert.equal(stationName('大坑', city, 'id'), 'Dakeng');
  });
  it('keeps the Chinese name of a station the city file does not romanise', () => {
    assert.equal(stationName('某測站', city, 'vi'), '某測站');
    assert.equal(stationName('梨山', { districts: city.districts }, 'en'), '梨山');
  });
});
