import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ageOn, capAmount, entitledAmount, evaluateRules, type RuleContext } from './programs.rules.ts';

const context: RuleContext = {
  on: '2026-03-02',
  locale: 'en',
  isCityDistrict: (code) => code.startsWith('660'),
  districtName: (code) => (code === '66000170' ? 'Tanzi' : code),
  programGroups: [{ code: 'new-immigrant', name: 'New immigrant' }],
};

describe('programs rules', () => {
  it('counts full years of age, the birthday itself completing the year (民法 §121 II, §124)', () => {
    assert.equal(ageOn('2006-03-02', '2026-03-01'), 19);
    assert.equal(ageOn('2006-03-02', '2026-03-02'), 20);
    // 29 February: the year is complete at the end of 28 February in a common year.
    assert.equal(ageOn('2004-02-29', '2025-02-28'), 20);
    assert.equal(ageOn('2004-02-29', '2025-03-01'), 21);
    assert.equal(ageOn('2004-02-29', '2024-02-29'), 20);
  });

  it('takes both bounds of an age range inclusively (摘星青年 20 至 40 歲), on each side of each birthday', () => {
    const rules = [{ code: 'age-20-40', kind: 'age' as const, min: 20, max: 40 }];
    const check = (birthDate: string) => evaluateRules(rules, { birthDate }, context)[0]?.passed;
    assert.equal(check('2006-03-03'), false, 'one day short of 20');
    assert.equal(check('2006-03-02'), true, '20 today');
    assert.equal(check('1985-03-03'), true, '40, the day before turning 41');
    assert.equal(check('1985-03-02'), false, '41 today');
    const [missing] = evaluateRules(rules, {}, context);
    assert.equal(missing?.passed, false);
    assert.match(missing?.message ?? '', /no date of birth/);
  });

  it('explains each rule in the applicant language, with what was found', () => {
    const [age] = evaluateRules([{ code: 'a', kind: 'age', min: 20, max: 40 }], { birthDate: '2000-01-01' }, context);
    assert.equal(age?.message, 'Aged 20 to 40 on the application date (2026-03-02): the applicant is 26.');
    const [zh] = evaluateRules([{ code: 'a', kind: 'age', min: 20, max: 40 }], { birthDate: '2000-01-01' }, { ...context, locale: 'zh-TW' });
    assert.equal(zh?.message, '申請日（2026-03-02）年滿 20 歲、未逾 40 歲：申請人為 26 歲。');
  });

  it('checks residence in the city or in listed districts', () => {
    const city = [{ code: 'r', kind: 'residence' as const }];
    assert.equal(evaluateRules(city, { districtCode: '66000170' }, context)[0]?.passed, true);
    assert.equal(evaluateRules(city, { districtCode: '63000010' }, context)[0]?.passed, false);
    assert.equal(evaluateRules(city, {}, context)[0]?.passed, false);
    const listed = [{ code: 'r', kind: 'residence' as const, districts: ['66000170'] }];
    assert.equal(evaluateRules(listed, { districtCode: '66000170' }, context)[0]?.passed, true);
    assert.equal(evaluateRules(listed, { districtCode: '66000040' }, context)[0]?.passed, false);
  });

  it('checks special groups, employment with months, certificates and employer size on both sides', () => {
    const group = [{ code: 'g', kind: 'special-group' as const, anyOf: 'program' as const }];
    assert.equal(evaluateRules(group, { specialGroups: ['new-immigrant'] }, context)[0]?.passed, true);
    assert.equal(evaluateRules(group, { specialGroups: [] }, context)[0]?.passed, false);
    const employed = [{ code: 'e', kind: 'employment' as const, states: ['employed' as const], minMonths: 6 }];
    assert.equal(evaluateRules(employed, { employmentState: 'employed', employedMonths: 5 }, context)[0]?.passed, false);
    assert.equal(evaluateRules(employed, { employmentState: 'employed', employedMonths: 6 }, context)[0]?.passed, true);
    assert.equal(evaluateRules(employed, { employmentState: 'unemployed', employedMonths: 12 }, context)[0]?.passed, false);
    const cert = [{ code: 'c', kind: 'certificate' as const, anyOf: ['technician-b' as const] }];
    assert.equal(evaluateRules(cert, { certificates: ['technician-b'] }, context)[0]?.passed, true);
    assert.equal(evaluateRules(cert, { certificates: ['technician-a'] }, context)[0]?.passed, false);
    const size = [{ code: 's', kind: 'employer-size' as const, min: 1, max: 49 }];
    assert.equal(evaluateRules(size, { employerSize: 49 }, context)[0]?.passed, true);
    assert.equal(evaluateRules(size, { employerSize: 50 }, context)[0]?.passed, false);
    assert.equal(evaluateRules(size, { employerSize: 0 }, context)[0]?.passed, false);
  });

  it('computes fixed, monthly and share-of-cost entitlements with caps per person and per year', () => {
    assert.equal(entitledAmount({ kind: 'monthly', amount: 33_000 }, { months: 3 }, 0), 99_000);
    assert.equal(entitledAmount({ kind: 'monthly', amount: 33_000, maxMonths: 2 }, { months: 3 }, 0), 66_000);
    assert.equal(entitledAmount({ kind: 'share', percent: 100 }, { costTwd: 1_800 }, 0), 1_800);
    assert.equal(entitledAmount({ kind: 'share', percent: 50 }, { costTwd: 1_801 }, 0), 900);
    assert.equal(entitledAmount({ kind: 'fixed', amount: null }, {}, 0), null, 'no figure: staff enter it');
    assert.equal(capAmount({ kind: 'fixed', capPerPerson: 60_000 }, 70_000, 0), 60_000);
    assert.equal(capAmount({ kind: 'fixed', capPerPerson: 60_000 }, 60_000, 0), 60_000);
    assert.equal(capAmount({ kind: 'fixed', capPerYear: 10_000 }, 8_000, 5_000), 5_000);
  });
});
