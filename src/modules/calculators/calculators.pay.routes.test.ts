import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { type FieldIssue, fieldsOf } from './calculators.test-helpers.ts';
import { maxWorkedDays } from './calculators.contract.ts';


describe('pay calculators over HTTP: severance, overtime, average wage', () => {
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

});
