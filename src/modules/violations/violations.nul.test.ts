import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { decodeCsv } from './violations.csv.ts';
import { csvText, molHeader, taichungRows, withBom } from './violations.fixtures.ts';

async function upload(t: TestContext, session: Session, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv' }), name);
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
  const response = await t.app.request('/api/v1/violations/imports?lang=en', { method: 'POST', body: form, headers });
  return { status: response.status, json: (await response.json()) as any };
}

// PostgreSQL refuses NUL in text: a file or file name holding one used to fail the import with a 500.
describe('violations: NUL in an uploaded file', () => {
  let t: TestContext;
  let staff: Session;
  before(async () => {
    t = await createTestContext();
    staff = await t.signIn('nul-importer', ['labor-inspector']);
  });
  after(() => t.close());

  it('decodes text with a NUL as an unknown encoding', () => {
    assert.deepEqual(decodeCsv(withBom('a,b\r\n1\u0000,2\r\n')), { ok: false, reason: 'encoding-unknown' });
  });

  it('refuses a file whose cells hold a NUL with a 400 naming the file', async () => {
    const rows = taichungRows.map((row) => row.map((cell, i) => (i === 4 ? `${cell}\u0000x` : cell)));
    const response = await upload(t, staff, withBom(csvText([molHeader, ...rows])), 'mol.csv');
    assert.equal(response.status, 400);
    assert.deepEqual(response.json.errors.map((issue: any) => [issue.field, issue.code]), [['file', 'encoding-unknown']]);
  });

  it('imports a clean file whose name holds a NUL or a split surrogate pair, storing a clean name', async () => {
    const response = await upload(t, staff, withBom(csvText([molHeader, ...taichungRows])), `mol\u0000${'x'.repeat(254)}😀.csv`);
    assert.equal(response.status, 200, JSON.stringify(response.json));
    const imports = await t.request('/api/v1/staff/violations/imports', { session: staff });
    const stored: string = imports.json.items[0].fileName;
    assert.equal(stored.includes('\u0000'), false);
    assert.equal(stored.isWellFormed(), true);
  });
});
