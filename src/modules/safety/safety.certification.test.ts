import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certificationResult, isMajorAccident, majorReasons, monthsBetween, type IncidentCounts } from './safety.certification.ts';

const none: IncidentCounts = { deaths: 0, disabledVictims: 0, hospitalised: 0, isDesignated: false };
const minor: IncidentCounts = { ...none, disabledVictims: 1 };
const clean = (month: string) => ({ month, incidents: [] });

describe('major occupational accident (職業安全衛生法 §37 II, 施行細則 §48)', () => {
  it('a death is major (item 1); no death is not', () => {
    assert.deepEqual(majorReasons({ ...none, deaths: 1 }), ['item-1']);
    assert.equal(isMajorAccident(none), false);
  });
  it('three disabled victims of one accident are major (item 2); two are not', () => {
    assert.deepEqual(majorReasons({ ...none, disabledVictims: 3 }), ['item-2']);
    assert.equal(isMajorAccident({ ...none, disabledVictims: 2 }), false);
  });
  it('one victim needing hospitalisation is major (item 3); none is not', () => {
    assert.deepEqual(majorReasons({ ...none, hospitalised: 1 }), ['item-3']);
    assert.equal(isMajorAccident({ ...none, hospitalised: 0, disabledVictims: 2 }), false);
  });
  it('an accident staff classify as designated by the central authority is major (item 4)', () => {
    assert.deepEqual(majorReasons({ ...none, isDesignated: true }), ['item-4']);
  });
  it('names every item an accident meets', () => {
    assert.deepEqual(majorReasons({ deaths: 2, disabledVictims: 3, hospitalised: 1, isDesignated: false }), ['item-1', 'item-2', 'item-3']);
  });
});

describe('monthsBetween', () => {
  it('counts both ends and crosses the year', () => {
    assert.deepEqual(monthsBetween('2025-11-20', '2026-02-03'), ['2025-11', '2025-12', '2026-01', '2026-02']);
    assert.deepEqual(monthsBetween('2026-03-01', '2026-03-31'), ['2026-03']);
  });
});

describe('zero-disaster certification rule', () => {
  const works = { startsOn: '2026-01-05', endedOn: '2026-03-28' };
  it('certifies three logged months without a major accident', () => {
    const result = certificationResult({ ...works, logs: [clean('2026-01'), { month: '2026-02', incidents: [minor] }, clean('2026-03')] });
    assert.equal(result.outcome, 'certifiable');
  });
  it('refuses a major accident in the last month', () => {
    const result = certificationResult({ ...works, logs: [clean('2026-01'), clean('2026-02'), { month: '2026-03', incidents: [minor, { ...none, deaths: 1 }] }] });
    assert.deepEqual(result, { outcome: 'not-certifiable', missingMonths: [], majorMonths: ['2026-03'] });
  });
  it('is not certifiable while a month is missing, and says which', () => {
    const result = certificationResult({ ...works, logs: [clean('2026-01'), clean('2026-03')] });
    assert.deepEqual(result, { outcome: 'incomplete', missingMonths: ['2026-02'], majorMonths: [] });
  });
  it('becomes certifiable once the missing month is logged', () => {
    assert.equal(certificationResult({ ...works, logs: [clean('2026-01'), clean('2026-03'), clean('2026-02')] }).outcome, 'certifiable');
  });
  it('decides nothing while the works run', () => {
    assert.equal(certificationResult({ startsOn: '2026-01-05', endedOn: null, logs: [clean('2026-01')] }).outcome, 'running');
  });
  it('a project that ends in the month it starts needs that one log', () => {
    assert.equal(certificationResult({ startsOn: '2026-01-05', endedOn: '2026-01-30', logs: [] }).outcome, 'incomplete');
    assert.equal(certificationResult({ startsOn: '2026-01-05', endedOn: '2026-01-30', logs: [clean('2026-01')] }).outcome, 'certifiable');
  });
});
