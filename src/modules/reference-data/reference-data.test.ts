import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cityConfigShape, createReferenceData, loadCityConfig } from './reference-data.ts';

describe('city reference data', () => {
  const taichung = createReferenceData(loadCityConfig('taichung'));

  it('holds Taichung: 29 districts, 6 service stations, 6 mediation sites, 3 regions covering every district', () => {
    assert.equal(taichung.city.districts.length, 29);
    assert.equal(taichung.city.employmentServiceStations.length, 6);
    assert.equal(taichung.city.mediationSites.length, 6);
    assert.equal(taichung.city.rehabilitationRegions.length, 3);
    const covered = taichung.city.rehabilitationRegions.flatMap((r) => r.districtCodes).sort();
    assert.deepEqual(covered, taichung.city.districts.map((d) => d.townCode).sort());
  });

  it('finds a district by code, by name with or without 區 or the city, 台 or 臺, and by English name', () => {
    assert.equal(taichung.findDistrict('66000080')?.name, '北屯區');
    assert.equal(taichung.findDistrict('北屯')?.townCode, '66000080');
    assert.equal(taichung.findDistrict('台中市北屯區')?.townCode, '66000080');
    assert.equal(taichung.findDistrict('臺中市大安區')?.postalCode, '439');
    assert.equal(taichung.findDistrict("Da'an")?.townCode, '66000220');
    assert.equal(taichung.findDistrict('信義區'), undefined);
  });

  it('names a district with its Chinese beside the romanised name in Vietnamese and Thai (issue 15 §2)', () => {
    assert.equal(taichung.districtName('66000080', 'zh-TW'), '北屯區');
    assert.equal(taichung.districtName('66000080', 'en'), 'Beitun Dist.');
    assert.equal(taichung.districtName('66000080', 'vi'), '北屯區 Beitun Dist.');
    assert.equal(taichung.districtName('66000080', 'th'), '北屯區 Beitun Dist.');
  });

  it("gives the bureau's name in the reader's language from the city file, English where the file has none", () => {
    assert.equal(taichung.bureauName('zh-TW'), '臺中市政府勞工局');
    assert.equal(taichung.bureauName('vi'), 'Cục Lao động thành phố Đài Trung');
    assert.equal(taichung.bureauName('th'), 'สำนักงานแรงงานนครไถจง');
    assert.equal(taichung.bureauName('id'), 'Biro Urusan Tenaga Kerja Kota Taichung');
    assert.equal(taichung.bureauName('en'), 'Labor Affairs Bureau, Taichung City Government');
    const withoutNames = structuredClone(loadCityConfig('taichung'));
    delete withoutNames.bureau.localNames;
    assert.equal(createReferenceData(withoutNames).bureauName('vi'), 'Labor Affairs Bureau, Taichung City Government');
  });

  it('rejects a city file whose places name unknown districts', () => {
    const broken = structuredClone(loadCityConfig('taichung'));
    broken.mediationSites[0] = { code: 'x', name: 'x', nameEn: 'x', districtCode: '12345678' };
    assert.equal(cityConfigShape.safeParse(broken).success, false);
  });

  it("holds the consultation centre's languages from the plan; its lines and hours are staff's, not the file's", () => {
    assert.deepEqual(taichung.city.migrantWorkerCentre, { languages: ['en', 'id', 'vi', 'th'] });
    const { migrantWorkerCentre: _left, ...without } = structuredClone(loadCityConfig('taichung'));
    assert.deepEqual(cityConfigShape.parse(without).migrantWorkerCentre, { languages: [] });
    assert.equal(cityConfigShape.safeParse({ ...without, migrantWorkerCentre: { languages: ['fr'] } }).success, false);
  });

  it('names the variable when the city file does not exist', () => {
    assert.throws(() => loadCityConfig('atlantis'), /CITY=atlantis/);
  });
});
