import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { programCatalog } from './programs.catalog.ts';

type Account = { cookie: string; csrfToken: string };

// Tests run at 2026-03-02T02:00Z (10:00 in Taichung).
describe('programs: recovery of an overpayment', () => {
  let t: TestContext;
  let maker: Session;
  let checker: Session;
  let admin: Session;
  let citizen: Account;

  const as = (account: Account) => ({ cookie: account.cookie, 'x-csrf-token': account.csrfToken, 'content-type': 'application/json' });
  let programs = 0;
  let code = '';
  /** The program's paid figure for 2026 (of the program of the last paid application). */
  const paidFigure = async () =>
    Number((await t.db.query<{ n: string }>(`SELECT budget_paid_twd AS n FROM program_quotas WHERE program_code = $1 AND year = 2026`, [code])).rows[0]?.n);
  /** A program of its own for each application: the citizen may hold one of each (period `once`). */
  async function newProgram() {
    programs += 1;
    code = `recover-test-${programs}`;
    const award = programCatalog.find((p) => p.code === 'skills-award');
    const definition = { ...award, code, rules: [], period: 'once', entitlement: { kind: 'fixed', amount: 10_000 } };
    assert.equal((await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: definition })).status, 201);
    assert.equal((await t.request(`/api/v1/staff/programs/${code}/quota`, { method: 'PUT', session: admin, body: { year: 2026, places: null, budgetTwd: 1_000_000, source: 'test' } })).status, 204);
  }
  const open = (body: object, session = maker) => t.request('/api/v1/staff/program-recoveries?lang=en', { method: 'POST', session, body });
  const repay = (id: string, amountTwd: number, receivedOn = '2026-03-02') =>
    t.request(`/api/v1/staff/program-recoveries/${id}/repayments?lang=en`, { method: 'POST', session: checker, body: { amountTwd, receivedOn } });

  /** The citizen applies online for NT$10,000; staff approve, batch, approve the batch, export it and mark it paid. */
  async function paidApplication(): Promise<string> {
    await newProgram();
    const filed = await t.app.request(`/api/v1/programs/${code}/applications`, { method: 'POST', headers: as(citizen), body: JSON.stringify({ facts: {} }) });
    assert.equal(filed.status, 201, await filed.clone().text());
    const id = ((await filed.json()) as { id: string }).id;
    assert.equal((await t.request(`/api/v1/staff/applications/${id}/decision`, { method: 'POST', session: checker, body: { decision: 'approve', reason: 'ok' } })).status, 200);
    assert.equal((await t.request(`/api/v1/staff/applications/${id}/payee`, { method: 'PUT', session: maker, body: { payeeName: '阮氏蘭', bankCode: '812', accountNumber: '00012345678' } })).status, 204);
    const batch = await t.request('/api/v1/staff/payment-batches', { method: 'POST', session: maker, body: { applicationIds: [id] } });
    assert.equal(batch.status, 201, batch.text);
    assert.equal((await t.request(`/api/v1/staff/payment-batches/${batch.json.id}/approve`, { method: 'POST', session: checker })).status, 200);
    assert.equal((await t.request(`/api/v1/staff/payment-batches/${batch.json.id}/file.csv`, { session: checker })).status, 200);
    const result = await t.request(`/api/v1/staff/payment-batches/${batch.json.id}/results`, { method: 'POST', session: maker, body: { results: [{ line: 1, result: 'paid' }] } });
    assert.equal(result.status, 200, result.text);
    return id;
  }

  before(async () => {
    t = await createTestContext();
    maker = await t.signIn('maker', ['programs-officer']);
    checker = await t.signIn('checker', ['programs-officer']);
    admin = await t.signIn('admin', ['admin']);
    const email = 'lan.recovery@example.tw';
    const password = 'Lanterns along the Han River 2026';
    assert.equal((await t.request('/api/v1/account/sign-up', { method: 'POST', body: { email, password, name: '阮氏蘭', idNumber: 'A223456781', locale: 'vi' } })).status, 202);
    const queued = await t.db.query<{ params: { link: string } }>(`SELECT params FROM notifications WHERE record_type = 'public-account' AND recipient = $1`, [email]);
    const token = /#token=([\w-]+)/.exec(queued.rows[0]?.params.link ?? '')?.[1] ?? '';
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token } })).status, 204);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email, password } });
    citizen = { cookie: (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken: signedIn.json.csrfToken };
  });
  after(() => t.close());

  it('recovers at most what was paid: exactly the paid amount is accepted, one dollar more is refused', async () => {
    const id = await paidApplication();
    const body = { applicationId: id, reason: '重複請領', legalBasis: '撤銷原核定處分（承辦人輸入）', dueOn: '2026-04-01' };
    const tooMuch = await open({ ...body, amountTwd: 10_001 });
    assert.equal(tooMuch.status, 400, tooMuch.text);
    assert.equal(tooMuch.json.errors[0].field, 'amountTwd');
    const exact = await open({ ...body, amountTwd: 10_000 });
    assert.equal(exact.status, 201, exact.text);
    // Nothing is left to claim once the whole payment is under recovery.
    assert.equal((await open({ ...body, amountTwd: 1 })).status, 400);
    // A due date in the past is refused.
    const other = await paidApplication();
    assert.equal((await open({ ...body, applicationId: other, amountTwd: 1, dueOn: '2026-03-01' })).status, 400);
  });

  it('refuses a recovery on an application not paid', async () => {
    await newProgram();
    const filed = await t.app.request(`/api/v1/programs/${code}/applications`, { method: 'POST', headers: as(citizen), body: JSON.stringify({ facts: {} }) });
    const id = ((await filed.json()) as { id: string }).id;
    const refused = await open({ applicationId: id, amountTwd: 1, reason: 'x', legalBasis: 'x', dueOn: '2026-04-01' });
    assert.ok([409, 400].includes(refused.status), refused.text);
  });

  it('takes partial repayments off the paid figure, settles at the amount, and refuses more than is outstanding', async () => {
    const id = await paidApplication();
    const paid = await paidFigure();
    const opened = await open({ applicationId: id, amountTwd: 4_000, reason: '溢付', legalBasis: '依撤銷處分追繳（承辦人輸入）', dueOn: '2026-04-01' });
    assert.equal(opened.status, 201, opened.text);
    assert.equal(opened.json.noticeQueued, true);
    const notice = await t.db.query<{ template: string; locale: string; params: Record<string, string> }>(
      `SELECT template, locale, params FROM notifications WHERE record_type = 'program-application' AND record_id = $1 AND template = 'program-recovery'`,
      [id],
    );
    assert.equal(notice.rowCount, 1);
    assert.equal(notice.rows[0]?.locale, 'vi', 'in the application’s language');
    assert.equal(notice.rows[0]?.params.legalBasis, '依撤銷處分追繳（承辦人輸入）');

    assert.equal((await repay(opened.json.id, 1_500)).status, 201);
    assert.equal((await paidFigure()), paid - 1_500);
    const over = await repay(opened.json.id, 2_501);
    assert.equal(over.status, 400, 'one dollar more than outstanding');
    assert.equal((await repay(opened.json.id, 500, '2026-03-03')).status, 400, 'not received tomorrow');
    const rest = await repay(opened.json.id, 2_500);
    assert.equal(rest.status, 201);
    assert.deepEqual([rest.json.status, rest.json.outstandingTwd], ['settled', 0]);
    assert.equal(await paidFigure(), paid - 4_000);
    assert.equal((await repay(opened.json.id, 1)).status, 409, 'a settled recovery takes no more');
    const detail = await t.request(`/api/v1/staff/program-recoveries/${opened.json.id}`, { session: maker });
    assert.deepEqual(detail.json.repayments.map((r: { amountTwd: number }) => r.amountTwd), [1_500, 2_500]);

    // The applicant's status page.
    const mine = await t.app.request('/api/v1/me/program-payments', { headers: as(citizen) });
    const rows = (await mine.json()) as { applicationId: string; status: string; recovery: { status: string; recoveredTwd: number } | null }[];
    const own = rows.find((r) => r.applicationId === id);
    assert.deepEqual([own?.status, own?.recovery?.status, own?.recovery?.recoveredTwd], ['paid', 'settled', 4_000]);
  });

  it('writes off only with a second person', async () => {
    const id = await paidApplication();
    const opened = await open({ applicationId: id, amountTwd: 3_000, reason: '溢付', legalBasis: '承辦人輸入', dueOn: '2026-04-01' });
    const asked = await t.request(`/api/v1/staff/program-recoveries/${opened.json.id}/write-off`, { method: 'POST', session: maker, body: { reason: '受益人死亡，無遺產' } });
    assert.equal(asked.status, 200, asked.text);
    const self = await t.request(`/api/v1/staff/program-recoveries/${opened.json.id}/write-off/approve?lang=en`, { method: 'POST', session: maker });
    assert.equal(self.status, 403);
    assert.equal(self.json.code, 'MAKER_CANNOT_CHECK');
    const paid = await paidFigure();
    const done = await t.request(`/api/v1/staff/program-recoveries/${opened.json.id}/write-off/approve`, { method: 'POST', session: checker });
    assert.equal(done.status, 200);
    assert.equal(done.json.status, 'written-off');
    assert.equal(await paidFigure(), paid, 'a write-off recovers nothing');
    const list = await t.request('/api/v1/staff/program-recoveries?status=written-off', { session: maker });
    assert.equal(list.status, 200);
    assert.equal(list.json.total, 1);
    assert.equal(list.json.items[0].applicant, '阮○蘭');
  });
});
