import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

// PostgreSQL refuses NUL in text and a lone surrogate as a jsonb escape: both used to come back as a 500.
describe('text PostgreSQL cannot store is a 400, never a 500', () => {
  let t: TestContext;
  let staff: Session;
  before(async () => {
    t = await createTestContext();
    staff = await t.signIn('nul-admin', ['admin', 'labor-inspector', 'case-manager', 'programs-officer']);
  });
  after(() => t.close());

  const assertRefused = (response: { status: number; json: any }, field: string) => {
    assert.equal(response.status, 400);
    assert.equal(response.json.code, 'VALIDATION_FAILED');
    assert.deepEqual(
      response.json.errors.map((issue: any) => [issue.field, issue.code]),
      [[field, 'invalid_characters']],
    );
    assert.doesNotMatch(response.json.errors[0].message, /^validation\./);
  };

  it('refuses a NUL in a query string (public search, its CSV download, staff filters)', async () => {
    assertRefused(await t.request('/api/v1/violations?q=a%00b&lang=en'), 'query.q');
    assertRefused(await t.request('/api/v1/violations?format=csv&law=%00'), 'query.law');
    assertRefused(await t.request('/api/v1/staff/employers?q=%00', { session: staff }), 'query.q');
    assertRefused(await t.request('/api/v1/staff/audit-events?actor=a%00', { session: staff }), 'query.actor');
  });

  it('refuses a NUL in a JSON body, naming the field', async () => {
    assertRefused(await t.request('/api/v1/auth/login', { method: 'POST', body: { username: 'a\u0000', password: 'x' } }), 'username');
    assertRefused(await t.request('/api/v1/staff/people/search', { method: 'POST', session: staff, body: { q: '\u0000', page: 1 } }), 'q');
  });

  it('refuses a lone surrogate that would reach a jsonb column', async () => {
    const inspection = {
      employerName: '\ud800',
      responsiblePerson: 'a',
      decidedOn: '2026-03-01',
      decisionNumber: 'a',
      law: 'a',
      articles: ['a'],
      violations: [],
      fine: null,
      disputed: false,
      note: 'a',
    };
    assertRefused(await t.request('/api/v1/staff/violations/inspections', { method: 'POST', session: staff, body: inspection }), 'employerName');
  });

  it('refuses a NUL in a multipart complaint field', async () => {
    const form = new FormData();
    const fields = { employerName: 'a\u0000', districtCode: '66000280', law: 'laborStandardsAct', description: 'x', anonymous: 'true' };
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    const response = await t.app.request('/api/v1/complaints', { method: 'POST', body: form });
    assertRefused({ status: response.status, json: await response.json() }, 'employerName');
  });

  it('still files a clean JSON complaint through the route that sets its own body limit', async () => {
    const response = await t.request('/api/v1/complaints', {
      method: 'POST',
      body: { employerName: '大明工業', districtCode: '66000280', law: 'laborStandardsAct', description: '加班費未給付', anonymous: true },
    });
    assert.equal(response.status, 201, response.text);
  });
});
