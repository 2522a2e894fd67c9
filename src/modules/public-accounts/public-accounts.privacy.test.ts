import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pdfPageTexts } from '../../../test/pdf-text.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { deleteExpiredAccountRecords } from './public-accounts.housekeeping.ts';

const citizen = { email: 'lin.wei@example.tw', password: 'Seven lanterns over Fengyuan', name: '林威廷', idNumber: 'F131104093', locale: 'zh-TW' };

/** Every text, JSON and array column of every table, with the number of rows holding `needle`. */
async function rowsHolding(t: TestContext, needle: string): Promise<Map<string, number>> {
  const columns = (
    await t.db.query<{ table_schema: string; table_name: string; column_name: string }>(
      `SELECT c.table_schema, c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
       WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
         AND (c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY') )`,
    )
  ).rows;
  assert.ok(columns.length > 50, 'the scan sees the whole schema');
  const found = new Map<string, number>();
  for (const column of columns) {
    const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${ident(column.table_schema)}.${ident(column.table_name)} WHERE ${ident(column.column_name)}::text LIKE '%' || $1 || '%'`,
      [needle],
    );
    const n = rows[0]?.n ?? 0;
    if (n > 0) found.set(`${column.table_name}.${column.column_name}`, n);
  }
  return found;
}

describe('public accounts: a citizen downloads their data and deletes the account', () => {
  let t: TestContext;
  let cookie: string;
  let csrfToken: string;

  before(async () => {
    t = await createTestContext();
    const signedUp = await t.request('/api/v1/account/sign-up', { method: 'POST', body: citizen });
    assert.equal(signedUp.status, 202, signedUp.text);
    // Jobs are not running in this file: the verification mail waits in the outbox, address and link in it.
    const queued = await t.db.query<{ params: { link: string } }>(`SELECT params FROM notifications WHERE record_type = 'public-account'`);
    const token = /#token=([\w-]+)/.exec(queued.rows[0]?.params.link ?? '')?.[1] ?? '';
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token } })).status, 204);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email: citizen.email, password: citizen.password } });
    assert.equal(signedIn.status, 200, signedIn.text);
    cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    csrfToken = signedIn.json.csrfToken;
  });
  after(() => t.close());

  it('the JSON download holds the account, the person, the messages and the access log, and is audited', async () => {
    const data = await t.request('/api/v1/account/data', { headers: { cookie } });
    assert.equal(data.status, 200, data.text);
    assert.equal(data.headers.get('cache-control'), 'no-store');
    assert.equal(data.json.account.email, citizen.email);
    assert.equal(data.json.person.name, citizen.name);
    assert.equal(data.json.person.idNumber, citizen.idNumber);
    assert.equal(data.json.notifications[0].template, 'account-verify-email');
    assert.match(data.json.notifications[0].recipient, /^l\*+@example\.tw$/);
    assert.ok(data.json.accessLog.some((e: { action: string }) => e.action === 'account.sign-in'));
    const audited = await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'account.data-exported'`);
    assert.equal(audited.rowCount, 1);
  });

  it('the PDF download holds the same, on the bureau letterhead', async () => {
    const response = await t.app.request('/api/v1/account/data.pdf?lang=zh-TW', { headers: { cookie } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    const text = (await pdfPageTexts(new Uint8Array(await response.arrayBuffer()))).join('\n');
    assert.match(text, /我的個人資料/);
    assert.ok(text.includes(citizen.name));
    assert.ok(text.includes(citizen.idNumber));
    assert.match(text, /臺中市政府勞工局/);
  });

  it('deletion needs the password, then leaves the name and ID number in no table at all', async () => {
    const beforeName = await rowsHolding(t, citizen.name);
    const beforeId = await rowsHolding(t, citizen.idNumber);
    const beforeEmail = await rowsHolding(t, citizen.email);
    assert.ok(beforeName.get('people.name'), 'the scan finds the name before deletion');
    assert.ok(beforeId.get('people.id_number'), 'the scan finds the ID number before deletion');
    assert.ok(beforeEmail.get('public_accounts.email') && beforeEmail.get('notifications.recipient'), 'and the address in the account and the unsent mail');

    const wrong = await t.request('/api/v1/account/deletion', { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken }, body: { password: 'not the password at all' } });
    assert.equal(wrong.status, 401);
    const noCsrf = await t.request('/api/v1/account/deletion', { method: 'POST', headers: { cookie }, body: { password: citizen.password } });
    assert.equal(noCsrf.status, 403);

    const deleted = await t.request('/api/v1/account/deletion', { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken }, body: { password: citizen.password } });
    assert.equal(deleted.status, 200, deleted.text);
    assert.deepEqual(deleted.json, { deleted: true, kept: ['audit-trail', 'consent-records', 'sent-notices-masked'] });

    assert.deepEqual([...(await rowsHolding(t, citizen.name))], [], 'the name is in no table');
    assert.deepEqual([...(await rowsHolding(t, citizen.idNumber))], [], 'the ID number is in no table');
    assert.deepEqual([...(await rowsHolding(t, citizen.email))], [], 'nor the address');
    assert.equal((await t.request('/api/v1/account/session', { headers: { cookie } })).status, 401, 'the session is gone');
    const signIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email: citizen.email, password: citizen.password } });
    assert.equal(signIn.status, 401);

    // What is kept: the trail (append-only) and the person row as an empty shell for records that point at it.
    const trail = await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'account.deleted'`);
    assert.equal(trail.rowCount, 1);
    const shells = await t.db.query<{ name: string }>(`SELECT name FROM people WHERE id_number LIKE 'ERASED-%'`);
    assert.deepEqual(shells.rows, [{ name: '(erased)' }]);
    // The ID number is free again: the person can sign up anew.
    const again = await t.request('/api/v1/account/sign-up', { method: 'POST', body: citizen });
    assert.equal(again.status, 202);
    const relinked = await t.db.query(`SELECT 1 FROM public_accounts a JOIN people p ON p.id = a.person_id WHERE p.id_number = $1`, [citizen.idNumber]);
    assert.equal(relinked.rowCount, 1);
  });
});

describe('public accounts: housekeeping', () => {
  it('deletes expired sessions and tokens, and keeps live ones', async () => {
    const t = await createTestContext();
    try {
      const signedUp = await t.request('/api/v1/account/sign-up', { method: 'POST', body: { ...citizen, email: 'house@example.tw' } });
      assert.equal(signedUp.status, 202);
      assert.equal(await deleteExpiredAccountRecords(t.db, new Date('2026-03-02T03:00:00Z')), 0, 'the 24-hour token is still live');
      assert.equal(await deleteExpiredAccountRecords(t.db, new Date('2026-03-03T02:00:01Z')), 1, 'and gone once expired');
    } finally {
      await t.close();
    }
  });
});
