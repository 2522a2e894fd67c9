import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Db } from '../../db/client.ts';
import { createTestDb } from '../../../test/create-test-db.ts';
import { csvText, molHeader, utf8 } from './violations.fixtures.ts';
import { staleImportMs } from './violations.import.ts';
import { createViolationsService } from './violations.service.ts';

/**
 * Issue 16, finding 1: an import no longer holds the database (PGlite's only connection) for the whole file.
 * It writes in short transactions; other requests run between its batches and see none of its rows until
 * it is published, all at once.
 */
const row = (i: number, fine = 20000 + i) => [
  '台中市',
  '20240315',
  '20240301',
  `府授勞動字第${1130100000 + i}號`,
  `分段匯入${i}號有限公司/負責人${i}`,
  '勞動基準法第24條',
  '延長工時工資未依法給付',
  String(fine),
  '',
];
const file = (rows: string[][]) => utf8(csvText([molHeader, ...rows]));
const rowsOf = (count: number, fine?: number) => Array.from({ length: count }, (_, i) => row(i, fine));

describe('violations: a staged import', () => {
  let db: Db;
  let now = new Date('2026-03-02T09:00:00Z');
  const clock = () => now;
  before(async () => {
    db = await createTestDb();
  });
  after(() => db.close());
  beforeEach(async () => {
    await db.query('DELETE FROM violation_records');
    await db.query('DELETE FROM violation_imports');
  });

  it('lets other queries run between its batches, and shows none of its rows until it is published', { timeout: 60_000 }, async () => {
    const service = createViolationsService({ db, clock, authority: '臺中市' });
    const seen: { done: number; total: number; history: string | undefined }[] = [];
    const result = await service.importFile({
      bytes: file(rowsOf(40)),
      fileName: 'staged.csv',
      actor: null,
      channel: 'cli',
      batchSize: 10,
      // Awaited inside the import: with one transaction over the file these queries would wait for it
      // (on PGlite, for ever: the import holds the only connection and waits for them in turn).
      onProgress: async ({ done }) => {
        const found = await service.search({ q: '分段匯入', page: 1, pageSize: 20 });
        const history = await db.query<{ state: string; rows_written: number }>('SELECT state, rows_written FROM violation_imports');
        seen.push({ done, total: found.total, history: history.rows[0] ? `${history.rows[0].state} ${history.rows[0].rows_written}` : undefined });
      },
    });
    assert.ok(result.ok);
    assert.equal(result.imported, 40);
    assert.equal(seen.length, 5);
    for (const step of seen) assert.equal(step.total, 0, `rows showed before the import was published (${JSON.stringify(step)})`);
    assert.ok(seen.some((step) => step.history?.startsWith('staging') && Number(step.history.split(' ')[1]) > 0), JSON.stringify(seen));
    assert.equal((await service.search({ q: '分段匯入', page: 1, pageSize: 20 })).total, 40);
    const history = await db.query<{ state: string; rows_written: number }>('SELECT state, rows_written FROM violation_imports');
    assert.deepEqual(history.rows, [{ state: 'published', rows_written: 40 }]);
  });

  it('holds back a change to a published decision until the file is published', async () => {
    const service = createViolationsService({ db, clock, authority: '臺中市' });
    assert.ok((await service.importFile({ bytes: file(rowsOf(3)), fileName: 'a.csv', actor: null, channel: 'cli' })).ok);
    const fines: number[][] = [];
    const changed = await service.importFile({
      bytes: file([...rowsOf(3, 99000), row(3)]),
      fileName: 'b.csv',
      actor: null,
      channel: 'cli',
      batchSize: 1,
      onProgress: async () => {
        const found = await service.search({ q: '分段匯入', page: 1, pageSize: 20 });
        fines.push(found.items.map((item) => item.fine ?? 0));
      },
    });
    assert.ok(changed.ok);
    assert.deepEqual([changed.imported, changed.updated, changed.unchanged], [1, 3, 0]);
    for (const step of fines) assert.ok(!step.includes(99000) && step.length === 3, `a change showed early: ${JSON.stringify(fines)}`);
    const after = await service.search({ q: '分段匯入', page: 1, pageSize: 20 });
    assert.deepEqual(after.items.map((item) => item.fine).sort(), [20003, 99000, 99000, 99000]);
  });

  it('refuses a second import while one is being written, and abandons one whose heartbeat stopped', async () => {
    const service = createViolationsService({ db, clock, authority: '臺中市' });
    // What a kill -9 leaves: a staging import with hidden rows.
    let killed: number | undefined;
    await assert.rejects(
      service.importFile({
        bytes: file(rowsOf(20)),
        fileName: 'killed.csv',
        actor: null,
        channel: 'cli',
        batchSize: 5,
        onBegin: (id) => (killed = id),
        onProgress: ({ done }) => {
          if (done === 10) throw Object.assign(new Error('killed'), { simulated: true });
        },
      }),
      /killed/,
    );
    // A failure inside the process discards at once; a kill leaves the rows: put them back as a kill would.
    assert.ok(killed);
    await db.query(`UPDATE violation_imports SET state = 'staging', heartbeat_at = $2 WHERE id = $1`, [killed, now]);
    await db.query(
      `INSERT INTO violation_records (source, status, announced_on, employer_name, company_name, employer_key, employer_match_key, search_key, row_hash, import_id)
       VALUES ('mol-import', 'published', '2024-03-15', '殘留有限公司', '殘留有限公司', '殘留有限公司', '殘留', '殘留有限公司', 'left-behind', $1)`,
      [killed],
    );
    assert.equal((await service.search({ q: '殘留', page: 1, pageSize: 20 })).total, 0, 'a staging import showed');
    await assert.rejects(service.importFile({ bytes: file(rowsOf(2)), fileName: 'second.csv', actor: null, channel: 'cli' }), { code: 'CONFLICT' });

    now = new Date(now.getTime() + staleImportMs + 1000);
    const next = await service.importFile({ bytes: file(rowsOf(2)), fileName: 'third.csv', actor: null, channel: 'cli' });
    assert.ok(next.ok && next.imported === 2);
    const states = await db.query<{ file_name: string; state: string }>('SELECT file_name, state FROM violation_imports ORDER BY id');
    assert.deepEqual(states.rows.map((r) => `${r.file_name} ${r.state}`), ['killed.csv abandoned', 'third.csv published']);
    assert.equal((await db.query(`SELECT 1 FROM violation_records WHERE row_hash = 'left-behind'`)).rowCount, 0);
  });
});

describe('violations: a large upload goes on in the background', () => {
  it('answers 202 with the import id, shows progress in the history, and publishes when done', async () => {
    const { createTestContext } = await import('../../../test/test-app.ts');
    const t = await createTestContext({ violationsInlineImportRows: 30 });
    try {
      const inspector = await t.signIn('bg-inspector', ['labor-inspector']);
      const upload = async (rows: string[][]) => {
        const form = new FormData();
        form.append('file', new Blob([file(rows) as Uint8Array<ArrayBuffer>], { type: 'text/csv' }), 'large.csv');
        const response = await t.app.request('/api/v1/violations/imports', {
          method: 'POST',
          body: form,
          headers: { cookie: inspector.cookie, 'x-csrf-token': inspector.csrfToken },
        });
        return { status: response.status, json: await response.json() };
      };
      const small = await upload(rowsOf(30));
      assert.equal(small.status, 200, JSON.stringify(small.json));
      assert.equal(small.json.imported, 30);

      const large = await upload(rowsOf(400).map((r, i) => ((r[3] = `府授勞動字第${1130900000 + i}號`), (r[4] = `背景匯入${i}號有限公司`), r)));
      assert.equal(large.status, 202, JSON.stringify(large.json));
      assert.deepEqual({ ...large.json, importId: undefined }, { importId: undefined, state: 'staging', rows: 400 });
      const history = async () =>
        (await t.request('/api/v1/staff/violations/imports', { session: inspector })).json.items.find(
          (item: { id: number }) => item.id === large.json.importId,
        );
      assert.ok(['staging', 'published'].includes((await history()).state));
      for (let i = 0; i < 600 && (await history()).state === 'staging'; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      const done = await history();
      assert.deepEqual([done.state, done.rowsWritten, done.imported], ['published', 400, 400]);
      assert.equal((await t.request(`/api/v1/violations?q=${encodeURIComponent('背景匯入')}`)).json.total, 400);
    } finally {
      await t.close();
    }
  });
});
