import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deadlineOf } from './programs.deadline.ts';

// The death consolation: paid within 3 days of the application (plan 第二部分 三-2), escalated at 48 hours.
const consolation = { decisionDays: 3, escalation: { afterHours: 48 } };
const received = new Date('2026-03-02T01:37:00Z'); // 09:37 in Taichung: counted from that hour and minute
const at = (ms: number) => new Date(received.getTime() + ms);
const hours = (n: number) => n * 3_600_000;

describe('programs deadline, from the hour of the application', () => {
  it('passes exactly 72 hours after the application, not at the end of a calendar day', () => {
    const state = deadlineOf(consolation, received, received);
    assert.equal(state.dueAt?.toISOString(), '2026-03-05T01:37:00.000Z');
    assert.equal(state.escalateAt?.toISOString(), '2026-03-04T01:37:00.000Z');
    assert.equal(deadlineOf(consolation, received, at(hours(72) - 1)).state, 'escalate', 'one millisecond before: still within the deadline');
    assert.equal(deadlineOf(consolation, received, at(hours(72))).state, 'overdue', 'at the 72nd hour it has passed');
    assert.equal(deadlineOf(consolation, received, at(hours(72) - 1)).hoursLeft, 0);
    assert.equal(deadlineOf(consolation, received, at(hours(73))).hoursLeft, -1);
  });

  it('escalates at the 48th hour and not a moment before', () => {
    assert.equal(deadlineOf(consolation, received, at(hours(48) - 1)).state, 'open');
    assert.equal(deadlineOf(consolation, received, at(hours(48))).state, 'escalate');
    assert.equal(deadlineOf(consolation, received, at(hours(48) - 1)).hoursLeft, 24);
  });

  it('never escalates later than the deadline itself, and has nothing to track without a rule', () => {
    const late = deadlineOf({ decisionDays: 1, escalation: { afterHours: 48 } }, received, received);
    assert.equal(late.escalateAt?.toISOString(), late.dueAt?.toISOString());
    assert.deepEqual(deadlineOf({ decisionDays: null, escalation: null }, received, received), { dueAt: null, escalateAt: null, state: 'none', hoursLeft: null });
    const escalationOnly = deadlineOf({ decisionDays: null, escalation: { afterHours: 2 } }, received, at(hours(2)));
    assert.equal(escalationOnly.state, 'escalate');
  });
});
