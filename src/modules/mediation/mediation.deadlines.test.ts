import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseDeadlines, isOverdue, metLate, periodEnd, weekendOnlyCalendar, type BureauCalendar } from './mediation.deadlines.ts';

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
