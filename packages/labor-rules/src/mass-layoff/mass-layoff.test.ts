import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RuleInputError } from '../errors.ts';
import { assessMassLayoff, checkLayoffNotice, isOverdue, negotiationDeadlines, type MassLayoffRuleSet } from './mass-layoff.ts';

// A rule set as staff would enter it. The figures are the 2015 text as quoted by secondary pages (e-sen.com.tw,
// sf-labourlawyer.com); the rules take them as data, so these tests check the arithmetic, not the law's figures.
const rules: MassLayoffRuleSet = {
  effectiveFrom: '2015-07-01',
  windowDays: 60,
  siteBands: [
    { item: 1, minHeadcount: 0, maxHeadcount: 30, withinWindow: { kind: 'count', count: 10 }, singleDayOver: null },
    { item: 2, minHeadcount: 30, maxHeadcount: 200, withinWindow: { kind: 'fraction', numerator: 1, denominator: 3 }, singleDayOver: 20 },
    { item: 3, minHeadcount: 200, maxHeadcount: 500, withinWindow: { kind: 'fraction', numerator: 1, denominator: 4 }, singleDayOver: 50 },
    { item: 4, minHeadcount: 500, maxHeadcount: null, withinWindow: { kind: 'fraction', numerator: 1, denominator: 5 }, singleDayOver: 80 },
  ],
  enterprise: { item: 5, withinWindowOver: 200, singleDayOver: 100 },
  noticeDays: 60,
  negotiationDays: 10,
  committeeDays: 10,
  source: 'test fixture',
};

const assess = (siteHeadcount: number, siteDismissals: number, siteSingleDayMax = 0, enterprise?: { total: number; day: number }) =>
  assessMassLayoff({ siteHeadcount, siteDismissals, siteSingleDayMax, enterpriseDismissals: enterprise?.total, enterpriseSingleDayMax: enterprise?.day }, rules);

describe('assessMassLayoff (大量解僱勞工保護法 Art. 2)', () => {
  // [headcount, dismissed within the window, single-day max, mass?, item of the first match]
  const table: [number, number, number, boolean, number | null][] = [
    [29, 10, 0, false, null], [29, 11, 0, true, 1], // band 1: more than 10
    [30, 10, 0, false, null], [30, 11, 0, true, 2], // 30 is band 2: more than 30 ÷ 3 = 10
    [199, 66, 20, false, null], [199, 67, 0, true, 2], [199, 30, 21, true, 2], // floor(199 ÷ 3) = 66; single day more than 20
    [200, 50, 50, false, null], [200, 51, 0, true, 3], [200, 51, 51, true, 3], // 200 is band 3: more than 50
    [499, 124, 50, false, null], [499, 125, 0, true, 3],
    [500, 100, 80, false, null], [500, 101, 0, true, 4], [500, 90, 81, true, 4],
  ];
  for (const [headcount, dismissed, day, mass, item] of table) {
    it(`${headcount} employed, ${dismissed} dismissed (${day} on one day) → ${mass ? `mass, item ${item}` : 'not mass'}`, () => {
      const result = assess(headcount, dismissed, day);
      assert.equal(result.isMass, mass);
      assert.equal(result.matches[0]?.item ?? null, item);
      if (item) assert.equal(result.article, `大量解僱勞工保護法 第2條第1項第${item}款`);
    });
  }

  it('counts the whole enterprise against item 5 on both sides of its limits', () => {
    assert.equal(assess(1000, 10, 0, { total: 200, day: 100 }).isMass, false);
    assert.deepEqual(assess(1000, 10, 0, { total: 201, day: 0 }).matches, [{ item: 5, test: 'window', over: 200, value: 201 }]);
    assert.deepEqual(assess(1000, 10, 0, { total: 150, day: 101 }).matches, [{ item: 5, test: 'single_day', over: 100, value: 101 }]);
  });

  it('lists every item that matches and shows the band limits for the site', () => {
    const result = assess(150, 60, 30, { total: 250, day: 30 });
    assert.deepEqual(result.band, { item: 2, windowOver: 50, singleDayOver: 20 });
    assert.deepEqual(result.matches.map((m) => `${m.item}:${m.test}`), ['2:window', '2:single_day', '5:window']);
  });

  it('refuses impossible counts', () => {
    assert.throws(() => assess(10, 3, 4), RuleInputError);
    assert.throws(() => assess(-1, 0), RuleInputError);
    assert.throws(() => assess(10, 1.5), RuleInputError);
    assert.throws(() => assess(10, 5, 0, { total: 4, day: 0 }), RuleInputError);
  });

  it('without an enterprise item and with no band for the size, nothing is mass', () => {
    const result = assessMassLayoff({ siteHeadcount: 10, siteDismissals: 10, siteSingleDayMax: 10 }, { ...rules, siteBands: [], enterprise: null });
    assert.deepEqual([result.isMass, result.band, result.article], [false, null, '大量解僱勞工保護法 第2條第1項']);
  });
});

describe('checkLayoffNotice (Art. 4 para. 1): calendar days counted back from the layoff date', () => {
  it('is in time on the latest day and late the day after', () => {
    const onTime = checkLayoffNotice({ noticeOn: '2026-12-31', layoffOn: '2027-03-01', noticeDays: 60 });
    assert.deepEqual(onTime, { latestNoticeOn: '2026-12-31', status: 'in_time', daysBefore: 60, article: '大量解僱勞工保護法 第4條第1項' });
    const late = checkLayoffNotice({ noticeOn: '2027-01-01', layoffOn: '2027-03-01', noticeDays: 60 });
    assert.deepEqual([late.status, late.daysBefore], ['late', 59]);
  });

  it('counts across a leap day and does not move a weekend', () => {
    // 2028-02-29 exists: 60 days before 2028-04-01 is 2028-02-01 (a Tuesday); 2027-01-02 is a Saturday and stays.
    assert.equal(checkLayoffNotice({ noticeOn: '2028-01-01', layoffOn: '2028-04-01', noticeDays: 60 }).latestNoticeOn, '2028-02-01');
    assert.equal(checkLayoffNotice({ noticeOn: '2027-01-02', layoffOn: '2027-03-03', noticeDays: 60 }).status, 'in_time');
  });

  it('marks a late notice exempt under the proviso (disaster, incident, sudden event), and refuses a notice after the layoff', () => {
    const exempt = checkLayoffNotice({ noticeOn: '2027-02-20', layoffOn: '2027-03-01', noticeDays: 60, exempt: true });
    assert.deepEqual([exempt.status, exempt.article], ['exempt', '大量解僱勞工保護法 第4條第1項但書']);
    assert.equal(checkLayoffNotice({ noticeOn: '2026-12-01', layoffOn: '2027-03-01', noticeDays: 60, exempt: true }).status, 'in_time');
    assert.throws(() => checkLayoffNotice({ noticeOn: '2027-03-02', layoffOn: '2027-03-01', noticeDays: 60 }), RuleInputError);
  });
});

describe('negotiationDeadlines (Arts. 5, 6)', () => {
  const base = { layoffOn: '2027-03-01', noticeOn: '2026-12-20', rules, agreedOn: null, committeeConvenedOn: null, lastMeetingOn: null, closedOn: null };

  it('negotiation due 10 days after the notice, the committee 10 days after that; overdue from the day after', () => {
    const deadlines = negotiationDeadlines(base);
    assert.deepEqual(deadlines.map((d) => [d.kind, d.dueOn, d.article]), [
      ['notice', '2026-12-31', '大量解僱勞工保護法 第4條第1項'],
      ['negotiation', '2026-12-30', '大量解僱勞工保護法 第5條第1項'],
      ['committee', '2027-01-09', '大量解僱勞工保護法 第5條第2項'],
    ]);
    const committee = deadlines[2]!;
    assert.equal(isOverdue(committee, '2027-01-09'), false);
    assert.equal(isOverdue(committee, '2027-01-10'), true);
  });

  it('an agreement on the last day meets the negotiation and needs no committee; a day later it does', () => {
    assert.deepEqual(negotiationDeadlines({ ...base, agreedOn: '2026-12-30' }).map((d) => d.kind), ['notice', 'negotiation']);
    assert.deepEqual(negotiationDeadlines({ ...base, agreedOn: '2026-12-31' }).map((d) => d.kind), ['notice', 'negotiation', 'committee']);
  });

  it('a convened committee meets its deadline and must meet again within two weeks of its last meeting (Art. 6 para. 3)', () => {
    const deadlines = negotiationDeadlines({ ...base, committeeConvenedOn: '2027-01-05', lastMeetingOn: '2027-01-12' });
    assert.equal(deadlines.find((d) => d.kind === 'committee')?.metOn, '2027-01-05');
    const next = deadlines.find((d) => d.kind === 'next_meeting')!;
    assert.deepEqual([next.dueOn, isOverdue(next, '2027-01-26'), isOverdue(next, '2027-01-27')], ['2027-01-26', false, true]);
    assert.equal(negotiationDeadlines({ ...base, committeeConvenedOn: '2027-01-05', closedOn: '2027-02-01' }).some((d) => d.kind === 'next_meeting'), false);
    assert.equal(negotiationDeadlines({ ...base, committeeConvenedOn: '2027-01-05' }).find((d) => d.kind === 'next_meeting')?.dueOn, '2027-01-19');
  });

  it('a late notice leaves the notice deadline unmet', () => {
    assert.equal(negotiationDeadlines({ ...base, noticeOn: '2027-01-05' })[0]!.metOn, null);
  });
});
