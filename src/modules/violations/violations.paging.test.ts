import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { violationCountCap } from './violations.contract.ts';
import { visibleRecordSql } from './violations.import.ts';
import { csvText, molHeader, utf8 } from './violations.fixtures.ts';
import { createViolationsService } from './violations.service.ts';

/**
 * Issue 16 §4: a search counts its matches only up to a cap (an exact count of a common filter read tens of
 * thousands of rows on every page), and deep pages are read from a keyset cursor instead of an OFFSET.
 */
const rows = Array.from({ length: violationCountCap + 25 }, (_, i) => [
  '台中市',
  // Several records share each day, so the cursor has to order by id within a day.
  `2024${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 7)).padStart(2, '0')}`,
  '20240101',
  `府授勞動字第${1130200000 + i}號`,
  `${i % 2 ? '翻頁' : '計數'}${i}號有限公司/負責人${i}`,
  '勞動基準法第24條',
  '延長工時工資未依法給付',
  '20000',
  '',
]);

describe('violations search: capped counts and keyset pages', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext({ now: new Date('2026-03-02T09:00:00Z') });
    const service = createViolationsService({ db: t.db, clock: () => new Date('2026-03-02T09:00:00Z'), authority: '臺中市' });
    const result = await service.importFile({ bytes: utf8(csvText([molHeader, ...rows])), fileName: 'paging.csv', actor: null, channel: 'cli' });
    assert.ok(result.ok && result.imported === rows.length);
  });
  after(() => t.close());

  it('counts exactly up to the cap, and says "at least" beyond it', async () => {
    const all = await t.request('/api/v1/violations');
    assert.equal(all.status, 200);
    assert.deepEqual([all.json.total, all.json.totalExact], [violationCountCap, false]);
    const half = await t.request(`/api/v1/violations?q=${encodeURIComponent('翻頁')}`);
    assert.deepEqual([half.json.total, half.json.totalExact], [Math.floor(rows.length / 2), true]);
    const none = await t.request(`/api/v1/violations?q=${encodeURIComponent('沒有這家')}`);
    assert.deepEqual([none.json.total, none.json.totalExact, none.json.nextCursor], [0, true, null]);
  });

  it('walks every record once through nextCursor, in the order of the numbered pages, past the cap', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await t.request(`/api/v1/violations?pageSize=100${cursor ? `&after=${cursor}` : ''}`);
      assert.equal(page.status, 200, JSON.stringify(page.json));
      seen.push(...page.json.items.map((item: { id: number }) => item.id));
      cursor = page.json.nextCursor;
      pages += 1;
    } while (cursor && pages < 50);
    assert.equal(seen.length, rows.length);
    assert.equal(new Set(seen).size, rows.length, 'a record came twice');
    const numbered: number[] = [];
    for (let page = 1; page <= Math.ceil(rows.length / 100); page += 1) {
      numbered.push(...(await t.request(`/api/v1/violations?pageSize=100&page=${page}`)).json.items.map((item: { id: number }) => item.id));
    }
    assert.deepEqual(seen, numbered);
  });

  it('numbers the pages of a filtered search as its cursor walks them', async () => {
    for (const filter of [`q=${encodeURIComponent('翻頁')}`, `law=${encodeURIComponent('勞動基準法')}`, 'from=2024-03-01&to=2024-09-30']) {
      const walked: number[] = [];
      let cursor: string | null = null;
      do {
        const page = await t.request(`/api/v1/violations?${filter}&pageSize=50${cursor ? `&after=${cursor}` : ''}`);
        walked.push(...page.json.items.map((item: { id: number }) => item.id));
        cursor = page.json.nextCursor;
      } while (cursor && walked.length < rows.length);
      const numbered: number[] = [];
      for (let page = 1; numbered.length < walked.length; page += 1) {
        const items = (await t.request(`/api/v1/violations?${filter}&pageSize=50&page=${page}`)).json.items;
        assert.ok(items.length > 0, `${filter}: page ${page} is empty`);
        numbered.push(...items.map((item: { id: number }) => item.id));
      }
      assert.ok(walked.length > 100, filter);
      assert.deepEqual(numbered, walked, filter);
    }
  });

  it('skips the rows before a numbered page in the date index alone, after an import', async () => {
    // 0048 and the VACUUM after a large import: the rows a page by number skips are read from the index
    // (import_id is in it, the pages are all-visible), not from the table. Page 500 of 20 at 300,000 rows read
    // 9,980 scattered table rows (bench: p95 62 ms on PGlite).
    // Planner costs at 1,025 rows would pick a sequential scan; the question here is what the index can do.
    const text = await t.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      const plan = await tx.query<{ 'QUERY PLAN': unknown }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) SELECT id FROM violation_records WHERE status = 'published' AND ${visibleRecordSql()}
         ORDER BY announced_on DESC, id DESC LIMIT 20 OFFSET 980`,
      );
      return JSON.stringify(plan.rows[0]?.['QUERY PLAN']);
    });
    assert.match(text, /"Node Type":"Index Only Scan"/, text);
    assert.match(text, /"Index Name":"violation_records_announced_idx"/, text);
    assert.match(text, /"Heap Fetches":0\b/, text);
  });

  it('refuses a cursor it did not hand out', async () => {
    for (const bad of ['2024-13-45.1', '2024-02-30.5', 'x', '2024-01-01', '2024-01-01.1.2']) {
      const response = await t.request(`/api/v1/violations?after=${encodeURIComponent(bad)}`);
      assert.equal(response.status, 400, bad);
    }
  });

  it('a search with words reads the newest records first, and answers as the indexed search does on both sides of a full page', async () => {
    // A window of 40 of the 1,025 records: 翻頁 (every other record) fills a page of 20 from it; 翻頁1 and
    // 計數10 (a few records, most older) do not, so the indexed query answers. Window 0 is the indexed query
    // alone. Every page, by number and by cursor, must be the same whichever answered.
    const clock = () => new Date('2026-03-02T09:00:00Z');
    const indexed = createViolationsService({ db: t.db, clock, authority: '臺中市', recentWindow: 0 });
    const windowed = createViolationsService({ db: t.db, clock, authority: '臺中市', recentWindow: 40 });
    const ids = (found: { items: { id: number }[] }) => found.items.map((item) => item.id);
    for (const q of ['翻頁', '台中 翻頁', '翻頁1', '計數10', '沒有這家']) {
      let after: string | undefined;
      for (let step = 0; step < 3; step += 1) {
        const filters = { q, page: 1, pageSize: 20, after };
        const [expected, got] = [await indexed.search(filters), await windowed.search(filters)];
        assert.deepEqual(ids(got), ids(expected), `${q}, page ${step + 1}`);
        assert.deepEqual([got.total, got.nextCursor], [expected.total, expected.nextCursor], q);
        if (!expected.nextCursor) break;
        after = expected.nextCursor;
      }
    }
    const dense = await windowed.search({ q: '翻頁', page: 1, pageSize: 20 });
    assert.equal(dense.items.length, 20);
  });
});
