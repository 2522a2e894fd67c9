import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { rateTablesFromPublished } from '#labor-rules';
import { checkHourlyWage } from '../youth/youth.summer-jobs.ts';

// Test-only figures and announcement, not legal ones (no 2027 minimum wage has been found announced).
const minimum2027 = {
  effectiveFrom: '2027-01-01',
  monthly: 31000,
  hourly: 207,
  announcement: { name: '測試公告（非真實）', number: 'test-2027', date: '2026-10-01', url: 'https://example.test/announcements/1' },
};

/** ADR 0024: the vacancy and summer-job wage checks (最低工資法 Art. 5) use the published periods too. */
describe('published minimum wages beyond the calculators', () => {
  let t: TestContext;
  let admin: Session;
  let officer: Session;
  let employerId: string;
  before(async () => {
    t = await createTestContext({ now: new Date('2027-01-05T02:00:00Z') });
    admin = await t.signIn('rates-admin', ['admin']);
    officer = await t.signIn('rates-officer', ['employment-officer'], { kind: 'station', code: 'dali' });
    const employer = await t.request('/api/v1/staff/employers', { method: 'POST', session: officer, body: { name: '大里包裝股份有限公司', districtCode: '66000280' } });
    assert.equal(employer.status, 201, employer.text);
    employerId = employer.json.id;
  });
  after(() => t.close());

  const post = (min: number) =>
    t.request('/api/v1/staff/vacancies', {
      method: 'POST',
      session: officer,
      body: {
        employerId,
        occupationCode: '8',
        title: '包裝作業員',
        description: '產品包裝，日班。',
        districtCode: '66000280',
        wage: { type: 'monthly', min, max: min + 2000 },
        employmentType: 'full-time',
        shifts: ['day'],
        expiresOn: '2027-03-31',
      },
    });

  it('refuses a vacancy under a minimum wage an admin published, from its date', async () => {
    // Before the period is published, the built-in 2026 rate (29,500) is the last one known.
    assert.equal((await post(30_000)).status, 201);
    const published = await t.request('/api/v1/staff/rates/minimum-wage', { method: 'POST', session: admin, body: minimum2027 });
    assert.equal(published.status, 201, published.text);
    const below = await post(30_999);
    assert.equal(below.status, 400, below.text);
    assert.equal(below.json.errors[0].field, 'wage');
    assert.equal((await post(31_000)).status, 201);
  });

  it('checks a summer job against the published hourly minimum, on both sides', async () => {
    // What the server merges: the built-in periods, then those published (as GET /api/v1/rates answers them).
    const { minimumWages } = rateTablesFromPublished((await t.request('/api/v1/rates')).json);
    assert.equal(checkHourlyWage(206, '2027-07-01', minimumWages).ok, false);
    assert.equal(checkHourlyWage(207, '2027-07-01', minimumWages).ok, true);
    assert.equal(checkHourlyWage(196, '2026-12-31', minimumWages).ok, true);
  });
});
