import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUnifiedBusinessNumber } from './ubn.ts';

// Vectors from shared/research/data-formats.md §4.3 (MOF test numbers, enylin and python-stdnum tests).
describe('unified business numbers (統一編號, ÷5 rule since 2023-04)', () => {
  const valid = ['04595252', '10458570', '04595257', '10458575', '10458574', '12345670', '12345671', '12345675', '12345676', '00501503', '00277104', '22099131', '24536806', '53212539', '88117125'];
  const invalid = ['12345678', '12345672', '04595253', '00501502', '00277103', '88117126', '12222539', '1234567', '1234567a'];
  for (const value of valid) it(`accepts ${value}`, () => assert.equal(isUnifiedBusinessNumber(value), true));
  for (const value of invalid) it(`rejects ${value}`, () => assert.equal(isUnifiedBusinessNumber(value), false));
});
