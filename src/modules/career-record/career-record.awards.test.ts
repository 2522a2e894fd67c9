import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { seedProgramCatalog } from '../programs/programs.seed.ts';
import { createProgramsService } from '../programs/programs.service.ts';

const tokenIn = (url: string) => /#token=([\w-]+)/.exec(url)?.[1] ?? '';

/** Issue 9 §2: an award the programs module granted (勞工藝級棒) shows on the worker's career record, verified. */
describe('career record: awards from the programs module', () => {
  let t: TestContext;
  let cookie: string;
  before(async () => {
    t = await createTestContext();
    const email = 'award.winner@example.tw';
    const password = 'Plum blossoms in Dali 2026';
    assert.equal((await t.request('/api/v1/account/sign-up', { method: 'POST', body: { email, password, name: '黃技師', idNumber: 'A123456789', locale: 'zh-TW' } })).status, 202);
    const mail = await t.db.query<{ params: { link: string } }>(`SELECT params FROM notifications WHERE template = 'account-verify-email' AND recipient = $1`, [email]);
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token: tokenIn(mail.rows[0]?.params.link ?? '') } })).status, 204);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email, password } });
    cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    // The award, through the programs service: a maker applies, another staff member approves.
    const programs = createProgramsService({ db: t.db, referenceData: t.referenceData, clock: () => new Date('2026-03-02T02:00:00Z') });
    const staff = async (username: string, role: 'programs-officer' | 'admin'): Promise<StaffPrincipal> => {
      const created = await t.createStaff(username, [role]);
      return { id: created.id, username, displayName: username, roles: [role], homeUnit: { kind: 'city', code: null }, csrfToken: '', sessionTokenHash: '' };
    };
    const maker = await staff('award-maker', 'programs-officer');
    const checker = await staff('award-checker', 'admin');
    await seedProgramCatalog(programs, { staff: checker, year: 2026, requestId: 'test' });
    const personId = (await t.db.query<{ id: string }>(`SELECT id FROM people WHERE id_number = 'A123456789'`)).rows[0]!.id;
    const options = { channel: 'staff' as const, locale: 'zh-TW' as const, requestId: 'test' };
    const applied = await programs.apply(maker, 'skills-award', { personId, facts: { employmentState: 'employed', certificates: ['technician-b'] }, specialGroupConsent: false }, options);
    const pending = await t.request('/api/v1/me/career-record', { headers: { cookie } });
    assert.deepEqual(pending.json.entries, [], 'an award not yet granted is not on the record');
    await programs.decide(checker, applied.id, { decision: 'approve', reason: '評審通過', amountTwd: 10_000 }, 'test');
  });
  after(() => t.close());

  it('lists the granted award as a verified platform entry the worker can hide', async () => {
    const record = await t.request('/api/v1/me/career-record', { headers: { cookie } });
    assert.equal(record.status, 200, record.text);
    const awards = record.json.entries.filter((e: { kind: string }) => e.kind === 'award');
    assert.equal(awards.length, 1);
    assert.equal(awards[0].source, 'platform');
    assert.equal(awards[0].verification, 'verified');
    assert.match(awards[0].title, /勞工藝級棒/);
    assert.match(awards[0].id, /^award:/);
    const csrf = (await t.request('/api/v1/account/session', { headers: { cookie } })).json.csrfToken;
    const hidden = await t.request(`/api/v1/me/career-record/entries/${awards[0].id}/hide`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } });
    assert.equal(hidden.status, 200, hidden.text);
    const after = (await t.request('/api/v1/me/career-record', { headers: { cookie } })).json.entries.find((e: { id: string }) => e.id === awards[0].id);
    assert.equal(after.hidden, true);
  });
});
