import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RuleInputError } from '../errors.ts';
import type { Service } from '../service-length.ts';
import { calculateSeverancePay, newSystemSeveranceBase, oldSystemSeveranceBase } from './severance-pay.ts';
import { fraction } from '../money.ts';

const service = (years: number, months: number, days: number): Service => ({ years, months, days });

describe('calculateSeverancePay', () => {
  const cases = [
    // MOL-style FAQ (labor-law.md §1.2 evidence 1): 30,000 × ½ × (3 + (6 + 15/30)/12) = 53,125.
    { name: 'MOL FAQ, new system 3y 6m 15d', wage: 30000, newSystem: service(3, 6, 15), amount: 53125, newBase: 1.7708 },
    // Same FAQ, old system: 3 + 7/12 (the part month counts as a month) → 107,500.
    { name: 'MOL FAQ, old system 3y 6m 15d', wage: 30000, oldSystem: service(3, 6, 15), amount: 107500, oldBase: 3.5833 },
    // Yahoo/HR article (§1.2): 1 y 1 m at 32,000 = 17,333.33 → 17,334 with the round-up rule.
    { name: 'HR article, 1y 1m rounds up', wage: 32000, newSystem: service(1, 1, 0), amount: 17334 },
    // LPA Art. 12: cap of 6 months reached at 12 years.
    { name: 'new-system cap at 12 years', wage: 40000, newSystem: service(12, 0, 0), amount: 240000, newBase: 6 },
    { name: 'new-system cap beyond 12 years', wage: 40000, newSystem: service(20, 5, 3), amount: 240000, newBase: 6 },
    // The old system has no cap (LSA Art. 17).
    { name: 'old system, 20 years, uncapped', wage: 40000, oldSystem: service(20, 0, 0), amount: 800000, oldBase: 20 },
    // Public suite mixed case (§1.2): old part 74,946.25 × 1.5 = 112,419.375 → 112,420, parts rounded separately.
    { name: 'mixed case rounds each part', wage: 74946.25, oldSystem: service(1, 6, 0), amount: 112420 },
    { name: 'no service', wage: 40000, amount: 0 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = calculateSeverancePay({ averageMonthlyWage: c.wage, oldSystemService: c.oldSystem, newSystemService: c.newSystem });
      assert.equal(result.amount, c.amount);
      if (c.newBase !== undefined) assert.equal(result.newSystemBase, c.newBase);
      if (c.oldBase !== undefined) assert.equal(result.oldSystemBase, c.oldBase);
    });
  }

  it('counts service from dates, both ends included (public suite "official case")', () => {
    // labor-law.md §1.2 evidence 3: hired 2018-07-03, terminated 2026-10-31, 74,947 → 8y 3m 29d, 312,176.
    const result = calculateSeverancePay({ averageMonthlyWage: 74947, hireDate: '2018-07-03', terminationDate: '2026-10-31' });
    assert.deepEqual(result.newSystemService, service(8, 3, 29));
    assert.equal(result.amount, 312176);
    assert.deepEqual(newSystemSeveranceBase(service(8, 3, 29)), fraction(2999, 720));
    assert.equal(result.steps[0]?.assumption, true);
    // New-system only: the 30-day payment deadline rests on LPA Art. 12 para. 2.
    assert.deepEqual(result.steps.at(-1)?.legalBasis, { law: 'laborPensionAct', article: '12', paragraph: 2 });
  });

  it('matches the Taiwan High Court 113 勞上易 41 claim', () => {
    // §1.2 evidence 2: 2016-06-20 to 2023-05-10 at 60,000 → 6y 10m 21d → 206,750.
    const result = calculateSeverancePay({ averageMonthlyWage: 60000, hireDate: '2016-06-20', terminationDate: '2023-05-10' });
    assert.equal(result.amount, 206750);
  });

  it('splits mixed service at the switch date', () => {
    // Chiayi 2026 example dates (§3): hired 2001-06-01, switched 2005-07-01; old part 4y 1m.
    const result = calculateSeverancePay({ averageMonthlyWage: 40000, hireDate: '2001-06-01', switchDate: '2005-07-01', terminationDate: '2026-12-31' });
    assert.deepEqual(result.oldSystemService, service(4, 1, 0));
    assert.deepEqual(result.newSystemService, service(21, 6, 0));
    assert.equal(result.oldSystemAmount, 163334); // 40,000 × (4 + 1/12) = 163,333.33 → up
    assert.equal(result.newSystemAmount, 240000); // capped at 6 months
    assert.equal(result.amount, 403334);
  });

  it('treats a worker who stayed in the old system as old-system throughout', () => {
    const result = calculateSeverancePay({ averageMonthlyWage: 30000, hireDate: '2000-01-01', switchDate: null, terminationDate: '2009-12-31' });
    assert.deepEqual(result.oldSystemService, service(10, 0, 0));
    assert.equal(result.newSystemBase, 0);
    assert.equal(result.amount, 300000);
  });

  it('requires a switch date for a hire before 2005-07-01 and a sane order of dates', () => {
    assert.throws(() => calculateSeverancePay({ averageMonthlyWage: 30000, hireDate: '2005-06-30', terminationDate: '2010-01-01' }), (e: unknown) => e instanceof RuleInputError && e.field === 'switchDate');
    assert.doesNotThrow(() => calculateSeverancePay({ averageMonthlyWage: 30000, hireDate: '2005-07-01', terminationDate: '2010-01-01' }));
    assert.throws(() => calculateSeverancePay({ averageMonthlyWage: 30000, hireDate: '2020-01-02', terminationDate: '2020-01-01' }), RuleInputError);
    assert.throws(() => calculateSeverancePay({ averageMonthlyWage: -1, newSystemService: service(1, 0, 0) }), RuleInputError);
  });

  it('accepts a switch date only inside the Labor Pension Act choice window (issue 14 fix 3)', () => {
    // LPA in force 2005-07-01 (MOL English page, labor-law.md §0); workers already employed could still choose the new
    // system within five years (LPA Art. 9 para. 1, "於五年內仍得選擇"), i.e. through 2010-06-30.
    const bySwitch = (switchDate: string | null, hireDate = '2001-06-01', terminationDate = '2026-12-31') =>
      () => calculateSeverancePay({ averageMonthlyWage: 40000, hireDate, switchDate, terminationDate });
    const isSwitchError = (e: unknown) => e instanceof RuleInputError && e.field === 'switchDate';
    assert.throws(bySwitch('2005-06-30'), isSwitchError);
    assert.doesNotThrow(bySwitch('2005-07-01'));
    assert.doesNotThrow(bySwitch('2010-06-30'));
    assert.throws(bySwitch('2010-07-01'), isSwitchError);
    // Before the hire date: impossible.
    assert.throws(bySwitch('2006-01-01', '2007-01-01'), isSwitchError);
    // A hire from 2005-07-01 is in the new system from the first day: no other switch date, no old system.
    assert.doesNotThrow(bySwitch('2007-01-01', '2007-01-01'));
    assert.throws(bySwitch('2008-01-01', '2007-01-01'), isSwitchError);
    assert.throws(bySwitch(null, '2007-01-01'), isSwitchError);
  });

  it('gives old-system service only to a termination before 2005-07-01 (issue 14 fix 3)', () => {
    // No switch date needed: the new system did not exist yet. 2000-01-01 to 2005-06-30 = 5 y 6 m → 5.5 months.
    const result = calculateSeverancePay({ averageMonthlyWage: 30000, hireDate: '2000-01-01', terminationDate: '2005-06-30' });
    assert.deepEqual(result.oldSystemService, service(5, 6, 0));
    assert.equal(result.newSystemBase, 0);
    assert.equal(result.amount, 165000);
    // From 2005-07-01 on, a hire before it needs the worker's choice.
    assert.throws(() => calculateSeverancePay({ averageMonthlyWage: 30000, hireDate: '2000-01-01', terminationDate: '2005-07-01' }), RuleInputError);
  });

  it('makes any part month a whole month in the old system only', () => {
    assert.deepEqual(oldSystemSeveranceBase(service(0, 0, 1)), fraction(1, 12));
    assert.deepEqual(newSystemSeveranceBase(service(0, 0, 1)), fraction(1, 720));
  });

  it('shows the old-system pension next to the severance of a worker eligible to retire (Art. 53)', () => {
    // Chiayi County 2026 dates (labor-law.md §3): hired 2001-06-01, switched 2005-07-01, old part 4 y 1 m → 4.5 y → 9 bases;
    // at 60 with 25 y 7 m in all the worker may retire (Art. 53), so the old part is the pension, 9 × 40,000 = 360,000,
    // not the old-system severance 163,334 (LTN 2025 worked case: pension for old service, severance for new).
    const result = calculateSeverancePay({ averageMonthlyWage: 40000, hireDate: '2001-06-01', switchDate: '2005-07-01', terminationDate: '2026-12-31', age: 60 });
    assert.deepEqual(result.retirement, { eligible: true, oldPensionBases: 9, oldPensionAmount: 360000, totalWithPension: 600000 });
    assert.ok(result.steps.some((s) => s.key === 'severancePay.retirementInstead' && s.assumptionKey === 'assumption.retirementInsteadOfSeverance'));
    // 15 years at 55 qualifies (Art. 53 subpara. 1); 14 years at 55 does not, so severance applies.
    const young = calculateSeverancePay({ averageMonthlyWage: 40000, oldSystemService: { years: 14, months: 0, days: 0 }, age: 55 });
    assert.equal(young.retirement?.eligible, false);
    assert.equal(young.amount, 560000);
    const fifteen = calculateSeverancePay({ averageMonthlyWage: 40000, oldSystemService: { years: 15, months: 0, days: 0 }, age: 55 });
    assert.deepEqual(fifteen.retirement, { eligible: true, oldPensionBases: 30, oldPensionAmount: 1200000, totalWithPension: 1200000 });
    // No age: nothing is shown.
    assert.equal(calculateSeverancePay({ averageMonthlyWage: 40000, oldSystemService: { years: 15, months: 0, days: 0 } }).retirement, undefined);
  });

  const arbitraryService = fc.record({ years: fc.integer({ min: 0, max: 45 }), months: fc.integer({ min: 0, max: 11 }), days: fc.integer({ min: 0, max: 29 }) });

  it('never pays less for more service (property)', () => {
    fc.assert(fc.property(arbitraryService, arbitraryService, arbitraryService, fc.integer({ min: 1, max: 200000 }), (oldPart, newPart, extra, wage) => {
      const base = calculateSeverancePay({ averageMonthlyWage: wage, oldSystemService: oldPart, newSystemService: newPart }).amount;
      const moreOld = calculateSeverancePay({ averageMonthlyWage: wage, oldSystemService: { years: oldPart.years + extra.years, months: oldPart.months + extra.months, days: oldPart.days + extra.days }, newSystemService: newPart }).amount;
      const moreNew = calculateSeverancePay({ averageMonthlyWage: wage, oldSystemService: oldPart, newSystemService: { years: newPart.years + extra.years, months: newPart.months + extra.months, days: newPart.days + extra.days } }).amount;
      return moreOld >= base && moreNew >= base;
    }));
  });

  it('never exceeds 6 months of wage for the new-system part (property)', () => {
    fc.assert(fc.property(arbitraryService, fc.integer({ min: 1, max: 200000 }), (s, wage) => {
      const result = calculateSeverancePay({ averageMonthlyWage: wage, newSystemService: s });
      return result.newSystemBase <= 6 && result.amount <= wage * 6;
    }));
  });
});
