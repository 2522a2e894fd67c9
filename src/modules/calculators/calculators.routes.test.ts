import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { maxWorkedDays } from './calculators.contract.ts';

type FieldIssue = { field: string; code: string; message: string };
const fieldsOf = (json: { errors?: FieldIssue[] }) => (json.errors ?? []).map((issue) => issue.field).sort();

describe('calculators over HTTP', () => {
  let t: TestContext;
  // 2026-03-01 20:00 UTC is already 2026-03-02 in Taipei.
  before(async () => {
    t = await createTestContext({ now: new Date('2026-03-01T20:00:00Z') });
  });
  after(() => t.close());

  const post = (path: string, body: unknown, lang?: string) =>
    t.request(`/api/v1/calculators/${path}${lang ? `?lang=${lang}` : ''}`, { method: 'POST', body });

  describe('severance pay', () => {
    // docs/labor-rules.md and labor-law.md §1.2 evidence 3 (the public suite's "official case"):
    // hired 2018-07-03, terminated 2026-10-31, average wage 74,947 → 8 y 3 m 29 d → NT$312,176 (rounded up).
    const officialCase = { averageMonthlyWage: 74947, hireDate: '2018-07-03', terminationDate: '2026-10-31' };

    it('computes the official worked example from dates, explained in zh-TW by default', async () => {
      const response = await post('severance-pay', officialCase);
      assert.equal(response.status, 200, response.text);
      assert.equal(response.json.amount, 312176);
      assert.equal(response.json.oldSystemBase, 0);
      assert.deepEqual(response.json.newSystemService, { years: 8, months: 3, days: 29 });
      assert.equal(response.headers.get('content-language'), 'zh-TW');
      const steps = response.json.steps as { key: string; text: string; citation: string; legalBasis: { law: string } }[];
      assert.ok(steps.length >= 3);
      for (const step of steps) {
        assert.ok(step.key && step.text && step.citation, JSON.stringify(step));
        assert.doesNotMatch(step.text, /\{\w+\}/, 'every placeholder filled');
      }
      const base = steps.find((step) => step.key === 'severancePay.newSystemBase');
      assert.equal(base?.citation, '勞工退休金條例第12條第1項');
      const first = response.json.steps[0];
      assert.equal(first.assumption, true);
      assert.equal(typeof first.assumptionText, 'string');
    });

    it('words the steps in Vietnamese and English when asked', async () => {
      const vi = await post('severance-pay', officialCase, 'vi');
      assert.equal(vi.status, 200);
      assert.equal(vi.json.amount, 312176);
      const viBase = vi.json.steps.find((step: { key: string }) => step.key === 'severancePay.newSystemBase');
      assert.match(viBase.text, /Thâm niên chế độ mới 8 năm 3 tháng 29 ngày/);
      assert.equal(viBase.citation, 'Luật Lương hưu Lao động, Điều 12, khoản 1');
      const en = await post('severance-pay', officialCase, 'en');
      assert.match(en.json.steps.map((step: { text: string }) => step.text).join('\n'), /rounded up to NT\$312,176/);
    });

    it('adds old- and new-system parts of a mixed service, each rounded', async () => {
      // Public suite mixed case (labor-law.md §1.2): old part 74,946.25 × 1.5 = 112,419.375 → 112,420.
      const response = await post('severance-pay', {
        averageMonthlyWage: 74946.25,
        oldSystemService: { years: 1, months: 6, days: 0 },
        newSystemService: { years: 2, months: 0, days: 0 },
      });
      assert.equal(response.status, 200, response.text);
      assert.equal(response.json.oldSystemAmount, 112420);
      assert.equal(response.json.newSystemAmount, 74947);
      assert.equal(response.json.amount, 112420 + 74947);
      assert.equal(response.json.oldSystemBase, 1.5);
      assert.equal(response.json.newSystemBase, 1);
    });

    it('shows the old-system pension next to the severance of a worker eligible to retire (LSA Art. 53)', async () => {
      const response = await post('severance-pay', { averageMonthlyWage: 40000, hireDate: '2001-06-01', switchDate: '2005-07-01', terminationDate: '2026-12-31', age: 60 });
      assert.equal(response.status, 200, response.text);
      assert.deepEqual(response.json.retirement, { eligible: true, oldPensionBases: 9, oldPensionAmount: 360000, totalWithPension: 600000 });
      assert.equal(response.json.amount, 403334);
    });

    it('names each bad field, in the caller language', async () => {
      const response = await post(
        'severance-pay',
        { averageMonthlyWage: -5, hireDate: '2015-02-30', terminationDate: 'yesterday' },
        'en',
      );
      assert.equal(response.status, 400);
      assert.equal(response.json.code, 'VALIDATION_FAILED');
      assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      assert.deepEqual(fieldsOf(response.json), ['averageMonthlyWage', 'hireDate', 'terminationDate']);
      const hire = response.json.errors.find((issue: FieldIssue) => issue.field === 'hireDate');
      assert.match(hire.message, /real date as YYYY-MM-DD/);
    });

    it('asks for a service or dates, not both or neither', async () => {
      const neither = await post('severance-pay', { averageMonthlyWage: 30000 });
      assert.equal(neither.status, 400);
      assert.deepEqual(fieldsOf(neither.json), ['newSystemService']);
      const both = await post('severance-pay', { ...officialCase, newSystemService: { years: 1, months: 0, days: 0 } });
      assert.equal(both.status, 400);
      assert.deepEqual(fieldsOf(both.json), ['hireDate']);
      const half = await post('severance-pay', { averageMonthlyWage: 30000, hireDate: '2020-01-01' });
      assert.deepEqual(fieldsOf(half.json), ['terminationDate']);
    });

    it('turns the rules’ own input errors into field issues, never a 500', async () => {
      const backwards = await post('severance-pay', { averageMonthlyWage: 30000, hireDate: '2020-01-01', terminationDate: '2019-01-01' }, 'en');
      assert.equal(backwards.status, 400);
      assert.deepEqual(backwards.json.errors, [
        { field: 'terminationDate', code: 'before-hire-date', message: 'This date cannot be before the date of hire.' },
      ]);
      const noSwitch = await post('severance-pay', { averageMonthlyWage: 30000, hireDate: '2001-01-01', terminationDate: '2019-01-01' }, 'th');
      assert.equal(noSwitch.status, 400);
      assert.equal(noSwitch.json.errors[0].field, 'switchDate');
      assert.match(noSwitch.json.errors[0].message, /2005/);
      // LPA Art. 9: the switch could only happen from 2005-07-01 through 2010-06-30 (issue 14 fix 3).
      const lateSwitch = await post('severance-pay', { averageMonthlyWage: 30000, hireDate: '2001-01-01', terminationDate: '2019-01-01', switchDate: '2010-07-01' }, 'en');
      assert.equal(lateSwitch.status, 400);
      assert.deepEqual(fieldsOf(lateSwitch.json), ['switchDate']);
      assert.equal(lateSwitch.json.errors[0].code, 'outside-switch-window');
      assert.match(lateSwitch.json.errors[0].message, /30 June 2010/);
      const beforeHire = await post('severance-pay', { averageMonthlyWage: 30000, hireDate: '2008-01-01', terminationDate: '2019-01-01', switchDate: '2007-01-01' });
      assert.equal(beforeHire.status, 400);
      assert.deepEqual(fieldsOf(beforeHire.json), ['switchDate']);
      const stayedOld = await post('severance-pay', { averageMonthlyWage: 30000, hireDate: '2001-01-01', terminationDate: '2003-12-31', switchDate: null });
      assert.equal(stayedOld.status, 200, stayedOld.text);
      assert.equal(stayedOld.json.amount, 90000);
    });
  });

  describe('overtime pay', () => {
    it('pays two weekday overtime hours at 4/3 and warns of a 13-hour day', async () => {
      const response = await post(
        'overtime-pay',
        {
          monthlyWage: 36000,
          days: [
            { date: '2026-03-02', dayType: 'workday', hoursWorked: 10 },
            { date: '2026-03-03', dayType: 'workday', hoursWorked: 13, start: '08:00', end: '22:00' },
          ],
        },
        'en',
      );
      assert.equal(response.status, 200, response.text);
      assert.equal(response.json.hourlyWage, 150);
      // Day 1: 2 h × 150 × 4/3 = 400. Day 2: 400 + 2 h × 150 × 5/3 = 500, + 1 h beyond 12 at 5/3 = 250.
      assert.equal(response.json.overtimePay, 400 + 400 + 500 + 250);
      const warning = response.json.warnings.find((w: { code: string }) => w.code === 'dailyHoursOver12');
      assert.equal(warning.date, '2026-03-03');
      assert.match(warning.text, /13 hours worked/);
      assert.equal(warning.citation, 'Labor Standards Act, Art. 32, para. 2');
      assert.ok(response.json.steps.every((step: { text: string }) => step.text.length > 0));
    });

    it('pays rest-day hours in full under the rule in force (2018-03-01 onward)', async () => {
      const response = await post('overtime-pay', { monthlyWage: 36000, days: [{ date: '2026-03-07', dayType: 'rest-day', hoursWorked: 3 }] });
      assert.equal(response.status, 200, response.text);
      // 2 h × 150 × 4/3 + 1 h × 150 × 5/3 = 400 + 250 = 650.
      assert.equal(response.json.overtimePay, 650);
    });

    it('takes the inputs that shape the warnings and marks notes (issue 14 fixes 2, 5)', async () => {
      const days = [
        { date: '2026-03-02', dayType: 'workday', hoursWorked: 8, start: '13:00', end: '22:00' },
        { date: '2026-03-03', dayType: 'workday', hoursWorked: 10, start: '08:30', end: '19:30', emergency: true },
        { date: '2026-03-08', dayType: 'regular-day-off', hoursWorked: 10 },
      ];
      const notOnShifts = await post('overtime-pay', { monthlyWage: 36000, days }, 'en');
      assert.equal(notOnShifts.status, 200, notOnShifts.text);
      // Emergency workday: 2 h × 150 × 2 = 600; regular day off: 1,200 + 2 h × 150 × 2 = 1,800.
      assert.equal(notOnShifts.json.overtimePay, 2400);
      const note = notOnShifts.json.warnings.find((w: { code: string }) => w.code === 'restBetweenShiftsNote');
      assert.equal(note.note, true);
      const onShifts = await post('overtime-pay', { monthlyWage: 36000, days, shiftWork: true, threeMonthPeriodStart: '2026-01', normalWeeklyHours: 40, flexibleSchedule: '2-week' });
      assert.equal(onShifts.status, 200, onShifts.text);
      assert.ok(onShifts.json.warnings.some((w: { code: string; note?: boolean }) => w.code === 'restBetweenShiftsUnder11' && w.note === undefined));
      const bad = await post('overtime-pay', { monthlyWage: 36000, days, threeMonthPeriodStart: '2026-13', normalWeeklyHours: 41, flexibleSchedule: '3-week' });
      assert.equal(bad.status, 400);
      assert.deepEqual(fieldsOf(bad.json), ['flexibleSchedule', 'normalWeeklyHours', 'threeMonthPeriodStart']);
    });

    it('rejects nasty inputs with 400 naming each field', async () => {
      const response = await post('overtime-pay', {
        monthlyWage: 'NaN',
        hourlyWage: 1e300,
        days: [
          { date: '2015-02-30', dayType: 'holiday', hoursWorked: -1, start: '25:00' },
          { date: '1900-01-01', dayType: 'workday', hoursWorked: 'Infinity' },
        ],
      });
      assert.equal(response.status, 400);
      assert.deepEqual(fieldsOf(response.json), [
        'days.0.date',
        'days.0.dayType',
        'days.0.hoursWorked',
        'days.0.start',
        'days.1.date',
        'days.1.hoursWorked',
        'hourlyWage',
        'monthlyWage',
      ]);
    });

    it('bounds the number of days', async () => {
      const day = { date: '2026-03-02', dayType: 'workday', hoursWorked: 9 };
      const many = await post('overtime-pay', { monthlyWage: 36000, days: Array.from({ length: 10_000 }, () => day) });
      assert.equal(many.status, 413, 'ten thousand days exceed the body limit');
      const tooMany = await post('overtime-pay', { monthlyWage: 36000, days: Array.from({ length: maxWorkedDays + 1 }, () => ({ date: '2026-03-02', dayType: 'workday', hoursWorked: 9 })) });
      assert.equal(tooMany.status, 400);
      assert.deepEqual(fieldsOf(tooMany.json), ['days']);
      const none = await post('overtime-pay', { monthlyWage: 36000, days: [] });
      assert.deepEqual(fieldsOf(none.json), ['days']);
    });

    it('needs a wage', async () => {
      const response = await post('overtime-pay', { days: [{ date: '2026-03-02', dayType: 'workday', hoursWorked: 9 }] }, 'id');
      assert.equal(response.status, 400);
      assert.deepEqual(response.json.errors.map((issue: FieldIssue) => [issue.field, issue.message]), [
        ['monthlyWage', 'Masukkan upah bulanan atau upah per jam.'],
      ]);
    });

    it('answers a rest day before the rest-day rule with RATE_NOT_FOUND naming the day', async () => {
      const response = await post('overtime-pay', { monthlyWage: 36000, days: [{ date: '2016-01-09', dayType: 'rest-day', hoursWorked: 4 }] }, 'en');
      assert.equal(response.status, 400);
      assert.equal(response.json.code, 'RATE_NOT_FOUND');
      assert.match(response.json.title, /2016-01-09/);
      assert.deepEqual(fieldsOf(response.json), ['days.0.date']);
    });

    it('answers malformed JSON with 400, not 500', async () => {
      const response = await t.request('/api/v1/calculators/overtime-pay', { method: 'POST', rawBody: '{"days": [', headers: { 'content-type': 'application/json' } });
      assert.equal(response.status, 400);
    });
  });

  describe('average wage', () => {
    it('averages the 6 months before the event (docs example)', async () => {
      const response = await post('average-wage', { eventDate: '2018-11-01', wages: [{ from: '2018-05-01', to: '2018-10-31', amount: 180000 }] });
      assert.equal(response.status, 200, response.text);
      assert.equal(response.json.dailyAverage, 978.26);
      assert.equal(response.json.monthlyAverage, 30000);
      assert.deepEqual(response.json.window, { from: '2018-05-01', to: '2018-10-31' });
      assert.ok(response.json.steps.length >= 3);
    });

    it('extends the window backwards over an excluded period', async () => {
      const response = await post('average-wage', {
        eventDate: '2018-11-01',
        wages: [{ from: '2018-04-01', to: '2018-10-31', amount: 180000 }],
        excludedPeriods: [{ from: '2018-10-01', to: '2018-10-10', reason: 'unpaidLeave' }],
      });
      assert.equal(response.status, 200, response.text);
      assert.equal(response.json.window.from, '2018-04-21');
      assert.ok(response.json.steps.some((step: { key: string }) => step.key === 'averageWage.excluded.unpaidLeave'));
    });

    it('names bad wage periods and a missing working-day count', async () => {
      const response = await post('average-wage', {
        eventDate: '2018-11-01',
        wages: [{ from: '2018-10-31', to: '2018-05-01', amount: -1 }],
        payBasis: 'daily',
      });
      assert.equal(response.status, 400);
      assert.deepEqual(fieldsOf(response.json), ['actualWorkingDays', 'wages.0.amount', 'wages.0.to']);
      const backwards = await post('average-wage', { eventDate: '2018-11-01', wages: [{ from: '2018-10-31', to: '2018-05-01', amount: 1 }] });
      assert.deepEqual(fieldsOf(backwards.json), ['wages.0.to']);
      const hiredAfter = await post('average-wage', { eventDate: '2018-11-01', hireDate: '2019-01-01', wages: [{ from: '2018-05-01', to: '2018-10-31', amount: 1 }] });
      assert.equal(hiredAfter.status, 400);
      assert.deepEqual(fieldsOf(hiredAfter.json), ['hireDate']);
      const ancient = await post('average-wage', {
        eventDate: '2018-11-01',
        wages: [{ from: '1990-01-01', to: '2018-10-31', amount: 1 }],
        excludedPeriods: [{ from: '2018-01-01', to: '2099-12-31', reason: 'occupationalInjury' }],
      });
      assert.equal(ancient.status, 400, 'periods far from the event would make the day-by-day walk slow');
      assert.deepEqual(fieldsOf(ancient.json), ['excludedPeriods.0.to', 'wages.0.from']);
    });
  });

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
