import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

// The test clock starts at 2026-03-02 10:00 in Taichung; the fair is on 2026-03-20.
const dali = { kind: 'station', code: 'dali' } as const;
const fairBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'regional',
  title: '大里區聯合徵才活動',
  description: '15 家廠商、500 個以上職缺。',
  startsAt: '2026-03-20T09:30:00+08:00',
  endsAt: '2026-03-20T16:30:00+08:00',
  venue: '大里區公所 1 樓大禮堂',
  districtCode: '66000280',
  capacity: 3,
  ...overrides,
});

describe('job fairs change after they are announced: edits and cancellation', () => {
  let t: TestContext;
  let officer: Session;
  let fairId: string;

  const fair = (id: string) => `/api/v1/staff/job-fairs/${id}`;
  const register = (id: string, name: string) => t.request(`${fair(id)}/registrations`, { method: 'POST', session: officer, body: { name } });
  const create = async (overrides: Record<string, unknown> = {}) => {
    const created = await t.request('/api/v1/staff/job-fairs', { method: 'POST', session: officer, body: fairBody(overrides) });
    assert.equal(created.status, 201, created.text);
    assert.equal((await t.request(`${fair(created.json.id)}/publish`, { method: 'POST', session: officer })).status, 200);
    return created.json.id as string;
  };

  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('dali-officer', ['employment-officer'], dali);
    // The door is open on the day: the fair below is today's, so staff can register people into it.
    fairId = await create({ startsAt: '2026-03-02T09:00:00+08:00', endsAt: '2026-03-02T17:00:00+08:00' });
    assert.equal((await register(fairId, '王大明')).status, 201);
    assert.equal((await register(fairId, '陳小華')).status, 201);
  });
  after(() => t.close());

  it('edits a fair; the capacity may equal the places taken but not fall below them, and the edit is audited', async () => {
    const below = await t.request(fair(fairId), { method: 'PUT', session: officer, body: fairBody({ startsAt: '2026-03-02T09:00:00+08:00', endsAt: '2026-03-02T17:00:00+08:00', capacity: 1 }), headers: { 'accept-language': 'en' } });
    assert.equal(below.status, 400);
    assert.equal(below.json.errors[0].field, 'capacity');
    assert.match(below.json.errors[0].message, /places already taken/);
    const moved = await t.request(fair(fairId), {
      method: 'PUT',
      session: officer,
      body: fairBody({ startsAt: '2026-03-02T09:00:00+08:00', endsAt: '2026-03-02T18:00:00+08:00', capacity: 2, venue: '大里區公所 2 樓' }),
    });
    assert.equal(moved.status, 200, moved.text);
    assert.equal(moved.json.capacity, 2);
    assert.equal(moved.json.placesLeft, 0);
    assert.equal(moved.json.venue, '大里區公所 2 樓');
    assert.equal((await register(fairId, '林志明')).json.code, 'NO_PLACES_LEFT', 'the new capacity holds');
    const audit = await t.db.query<{ details: { changed: string[] } }>(`SELECT details FROM audit_events WHERE action = 'job-fair.update' AND record_id = $1`, [fairId]);
    assert.deepEqual(audit.rows[0]?.details.changed.sort(), ['capacity', 'ends_at', 'venue']);
  });

  it('never lets an edit and a registration both take the last place', async () => {
    const race = await create({ title: '單一徵才', capacity: 2, startsAt: '2026-03-02T09:00:00+08:00', endsAt: '2026-03-02T17:00:00+08:00' });
    assert.equal((await register(race, '甲')).status, 201);
    const [edit, join] = await Promise.all([
      t.request(fair(race), { method: 'PUT', session: officer, body: fairBody({ title: '單一徵才', capacity: 1, startsAt: '2026-03-02T09:00:00+08:00', endsAt: '2026-03-02T17:00:00+08:00' }) }),
      register(race, '乙'),
    ]);
    const { rows } = await t.db.query<{ registered: number; capacity: number }>('SELECT registered, capacity FROM job_fairs WHERE id = $1', [race]);
    assert.ok(rows[0] && rows[0].registered <= rows[0].capacity);
    assert.ok([200, 400].includes(edit.status) && [201, 409].includes(join.status), `${edit.status} ${join.status}`);
    assert.ok((edit.status === 200) !== (join.status === 201), 'exactly one of the two wins');
  });

  it('cancels a fair with its reason: the calendar keeps it, marked, the feed says CANCELLED, and the door closes', async () => {
    const noReason = await t.request(`${fair(fairId)}/cancel`, { method: 'POST', session: officer, body: { reason: ' ' } });
    assert.equal(noReason.status, 400);
    const cancelled = await t.request(`${fair(fairId)}/cancel`, { method: 'POST', session: officer, body: { reason: '颱風停止上班，活動取消。' } });
    assert.equal(cancelled.status, 200, cancelled.text);
    assert.equal(cancelled.json.status, 'cancelled');
    const calendar = await t.request('/api/v1/job-fairs');
    const listed = calendar.json.items.find((f: { id: string }) => f.id === fairId);
    assert.equal(listed?.cancelled?.reason, '颱風停止上班，活動取消。');
    assert.equal(listed?.placesLeft, 0);
    const one = await t.request(`/api/v1/job-fairs/${fairId}`);
    assert.equal(one.status, 200);
    assert.ok(one.json.fair.cancelled);
    const feed = await t.request('/api/v1/job-fairs.ics');
    const events = new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent');
    const event = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith(`job-fair-${fairId}@`));
    assert.equal(event?.getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal((await register(fairId, '遲到者')).status, 404, 'no registration at a cancelled fair');
    assert.equal((await t.request(`${fair(fairId)}/cancel`, { method: 'POST', session: officer, body: { reason: '再取消一次' } })).json.code, 'INVALID_TRANSITION');
    assert.equal((await t.request(fair(fairId), { method: 'PUT', session: officer, body: fairBody() })).status, 409, 'a cancelled fair is not edited');
  });

  it('a draft cancelled before it was announced stays off the public calendar', async () => {
    const draft = await t.request('/api/v1/staff/job-fairs', { method: 'POST', session: officer, body: fairBody({ title: '未公告即取消' }) });
    assert.equal((await t.request(`${fair(draft.json.id)}/cancel`, { method: 'POST', session: officer, body: { reason: '場地不租了' } })).status, 200);
    assert.equal((await t.request(`/api/v1/job-fairs/${draft.json.id}`)).status, 404);
    const calendar = await t.request('/api/v1/job-fairs');
    assert.equal(calendar.json.items.some((f: { id: string }) => f.id === draft.json.id), false);
  });

  it('refuses to edit or cancel a fair that has ended', async () => {
    const past = await create({ title: '已結束', startsAt: '2026-03-02T09:00:00+08:00', endsAt: '2026-03-02T12:00:00+08:00' });
    t.setNow(new Date('2026-03-02T04:00:00Z'));
    officer = await t.login('dali-officer');
    assert.equal((await t.request(`${fair(past)}/cancel`, { method: 'POST', session: officer, body: { reason: '太晚了' } })).json.code, 'INVALID_TRANSITION');
    assert.equal((await t.request(fair(past), { method: 'PUT', session: officer, body: fairBody() })).json.code, 'INVALID_TRANSITION');
  });
});
