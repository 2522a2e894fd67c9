import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

describe('disability quota obligations and indicator 6 (身心障礙者權益保障法 Arts. 38, 43)', () => {
  let t: TestContext;
  let officer: Session;
  let analyst: Session;
  const ids: Record<string, string> = {};

  // Boundaries of Art. 38: public from 34 insured at 3 %, private from 67 at 1 % and at least 1.
  const employers = [
    { key: 'public33', name: '臺中市立甲機關', employees: 33, sector: 'public', severe: 0, other: 0, partTimeHalfWage: 0 },
    { key: 'public34', name: '臺中市立乙機關', employees: 34, sector: 'public', severe: 0, other: 0, partTimeHalfWage: 0 },
    { key: 'private66', name: '丙股份有限公司', employees: 66, sector: 'private', severe: 0, other: 0, partTimeHalfWage: 0 },
    { key: 'private67', name: '丁股份有限公司', employees: 67, sector: 'private', severe: 0, other: 1, partTimeHalfWage: 0 },
    { key: 'private250', name: '戊股份有限公司', employees: 250, sector: 'private', severe: 0, other: 0, partTimeHalfWage: 0 },
    { key: 'public100', name: '臺中市立己學校', employees: 100, sector: 'public', severe: 1, other: 0, partTimeHalfWage: 0 },
    { key: 'over', name: '庚企業社', employees: 120, sector: 'private', severe: 2, other: 1, partTimeHalfWage: 2 },
  ] as const;

  before(async () => {
    t = await createTestContext({ now: new Date('2026-03-02T02:00:00Z') });
    officer = await t.signIn('programs', ['programs-officer']);
    analyst = await t.signIn('analyst', ['analyst']);
    for (const employer of employers) {
      const created = await t.request('/api/v1/staff/employers', { method: 'POST', session: officer, body: { name: employer.name } });
      assert.equal(created.status, 201, created.text);
      ids[employer.key] = created.json.id;
      // The employers module's monthly headcount history (labour-insurance totals on the 1st).
      await t.db.query('INSERT INTO employer_headcounts (employer_id, month, employees) VALUES ($1, $2, $3)', [created.json.id, '2026-03-01', employer.employees]);
      const recorded = await t.request(`/api/v1/staff/quota/employers/${created.json.id}/months/2026-03`, {
        method: 'PUT', session: officer,
        body: { sector: employer.sector, severe: employer.severe, other: employer.other, partTimeHalfWage: employer.partTimeHalfWage, source: '勞保投保資料 2026-03' },
      });
      assert.equal(recorded.status, 204, recorded.text);
    }
  });
  after(() => t.close());

  const obligations = async () => {
    const response = await t.request('/api/v1/staff/quota/obligations?month=2026-03', { session: analyst });
    assert.equal(response.status, 200, response.text);
    return new Map((response.json.items as { employerId: string }[]).map((item) => [item.employerId, item as Record<string, unknown>]));
  };

  it('computes each obligation on both sides of the thresholds, as the public calculator does', async () => {
    const items = await obligations();
    const required = (key: string) => items.get(ids[key]!)?.required;
    assert.equal(required('public33'), 0);
    assert.equal(required('public34'), 1);
    assert.equal(required('private66'), 0);
    assert.equal(required('private67'), 1);
    assert.equal(items.get(ids.private67!)?.shortfall, 0);
    for (const employer of employers) {
      const calculator = await t.request('/api/v1/calculators/disability-quota', {
        method: 'POST',
        body: { sector: employer.sector, employees: employer.employees, month: '2026-03', disabledEmployees: { severe: employer.severe, other: employer.other, partTimeHalfWage: employer.partTimeHalfWage } },
      });
      assert.equal(calculator.status, 200, calculator.text);
      const item = items.get(ids[employer.key]!)!;
      assert.deepEqual([item.required, item.counted, item.shortfall], [calculator.json.requiredCount, calculator.json.countedCount, calculator.json.shortfall], employer.key);
    }
  });

  it('leaves the payment empty until a monthly amount is entered, then multiplies the shortfall by it with its source', async () => {
    assert.equal((await obligations()).get(ids.private250!)?.payment, null);
    assert.equal((await t.request('/api/v1/staff/quota/payment-rates', { method: 'POST', session: analyst, body: { effectiveFrom: '2026-01', monthlyAmount: 29500, source: 'x' } })).status, 403);
    const entered = await t.request('/api/v1/staff/quota/payment-rates', {
      method: 'POST', session: officer, body: { effectiveFrom: '2026-01', monthlyAmount: 29500, source: '勞動部公告 2026 年每月最低工資（局內認定）' },
    });
    assert.equal(entered.status, 204, entered.text);
    const payment = (await obligations()).get(ids.private250!)?.payment as Record<string, unknown>;
    assert.deepEqual(payment, { amount: 59000, monthlyAmount: 29500, source: '勞動部公告 2026 年每月最低工資（局內認定）', article: '身心障礙者權益保障法第43條第2項' });
  });

  it('gives indicator 6 as counted ÷ required × 100 over obligated employers, by sector', async () => {
    const response = await t.request('/api/v1/staff/quota/indicator?month=2026-03', { session: analyst });
    assert.equal(response.status, 200, response.text);
    // Required: public34 1 + private67 1 + private250 2 + public100 3 + over 1 = 8.
    // Counted: private67 1 + public100 2 + over (2×2 + 1 + 2 part-timers as 1) 6 = 9.
    assert.equal(response.json.required, 8);
    assert.equal(response.json.counted, 9);
    assert.equal(response.json.value, 112.5);
    assert.deepEqual([response.json.bySector.public.required, response.json.bySector.public.counted, response.json.bySector.public.value], [4, 2, 50]);
    assert.deepEqual([response.json.bySector.private.required, response.json.bySector.private.counted, response.json.bySector.private.value], [4, 7, 175]);
  });

  it('answers the list contract: largest shortfall first, only those short with shortfall=true, sorted and exported', async () => {
    const page = await t.request('/api/v1/staff/quota/obligations?month=2026-03&pageSize=10', { session: analyst });
    assert.equal(page.status, 200, page.text);
    assert.deepEqual([page.json.total, page.json.page, page.json.pageSize, page.json.month], [employers.length, 1, 10, '2026-03']);
    assert.equal(page.json.items[0].employerId, ids.private250, 'the shortfall of 2 leads');
    const short = await t.request('/api/v1/staff/quota/obligations?month=2026-03&shortfall=true', { session: analyst });
    assert.deepEqual(
      (short.json.items as { employerId: string }[]).map((o) => o.employerId).sort(),
      [ids.private250, ids.public34, ids.public100].sort(),
      'those owing a shortfall payment, and no one who meets the quota',
    );
    const over = await t.request('/api/v1/staff/quota/obligations?month=2026-03&over=true', { session: analyst });
    assert.deepEqual((over.json.items as { employerId: string }[]).map((o) => o.employerId), [ids.over], '超額進用: 6 counted for 1 required; 1 for 1 is not over');
    const publicOnly = await t.request('/api/v1/staff/quota/obligations?month=2026-03&sector=public&sort=-employees', { session: analyst });
    assert.deepEqual((publicOnly.json.items as { employees: number }[]).map((o) => o.employees), [100, 34, 33]);
    const csv = await t.request('/api/v1/staff/quota/obligations?month=2026-03&format=csv&sort=name', { session: analyst });
    assert.equal(csv.status, 200);
    assert.match(csv.text, /戊股份有限公司/);
  });

  it('refuses a malformed month in the caller language', async () => {
    const response = await t.request('/api/v1/staff/quota/obligations?month=2026-13&lang=en', { session: analyst });
    assert.equal(response.status, 400);
    assert.match(response.text, /YYYY-MM/);
  });
});
