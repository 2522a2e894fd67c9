import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consentFor, consentHolds, type ConsentRow } from './cases.consent.ts';

const consent = (overrides: Partial<ConsentRow> = {}): ConsentRow => ({
  id: 'c1',
  purpose: '就業服務個案管理及轉介',
  scope: ['referral'],
  given_on: '2026-03-02',
  expires_on: '2026-09-01',
  withdrawn_on: null,
  ...overrides,
});

describe('cases: the consent gate (個資法 Art. 16 I ⑦)', () => {
  it('holds from the day given to the day before expiry, and not on the expiry day', () => {
    assert.equal(consentHolds(consent(), 'referral', '2026-03-01'), false, 'before it was given');
    assert.equal(consentHolds(consent(), 'referral', '2026-03-02'), true, 'the day it was given');
    assert.equal(consentHolds(consent(), 'referral', '2026-08-31'), true, 'the last day');
    assert.equal(consentHolds(consent(), 'referral', '2026-09-01'), false, 'the expiry day');
  });

  it('covers only its scope, and stops on the day it is withdrawn', () => {
    assert.equal(consentHolds(consent(), 'share-notes', '2026-04-01'), false);
    assert.equal(consentHolds(consent({ scope: ['referral', 'share-notes'] }), 'share-notes', '2026-04-01'), true);
    assert.equal(consentHolds(consent({ withdrawn_on: '2026-04-01' }), 'referral', '2026-03-31'), true);
    assert.equal(consentHolds(consent({ withdrawn_on: '2026-04-01' }), 'referral', '2026-04-01'), false);
  });

  it('relies on the holding consent that runs longest', () => {
    const chosen = consentFor(
      [consent({ id: 'short', expires_on: '2026-05-01' }), consent({ id: 'long', expires_on: '2027-01-01' }), consent({ id: 'old', expires_on: '2026-03-02' })],
      'referral',
      '2026-04-01',
    );
    assert.equal(chosen?.id, 'long');
    assert.equal(consentFor([consent({ expires_on: '2026-04-01' })], 'referral', '2026-04-01'), undefined);
  });
});
