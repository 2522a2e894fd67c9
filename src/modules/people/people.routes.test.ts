import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

describe('people: masked lists, audited full records', () => {
  let t: TestContext;
  let officer: Session;
  let caseManager: Session;
  let inspector: Session;
  let admin: Session;
  let personId: string;
  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('officer', ['employment-officer']);
    caseManager = await t.signIn('cm', ['case-manager']);
    inspector = await t.signIn('inspector', ['labor-inspector']);
    admin = await t.signIn('admin', ['admin']);
    const created = await t.request('/api/v1/staff/people', {
      method: 'POST',
      session: officer,
      body: {
        idNumber: 'a123456789',
        name: '王小明',
        phone: '0912345678',
        districtCode: '66000080',
        sensitive: { disabilityLevel: 'severe', specialGroups: ['disabled'] },
      },
    });
    assert.equal(created.status, 201, created.text);
    personId = created.json.id;
  });
  after(() => t.close());

  it('rejects a bad ID number and an unknown district with messages in the caller language', async () => {
    const response = await t.request('/api/v1/staff/people?lang=en', {
      method: 'POST',
      session: officer,
      body: { idNumber: 'A123456788', name: 'x', districtCode: '99999999' },
    });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json.errors.map((e: { field: string }) => e.field), ['idNumber']);
    assert.match(response.json.errors[0].message, /national ID or resident certificate/);
    const district = await t.request('/api/v1/staff/people?lang=en', {
      method: 'POST',
      session: officer,
      body: { idNumber: 'F131104093', name: 'x', districtCode: '99999999' },
    });
    assert.equal(district.status, 400);
    assert.equal(district.json.errors[0].field, 'districtCode');
    assert.equal(district.json.errors[0].message, 'Choose a district of this city.');
    const count = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM people');
    assert.equal(count.rows[0]?.n, 1, 'nothing half-written');
  });

  it('masks identifiers, names and phones in lists', async () => {
    const list = await t.request('/api/v1/staff/people/search', { method: 'POST', session: inspector, body: { q: '小明' } });
    assert.equal(list.status, 200);
    assert.equal(list.json.total, 1);
    assert.deepEqual(list.json.items[0], {
      id: personId,
      name: '王○明',
      idNumber: 'A12****789',
      phone: '0912***678',
      districtCode: '66000080',
    });
    assert.doesNotMatch(list.text, /A123456789|0912345678|王小明/);
  });

  it('finds a person by a whole ID number sent in the body, never in the URL', async () => {
    const list = await t.request('/api/v1/staff/people/search', { method: 'POST', session: officer, body: { q: 'a123456789' } });
    assert.equal(list.json.total, 1);
  });

  it('shows the full record to case workers and audits every view', async () => {
    const view = await t.request(`/api/v1/staff/people/${personId}`, { session: officer });
    assert.equal(view.status, 200);
    assert.equal(view.json.idNumber, 'A123456789');
    assert.equal(view.json.sensitive, undefined, 'an employment officer without the sensitive permission');
    const withSensitive = await t.request(`/api/v1/staff/people/${personId}`, { session: caseManager });
    assert.equal(withSensitive.json.sensitive.disabilityLevel, 'severe');
    const trail = await t.request(`/api/v1/staff/audit-events?recordType=person&recordId=${personId}`, { session: admin });
    const views = trail.json.items.filter((e: { action: string }) => e.action.startsWith('person.view-full'));
    assert.deepEqual(views.map((e: { actorUsername: string }) => e.actorUsername).sort(), ['cm', 'officer']);
    assert.doesNotMatch(trail.text, /A123456789|0912345678/);
  });

  it('refuses the full record to a role that only sees lists', async () => {
    const view = await t.request(`/api/v1/staff/people/${personId}`, { session: inspector });
    assert.equal(view.status, 403);
  });

  it('keeps mediators out of the people register: they read only the parties of their own cases (finding 5)', async () => {
    const mediator = await t.signIn('mediator', ['mediator'], { kind: 'mediation-site', code: 'bureau' });
    const search = await t.request('/api/v1/staff/people/search', { method: 'POST', session: mediator, body: { q: '王小明' } });
    assert.equal(search.status, 403);
    const view = await t.request(`/api/v1/staff/people/${personId}`, { session: mediator });
    assert.equal(view.status, 403);
  });

  it('answers 404 for an unknown person, 400 for a malformed id', async () => {
    assert.equal((await t.request('/api/v1/staff/people/00000000-0000-4000-8000-000000000000', { session: officer })).status, 404);
    assert.equal((await t.request('/api/v1/staff/people/not-a-uuid', { session: officer })).status, 400);
  });
});
