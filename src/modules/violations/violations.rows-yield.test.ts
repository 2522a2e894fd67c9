import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvText, molHeader, utf8 } from './violations.fixtures.ts';
import { parseViolationsFile, parseViolationsFileYielding } from './violations.rows.ts';

const file = (count: number) =>
  utf8(
    csvText([
      molHeader,
      ...Array.from({ length: count }, (_, i) => ['臺中市', '20240315', '20240301', `府授勞動字第${1130000000 + i}號`, `測試${i}有限公司`, '勞動基準法第24條', '延長工時工資未依法給付', '20000', '']),
    ]),
  );

/** Issue 16, finding 1: reading a national file must not hold the event loop for its whole length. */
describe('violations: reading a large file gives the event loop turns', () => {
  it('lets a timer run while it reads, and reads the same rows as the plain reader', async () => {
    const bytes = file(6000);
    let turns = 0;
    const timer = setInterval(() => (turns += 1), 0);
    const parsed = await parseViolationsFileYielding(bytes, 500);
    clearInterval(timer);
    assert.ok(turns >= 3, `the event loop had ${turns} turns`);
    const plain = parseViolationsFile(bytes);
    assert.ok(parsed.ok && plain.ok);
    assert.equal(parsed.rows.length, 6000);
    assert.deepEqual(parsed.rows.map((row) => row.rowHash), plain.rows.map((row) => row.rowHash));
  });
});
