import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAttachment, checkAttachments, sniffBinaryType } from './complaints.attachments.ts';

const enc = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const join = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));
const jpeg = join(new Uint8Array([0xff, 0xd8, 0xff, 0xdb]), enc('x'));
const png = join(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), enc('x'));
const webp = enc('RIFF\x24\x00\x00\x00WEBPVP8 ');
const pdf = enc('%PDF-1.4\n');
const exe = enc('MZ\x90\x00\x03\x00');
const elf = enc('\x7fELF\x02\x01\x01');
const zip = enc('PK\x03\x04');

describe('attachment checks', () => {
  it('recognises the accepted formats by their magic numbers', () => {
    assert.equal(sniffBinaryType(jpeg), 'image/jpeg');
    assert.equal(sniffBinaryType(png), 'image/png');
    assert.equal(sniffBinaryType(webp), 'image/webp');
    assert.equal(sniffBinaryType(pdf), 'application/pdf');
    for (const other of [exe, elf, zip, enc('RIFF\x24\x00\x00\x00WAVEfmt '), new Uint8Array()]) assert.equal(sniffBinaryType(other), undefined);
  });

  it('refuses programs and archives whatever they are called', () => {
    for (const [bytes, name, type] of [
      [exe, 'payslip.pdf', 'application/pdf'],
      [exe, 'photo.jpg', 'image/jpeg'],
      [elf, 'hours.csv', 'text/csv'],
      [zip, 'hours.json', 'application/json'],
      [exe, 'a.exe', 'application/octet-stream'],
    ] as const) {
      const result = checkAttachment({ name, type, bytes });
      assert.equal(result.ok, false, `${name} as ${type}`);
    }
  });

  it('accepts a matching or generic declared type, and refuses a contradicting one', () => {
    assert.equal(checkAttachment({ name: 'a', type: 'image/jpg', bytes: jpeg }).ok, true);
    assert.equal(checkAttachment({ name: 'a', type: 'application/octet-stream', bytes: pdf }).ok, true);
    assert.equal(checkAttachment({ name: 'a.png', type: 'image/png', bytes: jpeg }).ok, false);
    assert.equal(checkAttachment({ name: 'a.pdf', type: 'text/csv', bytes: pdf }).ok, false);
  });

  it('accepts the hours log as UTF-8 CSV or JSON text', () => {
    const csv = enc('\xef\xbb\xbfdate,start,end\n2026-03-02,09:00,18:00\r\n');
    assert.deepEqual((checkAttachment({ name: 'log.csv', type: 'text/csv', bytes: csv }) as { ok: true; attachment: { mediaType: string } }).attachment.mediaType, 'text/csv');
    assert.equal(checkAttachment({ name: 'log.csv', type: 'application/vnd.ms-excel', bytes: csv }).ok, true, 'Windows browsers');
    assert.equal(checkAttachment({ name: 'log.csv', type: '', bytes: csv }).ok, true);
    assert.equal(checkAttachment({ name: 'log.txt', type: 'text/plain', bytes: csv }).ok, false, 'plain text that is not a CSV file');
    assert.equal(checkAttachment({ name: 'log.json', type: 'application/json', bytes: enc('{"entries":[]}') }).ok, true);
    assert.equal(checkAttachment({ name: 'log.json', type: 'application/json', bytes: enc('{"entries":') }).ok, false);
    assert.equal(checkAttachment({ name: 'log.csv', type: 'text/csv', bytes: enc('a,b\n\x00\x01') }).ok, false);
    assert.equal(checkAttachment({ name: 'log.csv', type: 'text/csv', bytes: new Uint8Array([0xc3, 0x28]) }).ok, false, 'not UTF-8');
    assert.equal(checkAttachment({ name: 'log.csv', type: 'text/csv', bytes: new Uint8Array() }).ok, false, 'empty');
  });

  it('limits sizes: 5 MB for images and PDF, 1 MB for the hours log', () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(pdf);
    assert.deepEqual(checkAttachment({ name: 'a.pdf', type: 'application/pdf', bytes: big }), {
      ok: false,
      message: 'validation.attachment_too_large',
      params: { maxMb: 5 },
    });
    assert.equal(checkAttachment({ name: 'a.pdf', type: 'application/pdf', bytes: big.subarray(0, 5 * 1024 * 1024) }).ok, true);
    const csv = new Uint8Array(1024 * 1024 + 1).fill(0x61);
    assert.deepEqual(checkAttachment({ name: 'a.csv', type: 'text/csv', bytes: csv }), {
      ok: false,
      message: 'validation.attachment_too_large',
      params: { maxMb: 1 },
    });
  });

  it('names stored files evidence-N and refuses a fourth file', () => {
    const checked = checkAttachments([
      { name: '王小明的薪資單.pdf', type: 'application/pdf', bytes: pdf },
      { name: 'IMG_0001.JPG', type: 'image/jpeg', bytes: jpeg },
    ]);
    assert.deepEqual(checked.issues, []);
    assert.deepEqual(checked.attachments.map((a) => a.fileName), ['evidence-1.pdf', 'evidence-2.jpg']);
    assert.match(checked.attachments[0]?.sha256 ?? '', /^[0-9a-f]{64}$/);
    const four = checkAttachments(Array.from({ length: 4 }, () => ({ name: 'a.pdf', type: 'application/pdf', bytes: pdf })));
    assert.deepEqual(four.issues, [{ field: 'attachments', message: 'validation.attachment_count', params: { max: 3 } }]);
  });
});
