import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calculateAnnualLeave, calculateUnusedAnnualLeavePay } from '../annual-leave/annual-leave.ts';
import { calculateAverageWage } from '../average-wage/average-wage.ts';
import { calculateDisabilityQuota } from '../disability-quota/disability-quota.ts';
import { calculateHeatIndex } from '../heat-index/heat-index.ts';
import { PRECAUTIONS_BY_LEVEL } from '../heat-index/heat-index.rates.ts';
import { calculateOldPension } from '../old-pension/old-pension.ts';
import { calculateMaternityLeave, calculateParentalLeave } from '../maternity-leave/maternity-leave.ts';
import { calculateNoticePay } from '../notice-pay/notice-pay.ts';
import { calculateOccupationalInjury } from '../occupational-injury/occupational-injury.ts';
import { calculatePensionContribution } from '../pension-contribution/pension-contribution.ts';
import { calculateOvertimePay } from '../overtime-pay/overtime-pay.ts';
import { calculateSeverancePay } from '../severance-pay/severance-pay.ts';
import type { Step } from '../steps.ts';
import { checkWorkingTime } from '../working-time/working-time.ts';
import { formatLegalBasis, formatPrecaution, formatStep, formatWarning, LOCALES, MESSAGES } from './format.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Results that between them produce (almost) every step key. */
function sampleSteps(): Step[] {
  return [
    ...calculateOvertimePay({ monthlyWage: 36000, hourlyWage: 200, days: [
      { date: '2026-03-02', dayType: 'workday', hoursWorked: 8 }, { date: '2026-03-03', dayType: 'workday', hoursWorked: 13 },
      { date: '2026-03-07', dayType: 'rest-day', hoursWorked: 13 }, { date: '2018-02-24', dayType: 'rest-day', hoursWorked: 3 },
      { date: '2026-10-10', dayType: 'national-holiday', hoursWorked: 13 }, { date: '2026-03-08', dayType: 'regular-day-off', hoursWorked: 9 },
      { date: '2026-05-04', dayType: 'annual-leave-day', hoursWorked: 2 }, { date: '2026-03-04', dayType: 'workday', hoursWorked: 10, emergency: true },
    ] }).steps,
    ...calculateOvertimePay({ hourlyWage: 196, days: [{ date: '2026-03-07', dayType: 'rest-day', hoursWorked: 2 }] }).steps,
    ...calculateSeverancePay({ averageMonthlyWage: 40000, hireDate: '2001-06-01', switchDate: '2005-07-01', terminationDate: '2026-12-31' }).steps,
    ...calculateSeverancePay({ averageMonthlyWage: 40000, newSystemService: { years: 2, months: 0, days: 0 } }).steps,
    ...calculateSeverancePay({ averageMonthlyWage: 40000, hireDate: '2001-06-01', switchDate: '2005-07-01', terminationDate: '2026-12-31', age: 60 }).steps,
    ...calculateSeverancePay({ averageMonthlyWage: 40000, oldSystemService: { years: 3, months: 0, days: 0 }, age: 40 }).steps,
    ...calculateAverageWage({ eventDate: '2018-11-01', payBasis: 'hourly', actualWorkingDays: 50, hireDate: '2018-08-01', wages: [{ from: '2018-08-01', to: '2018-10-31', amount: 60000 }] }).steps,
    ...calculateAverageWage({ eventDate: '2018-11-01', payBasis: 'daily', actualWorkingDays: 150, wages: [{ from: '2018-05-01', to: '2018-10-31', amount: 180000 }],
      excludedPeriods: (['occupationalInjury', 'maternityHalfPay', 'forceMajeure', 'ordinarySickLeave', 'genderEqualityLeave', 'unpaidLeave'] as const).map((reason, i) => ({ from: `2018-0${i + 1}-01`, to: `2018-0${i + 1}-02`, reason })) }).steps,
    ...calculateAnnualLeave({ service: { years: 3, months: 0, days: 0 } }).steps,
    ...calculateAnnualLeave({ hireDate: '2014-01-01', asOfDate: '2016-06-01' }).steps,
    ...calculateAnnualLeave({ hireDate: '2025-07-01', asOfDate: '2026-08-01', system: 'calendar-year' }).steps,
    ...calculateAnnualLeave({ hireDate: '2025-07-01', asOfDate: '2026-12-31', system: 'calendar-year', terminationDate: '2026-12-31' }).steps,
    ...calculateAnnualLeave({ hireDate: '2025-07-01', asOfDate: '2026-06-30', system: 'calendar-year', terminationDate: '2026-06-30' }).steps,
    ...calculateUnusedAnnualLeavePay({ unusedDays: 2, monthlyWage: 36000 }).steps,
    ...calculateUnusedAnnualLeavePay({ unusedDays: 2, dailyWage: 1600 }).steps,
    ...calculateOldPension({ averageMonthlyWage: 40000, oldSystemService: { years: 31, months: 0, days: 0 }, age: 60, isDutyDisability: true }).steps,
    ...calculateOldPension({ averageMonthlyWage: 40000, oldSystemService: { years: 3, months: 0, days: 0 }, age: 40 }).steps,
    ...calculateDisabilityQuota({ sector: 'public', employees: 100, disabledEmployees: { severe: 0, other: 1, partTimeHalfWage: 1 }, month: '2026-01' }).steps,
    ...calculateDisabilityQuota({ sector: 'private', employees: 300, month: '2023-01' }).steps,
    ...[20, 28, 31, 36, 45].flatMap((t) => calculateHeatIndex({ temperatureC: t, relativeHumidity: 70, directSun: true }).steps),
    ...calculateHeatIndex({ temperatureC: 20, relativeHumidity: 40 }).steps,
    ...calculateNoticePay({ hireDate: '2023-07-01', terminationDate: '2025-12-31', averageMonthlyWage: 30000, lastMonthWage: 31000, noticeGivenDays: 5 }).steps,
    ...calculateNoticePay({ hireDate: '2023-07-01', terminationDate: '2025-12-31', averageMonthlyWage: 33000, lastMonthWage: 30000, noticeGivenDays: 25 }).steps,
    ...calculateNoticePay({ hireDate: '2025-11-01', terminationDate: '2025-12-31', averageMonthlyWage: 30000 }).steps,
    ...calculateMaternityLeave({ hireDate: '2025-01-01', leaveStartDate: '2026-03-01', monthlyWage: 30000 }).steps,
    ...calculateMaternityLeave({ hireDate: '2026-01-01', leaveStartDate: '2026-03-01', monthlyWage: 30000, averageMonthlyWage: 31000, kind: 'miscarriage' }).steps,
    ...calculateParentalLeave({ date: '2026-03-01', monthlyWage: 30000 }).steps,
    ...calculateOccupationalInjury({ kind: 'death', averageMonthlyWage: 40000, insuranceBenefitsPaid: 1000 }).steps,
    ...calculatePensionContribution({ monthlyWage: 30000, date: '2026-01-01', voluntaryRate: 0.03, projection: { years: 3, annualReturnRate: 0.02, currentBalance: 1000 } }).steps,
    ...calculatePensionContribution({ monthlyWage: 30000, date: '2026-01-01', contributionWage: 30300 }).steps,
    ...calculateOccupationalInjury({ kind: 'disability', averageMonthlyWage: 40000, disabilityBenefitDays: 60 }).steps,
    // Published tables (test-only figures): the grade's days and the contribution grade come from them.
    ...calculateOccupationalInjury({
      kind: 'disability', averageMonthlyWage: 40000, disabilityGrade: 1, date: '2027-01-01',
      disabilityGradeTables: [{ effectiveFrom: '2027-01-01', effectiveTo: null, source: 'test', grades: [{ grade: 1, days: 1800 }] }],
    }).steps,
    ...calculatePensionContribution({
      monthlyWage: 30000, date: '2027-01-01',
      contributionGradeTables: [{ effectiveFrom: '2027-01-01', effectiveTo: null, source: 'test', grades: [{ grade: 1, wage: 30300 }] }],
    }).steps,
    ...calculateOccupationalInjury({ kind: 'medical-leave', averageMonthlyWage: 40000, originalMonthlyWage: 40000, daysUnableToWork: 800, twoYearLumpSum: true }).steps,
  ];
}

describe('message catalogs', () => {
  const source = MESSAGES['zh-TW'];

  for (const locale of LOCALES) {
    it(`${locale} has exactly the keys of every other locale`, () => {
      for (const other of LOCALES) assert.deepEqual(Object.keys(MESSAGES[locale]).sort(), Object.keys(MESSAGES[other]).sort(), `${locale} vs ${other}`);
    });

    it(`${locale} uses the same placeholders as zh-TW and no empty message`, () => {
      for (const [key, text] of Object.entries(MESSAGES[locale])) {
        assert.deepEqual(placeholders(text), placeholders(source[key as keyof typeof source]), `${locale} ${key}`);
        if (key !== 'citation.separator') assert.ok(text.trim().length > 0, `${locale} ${key}`);
      }
    });
  }

  it('translates every message (no locale copies the Chinese text)', () => {
    for (const locale of LOCALES.filter((l) => l !== 'zh-TW')) {
      const copied = Object.entries(MESSAGES[locale]).filter(([key, text]) => key !== 'citation.separator' && /[\u4e00-\u9fff]/.test(text));
      assert.deepEqual(copied.map(([key]) => key), [], locale);
    }
  });
});

describe('formatStep, formatWarning, formatPrecaution', () => {
  const steps = sampleSteps();

  it('fills every placeholder of every step in every locale', () => {
    for (const locale of LOCALES) {
      for (const step of steps) {
        const formatted = formatStep(step, locale);
        assert.doesNotMatch(formatted.text, /\{\w+\}/, `${locale} ${step.key}: ${formatted.text}`);
        assert.ok(formatted.legalBasis.length > 0);
        assert.equal(formatted.assumption !== undefined, step.assumption === true, `${locale} ${step.key}`);
      }
    }
  });

  it('exercises nearly every step key in the samples', () => {
    const used = new Set(steps.map((s) => s.key));
    const stepKeys = Object.keys(MESSAGES['zh-TW']).filter((k) => !/^(law|citation|warning|precaution|assumption)\./.test(k));
    assert.deepEqual(stepKeys.filter((k) => !used.has(k as Step['key'])), []);
  });

  it('cites articles in each locale style', () => {
    const basis = { law: 'laborStandardsAct', article: '24', paragraph: 2 } as const;
    assert.equal(formatLegalBasis(basis, 'zh-TW'), '勞動基準法第24條第2項');
    assert.equal(formatLegalBasis(basis, 'en'), 'Labor Standards Act, Art. 24, para. 2');
    assert.equal(formatLegalBasis({ law: 'laborStandardsActEnforcementRules', article: '24-1', paragraph: 2 }, 'zh-TW'), '勞動基準法施行細則第24條之1第2項');
    assert.equal(formatLegalBasis({ law: 'laborStandardsAct', article: '2', subparagraph: 4 }, 'vi'), 'Luật Tiêu chuẩn Lao động, Điều 2, điểm 4');
    assert.equal(formatLegalBasis({ law: 'heatHazardGuideline', article: 'table-2' }, 'zh-TW'), '高氣溫作業熱危害預防指引附表2');
  });

  it('formats numbers for the locale', () => {
    const total = calculateSeverancePay({ averageMonthlyWage: 74947, newSystemService: { years: 8, months: 3, days: 29 } }).steps.at(-1);
    assert.ok(total !== undefined);
    assert.match(formatStep(total, 'en').text, /= NT\$312,176\./);
    assert.match(formatStep(total, 'id').text, /NT\$312\.176\./);
    assert.match(formatStep(total, 'zh-TW').text, /312,176 元/);
  });

  it('formats every warning code and precaution in every locale', () => {
    const warnings = checkWorkingTime({ hourlyWage: 100, days: [
      ...Array.from({ length: 31 }, (_, i) => ({ date: `2026-01-${String(i + 1).padStart(2, '0')}`, dayType: 'workday' as const, hoursWorked: 13, start: '08:00', end: '22:00' })),
      ...Array.from({ length: 24 }, (_, i) => ({ date: `2026-02-${String(i + 1).padStart(2, '0')}`, dayType: 'workday' as const, hoursWorked: 10 })),
      { date: '2026-03-01', dayType: 'regular-day-off' as const, hoursWorked: 1 },
    ], shiftWork: true, threeMonthPeriodStart: '2026-01' });
    const notes = checkWorkingTime({ hourlyWage: 200, days: [
      ...Array.from({ length: 27 }, (_, i) => ({ date: `2026-01-${String(i + 1).padStart(2, '0')}`, dayType: 'workday' as const, hoursWorked: 10, start: '08:00', end: '22:00' })),
      ...Array.from({ length: 27 }, (_, i) => ({ date: `2026-02-${String(i + 1).padStart(2, '0')}`, dayType: 'workday' as const, hoursWorked: 10 })),
      ...Array.from({ length: 27 }, (_, i) => ({ date: `2026-03-${String(i + 1).padStart(2, '0')}`, dayType: 'workday' as const, hoursWorked: 10 })),
    ], flexibleSchedule: '4-week' });
    warnings.push(...notes);
    const codes = new Set(warnings.map((w) => w.code));
    assert.deepEqual([...codes].sort(), ['belowMinimumWage', 'consecutiveWorkingDaysOverFlexibleLimit', 'dailyHoursOver12', 'monthlyOvertimeOver46', 'monthlyOvertimeOver54', 'regularDayOffWorked', 'restBetweenShiftsNote', 'restBetweenShiftsUnder11', 'seventhConsecutiveWorkingDay', 'threeMonthOvertimeNeedsPeriod', 'threeMonthOvertimeOver138']);
    const precautions = Object.values(PRECAUTIONS_BY_LEVEL).flat();
    for (const locale of LOCALES) {
      for (const warning of warnings) assert.doesNotMatch(formatWarning(warning, locale).text, /\{\w+\}/);
      for (const p of precautions) assert.ok(formatPrecaution(p, locale).length > 0);
    }
    assert.equal(formatPrecaution('heavyWorkRest', 'en'), 'For heavy physical work, rest at least 20 minutes every hour.');
  });
});
