import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createLogger } from '../../shared/logger.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createLogEmailChannel, createLogSmsChannel } from '../notifications/notifications.channels.ts';
import { createNotificationsService } from '../notifications/notifications.service.ts';
import { createYouthService } from './youth.service.ts';

// The test clock starts on 2026-03-02 10:00 in Taichung (02:00 UTC); slots are on 2026-03-10 at 10:00.
const daliDistrict = '66000280';
const slotStart = '2026-03-10T10:00:00+08:00';
const young = (n: number, overrides: Record<string, unknown> = {}) => ({
  name: `林小${'甲乙丙丁戊己庚辛'[n] ?? '明'}`,
  email: `student${n}@example.tw`,
  birthDate: '2005-06-01',
  districtCode: daliDistrict,
  ...overrides,
});

describe('youth services: slots, bookings, sessions, events, summer jobs', () => {
  let t: TestContext;
  let counsellor: Session;
  let inspector: Session;
  let analyst: Session;
  let employerId: string;

  const publish = async (body: Record<string, unknown> = {}) => {
    const created = await t.request('/api/v1/staff/youth/slots', {
      method: 'POST',
      session: counsellor,
      body: { startsAt: slotStart, venue: '職涯發展中心 諮詢室 1', capacity: 1, ...body },
    });
    assert.equal(created.status, 201, created.text);
    return created.json.id as string;
  };
  /** Moves the clock and signs the counsellor in again (a staff session lasts an hour). */
  const travel = async (to: string) => {
    t.setNow(new Date(to));
    counsellor = await t.login('counsellor');
  };
  const book = (slotId: string, body: Record<string, unknown>) =>
    t.request(`/api/v1/youth/slots/${slotId}/bookings`, { method: 'POST', body });

  before(async () => {
    t = await createTestContext();
    counsellor = await t.signIn('counsellor', ['employment-officer']);
    inspector = await t.signIn('inspector', ['labor-inspector']);
    analyst = await t.signIn('analyst', ['analyst']);
    const employer = await t.request('/api/v1/staff/employers', {
      method: 'POST',
      session: counsellor,
      body: { name: '大里精密股份有限公司', districtCode: daliDistrict },
    });
    assert.equal(employer.status, 201, employer.text);
    employerId = employer.json.id;
  });
  after(() => t.close());

  it('refuses roles without youth permissions, and a slot in the past', async () => {
    const refused = await t.request('/api/v1/staff/youth/slots', { method: 'POST', session: inspector, body: { startsAt: slotStart, venue: 'x' } });
    assert.equal(refused.status, 403);
    const analystWrite = await t.request('/api/v1/staff/youth/slots', { method: 'POST', session: analyst, body: { startsAt: slotStart, venue: 'x' } });
    assert.equal(analystWrite.status, 403);
    const past = await t.request('/api/v1/staff/youth/slots', { method: 'POST', session: counsellor, body: { startsAt: '2026-03-01T10:00:00+08:00', venue: 'x' } });
    assert.equal(past.status, 400);
    assert.equal(past.json.errors[0].field, 'startsAt');
  });

  it('two people booking the last place at once: one gets it, the other 409 NO_PLACES_LEFT', async () => {
    const slotId = await publish();
    const [a, b] = await Promise.all([book(slotId, young(0)), book(slotId, young(1))]);
    assert.deepEqual([a.status, b.status].toSorted(), [201, 409], `${a.text} ${b.text}`);
    const loser = a.status === 409 ? a : b;
    assert.equal(loser.json.code, 'NO_PLACES_LEFT');
    const detail = await t.request(`/api/v1/staff/youth/slots/${slotId}`, { session: counsellor });
    assert.equal(detail.json.slot.booked, 1);
    assert.equal(detail.json.bookings.length, 1);
    // Names masked for the counsellor; the address never leaves the server.
    assert.match(detail.json.bookings[0].maskedName, /○/);
    assert.doesNotMatch(detail.text, /example\.tw/);
    // The slot is gone from the public list once full.
    const open = await t.request('/api/v1/youth/slots');
    assert.equal(open.json.items.some((s: { id: string }) => s.id === slotId), false);
  });

  it('a booking is confirmed by mail with its code, may be cancelled once, and frees its place', async () => {
    const slotId = await publish({ capacity: 2 });
    const booked = await book(slotId, young(2, { locale: 'en' }));
    assert.equal(booked.status, 201, booked.text);
    const code: string = booked.json.code;
    assert.match(code, /^[A-Z0-9]{10}$/);
    const mail = await t.db.query<{ template: string; locale: string; params: Record<string, string> }>(
      `SELECT template, locale, params FROM notifications WHERE record_type = 'youth-booking' AND params->>'code' = $1`,
      [code],
    );
    assert.equal(mail.rows[0]?.template, 'youth-booking-confirmation');
    assert.equal(mail.rows[0]?.locale, 'en');
    assert.equal(mail.rows[0]?.params.code, code);
    assert.equal(mail.rows[0]?.params.date, '2026-03-10');
    assert.equal(mail.rows[0]?.params.time, '10:00');

    const again = await book(slotId, young(2));
    assert.equal(again.status, 409);
    assert.equal(again.json.code, 'ALREADY_BOOKED');

    const lookedUp = await t.request('/api/v1/youth/bookings/look-up', { method: 'POST', body: { code: code.toLowerCase() } });
    assert.equal(lookedUp.status, 200);
    assert.equal(lookedUp.json.status, 'booked');
    const cancelled = await t.request('/api/v1/youth/bookings/cancel', { method: 'POST', body: { code } });
    assert.equal(cancelled.status, 200, cancelled.text);
    assert.equal(cancelled.json.status, 'cancelled');
    const twice = await t.request('/api/v1/youth/bookings/cancel', { method: 'POST', body: { code } });
    assert.equal(twice.status, 409);
    const unknown = await t.request('/api/v1/youth/bookings/cancel', { method: 'POST', body: { code: 'ABCDEFGHJK' } });
    assert.equal(unknown.status, 404);
    const detail = await t.request(`/api/v1/staff/youth/slots/${slotId}`, { session: counsellor });
    assert.equal(detail.json.slot.booked, 0);
    // After cancelling, the same address may book again.
    assert.equal((await book(slotId, young(2))).status, 201);
  });

  it('a booking made with a citizen account session is linked to the account\'s person', async () => {
    const email = 'citizen.youth@example.tw';
    const password = 'Plum blossoms in Dali 2026';
    assert.equal((await t.request('/api/v1/account/sign-up', { method: 'POST', body: { email, password, name: '吳小安', idNumber: 'A123456789', locale: 'zh-TW' } })).status, 202);
    const mail = await t.db.query<{ params: { link: string } }>(`SELECT params FROM notifications WHERE template = 'account-verify-email' AND recipient = $1`, [email]);
    const token = /#token=([\w-]+)/.exec(mail.rows[0]?.params.link ?? '')?.[1] ?? '';
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token } })).status, 204);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email, password } });
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const slotId = await publish({ capacity: 2 });
    const booked = await t.request(`/api/v1/youth/slots/${slotId}/bookings`, { method: 'POST', headers: { cookie }, body: young(7, { email }) });
    assert.equal(booked.status, 201, booked.text);
    const linked = await t.db.query<{ person_id: string | null }>('SELECT b.person_id FROM youth_bookings b WHERE b.slot_id = $1', [slotId]);
    const person = await t.db.query<{ id: string }>(`SELECT id FROM people WHERE id_number = 'A123456789'`);
    assert.equal(linked.rows[0]?.person_id, person.rows[0]?.id);
  });

  it('reminds the day before, once; not a cancelled booking', async () => {
    const slotId = await publish({ startsAt: '2026-03-20T14:00:00+08:00', capacity: 3 });
    assert.equal((await book(slotId, young(3))).status, 201);
    const cancelledCode = (await book(slotId, young(4))).json.code;
    await t.request('/api/v1/youth/bookings/cancel', { method: 'POST', body: { code: cancelledCode } });
    // The hourly job's work, run by a service on the same database with its own clock.
    let now = new Date();
    const logger = createLogger('silent');
    const notifications = createNotificationsService({
      db: t.db,
      jobs: { started: false, send: async () => null },
      clock: () => now,
      channels: { email: createLogEmailChannel(logger), sms: createLogSmsChannel(logger) },
      logger,
    });
    const employers = createEmployersService({ db: t.db, referenceData: t.referenceData });
    const youth = createYouthService({ db: t.db, clock: () => now, timeZone: 'Asia/Taipei', bureauName: () => '臺中市政府勞工局', notifications, employers });
    const run = (at: Date) => {
      now = at;
      return youth.bookings.sendDueReminders();
    };
    // 25 hours before: too early.
    assert.equal(await run(new Date('2026-03-19T05:00:00Z')), 0);
    // 23 hours before: the live booking is reminded, once.
    assert.equal(await run(new Date('2026-03-19T07:00:00Z')), 1);
    assert.equal(await run(new Date('2026-03-19T08:00:00Z')), 0);
    const reminders = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE template = 'youth-booking-reminder'`);
    assert.equal(reminders.rows[0]?.n, 1);
  });

  it('the counsellor records a no-show or the session held (assessment, résumé review, plan), each once, after the start', async () => {
    const slotId = await publish({ startsAt: '2026-03-11T10:00:00+08:00', capacity: 2 });
    assert.equal((await book(slotId, young(5))).status, 201);
    assert.equal((await book(slotId, young(6))).status, 201);
    const bookings = (await t.request(`/api/v1/staff/youth/slots/${slotId}`, { session: counsellor })).json.bookings as { id: string }[];
    const [first, second] = bookings.map((b) => b.id) as [string, string];
    const early = await t.request(`/api/v1/staff/youth/bookings/${first}/no-show`, { method: 'POST', session: counsellor });
    assert.equal(early.status, 409, 'not before the slot starts');
    await travel('2026-03-11T03:00:00Z');
    assert.equal((await t.request(`/api/v1/staff/youth/bookings/${first}/no-show`, { method: 'POST', session: counsellor })).status, 200);
    assert.equal((await t.request(`/api/v1/staff/youth/bookings/${first}/no-show`, { method: 'POST', session: counsellor })).status, 409);
    const session = await t.request(`/api/v1/staff/youth/bookings/${second}/session`, {
      method: 'POST',
      session: counsellor,
      body: { assessment: '職業興趣：研究型、藝術型', resumeReview: '自傳需補充實習經驗', plan: '參加職場體驗，兩週後再談' },
    });
    assert.equal(session.status, 201, session.text);
    const viewed = await t.request(`/api/v1/staff/youth/sessions/${session.json.id}`, { session: counsellor });
    assert.equal(viewed.json.heldOn, '2026-03-11');
    assert.equal(viewed.json.plan, '參加職場體驗，兩週後再談');
    const audit = await t.db.query<{ action: string; details: unknown }>(
      `SELECT action, details FROM audit_events WHERE record_id = $1 ORDER BY occurred_at`,
      [session.json.id],
    );
    assert.deepEqual(audit.rows.map((r) => r.action), ['youth-session.record', 'youth-session.view']);
    assert.doesNotMatch(JSON.stringify(audit.rows), /自傳/, 'the notes stay out of the audit trail');
    const detail = await t.request(`/api/v1/staff/youth/slots/${slotId}`, { session: counsellor });
    assert.deepEqual(detail.json.bookings.map((b: { status: string }) => b.status), ['no-show', 'attended']);
    await travel('2026-03-02T02:00:00Z');
  });

  it('events: capacity never overbooked under concurrency, attendance after the start, feedback once by those who came', async () => {
    const created = await t.request('/api/v1/staff/youth/events', {
      method: 'POST',
      session: counsellor,
      body: { kind: 'visit', title: '精密機械企業參訪', startsAt: '2026-03-12T14:00:00+08:00', venue: '大里精密', districtCode: daliDistrict, employerId, capacity: 2 },
    });
    assert.equal(created.status, 201, created.text);
    const eventId = created.json.id;
    const register = (n: number) => t.request(`/api/v1/youth/events/${eventId}/registrations`, { method: 'POST', body: young(n, { email: `event${n}@example.tw` }) });
    const answers = await Promise.all([register(1), register(2), register(3)]);
    assert.deepEqual(answers.map((a) => a.status).toSorted(), [201, 201, 409]);
    const detail = await t.request(`/api/v1/staff/youth/events/${eventId}`, { session: counsellor });
    assert.equal(detail.json.event.registered, 2);
    const ids = detail.json.registrations.map((r: { id: string }) => r.id);
    const early = await t.request(`/api/v1/staff/youth/events/${eventId}/attendance`, { method: 'POST', session: counsellor, body: { registrationIds: ids } });
    assert.equal(early.status, 409);
    await travel('2026-03-12T08:00:00Z');
    const marked = await t.request(`/api/v1/staff/youth/events/${eventId}/attendance`, { method: 'POST', session: counsellor, body: { registrationIds: [ids[0]] } });
    assert.equal(marked.json.marked, 1);
    const codes = answers.filter((a) => a.status === 201).map((a) => a.json.code as string);
    const attendedCode = await (async () => {
      for (const code of codes) {
        const r = await t.request('/api/v1/youth/registrations/feedback', { method: 'POST', body: { code, rating: 5, text: '很實用' } });
        if (r.status === 200) return code;
        assert.equal(r.status, 409, 'someone who did not attend cannot give feedback');
      }
      return undefined;
    })();
    assert.ok(attendedCode);
    const twice = await t.request('/api/v1/youth/registrations/feedback', { method: 'POST', body: { code: attendedCode, rating: 1 } });
    assert.equal(twice.status, 409);
    const after = await t.request(`/api/v1/staff/youth/events/${eventId}`, { session: counsellor });
    assert.equal(after.json.event.attended, 1);
    assert.equal(after.json.event.feedbackAverage, 5);
    await travel('2026-03-02T02:00:00Z');
  });

  it('lists the slots from a day on, in the bureau\'s calendar, latest first by default', async () => {
    const all = await t.request('/api/v1/staff/youth/slots', { session: counsellor });
    assert.equal(all.status, 200, all.text);
    const starts = all.json.items.map((s: { startsAt: string }) => s.startsAt);
    assert.deepEqual(starts, starts.toSorted().toReversed());
    const fromEleventh = await t.request('/api/v1/staff/youth/slots?from=2026-03-11&sort=startsAt', { session: counsellor });
    assert.ok(fromEleventh.json.items.length > 0);
    // 2026-03-11 00:00 in Taichung is 2026-03-10 16:00 UTC.
    assert.ok(fromEleventh.json.items.every((s: { startsAt: string }) => s.startsAt >= '2026-03-10T16:00:00.000Z'));
    assert.ok(fromEleventh.json.items.length < all.json.total);
  });

  it('summer jobs: household status with its document; pay at the minimum hourly wage passes, a dollar below is 400 on hourlyWage', async () => {
    const person = await t.request('/api/v1/staff/people', {
      method: 'POST',
      session: counsellor,
      body: { idNumber: 'B123456780', name: '王小華', birthDate: '2006-08-15', districtCode: daliDistrict },
    });
    assert.equal(person.status, 201, person.text);
    const placement = (hourlyWage: number, extra: Record<string, unknown> = {}) =>
      t.request('/api/v1/staff/youth/summer-jobs', {
        method: 'POST',
        session: counsellor,
        body: {
          personIdNumber: 'B123456780',
          school: '國立臺中科技大學',
          householdStatus: 'low-income',
          householdDocument: { number: '中市社助字第1150001234號', issuedOn: '2026-01-15' },
          employerId,
          startOn: '2026-07-01',
          endOn: '2026-08-31',
          hours: 240,
          hourlyWage,
          ...extra,
        },
      });
    // 最低工資 from 2026-01-01: NT$196 an hour (勞動部 2025-09 announcement; packages/labor-rules).
    const below = await placement(195);
    assert.equal(below.status, 400, below.text);
    assert.equal(below.json.errors[0].field, 'hourlyWage');
    assert.match(below.json.errors[0].message, /196/);
    const lateDocument = await placement(196, { householdDocument: { number: 'x', issuedOn: '2026-07-02' } });
    assert.equal(lateDocument.status, 400);
    const stranger = await placement(196, { personIdNumber: 'C123456789' });
    assert.equal(stranger.status, 400);
    assert.equal(stranger.json.errors[0].field, 'personIdNumber', 'an ID number nobody has on record');
    const ok = await placement(196);
    assert.equal(ok.status, 201, ok.text);
    const duplicate = await placement(200);
    assert.equal(duplicate.status, 409, 'one placement per student and summer');
    const list = await t.request('/api/v1/staff/youth/summer-jobs', { session: counsellor });
    assert.equal(list.json.items[0].pay, 240 * 196);
    assert.equal(list.json.items[0].minimumHourlyWage, 196);
    assert.match(list.json.items[0].maskedName, /○/);
    const caseManager = await t.signIn('cm', ['case-manager']);
    assert.equal((await t.request('/api/v1/staff/youth/summer-jobs', { session: caseManager })).status, 403);
  });
});
