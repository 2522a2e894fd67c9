import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCsv, isBig5, parseCsv } from './violations.csv.ts';
import { big5, utf8, withBom } from './violations.fixtures.ts';

describe('decodeCsv', () => {
  it('reads UTF-8 with and without a BOM, UTF-16 with a BOM, and Big5', () => {
    assert.deepEqual(decodeCsv(withBom('主管機關,臺中市')), { ok: true, text: '主管機關,臺中市', encoding: 'utf-8-bom' });
    assert.deepEqual(decodeCsv(utf8('主管機關,臺中市')), { ok: true, text: '主管機關,臺中市', encoding: 'utf-8' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'勞基'].map((c) => c.charCodeAt(0))).buffer)]);
    assert.deepEqual(decodeCsv(utf16), { ok: true, text: '勞基', encoding: 'utf-16le' });
    assert.deepEqual(decodeCsv(big5('主管機關,台中市')), { ok: true, text: '主管機關,台中市', encoding: 'big5' });
  });

  it('takes known Big5 byte sequences for what they are', () => {
    // 中 = A4 A4, 文 = A4 E5 in every Big5 table.
    assert.deepEqual(decodeCsv(new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5])), { ok: true, text: '中文', encoding: 'big5' });
    assert.deepEqual([...big5('中文')], [0xa4, 0xa4, 0xa4, 0xe5]);
  });

  it('refuses bytes that are neither UTF-8 nor Big5, even those Node\'s Big5 decoder would accept', () => {
    assert.deepEqual(decodeCsv(new Uint8Array([0xa4, 0x20, 0xff, 0xff])), { ok: false, reason: 'encoding-unknown' });
    // ICU maps a lone 0xFF to U+F8F8 and 0x80 to U+0080 instead of failing.
    assert.deepEqual(decodeCsv(new Uint8Array([0x41, 0xff])), { ok: false, reason: 'encoding-unknown' });
    assert.deepEqual(decodeCsv(new Uint8Array([0x41, 0x80, 0x41])), { ok: false, reason: 'encoding-unknown' });
    assert.equal(isBig5(new Uint8Array([0xa4, 0xa4, 0x41, 0xfa, 0x40])), true, 'user-defined characters (造字) are well-formed');
  });
});

describe('parseCsv', () => {
  const cases: { name: string; text: string; records: unknown[] }[] = [
    { name: 'plain rows, LF', text: 'a,b\n1,2\n', records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }] },
    { name: 'CRLF and no final newline', text: 'a,b\r\n1,2', records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }] },
    { name: 'old Mac CR', text: 'a\r1\r', records: [{ line: 1, fields: ['a'] }, { line: 2, fields: ['1'] }] },
    { name: 'empty fields', text: ',,\n', records: [{ line: 1, fields: ['', '', ''] }] },
    {
      name: 'quoted commas, doubled quotes',
      text: '"a,b","say ""hi""",c\n',
      records: [{ line: 1, fields: ['a,b', 'say "hi"', 'c'] }],
    },
    {
      name: 'a line break inside quotes keeps the record on its first line and counts lines',
      text: 'h\n"第1條\r\n第2條",x\nnext\n',
      records: [{ line: 1, fields: ['h'] }, { line: 2, fields: ['第1條\r\n第2條', 'x'] }, { line: 4, fields: ['next'] }],
    },
    { name: 'blank lines are skipped but counted', text: 'a\n\n\r\nb\n', records: [{ line: 1, fields: ['a'] }, { line: 4, fields: ['b'] }] },
    { name: 'a stray quote inside a field is kept', text: 'ab"c,d\n', records: [{ line: 1, fields: ['ab"c', 'd'] }] },
    {
      name: 'an unterminated quote is reported on its first line',
      text: 'a\n"open,\nmore\n',
      records: [{ line: 1, fields: ['a'] }, { line: 2, error: 'unterminated-quote' }],
    },
  ];
  for (const { name, text, records } of cases) {
    it(name, () => assert.deepEqual([...parseCsv(text)], records));
  }
});
