import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formulaCellCount, neutralisedCsv } from './complaints.csv-evidence.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('complaints: CSV evidence with formulas (issue 16, finding 10)', () => {
  it('counts the cells a spreadsheet would run, and none in a plain hours log', () => {
    assert.equal(formulaCellCount(encode('日期,上班,下班\r\n2026-03-02,08:00,20:00\r\n')), 0);
    assert.equal(formulaCellCount(encode('日期,備註\r\n2026-03-02,=HYPERLINK("http://x","y")\r\n@SUM(A1),+1\r\n')), 3);
    assert.equal(formulaCellCount(encode('a,"-2"\r\n')), 1);
  });

  it('neutralises each formula cell with an apostrophe and keeps every other cell as it was', () => {
    const copy = decode(neutralisedCsv(encode('日期,備註\r\n2026-03-02,"=HYPERLINK(""http://x"",""y"")"\r\n')));
    assert.equal(copy, '\uFEFF日期,備註\r\n2026-03-02,"\'=HYPERLINK(""http://x"",""y"")"\r\n');
    assert.equal(formulaCellCount(neutralisedCsv(encode('=1+1,@A1,+3,-4\r\n'))), 0);
  });
});
