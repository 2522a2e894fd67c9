import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as XLSX from '@e965/xlsx';
import { pdfPageTexts } from '../../../test/pdf-text.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createReferenceData, loadCityConfig } from '../../modules/reference-data/reference-data.ts';

// Exports name districts in the reader's language (zh-TW here), not by their MOI code.
const referenceData = createReferenceData(loadCityConfig('taichung'));
const districtName = (code: string) => referenceData.districtName(code, 'zh-TW') ?? '';

/** RFC 4180 lines back into cells (the test's own reader, so that it cannot share a bug with the writer). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

const rowCount = 10_000;
const header = ['統一編號', '事業單位名稱', '行業代碼', '行政區代碼', '地址'];

describe('staff list exports (employers, 10,000 rows)', () => {
  let t: TestContext;
  let officer: Session;
  let expected: string[][];

  before(async () => {
    t = await createTestContext({ now: new Date('2026-11-30T16:30:00Z') });
    officer = await t.signIn('officer', ['employment-officer']);
    // Every 500th name starts like a formula; every 7th address is long enough to wrap in the PDF.
    await t.db.query(
      `INSERT INTO employers (ubn, name, name_key, industry_code, district_code, address)
       SELECT lpad(i::text, 8, '0'),
              CASE WHEN i % 500 = 0 THEN '=HYPERLINK("http://x.example/' || i || '")' ELSE '臺中事業 ' || lpad(i::text, 5, '0') END,
              '臺中事業' || lpad(i::text, 5, '0'),
              CASE WHEN i % 3 = 0 THEN NULL ELSE 'C' || (i % 100) END,
              CASE WHEN i % 2 = 0 THEN '66000060' ELSE '66000010' END,
              CASE WHEN i % 7 = 0 THEN repeat('臺中市西屯區臺灣大道三段 99 號, ', 4) ELSE '+886 路 ' || i END
         FROM generate_series(1, $1::int) AS i`,
      [rowCount],
    );
    const rows = await t.db.query<Record<string, string | null>>(
      'SELECT ubn, name, industry_code, district_code, address FROM employers ORDER BY name ASC NULLS LAST, id ASC',
    );
    expected = rows.rows.map((r) => [r.ubn ?? '', r.name ?? '', r.industry_code ?? '', districtName(r.district_code ?? ''), r.address ?? '']);
    assert.equal(expected.length, rowCount);
  });
  after(() => t.close());

  const download = async (query: string, headers: Record<string, string> = {}) => {
    const response = await t.app.request(`/api/v1/staff/employers?${query}`, {
      headers: { cookie: officer.cookie, 'accept-language': 'zh-TW', ...headers },
    });
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  it('CSV: every row, UTF-8 with a BOM, formula cells neutralised, as an attachment', async () => {
    const { response, bytes } = await download('format=csv');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(response.headers.get('content-disposition'), 'attachment; filename="employers-20261201.csv"');
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    assert.deepEqual(rows[0], header);
    const neutralised = expected.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
    assert.deepEqual(rows.slice(1), neutralised);
    assert.ok(rows.some((row) => row[1] === `'=HYPERLINK("http://x.example/500")`));
    assert.ok(rows.some((row) => row[4] === "'+886 路 1"));
  });

  for (const format of ['xlsx', 'ods'] as const) {
    it(`${format.toUpperCase()}: every row, read back with SheetJS`, async () => {
      const { response, bytes } = await download(`format=${format}`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-disposition') ?? '', new RegExp(`filename="employers-20261201\\.${format}"`));
      const book = XLSX.read(bytes, { type: 'array' });
      const sheet = book.Sheets[book.SheetNames[0] ?? ''];
      assert.ok(sheet);
      const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
      assert.deepEqual(rows[0], header);
      assert.deepEqual(rows.slice(1), expected);
      // Text cells stay text: a formula-like name is not stored as a formula.
      assert.ok(!Object.values(sheet).some((cell) => typeof cell === 'object' && cell !== null && 'f' in cell));
    });
  }

  it('XLSX: health keeps answering while the workbook is written (issue 16, finding 1)', async () => {
    // SheetJS writes a workbook in one synchronous call; on the event loop it would hold every other
    // request until the file is done. Health is asked every 10 ms: answers must keep coming to the end.
    const answered: number[] = [];
    let exporting = true;
    const started = performance.now();
    const probing = (async () => {
      while (exporting) {
        const answer = await t.app.request('/api/v1/health');
        assert.equal(answer.status, 200);
        answered.push(performance.now());
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const { response, bytes } = await download('format=xlsx');
    const ended = performance.now();
    exporting = false;
    await probing;
    assert.equal(response.status, 200);
    assert.equal(XLSX.read(bytes, { type: 'array' }).SheetNames.length, 1);
    const lastQuarter = ended - (ended - started) / 4;
    const late = answered.filter((at) => at >= lastQuarter && at <= ended).length;
    assert.ok(late >= 3, `${late} health answers in the last quarter of a ${Math.round(ended - started)} ms export`);
  });

  it('PDF: every row in order, with the letterhead, ROC date and page footers', async () => {
    const { response, bytes } = await download('format=pdf');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    const pages = await pdfPageTexts(bytes);
    const text = pages.map((lines) => lines.join('\n')).join('\n');
    assert.match(pages[0]?.join('\n') ?? '', /臺中市政府勞工局[\s\S]*事業單位清單[\s\S]*民國 115 年 12 月 1 日[\s\S]*篩選條件：全部[\s\S]*共 10000 筆/);
    assert.match(pages.at(-1)?.join('') ?? '', new RegExp(`第 ${pages.length} 頁，共 ${pages.length} 頁`));
    const ubns = [...text.matchAll(/(\d{8}) (?:臺中事業|=HYPERLINK)/g)].map((m) => m[1]);
    assert.deepEqual(ubns, expected.map((row) => row[0]));
    const names = [...text.matchAll(/臺中事業 (\d{5})/g)].map((m) => m[1]);
    assert.deepEqual(names, expected.filter((row) => row[1]?.startsWith('臺中事業')).map((row) => row[1]?.slice(5)));
  });

  it('exports only the rows the filter matches, in the order asked for, and audits who exported what', async () => {
    const { bytes } = await download('format=csv&district=66000060&sort=-name');
    const rows = parseCsv(new TextDecoder().decode(bytes)).slice(1);
    const filtered = expected.filter((row) => row[3] === districtName('66000060')).reverse();
    assert.equal(rows.length, rowCount / 2);
    assert.deepEqual(rows.map((row) => row[0]), filtered.map((row) => row[0]));
    const audit = await t.db.query<{ actor_username: string; details: Record<string, unknown> }>(
      `SELECT actor_username, details FROM audit_events WHERE action = 'list.export' ORDER BY id DESC LIMIT 1`,
    );
    assert.equal(audit.rows[0]?.actor_username, 'officer');
    assert.deepEqual(audit.rows[0]?.details, { list: 'employers', format: 'csv', filters: ['district'], rows: rowCount / 2 });
  });

  it('pages the JSON list with the same filter and sort', async () => {
    const response = await t.request('/api/v1/staff/employers?district=66000010&sort=-ubn&page=2&pageSize=10', { session: officer });
    assert.equal(response.status, 200);
    assert.equal(response.json.total, rowCount / 2);
    assert.equal(response.json.page, 2);
    assert.equal(response.json.pageSize, 10);
    const odd = expected.filter((row) => row[3] === districtName('66000010')).map((row) => row[0]).sort().reverse();
    assert.deepEqual(response.json.items.map((e: { ubn: string }) => e.ubn), odd.slice(10, 20));
  });

  it('refuses an unknown sort key or format with a 400 naming the field, in the caller’s language', async () => {
    const sort = await t.request('/api/v1/staff/employers?sort=password', { session: officer, headers: { 'accept-language': 'en' } });
    assert.equal(sort.status, 400);
    assert.equal(sort.json.code, 'VALIDATION_FAILED');
    assert.equal(sort.json.errors[0].field, 'sort');
    // Our own words, never the validator's (issue 15 §4).
    assert.equal(sort.json.errors[0].message, 'Choose one of the options.');
    const format = await t.request('/api/v1/staff/employers?format=docx', { session: officer, headers: { 'accept-language': 'zh-TW' } });
    assert.equal(format.status, 400);
    assert.equal(format.json.errors[0].field, 'format');
    assert.match(format.json.title, /[\u4e00-\u9fff]/);
  });

  it('caps workbook exports with a 422 that suggests CSV, in the caller’s language', async () => {
    await t.db.query(
      `INSERT INTO employers (name, name_key) SELECT 'x' || i, 'x' || i FROM generate_series(1, 40001) AS i`,
    );
    const response = await t.request('/api/v1/staff/employers?format=xlsx', { session: officer, headers: { 'accept-language': 'en' } });
    assert.equal(response.status, 422);
    assert.equal(response.json.code, 'EXPORT_TOO_LARGE');
    assert.match(response.json.title, /50000[\s\S]*CSV/);
  });
});
