import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreMatch, type SeekerProfile, type VacancyProfile } from './employment.matching.ts';
import { expandQuery, foldText } from './employment.search.ts';

const regions: Record<string, string> = { '66000280': 'region-3', '66000230': 'region-3', '66000010': 'region-1' };
const regionOf = (code: string) => regions[code];
const seeker: SeekerProfile = {
  desiredOccupations: ['8'],
  districtCodes: ['66000280'],
  lowestWage: { type: 'monthly', amount: 32_000 },
  employmentType: 'full-time',
  shifts: ['day'],
  certificateNames: ['堆高機操作'],
  languages: ['zh'],
};
const vacancy: VacancyProfile = {
  occupationCode: '8',
  districtCode: '66000280',
  wage: { type: 'monthly', min: 33_000, max: 36_000 },
  employmentType: 'full-time',
  shifts: ['day'],
  requiredCertificates: ['堆高機操作'],
  languages: [],
};

describe('matching', () => {
  it('scores a perfect fit 100, with a reason for every part', () => {
    const { score, reasons } = scoreMatch(seeker, vacancy, regionOf);
    assert.equal(score, 100);
    assert.deepEqual(reasons.map((r) => r.code), ['occupation', 'district', 'wage', 'hours', 'certificates', 'languages']);
  });
  it('gives half the district points in the same region and none elsewhere', () => {
    assert.equal(scoreMatch(seeker, { ...vacancy, districtCode: '66000230' }, regionOf).score, 90);
    assert.equal(scoreMatch(seeker, { ...vacancy, districtCode: '66000010' }, regionOf).score, 80);
  });
  it('judges the wage on both sides of the wish', () => {
    assert.equal(scoreMatch(seeker, { ...vacancy, wage: { type: 'monthly', min: 32_000, max: null } }, regionOf).score, 100);
    assert.equal(scoreMatch(seeker, { ...vacancy, wage: { type: 'monthly', min: 31_999, max: 32_000 } }, regionOf).reasons[2]?.code, 'wage-range');
    assert.equal(scoreMatch(seeker, { ...vacancy, wage: { type: 'monthly', min: 30_000, max: 31_999 } }, regionOf).reasons[2]?.code, 'wage-low');
  });
  it('counts missing certificates and another occupation', () => {
    const { score, reasons } = scoreMatch(seeker, { ...vacancy, occupationCode: '5', requiredCertificates: ['堆高機操作', '乙級電匠'] }, regionOf);
    assert.equal(score, 65);
    assert.equal(reasons.find((r) => r.code === 'certificates-missing')?.detail, '1/2');
  });
});

describe('matching by occupation level', () => {
  const occupationPoints = (wanted: string[], offered: string) =>
    scoreMatch({ ...seeker, desiredOccupations: wanted }, { ...vacancy, occupationCode: offered }, regionOf).reasons[0];
  it('a seeker who wants major group 8 matches a vacancy coded with an 8xxx unit group', () => {
    assert.deepEqual(occupationPoints(['8'], '8111'), { code: 'occupation', points: 30, detail: '8111' });
    assert.equal(occupationPoints(['83'], '8332')?.code, 'occupation', 'a sub-major group covers its unit groups');
  });
  it('a seeker who wants an 8xxx unit group does not match a 7xxx vacancy, nor a sibling unit group', () => {
    assert.deepEqual(occupationPoints(['8111'], '7212'), { code: 'occupation-other', points: 0, detail: '7212' });
    assert.equal(occupationPoints(['8111'], '8112')?.code, 'occupation-other');
    assert.equal(occupationPoints(['8'], '7212')?.code, 'occupation-other');
  });
  it('a vacancy coded only with the major group matches a seeker who wants a unit group of it', () => {
    assert.equal(occupationPoints(['8111'], '8')?.code, 'occupation');
  });
});

describe('search folding', () => {
  it('treats 台 and 臺 alike and expands job-title synonyms', () => {
    assert.equal(foldText('台中 作業員'), foldText('臺中作業員'));
    assert.deepEqual(expandQuery('看護')[0]?.includes(foldText('照服員')), true);
    assert.deepEqual(expandQuery('技術員')[0]?.includes(foldText('作業員')), true);
    assert.deepEqual(expandQuery('焊接'), [['焊接']]);
  });
});
