import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { decodeCsv, parseCsv } from '../violations/violations.csv.ts';
import { programCatalog } from './programs.catalog.ts';
import { paymentFileColumns } from './programs.payment-file.ts';

/** A valid national ID number (the letter's two digits and the check digit), n-th of a test series. */
export function testIdNumber(n: number, letter = 'K'): string {
  const letterCode = 19; // K
  const body = `1${String(n).padStart(7, '0')}`;
  const weights = [8, 7, 6, 5, 4, 3, 2, 1];
  const sum = Math.floor(letterCode / 10) + (letterCode % 10) * 9 + [...body].reduce((s, d, i) => s + Number(d) * (weights[i] as number), 0);
  return `${letter}${body}${(10 - (sum % 10)) % 10}`;
}

// Tests run at 2026-03-02T02:00Z (10:00 in Taichung).
describe('programs: payment batches, the bank file, the bank result, the paid figure', () => {
  let t: TestContext;
  let maker: Session;
  let checker: Session;
  let admin: Session;
  let registrar: Session;
  let analyst: Session;
  let serial = 0;

  /** A person with an approved NT$10,000 `pay-test` application and its payee; returns the application id. */
  async function approved(payeeName = '林小華', account = '0012345678901') {
    serial += 1;
    const person = await t.request('/api/v1/staff/people', { method: 'POST', session: registrar, body: { idNumber: testIdNumber(serial), name: `測試${serial}`, birthDate: '1990-01-01', districtCode: '66000170' } });
    assert.equal(person.status, 201, person.text);
    const filed = await t.request('/api/v1/programs/pay-test/applications', { method: 'POST', session: maker, body: { personId: person.json.id, facts: {} } });
    assert.equal(filed.status, 201, filed.text);
    const decided = await t.request(`/api/v1/staff/applications/${filed.json.id}/decision`, { method: 'POST', session: checker, body: { decision: 'approve', reason: 'ok' } });
    assert.equal(decided.status, 200, decided.text);
    const payee = await t.request(`/api/v1/staff/applications/${filed.json.id}/payee`, { method: 'PUT', session: maker, body: { payeeName, bankCode: '0040012', accountNumber: account } });
    assert.equal(payee.status, 204, payee.text);
    return filed.json.id as string;
  }
  const batch = (ids: string[], session = maker) => t.request('/api/v1/staff/payment-batches?lang=en', { method: 'POST', session, body: { applicationIds: ids } });
  const paidFigure = async () =>
    Number((await t.db.query<{ n: string }>(`SELECT budget_paid_twd AS n FROM program_quotas WHERE program_code = 'pay-test' AND year = 2026`)).rows[0]?.n);

  before(async () => {
    t = await createTestContext();
    maker = await t.signIn('maker', ['programs-officer']);
    checker = await t.signIn('checker', ['programs-officer']);
    admin = await t.signIn('admin', ['admin']);
    registrar = await t.signIn('registrar', ['employment-officer']);
    analyst = await t.signIn('analyst', ['analyst']);
    const award = programCatalog.find((p) => p.code === 'skills-award');
    const definition = { ...award, code: 'pay-test', rules: [], period: 'once', entitlement: { kind: 'fixed', amount: 10_000 } };
    assert.equal((await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: definition })).status, 201);
    assert.equal((await t.request('/api/v1/staff/programs/pay-test/quota', { method: 'PUT', session: admin, body: { year: 2026, places: null, budgetTwd: 1_000_000, source: 'test' } })).status, 204);
  });
  after(() => t.close());

  it('keeps bank data to the paying roles, masked outside the bank file', async () => {
    const id = await approved('王大明', '1234567890');
    const shown = await t.request(`/api/v1/staff/applications/${id}/payee`, { session: checker });
    assert.equal(shown.status, 200);
    assert.deepEqual([shown.json.payeeName, shown.json.bankCode, shown.json.accountNumber], ['王○明', '0040012', '*******890']);
    assert.equal((await t.request(`/api/v1/staff/applications/${id}/payee`, { session: analyst })).status, 403);
    assert.equal((await t.request('/api/v1/staff/payment-batches', { session: analyst })).status, 403, 'nor the batches, which lead to the file');
    const bad = await t.request(`/api/v1/staff/applications/${id}/payee?lang=en`, { method: 'PUT', session: maker, body: { payeeName: 'x', bankCode: '12', accountNumber: '12-34' } });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.json.errors.map((i: { field: string }) => i.field).sort(), ['accountNumber', 'bankCode']);
  });

  it('a batch is approved by someone other than who gathered it, then exported as the documented file and read back', async () => {
    const one = await approved('=HYPERLINK("http://x.example")', '0009876543');
    const two = await approved('陳美玲', '1111222233334444');
    const created = await batch([one, two]);
    assert.equal(created.status, 201, created.text);
    assert.match(created.json.number, /^PB2026-\d{4}$/);
    // The file is not there before the second approval.
    assert.equal((await t.request(`/api/v1/staff/payment-batches/${created.json.id}/file.csv`, { session: checker })).status, 409);
    const own = await t.request(`/api/v1/staff/payment-batches/${created.json.id}/approve?lang=en`, { method: 'POST', session: maker });
    assert.equal(own.status, 403);
    assert.equal(own.json.code, 'MAKER_CANNOT_CHECK');
    assert.equal((await t.request(`/api/v1/staff/payment-batches/${created.json.id}/approve`, { method: 'POST', session: checker })).status, 200);
    // In the database too: the CHECK refuses the preparer as approver whatever the code does.
    await assert.rejects(t.db.query(`UPDATE program_payment_batches SET approved_by = prepared_by WHERE id = $1`, [created.json.id]));

    // Read as bytes: a text() reading would drop the BOM this checks.
    const file = await t.app.request(`/api/v1/staff/payment-batches/${created.json.id}/file.csv`, { headers: { cookie: checker.cookie } });
    assert.equal(file.status, 200);
    assert.match(file.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
    assert.equal(file.headers.get('cache-control'), 'no-store');
    const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    assert.ok(decoded.ok);
    assert.equal(decoded.ok && decoded.encoding, 'utf-8-bom');
    const rows = [...parseCsv(decoded.ok ? decoded.text : '')].map((r) => ('fields' in r ? r.fields : []));
    assert.deepEqual(rows[0], [...paymentFileColumns]);
    assert.deepEqual(rows.slice(1), [
      [created.json.number, '1', `'=HYPERLINK("http://x.example")`, '0040012', '0009876543', '10000', 'pay-test', one.slice(0, 8).toUpperCase(), '2026-03-02'],
      [created.json.number, '2', '陳美玲', '0040012', '1111222233334444', '10000', 'pay-test', two.slice(0, 8).toUpperCase(), '2026-03-02'],
    ]);
    const audit = await t.db.query<{ details: { lines: number }; actor_username: string }>(`SELECT details, actor_username FROM audit_events WHERE action = 'program.payment-batch.export' AND record_id = $1`, [created.json.id]);
    assert.equal(audit.rowCount, 1);
    assert.equal(audit.rows[0]?.details.lines, 2);
    assert.doesNotMatch(JSON.stringify(audit.rows[0]), /9876543/, 'no account number in the audit trail');

    const detail = await t.request(`/api/v1/staff/payment-batches/${created.json.id}`, { session: maker });
    assert.equal(detail.json.status, 'exported');
    assert.deepEqual(detail.json.items.map((l: { status: string; accountNumber: string }) => [l.status, l.accountNumber]), [
      ['exported', '*******543'],
      ['exported', '*************444'],
    ]);
    assert.doesNotMatch(detail.text, /9876543|1111222233334444/);

    // The bank's answer: line 1 paid, line 2 returned; paid adds to the program's paid figure.
    const before = await paidFigure();
    const noReason = await t.request(`/api/v1/staff/payment-batches/${created.json.id}/results?lang=en`, { method: 'POST', session: maker, body: { results: [{ line: 2, result: 'returned' }] } });
    assert.equal(noReason.status, 400);
    const form = new FormData();
    form.set('file', new File([`batch_number,line,result,reason\r\n${created.json.number},1,paid,\r\n${created.json.number},2,returned,帳號錯誤\r\n`], 'result.csv', { type: 'text/csv' }));
    const imported = await t.app.request(`/api/v1/staff/payment-batches/${created.json.id}/results/import`, {
      method: 'POST',
      headers: { cookie: maker.cookie, 'x-csrf-token': maker.csrfToken },
      body: form,
    });
    assert.equal(imported.status, 200, await imported.clone().text());
    assert.deepEqual(await imported.json(), { paid: 1, returned: 1, status: 'closed' });
    assert.equal((await paidFigure()) - before, 10_000);
    const versions = await t.request('/api/v1/staff/programs/pay-test/versions', { session: analyst });
    assert.equal(versions.json.quotas[0].budgetPaidTwd, await paidFigure());
    assert.equal((await t.request(`/api/v1/staff/applications/${one}`, { session: checker })).json.status, 'paid');

    // The returned payment may go into a later batch; the paid one never again.
    const pending = (await t.request('/api/v1/staff/payments/pending?program=pay-test', { session: maker })).json as { applicationId: string; returnedBefore: boolean }[];
    assert.ok(pending.some((p) => p.applicationId === two && p.returnedBefore));
    assert.ok(!pending.some((p) => p.applicationId === one));
    assert.equal((await batch([one])).json.code, 'PAYMENT_NOT_PENDING');
    assert.equal((await batch([two])).status, 201);
  });

  it('refuses a result for a line not exported, and a payment already in an open batch', async () => {
    const id = await approved();
    const open = await batch([id]);
    assert.equal(open.status, 201);
    const again = await batch([id], checker);
    assert.equal(again.status, 409);
    assert.equal(again.json.code, 'PAYMENT_NOT_PENDING');
    // Nor paid one by one while it is in the batch.
    const single = await t.request(`/api/v1/staff/applications/${id}/payment`, { method: 'POST', session: maker });
    assert.equal(single.status, 409);
    assert.equal(single.json.code, 'PAYMENT_NOT_PENDING');
    const early = await t.request(`/api/v1/staff/payment-batches/${open.json.id}/results`, { method: 'POST', session: maker, body: { results: [{ line: 1, result: 'paid' }] } });
    assert.equal(early.status, 409, 'not exported yet');
  });

  it('lets exactly one of two staff batching the same payment at once win', async () => {
    const maker2 = await t.signIn('maker2', ['programs-officer']);
    const ids = [await approved(), await approved()];
    const [a, b] = await Promise.all([batch(ids), batch([...ids].reverse(), maker2)]);
    assert.deepEqual([a.status, b.status].sort(), [201, 409], `${a.text} ${b.text}`);
    assert.equal([a, b].find((r) => r.status === 409)?.json.code, 'PAYMENT_NOT_PENDING');
    const lines = await t.db.query<{ n: string }>(`SELECT count(*) AS n FROM program_payment_lines WHERE application_id = ANY($1::uuid[])`, [ids]);
    assert.equal(Number(lines.rows[0]?.n), 2, 'each payment in one batch only');
    const batches = await t.db.query<{ n: string }>(`SELECT count(DISTINCT batch_id) AS n FROM program_payment_lines WHERE application_id = ANY($1::uuid[])`, [ids]);
    assert.equal(Number(batches.rows[0]?.n), 1, 'the loser left no empty batch');
  });

  it('lists batches through the list contract, CSV export included', async () => {
    const list = await t.request('/api/v1/staff/payment-batches?sort=number', { session: maker });
    assert.equal(list.status, 200, list.text);
    assert.ok(list.json.total >= 3);
    assert.deepEqual(Object.keys(list.json.items[0]).sort(), ['approvedAt', 'approvedBy', 'firstExportedAt', 'id', 'lines', 'number', 'paidTwd', 'preparedAt', 'preparedBy', 'preparedById', 'programCodes', 'returnedLines', 'status', 'totalTwd'].sort());
    const csv = await t.request('/api/v1/staff/payment-batches?format=csv&lang=en', { session: maker });
    assert.equal(csv.status, 200);
    assert.match(csv.text, /Batch/);
    assert.doesNotMatch(csv.text, /0009876543/);
  });
});
