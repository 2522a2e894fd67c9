import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateRules, type EligibilityRule, type RuleContext } from './programs.rules.ts';

const context: RuleContext = { on: '2026-06-30', locale: 'en', isCityDistrict: () => true, districtName: (code) => code, programGroups: [] };
const rules: EligibilityRule[] = [
  { code: 'continuous-employment', kind: 'continuous-employment', minMonths: 3, allowedGapDays: 0 },
  { code: 'registered-before-hire', kind: 'registered-before-hire' },
];
const placed = (start: string, end: string) => ({ referralId: '00000000-0000-4000-8000-000000000001', employer: '大里精密', start, end });
const results = (facts: Parameters<typeof evaluateRules>[1]) => Object.fromEntries(evaluateRules(rules, facts, context).map((r) => [r.code, r]));

describe('youth incentive rules (ADR 0041)', () => {
  it('passes continuity on exactly N months of placements and fails a day short', () => {
    assert.equal(results({ placementSpells: [placed('2026-01-15', '2026-04-13')] })['continuous-employment']!.passed, false);
    assert.equal(results({ placementSpells: [placed('2026-01-15', '2026-04-14')] })['continuous-employment']!.passed, true);
  });

  it('joins a placement and an attached spell the day after, and a one-day gap breaks them unless allowed', () => {
    const manual = (start: string) => ({ employer: '豐原長照', start, end: null, source: '勞保投保資料' });
    const facts = (start: string) => ({ placementSpells: [placed('2026-03-01', '2026-03-31')], manualSpells: [manual(start)] });
    assert.equal(results(facts('2026-04-01'))['continuous-employment']!.passed, true);
    // 1 April without work: the later spell alone (2 April – 30 June) is two whole months.
    assert.equal(results(facts('2026-04-02'))['continuous-employment']!.passed, false);
    const allowing = [{ code: 'c', kind: 'continuous-employment' as const, minMonths: 3, allowedGapDays: 1 }];
    assert.equal(evaluateRules(allowing, facts('2026-04-02'), context)[0]!.passed, true);
  });

  it('requires registration as a job seeker strictly before the first day of the employment', () => {
    const spells = { placementSpells: [placed('2026-01-15', '2026-04-15')] };
    assert.equal(results({ ...spells, jobSeekerRegisteredOn: '2026-01-14' })['registered-before-hire']!.passed, true);
    assert.equal(results({ ...spells, jobSeekerRegisteredOn: '2026-01-15' })['registered-before-hire']!.passed, false);
    assert.equal(results({ ...spells })['registered-before-hire']!.passed, false);
    assert.equal(results({ jobSeekerRegisteredOn: '2026-01-01' })['registered-before-hire']!.passed, false);
  });

  it('does not pass while the definition sets no months, and says so with what was found', () => {
    const [result] = evaluateRules([{ code: 'c', kind: 'continuous-employment', minMonths: null, allowedGapDays: 0 }], { placementSpells: [placed('2026-01-15', '2026-04-15')] }, context);
    assert.equal(result!.passed, false);
    assert.match(result!.message, /sets no number yet.*3 months in a row, 大里精密 2026-01-15–2026-04-15/);
  });
});
