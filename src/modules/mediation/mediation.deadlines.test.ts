import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseDeadlines, deadlineRules, isOverdue, metLate, periodEnd, weekendOnlyCalendar, type BureauCalendar } from './mediation.deadlines.ts';

// 2026-03-02 is a Monday.
const calendar: BureauCalendar = { closedDays: new Set(['2026-04-03']), openSaturdaysAndSundays: new Set(['2026-03-14']) };

describe('mediator-route deadlines (勞資爭議處理法 Art. 12; 行政程序法 Art. 48)', () => {
  it('appoints within 3 days of receipt, the day of receipt not counted', () => {
    const [appoint] = caseDeadlines({ receivedOn: '2026-03-02', appointedOn: null, startedOn: null, proposalOn: null }, calendar);
    assert.deepEqual(appoint, { kind: 'appoint-mediator', dueOn: '2026-03-05', article: '勞資爭議處理法第12條第1項', metOn: null });
    assert.equal(isOverdue(appoint!, '2026-03-05'), false, 'the last day itself is still in time');
    assert.equal(isOverdue(appoint!, '2026-03-06'), true, 'the day after is overdue');
  });

  it('starts within 7 days of the appointment and proposes within 10 days of the start', () => {
    const list = caseDeadlines({ receivedOn: '2026-03-02', appointedOn: '2026-03-04', startedOn: '2026-03-11', proposalOn: null }, calendar);
    assert.deepEqual(
      list.map((d) => [d.kind, d.dueOn, d.article]),
      [
        ['appoint-mediator', '2026-03-05', '勞資爭議處理法第12條第1項'],
        ['start-mediation', '2026-03-11', '勞資爭議處理法第12條第2項'],
        ['mediation-proposal', '2026-03-23', '勞資爭議處理法第12條第5項'], // the 21st is a Saturday
      ],
    );
    assert.equal(metLate(list[1]!), false, 'started on the last day: in time');
    const late = caseDeadlines({ receivedOn: '2026-03-02', appointedOn: '2026-03-04', startedOn: '2026-03-12', proposalOn: null }, calendar);
    assert.equal(metLate(late[1]!), true, 'started the day after: late');
  });

  it('moves a last day on a Saturday to Monday, on a Sunday to Monday, and over a holiday the bureau entered', () => {
    assert.equal(periodEnd('2026-03-04', 3, weekendOnlyCalendar), '2026-03-09', 'Saturday the 7th -> Monday the 9th');
    assert.equal(periodEnd('2026-03-05', 3, weekendOnlyCalendar), '2026-03-09', 'Sunday the 8th -> Monday the 9th');
    assert.equal(periodEnd('2026-03-03', 3, weekendOnlyCalendar), '2026-03-06', 'Friday stays');
    assert.equal(periodEnd('2026-03-31', 3, calendar), '2026-04-06', 'holiday Friday the 3rd, then the weekend');
    assert.equal(periodEnd('2026-03-31', 3, weekendOnlyCalendar), '2026-04-03', 'without the holiday entered, Friday');
  });

  it('does not skip a Saturday announced as a working day', () => {
    assert.equal(periodEnd('2026-03-11', 3, calendar), '2026-03-14');
    assert.equal(periodEnd('2026-03-11', 3, weekendOnlyCalendar), '2026-03-16');
  });

  it('a met deadline is never overdue, and the later deadlines wait for their event', () => {
    const list = caseDeadlines({ receivedOn: '2026-03-02', appointedOn: '2026-03-09', startedOn: null, proposalOn: null }, calendar);
    assert.equal(list.length, 2);
    assert.equal(isOverdue(list[0]!, '2026-04-01'), false);
    assert.equal(metLate(list[0]!), true);
  });
});

describe('committee-route deadlines (勞資爭議處理法 Arts. 14–16; 行政程序法 Art. 48)', () => {
  type Steps = { notifiedOn: string | null; membersOn: string | null; investigatorOn: string | null; reportOn: string | null; meetingExtended: boolean; meetingOn: string | null };
  const steps: Steps = { notifiedOn: null, membersOn: null, investigatorOn: null, reportOn: null, meetingExtended: false, meetingOn: null };
  const dates = (committee: Partial<Steps>, startedOn: string | null = null) => ({
    receivedOn: '2026-03-02', appointedOn: null, startedOn, proposalOn: null, committee: { ...steps, ...committee },
  });

  it('has no deadline before the parties are notified (Art. 14 sets no period for the notice), then 3 days to choose members', () => {
    assert.deepEqual(caseDeadlines(dates({}), weekendOnlyCalendar), []);
    const [choose] = caseDeadlines(dates({ notifiedOn: '2026-03-02' }), weekendOnlyCalendar);
    assert.deepEqual(choose, { kind: 'choose-members', dueOn: '2026-03-05', article: '勞資爭議處理法第14條第1項', metOn: null });
    assert.equal(isOverdue(choose!, '2026-03-05'), false, 'the last day is still in time');
    assert.equal(isOverdue(choose!, '2026-03-06'), true, 'the day after: the bureau designates');
  });

  it('convenes within 14 days of the members being complete, met by the first session', () => {
    const list = caseDeadlines(dates({ notifiedOn: '2026-03-02', membersOn: '2026-03-05' }, '2026-03-19'), weekendOnlyCalendar);
    assert.deepEqual(list[1], { kind: 'convene-committee', dueOn: '2026-03-19', article: '勞資爭議處理法第15條', metOn: '2026-03-19' });
    assert.equal(metLate(list[1]!), false, 'on the 14th day: in time');
    const late = caseDeadlines(dates({ notifiedOn: '2026-03-02', membersOn: '2026-03-05' }, '2026-03-20'), weekendOnlyCalendar);
    assert.equal(metLate(late[1]!), true, 'the 15th day: late');
  });

  it('the investigating member reports within 10 days (a Saturday last day moves to Monday)', () => {
    const list = caseDeadlines(dates({ notifiedOn: '2026-03-02', membersOn: '2026-03-03', investigatorOn: '2026-03-04' }), weekendOnlyCalendar);
    assert.deepEqual(list[2], { kind: 'investigation-report', dueOn: '2026-03-16', article: '勞資爭議處理法第16條第1項', metOn: null });
    assert.equal(isOverdue(list[2]!, '2026-03-16'), false);
    assert.equal(isOverdue(list[2]!, '2026-03-17'), true);
  });

  it('the committee meets within 15 days of the report, or 22 when extended by 7', () => {
    const base = { notifiedOn: '2026-03-02', membersOn: '2026-03-03', investigatorOn: '2026-03-20', reportOn: '2026-03-30' };
    const plain = caseDeadlines(dates(base), calendar).at(-1)!;
    assert.deepEqual(plain, { kind: 'committee-meeting', dueOn: '2026-04-14', article: '勞資爭議處理法第16條第2項', metOn: null });
    assert.equal(isOverdue(plain, '2026-04-14'), false);
    assert.equal(isOverdue(plain, '2026-04-15'), true);
    const extended = caseDeadlines(dates({ ...base, meetingExtended: true }), calendar).at(-1)!;
    assert.equal(extended.dueOn, '2026-04-21');
    assert.equal(isOverdue(extended, '2026-04-21'), false);
    assert.equal(isOverdue(extended, '2026-04-22'), true);
  });
});

describe('which text each figure was read in (docs/labor-relations.md, 2021 amendment check)', () => {
  it('Art. 12 is the official 2021-04-28 text; Arts. 14–16 only the 2015 open-data copy, not yet confirmed against the law in force', () => {
    const byText = (text: string) => Object.entries(deadlineRules).filter(([, rule]) => rule.text === text).map(([kind, rule]) => [kind, rule.days, rule.article]);
    assert.deepEqual(byText('official-2021'), [
      ['appoint-mediator', 3, '勞資爭議處理法第12條第1項'],
      ['start-mediation', 7, '勞資爭議處理法第12條第2項'],
      ['mediation-proposal', 10, '勞資爭議處理法第12條第5項'],
    ]);
    assert.deepEqual(byText('open-data-2015'), [
      ['choose-members', 3, '勞資爭議處理法第14條第1項'],
      ['convene-committee', 14, '勞資爭議處理法第15條'],
      ['investigation-report', 10, '勞資爭議處理法第16條第1項'],
      ['committee-meeting', 15, '勞資爭議處理法第16條第2項'],
    ]);
  });
});
