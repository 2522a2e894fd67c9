import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as XLSX from '@e965/xlsx';
import type { ExportCell } from './export.ts';
import { buildWorkbook } from './workbook.ts';

async function* cells(count: number, failAt?: number): AsyncGenerator<ExportCell[]> {
  for (let i = 0; i < count; i++) {
    if (i === failAt) throw new Error('the database went away');
    yield [i, `第 ${i} 列`, i % 2 ? null : '=1+1'];
  }
}

describe('workbooks written in a worker thread', () => {
  it('writes every row, in order, with the header, as XLSX and ODS', async () => {
    for (const format of ['xlsx', 'ods'] as const) {
      const bytes = await buildWorkbook({ format, sheetName: '清單: a/b', header: ['編號', '名稱', '備註'] }, cells(2500));
      const book = XLSX.read(bytes, { type: 'array' });
      assert.deepEqual(book.SheetNames, ['清單  a b']);
      const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0] ?? ''] ?? {}, { header: 1, defval: null });
      assert.deepEqual(rows[0], ['編號', '名稱', '備註']);
      assert.equal(rows.length, 2501);
      assert.deepEqual(rows[2500], [2499, '第 2499 列', null]);
      assert.deepEqual(rows[1], [0, '第 0 列', '=1+1']);
    }
  });

  it('passes on a failure while the rows are read, and the next workbooks are still written', async () => {
    await assert.rejects(buildWorkbook({ format: 'xlsx', sheetName: 'x', header: ['a'] }, cells(5000, 1500)), /the database went away/);
    // Failed builds release their place: more of them than may run at once, then a good one.
    for (let i = 0; i < 3; i++) await assert.rejects(buildWorkbook({ format: 'ods', sheetName: 'x', header: ['a'] }, cells(10, 0)));
    const bytes = await buildWorkbook({ format: 'xlsx', sheetName: 'x', header: ['a', 'b', 'c'] }, cells(3));
    assert.equal(XLSX.utils.sheet_to_json(XLSX.read(bytes, { type: 'array' }).Sheets.x ?? {}, { header: 1 }).length, 4);
  });
});
