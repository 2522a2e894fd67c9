import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  decoySecretHash,
  hashSecret,
  newSecret,
  newTrackingCode,
  normalizeSecret,
  normalizeTrackingCode,
  sameHash,
} from './complaints.codes.ts';

describe('complaint receipts', () => {
  it('draws tracking codes and secrets from the Crockford alphabet, with ≥ 96 bits in the secret', () => {
    const codes = new Set(Array.from({ length: 500 }, newTrackingCode));
    assert.equal(codes.size, 500);
    for (const code of codes) assert.match(code, /^TC-[0-9A-HJKMNP-TV-Z]{8}$/);
    const secret = newSecret();
    assert.match(secret, /^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.ok(20 * Math.log2(32) >= 96);
    assert.notEqual(newSecret(), secret);
  });

  it('reads codes as people type them', () => {
    assert.equal(normalizeTrackingCode('tc-7k3m 9q2x'), 'TC-7K3M9Q2X');
    assert.equal(normalizeTrackingCode('7K3M9Q2X'), 'TC-7K3M9Q2X');
    assert.equal(normalizeTrackingCode('TC-OOIL0011'), 'TC-00110011', 'O as 0, I and L as 1');
    assert.equal(normalizeTrackingCode('TC-7K3M9Q2'), undefined, 'too short');
    assert.equal(normalizeTrackingCode('TC-7K3M9Q2U'), undefined, 'U is not in the alphabet');
    assert.equal(normalizeSecret('7k3m-9q2x-4hnp-b6tr-w0cz'), '7K3M9Q2X4HNPB6TRW0CZ');
    assert.equal(normalizeSecret('7K3M9Q2X4HNPB6TRW0C'), undefined);
  });

  it('hashes secrets and compares the hashes in constant time', () => {
    const secret = normalizeSecret('7K3M-9Q2X-4HNP-B6TR-W0CZ') as string;
    const stored = hashSecret(secret);
    assert.match(stored, /^[0-9a-f]{64}$/);
    assert.ok(!stored.includes(secret));
    assert.ok(sameHash(hashSecret(secret), stored));
    assert.ok(!sameHash(hashSecret('7K3M9Q2X4HNPB6TRW0C0'), stored));
    assert.ok(!sameHash(decoySecretHash, stored));
    assert.ok(!sameHash('abc', stored), 'a malformed digest never matches');
  });
});
