import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDays,
  allowedActions,
  complaintActions,
  complaintStatuses,
  dueDates,
  localDate,
  nextStatus,
  overdueDeadlines,
} from './complaints.workflow.ts';

describe('complaint workflow', () => {
  it('allows exactly the documented steps', () => {
    const table = Object.fromEntries(complaintStatuses.map((status) => [status, allowedActions(status)]));
    assert.deepEqual(table, {
      received: [],
      assigned: ['investigate', 'notify', 'transfer'],
      investigating: ['notify', 'reply', 'transfer'],
      replied: ['close'],
      closed: [],
      transferred: [],
    });
    for (const status of complaintStatuses) {
      for (const action of complaintActions) {
        assert.equal(nextStatus(status, action) !== undefined, allowedActions(status).includes(action), `${status} ${action}`);
      }
    }
    assert.deepEqual(nextStatus('investigating', 'notify'), { status: 'investigating', kind: 'notice' });
    assert.deepEqual(nextStatus('investigating', 'reply'), { status: 'replied', kind: 'replied' });
  });

  it('counts due dates in Taiwan calendar days from the day after receipt', () => {
    assert.equal(localDate(new Date('2026-03-01T16:00:00Z'), 'Asia/Taipei'), '2026-03-02');
    assert.equal(localDate(new Date('2026-03-01T15:59:59Z'), 'Asia/Taipei'), '2026-03-01');
    assert.deepEqual(dueDates(new Date('2026-03-02T02:00:00Z'), 'Asia/Taipei'), { noticeDueOn: '2026-03-16', replyDueOn: '2026-05-01' });
    assert.deepEqual(dueDates(new Date('2027-12-31T10:00:00Z'), 'Asia/Taipei'), { noticeDueOn: '2028-01-14', replyDueOn: '2028-02-29' });
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  });

  it('finds missed deadlines only while the case is open', () => {
    const base = { noticeDueOn: '2026-03-16', replyDueOn: '2026-05-01', noticeSent: false };
    assert.deepEqual(overdueDeadlines({ ...base, status: 'assigned' }, '2026-03-16'), []);
    assert.deepEqual(overdueDeadlines({ ...base, status: 'assigned' }, '2026-03-17'), ['notice']);
    assert.deepEqual(overdueDeadlines({ ...base, status: 'investigating', noticeSent: true }, '2026-05-02'), ['reply']);
    assert.deepEqual(overdueDeadlines({ ...base, status: 'received' }, '2026-05-02'), ['notice', 'reply']);
    for (const status of ['replied', 'closed', 'transferred'] as const) {
      assert.deepEqual(overdueDeadlines({ ...base, status }, '2026-06-01'), []);
    }
  });
});
