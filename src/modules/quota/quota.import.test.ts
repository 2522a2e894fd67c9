import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

describe('quota headcount import and shortfall payment notices (身心障礙者權益保障法 Arts. 38, 43)', () => {
  let t: TestContext;
  let officer: Session;
  let analyst: Session;
  const ids: Record<string, string> = {};
  // Both sides of Art. 38's thresholds: public from 34 insured (3 %), private from 67 (1 %, at least 1).
  const employers = [
    ['30000002', '公立甲機關'],
    ['30000007', '公立乙機關'],
    ['30000013', '丙股份有限公司'],
    ['30000018', '丁股份有限公司'],
    ['30000024', '戊股份有限公司'],
  ] as const;
  const header = 'ubn,month,sector,insured,severe,other,part_time_half_wage';
  const file = [
    header,
    '30000002,2026-04,public,33,0,0,0',
    '30000007,2026-04,public,34,0,0,0',
    '30000013,2026-04,private,66,0,0,0',
    '30000018,2026-04,private,67,0,0,0',
    // 250 private: 2 required; one severe counts 2, so no shortfall.
    '30000024,2026-04,private,250,1,0,0',
    '30000029,2026-04,private,80,0,0,0',
    '1234,2026-04,private,80,0,0,0',
    '30000018,2026-04,private,67,0,0,0',
    '30000013,2026-13,private,66,0,0,0',
    '30000013,2026-05,government,66,0,0,0',
    '30000013,2026-05,private,5,3,2,1',
  ].join('\n');

  before(async () => {
    t = await createTestContext({ now: new Date('2026-05-04T02:00:00Z') });
    officer = await t.signIn('programs', ['programs-officer']);
    analyst = await t.signIn('analyst', ['analyst']);
    for (const [ubn, name] of employers) {
      const created = await t.request('/api/v1/staff/employers', { method: 'POST', session: officer, body: { ubn, name } });
      assert.equal(created.status, 201, created.text);
      ids[ubn] = created.json.id;
    }
  });
  after(() => t.close());

  const upload = (csv: string, session = officer) =>
    t.request('/api/v1/staff/quota/headcounts/imports?lang=en', { method: 'POST', session, rawBody: csv, headers: { 'content-type': 'text/csv' } });
  const notices = async () => (await t.request('/api/v1/staff/quota/notices?month=2026-04&pageSize=50', { session: analyst })).json;

  it('refuses a file without the documented header, and a reader without the write permission', async () => {
    const bad = await upload('ubn,month\n30000002,2026-04');
    assert.equal(bad.status, 400);
    assert.equal(bad.json.errors[0].field, 'file');
    assert.match(bad.json.errors[0].message, /ubn,month,sector,insured/);
    assert.equal((await upload(file, analyst)).status, 403);
  });

  it('imports the valid rows, reports each rejected row by line and reason, and issues no notice without a monthly amount', async () => {
    const response = await upload(file);
    assert.equal(response.status, 200, response.text);
    assert.equal(response.json.imported, 5);
    assert.equal(response.json.noticesIssued, 0, 'no amount entered yet: the payment is never guessed');
    assert.deepEqual(
      response.json.rejected.map((r: { line: number; reason: string }) => [r.line, r.reason]),
      [[7, 'employer-unknown'], [8, 'ubn'], [9, 'duplicate'], [10, 'month'], [11, 'sector'], [12, 'more-disabled-than-insured']],
    );
    assert.match(response.json.rejected[0].message, /register the employer/);
    const obligations = await t.request('/api/v1/staff/quota/obligations?month=2026-04', { session: analyst });
    assert.equal(obligations.json.total, 5, 'the headcounts reached the employers module and the quota months');
  });

  it('issues the shortfall notices of the month, on both sides of each threshold, with the amount and source copied', async () => {
    const rate = await t.request('/api/v1/staff/quota/payment-rates', { method: 'POST', session: officer, body: { effectiveFrom: '2026-01', monthlyAmount: 29500, source: '局內認定之每月金額（測試）' } });
    assert.equal(rate.status, 204, rate.text);
    const response = await upload(file);
    assert.equal(response.json.noticesIssued, 2);
    const list = await notices();
    assert.deepEqual(
      list.items.map((n: { ubn: string; shortfall: number; amount: number }) => [n.ubn, n.shortfall, n.amount]).sort(),
      [['30000007', 1, 29500], ['30000018', 1, 29500]],
      'public 34 and private 67 owe one person each; public 33, private 66 and the over-quota 250 owe nothing',
    );
    assert.equal(list.items[0].article, '身心障礙者權益保障法第43條第2項');
    assert.equal(list.items[0].source, '局內認定之每月金額（測試）');
    // The same arithmetic as the public calculator for the same inputs.
    const calculator = await t.request('/api/v1/calculators/disability-quota', {
      method: 'POST', body: { sector: 'private', employees: 67, month: '2026-04', disabledEmployees: { severe: 0, other: 0, partTimeHalfWage: 0 } },
    });
    assert.equal(calculator.json.shortfall, 1);
  });

  it('is idempotent: the same file again leaves the same notices; a later rate does not change a notice already issued', async () => {
    const before = await notices();
    await t.request('/api/v1/staff/quota/payment-rates', { method: 'POST', session: officer, body: { effectiveFrom: '2026-05', monthlyAmount: 30000, source: '下一期金額（測試）' } });
    const again = await upload(file);
    assert.equal(again.json.noticesIssued, 2);
    const after = await notices();
    assert.equal(after.total, before.total);
    assert.deepEqual(after.items.map((n: { amount: number }) => n.amount), before.items.map((n: { amount: number }) => n.amount), "April's notices keep April's amount");
  });

  it('withdraws the notice when a corrected file shows the quota met', async () => {
    const corrected = await upload([header, '30000018,2026-04,private,67,0,1,0'].join('\n'));
    assert.equal(corrected.json.noticesIssued, 0);
    assert.deepEqual((await notices()).items.map((n: { ubn: string }) => n.ubn), ['30000007']);
    const audits = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE action = 'quota.headcounts.import'");
    assert.equal(audits.rows[0]!.n, 4);
  });
});
