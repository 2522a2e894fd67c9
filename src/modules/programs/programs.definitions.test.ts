import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOpenOn, periodOf } from './programs.definitions.ts';

describe('program definitions: application windows and periods', () => {
  it('takes both days of a window inclusively, and nothing on either side', () => {
    const window = { windowOpens: '2026-03-01', windowCloses: '2026-03-31' };
    assert.equal(isOpenOn(window, '2026-02-28'), false, 'the day before it opens');
    assert.equal(isOpenOn(window, '2026-03-01'), true, 'the day it opens');
    assert.equal(isOpenOn(window, '2026-03-31'), true, 'the day it closes');
    assert.equal(isOpenOn(window, '2026-04-01'), false, 'the day after it closes');
    assert.equal(isOpenOn({ windowOpens: null, windowCloses: null }, '2026-12-31'), true, 'no window: always open');
    assert.equal(isOpenOn({ windowOpens: null, windowCloses: '2026-06-30' }, '2026-07-01'), false);
  });

  it('refuses a second application in the same year, month or ever, and allows one in the next', () => {
    assert.equal(periodOf({ period: 'year' }, '2026-12-31'), periodOf({ period: 'year' }, '2026-01-01'));
    assert.notEqual(periodOf({ period: 'year' }, '2026-12-31'), periodOf({ period: 'year' }, '2027-01-01'));
    assert.notEqual(periodOf({ period: 'month' }, '2026-03-31'), periodOf({ period: 'month' }, '2026-04-01'));
    assert.equal(periodOf({ period: 'once' }, '2026-03-31'), periodOf({ period: 'once' }, '2031-04-01'));
  });
});
