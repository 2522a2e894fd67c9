import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { fieldsOf } from './calculators.test-helpers.ts';


describe('calculators over HTTP', () => {
  let t: TestContext;
  // 2026-03-01 20:00 UTC is already 2026-03-02 in Taipei.
  before(async () => {
    t = await createTestContext({ now: new Date('2026-03-01T20:00:00Z') });
  });
  after(() => t.close());

  const post = (path: string, body: unknown, lang?: string) =>
    t.request(`/api/v1/calculators/${path}${lang ? `?lang=${lang}` : ''}`, { method: 'POST', body });

  describe('notice pay', () => {
    it('gives the notice, job-search leave and notice pay (LSA Art. 16; bycpa.com worked example)', async () => {
      const response = await post('notice-pay', { hireDate: '2023-07-01', terminationDate: '2025-12-31', averageMonthlyWage: 30000 }, 'id');
      assert.equal(response.status, 200, response.text);
      assert.equal(response.json.noticeDays, 20);
      assert.equal(response.json.noticePay, 20000);
      assert.equal(response.json.jobSearchLeaveDaysPerWeek, 2);
      assert.ok(response.json.steps.every((s: { text: string; citation: string }) => s.text.length > 0 && s.citation.length > 0));
      const partial = await post('notice-pay', { hireDate: '2023-07-01', terminationDate: '2025-12-31', averageMonthlyWage: 30000, noticeGivenDays: 15 });
      assert.equal(partial.json.noticePay, 5000);
    });

    it('answers bad input with 400 naming each field', async () => {
      const response = await post('notice-pay', { hireDate: '2025-02-30', terminationDate: 'x', averageMonthlyWage: -1, noticeGivenDays: 1.5 });
      assert.equal(response.status, 400);
      assert.deepEqual(fieldsOf(response.json), ['averageMonthlyWage', 'hireDate', 'noticeGivenDays', 'terminationDate']);
      const backwards = await post('notice-pay', { hireDate: '2025-02-01', terminationDate: '2025-01-01', averageMonthlyWage: 1 });
      assert.deepEqual(fieldsOf(backwards.json), ['terminationDate']);
    });
  });

  describe('maternity and paternity leave', () => {
    it('pays 8 weeks in full after 6 months, half before (LSA Art. 50 para. 2)', async () => {
      const full = await post('maternity-leave', { hireDate: '2025-01-01', leaveStartDate: '2026-03-01', monthlyWage: 30000 });
      assert.equal(full.status, 200, full.text);
      assert.deepEqual([full.json.weeks, full.json.paidInFull, full.json.pay], [8, true, 56000]);
      const half = await post('maternity-leave', { hireDate: '2026-01-01', leaveStartDate: '2026-06-29', monthlyWage: 30000 }, 'id');
      assert.deepEqual([half.json.paidInFull, half.json.pay], [false, 28000]);
      const bad = await post('maternity-leave', { hireDate: '2026-01-01', leaveStartDate: '2025-06-29', monthlyWage: -3 });
      assert.equal(bad.status, 400);
      assert.deepEqual(fieldsOf(bad.json), ['leaveStartDate', 'monthlyWage']);
    });

    it('gives prenatal-check and paternity leave with pay, and no rate before its period', async () => {
      const response = await post('parental-leave', { date: '2026-03-02', monthlyWage: 30000 });
      assert.equal(response.status, 200, response.text);
      assert.equal(response.json.paternityPay, 7000);
      const early = await post('parental-leave', { date: '2021-03-02', monthlyWage: 30000 });
      assert.equal(early.status, 400);
      assert.equal(early.json.code, 'RATE_NOT_FOUND');
    });
  });

  describe('occupational injury', () => {
    it('answers a death with the funeral allowance and death compensation (LSA Art. 59 subpara. 4)', async () => {
      const response = await post('occupational-injury', { averageMonthlyWage: 40000, kind: 'death', insuranceBenefitsPaid: 500000 }, 'id');
      assert.equal(response.status, 200, response.text);
      assert.deepEqual([response.json.funeralAllowance, response.json.deathCompensation, response.json.employerOwes], [200000, 1600000, 1300000]);
    });

    it('asks for the fields each kind needs', async () => {
      const disability = await post('occupational-injury', { averageMonthlyWage: 40000, kind: 'disability' });
      assert.equal(disability.status, 400);
      assert.deepEqual(fieldsOf(disability.json), ['disabilityBenefitDays']);
      const medical = await post('occupational-injury', { averageMonthlyWage: 40000, kind: 'medical-leave' });
      assert.deepEqual(fieldsOf(medical.json), ['daysUnableToWork', 'originalMonthlyWage']);
      const wrong = await post('occupational-injury', { averageMonthlyWage: 40000, kind: 'injury' });
      assert.deepEqual(fieldsOf(wrong.json), ['kind']);
    });
  });

  describe('pension contribution', () => {
    it("takes the employer's 6 % and the voluntary rate (LPA Art. 14)", async () => {
      const response = await post('pension-contribution', { monthlyWage: 30000, date: '2026-03-01', contributionWage: 30300, voluntaryRate: 0.06 }, 'id');
      assert.equal(response.status, 200, response.text);
      assert.deepEqual([response.json.contributionWage, response.json.employerContribution, response.json.voluntaryContribution], [30300, 1818, 1818]);
      const projected = await post('pension-contribution', { monthlyWage: 30000, date: '2026-03-01', projection: { years: 2, annualReturnRate: 0 } });
      assert.equal(projected.json.projection.balance, 43200);
    });

    it('rejects a voluntary rate above 6 % and a date before the Act', async () => {
      const high = await post('pension-contribution', { monthlyWage: 30000, date: '2026-03-01', voluntaryRate: 0.07 });
      assert.equal(high.status, 400);
      assert.deepEqual(fieldsOf(high.json), ['voluntaryRate']);
      const early = await post('pension-contribution', { monthlyWage: 30000, date: '2005-06-30' });
      assert.equal(early.status, 400);
      assert.deepEqual(fieldsOf(early.json), ['date']);
    });
  });

  describe('annual leave', () => {
    it('gives the days under current law for a length of service', async () => {
      const response = await post('annual-leave', { service: { years: 2, months: 3, days: 0 } });
      assert.equal(response.status, 200, response.text);
      assert.equal(response.json.days, 10);
    });

    it('checks a calendar-year leaver against the anniversary basis (issue 14 fix 6)', async () => {
      const leaver = await post('annual-leave', { hireDate: '2025-07-01', system: 'calendar-year', terminationDate: '2026-12-31' });
      assert.equal(leaver.status, 200, leaver.text);
      assert.deepEqual(leaver.json.leaverCheck, { calendarYearDays: 6.6, anniversaryDays: 10, topUpDays: 3.4 });
      assert.equal(leaver.json.asOfDate, '2026-12-31');
      const wrong = await post('annual-leave', { hireDate: '2025-07-01', terminationDate: '2026-12-31' });
      assert.equal(wrong.status, 400);
      assert.deepEqual(fieldsOf(wrong.json), ['terminationDate']);
    });

    it('uses the law in force at the date, and today in Taipei by default', async () => {
      const calendar = await post('annual-leave', { hireDate: '2025-07-01', asOfDate: '2026-08-01', system: 'calendar-year' });
      assert.equal(calendar.status, 200, calendar.text);
      assert.equal(calendar.json.days, 6.6);
      const today = await post('annual-leave', { hireDate: '2025-09-01' });
      assert.equal(today.status, 200, today.text);
      assert.equal(today.json.asOfDate, '2026-03-02', 'the clock is 2026-03-02 04:00 in Taipei');
      assert.equal(today.json.days, 3, '6 months of service');
    });

    it('pays unused days at monthly ÷ 30', async () => {
      const response = await post('annual-leave', { service: { years: 1, months: 0, days: 0 }, unusedDays: 3, monthlyWage: 36000 });
      assert.equal(response.status, 200, response.text);
      assert.equal(response.json.unusedLeavePay.amount, 3600);
    });

    it('refuses ambiguous or backwards input', async () => {
      const both = await post('annual-leave', { service: { years: 1, months: 0, days: 0 }, hireDate: '2020-01-01' });
      assert.equal(both.status, 400);
      const backwards = await post('annual-leave', { hireDate: '2020-01-01', asOfDate: '2019-01-01' });
      assert.equal(backwards.status, 400);
      assert.deepEqual(fieldsOf(backwards.json), ['asOfDate']);
      const negative = await post('annual-leave', { service: { years: -1, months: 0.5, days: 0 } });
      assert.deepEqual(fieldsOf(negative.json), ['service.months', 'service.years']);
    });
  });

  describe('old-system pension', () => {
    it('counts bases and checks eligibility (docs example)', async () => {
      const response = await post('old-pension', { averageMonthlyWage: 40000, oldSystemService: { years: 25, months: 7, days: 0 }, age: 50 });
      assert.equal(response.status, 200, response.text);
      assert.equal(response.json.bases, 41);
      assert.equal(response.json.amount, 1640000);
      assert.equal(response.json.eligible, true, '25 years at any age');
    });

    it('caps at 45 bases and leaves eligibility out without an age', async () => {
      const response = await post('old-pension', { averageMonthlyWage: 40000, oldSystemService: { years: 40, months: 0, days: 0 } });
      assert.equal(response.json.bases, 45);
      assert.equal('eligible' in response.json, false);
    });
  });

  describe('disability quota', () => {
    it('computes a private employer’s shortfall (docs example)', async () => {
      const response = await post('disability-quota', { sector: 'private', employees: 250, month: '2026-03' });
      assert.equal(response.status, 200, response.text);
      assert.deepEqual(
        [response.json.requiredCount, response.json.countedCount, response.json.shortfall, response.json.monthlyShortfallPayment],
        [2, 0, 2, 59000],
      );
    });

    it('defaults to this month in Taipei and counts severe disability twice', async () => {
      const response = await post('disability-quota', { sector: 'public', employees: 100, disabledEmployees: { severe: 1, other: 0, partTimeHalfWage: 0 } });
      assert.equal(response.status, 200, response.text);
      assert.equal(response.json.month, '2026-03');
      assert.equal(response.json.requiredCount, 3);
      assert.equal(response.json.countedCount, 2);
      assert.equal(response.json.shortfall, 1);
    });

    it('refuses impossible months and counts, and months before the minimum-wage table', async () => {
      const bad = await post('disability-quota', { sector: 'city', employees: 1.5, month: '2026-13' });
      assert.deepEqual(fieldsOf(bad.json), ['employees', 'month', 'sector']);
      const early = await post('disability-quota', { sector: 'private', employees: 100, month: '2010-01' });
      assert.equal(early.status, 400);
      assert.equal(early.json.code, 'RATE_NOT_FOUND');
      assert.deepEqual(fieldsOf(early.json), ['month']);
    });
  });

  describe('heat index', () => {
    it('gives the level and cumulative precautions, one level higher in direct sun', async () => {
      const shade = await post('heat-index', { temperatureC: 33, relativeHumidity: 60 }, 'th');
      assert.equal(shade.status, 200, shade.text);
      assert.equal(shade.json.heatIndexC, 39.5);
      assert.equal(shade.json.level, 2);
      const sun = await post('heat-index', { temperatureC: 33, relativeHumidity: 60, directSun: true }, 'th');
      assert.equal(sun.json.level, 3);
      assert.ok(sun.json.precautions.length > shade.json.precautions.length);
      assert.ok(sun.json.precautions.every((p: { key: string; text: string }) => p.key && /[\u0E00-\u0E7F]/.test(p.text)));
    });

    it('refuses out-of-range readings', async () => {
      const response = await post('heat-index', { temperatureC: 1e9, relativeHumidity: 101, directSun: 'yes' });
      assert.deepEqual(fieldsOf(response.json), ['directSun', 'relativeHumidity', 'temperatureC']);
    });
  });

  describe('minimum wage', () => {
    it('answers for a date, both sides of a change', async () => {
      const before2026 = await t.request('/api/v1/minimum-wage?date=2025-12-31');
      const from2026 = await t.request('/api/v1/minimum-wage?date=2026-01-01');
      assert.equal(from2026.status, 200, from2026.text);
      const { ratesUsed, ...answer } = from2026.json;
      assert.deepEqual(answer, { date: '2026-01-01', monthly: 29500, hourly: 196, effectiveFrom: '2026-01-01' });
      // The answer says which period it is, with its source (issue 14 §3).
      assert.deepEqual(ratesUsed, [{ kind: 'minimum-wage', effectiveFrom: '2026-01-01', effectiveTo: null, source: 'MOL notice 2025-10-21 (CNA 202510210328)' }]);
      assert.equal(before2026.headers.get('cache-control'), 'public, max-age=86400');
      assert.equal(from2026.headers.get('cache-control'), 'public, max-age=300');
      assert.ok(before2026.json.monthly < 29500);
    });

    it('defaults to today in Taipei', async () => {
      const response = await t.request('/api/v1/minimum-wage');
      assert.equal(response.json.date, '2026-03-02');
      assert.equal(response.json.monthly, 29500);
    });

    it('answers 400, not 500, for a date before the first period or not a date', async () => {
      const early = await t.request('/api/v1/minimum-wage?date=2014-06-30&lang=vi');
      assert.equal(early.status, 400);
      assert.equal(early.json.code, 'RATE_NOT_FOUND');
      assert.deepEqual(fieldsOf(early.json), ['date']);
      assert.match(early.json.title, /2014-06-30/);
      const impossible = await t.request('/api/v1/minimum-wage?date=2015-02-30');
      assert.equal(impossible.status, 400);
      assert.deepEqual(fieldsOf(impossible.json), ['date']);
    });
  });

  it('never answers 500 to garbage', async () => {
    const endpoints = ['overtime-pay', 'severance-pay', 'average-wage', 'annual-leave', 'old-pension', 'disability-quota', 'heat-index', 'notice-pay', 'maternity-leave', 'parental-leave', 'occupational-injury', 'pension-contribution'];
    const garbage: unknown[] = [
      null,
      [],
      'x',
      42,
      {},
      { days: 'x', wages: 'x', excludedPeriods: 5, service: [], oldSystemService: 'x', disabledEmployees: 1 },
      { days: [null, 1, 'x'], wages: [null], excludedPeriods: [null], monthlyWage: {}, hireDate: 20200101 },
      { averageMonthlyWage: 1e308, oldSystemService: { years: 1e308, months: -0, days: 1e-308 }, age: -1 },
      { __proto__: { polluted: true }, constructor: { prototype: { x: 1 } }, temperatureC: '33', relativeHumidity: null },
      { eventDate: '0000-00-00', hireDate: '9999-12-31', wages: [{ from: '2018-01-01', to: '2018-12-31', amount: 1 }], payBasis: 'hourly', actualWorkingDays: 0 },
      { sector: 'private', employees: 1, disabledEmployees: { severe: 0, other: 0, partTimeHalfWage: 5 } },
    ];
    for (const endpoint of endpoints) {
      for (const body of garbage) {
        const response = await post(endpoint, body);
        assert.equal(response.status, 400, `${endpoint} ${JSON.stringify(body)} → ${response.status} ${response.text}`);
        assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      }
    }
  });

  it('lists every calculator in the OpenAPI document', async () => {
    const response = await t.request('/api/v1/openapi.json');
    const paths = Object.keys(response.json.paths);
    for (const name of ['overtime-pay', 'severance-pay', 'average-wage', 'annual-leave', 'old-pension', 'disability-quota', 'heat-index', 'notice-pay', 'maternity-leave', 'parental-leave', 'occupational-injury', 'pension-contribution']) {
      assert.ok(paths.includes(`/api/v1/calculators/${name}`), name);
    }
    assert.ok(paths.includes('/api/v1/minimum-wage'));
  });
});
