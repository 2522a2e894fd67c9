import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvText, molHeader, utf8 } from './violations.fixtures.ts';
import { decodeCsv, decodeCsvSteps } from './violations.csv.ts';
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

describe('violations: decoding a file a piece at a time', () => {
  const run = (bytes: Uint8Array, chunkBytes: number) => {
    const steps = decodeCsvSteps(bytes, chunkBytes);
    let yields = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) return { decoded: step.value, yields };
      yields += 1;
    }
  };
  const text = '機關,事業單位\n臺中市,捷順精密 ทดสอบ Công ty\n'.repeat(50);

  it('reads the same text in pieces as in one, with characters cut at a piece’s edge (UTF-8, UTF-16, Big5)', () => {
    const big5 = Uint8Array.from([0xa5, 0x78, 0xa4, 0xa4, 0xa5, 0xab, 0x2c, 0x41, 0x0a]); // 臺中市,A
    for (const [bytes, encoding] of [
      [new TextEncoder().encode(text), 'utf-8'],
      [Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]), 'utf-16le'],
      [Uint8Array.from(Array.from({ length: 40 }, () => [...big5]).flat()), 'big5'],
    ] as const) {
      const whole = decodeCsv(bytes);
      // 7 bytes a piece cuts most multi-byte characters in two.
      const pieces = run(bytes, 7);
      assert.ok(whole.ok && pieces.decoded.ok, encoding);
      assert.equal(pieces.decoded.encoding, encoding);
      assert.equal(pieces.decoded.text, whole.text);
      assert.ok(pieces.yields >= bytes.length / 7 - 1, `${encoding}: ${pieces.yields} pieces`);
    }
  });

  it('still refuses bytes that are no known encoding when the bad byte is in a later piece', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('a,b\n'.repeat(20)), 0xff, 0x41]);
    assert.deepEqual(run(bytes, 8).decoded, { ok: false, reason: 'encoding-unknown' });
  });
});
