import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dispatchReminder, dispatchState, overdueFrom } from './dispatches-1955.deadline.ts';

describe('1955 dispatches: the reply deadline', () => {
  const deadline = '2026-03-10';

  it('is open until the day before the deadline, due soon on that day and on the deadline, overdue the day after', () => {
    const at = (today: string) => dispatchState({ replyDeadline: deadline, repliedOn: null, today });
    assert.equal(at('2026-03-08'), 'open');
    assert.equal(at('2026-03-09'), 'due-soon');
    assert.equal(at('2026-03-10'), 'due-soon', 'the deadline day itself is still on time');
    assert.equal(at('2026-03-11'), 'overdue');
    assert.equal(overdueFrom(deadline), '2026-03-11');
  });

  it('a reply on the deadline is on time; a reply the day after is late', () => {
    assert.equal(dispatchState({ replyDeadline: deadline, repliedOn: '2026-03-10', today: '2026-03-20' }), 'replied');
    assert.equal(dispatchState({ replyDeadline: deadline, repliedOn: '2026-03-11', today: '2026-03-20' }), 'replied-late');
  });

  it('reminds the day before and when overdue, never after the reply', () => {
    const remind = (today: string, repliedOn: string | null = null) => dispatchReminder({ replyDeadline: deadline, repliedOn, today });
    assert.equal(remind('2026-03-08'), null);
    assert.equal(remind('2026-03-09'), 'dispatch-due');
    assert.equal(remind('2026-03-11'), 'dispatch-overdue');
    assert.equal(remind('2026-03-11', '2026-03-09'), null);
  });

  it('counts across a month end and a leap day', () => {
    assert.equal(dispatchState({ replyDeadline: '2028-03-01', repliedOn: null, today: '2028-02-29' }), 'due-soon');
    assert.equal(dispatchState({ replyDeadline: '2028-03-01', repliedOn: null, today: '2028-02-28' }), 'open');
    assert.equal(overdueFrom('2026-12-31'), '2027-01-01');
  });
});
