import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../db/client.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { csvText, molHeader, utf8 } from './violations.fixtures.ts';
import { createViolationsService, exportBatchRows } from './violations.service.ts';

const records = 10 * exportBatchRows + 7;

const row = (i: number, fine = 20000) => {
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  return ['臺中市', `2024${month}${day}`, `2024${month}01`, `府授勞動字第${1130000000 + i}號`, `測試${i}有限公司/王${i}`, '勞動基準法第24條', '延長工時工資未依法給付', String(fine), ''];
};

/**
 * Issue 16, finding 1: an anonymous download of the whole register froze the server. A download reads the
 * register in keyset batches small enough that one batch is a short hold of the event loop, and other
 * requests are answered between them.
 */
describe('violations: a public download reads in short batches and lets other requests in', () => {
  let t: TestContext;
  /** Rows returned by each read of the register through the replica slot, which downloads use. */
  const reads: number[] = [];
  let primary: Db | undefined;
  const target = () => {
    if (!primary) throw new Error('no database yet');
    return primary;
  };
  // Downloads read through `readDb` (DATABASE_READ_URL); here it is the primary itself, counted.
  const counted: Db = {
    engine: 'pglite',
    query: async (sql, params) => {
      const result = await target().query(sql, params);
      if (sql.includes('violation_records')) reads.push(result.rows.length);
      return result as never;
    },
    transaction: (work) => target().transaction(work),
    exec: (sql) => target().exec(sql),
    script: (sql) => target().script(sql),
    close: async () => undefined,
  };

  before(async () => {
    t = await createTestContext({ readDb: counted });
    primary = t.db;
    const service = createViolationsService({ db: t.db, clock: () => new Date('2026-03-02T02:00:00Z'), authority: '臺中市' });
    const rows = Array.from({ length: records }, (_, i) => row(i));
    const first = await service.importFile({ bytes: utf8(csvText([molHeader, ...rows])), fileName: 'all.csv', actor: null, channel: 'cli' });
    assert.ok(first.ok && first.imported === records, JSON.stringify(first).slice(0, 300));
    // The ministry republishes one decision with a changed fine: that record carries a revision date.
    const again = await service.importFile({ bytes: utf8(csvText([molHeader, row(3, 90000)])), fileName: 'again.csv', actor: null, channel: 'cli' });
    assert.ok(again.ok && again.updated === 1, JSON.stringify(again).slice(0, 300));
  });
  after(() => t.close());

  it('reads no more than one batch a query, and the download holds every record in order', async () => {
    reads.length = 0;
    const response = await t.app.request('/api/v1/violations.json');
    assert.equal(response.status, 200);
    const items = JSON.parse(await response.text()) as { id: number; announcedOn: string; fine: number; revisedOn: string | null }[];
    assert.equal(items.length, records);
    assert.ok(reads.length > records / exportBatchRows, `${reads.length} reads`);
    assert.ok(Math.max(...reads) <= exportBatchRows, `the largest read returned ${Math.max(...reads)} rows`);
    const order = await t.db.query<{ id: number }>(`SELECT id FROM violation_records WHERE status = 'published' ORDER BY announced_on DESC, id DESC`);
    assert.deepEqual(items.map((item) => item.id), order.rows.map((r) => r.id));
    // Each record as the search shows it, including the revision date of the republished one.
    const page = await t.request('/api/v1/violations?pageSize=100');
    assert.deepEqual(items.slice(0, 100), page.json.items);
    const revised = await t.request(`/api/v1/violations?q=${encodeURIComponent('測試3有限公司')}`);
    const republished = revised.json.items.find((item: { companyName: string }) => item.companyName === '測試3有限公司');
    assert.ok(republished?.revisedOn, JSON.stringify(revised.json).slice(0, 300));
    assert.deepEqual(items.find((item) => item.id === republished.id), republished);
  });

  it('answers a health check sent while a CSV download streams, before the download ends', async () => {
    const response = await t.app.request('/api/v1/violations.csv');
    assert.equal(response.status, 200);
    const reader = response.body?.getReader();
    assert.ok(reader);
    const chunks: Uint8Array[] = [];
    const first = await reader.read();
    if (first.value) chunks.push(first.value);
    let answered = false;
    const health = Promise.resolve(t.app.request('/api/v1/health')).then((answer) => {
      answered = true;
      return answer.status;
    });
    let chunksAfterHealth = 0;
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      chunks.push(next.value);
      if (answered) chunksAfterHealth += 1;
    }
    assert.equal(await health, 200);
    assert.ok(chunksAfterHealth > 0, 'health was answered only once the download had ended');
    const text = new TextDecoder().decode(Buffer.concat(chunks));
    assert.equal(text.split('\r\n').filter(Boolean).length, records + 1);
  });
});
