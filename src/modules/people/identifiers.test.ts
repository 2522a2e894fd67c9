import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { identifyIdNumber, isNationalId, isResidentCertificateNumber, maskIdNumber, maskName, maskPhone } from './identifiers.ts';

// Vectors from shared/research/data-formats.md §4.1–4.2, each re-run there with an independent implementation.
describe('national ID numbers (身分證統一編號)', () => {
  for (const value of ['A123456789', 'F131104093', 'O158238845', 'N116247806', 'L122544270', 'C180661564', 'Y123456788']) {
    it(`accepts ${value}`, () => assert.equal(isNationalId(value), true));
  }
  for (const value of ['A123456788', 'F131104091', 'O158238842', 'A12345678', 'a123456789', 'A323456789']) {
    it(`rejects ${value}`, () => assert.equal(isNationalId(value), false));
  }
});

describe('resident certificate numbers (外來人口統一證號)', () => {
  const validNew = ['A800000014', 'A900000016', 'A900207177', 'A803095426', 'B801300667', 'C800151116', 'H802717288', 'T900251126', 'A930196810', 'A870000015', 'A880000018', 'A890000011'];
  const validOld = ['AA00000009', 'AB23456789', 'AB00207171', 'AC03095424', 'BD01300667', 'CC00151114', 'HD02717288', 'TD00251124', 'AD30196818', 'AC01234567'];
  for (const value of [...validNew, ...validOld]) {
    it(`accepts ${value}`, () => assert.equal(isResidentCertificateNumber(value), true));
  }
  for (const value of ['A800000000', 'A800000015', 'F931104091', 'O958238842', 'AA00000000', 'AE23456785', 'AE01234567']) {
    it(`rejects ${value}`, () => assert.equal(isResidentCertificateNumber(value), false));
  }
  it('tells the two kinds apart', () => {
    assert.equal(identifyIdNumber('A123456789'), 'national-id');
    assert.equal(identifyIdNumber('A800000014'), 'resident-certificate');
    assert.equal(identifyIdNumber('A123456788'), undefined);
  });
});

describe('masking for lists', () => {
  it('keeps only the ends of an ID number, a phone and a name', () => {
    assert.equal(maskIdNumber('A123456789'), 'A12****789');
    assert.equal(maskPhone('0912-345-678'), '0912***678');
    assert.equal(maskName('王小明'), '王○明');
    assert.equal(maskName('歐陽娜娜'), '歐○○娜');
    assert.equal(maskName('陳大'), '陳○');
    assert.equal(maskName('NGUYEN VAN AN'), 'N***** V** A*');
  });
});
