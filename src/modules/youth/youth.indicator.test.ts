import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { ageOn } from './youth.age.ts';

// A built set of services, all on 2026-03-10 (Taichung) unless said otherwise:
// - counselling sessions for people born on each side of the 15th and the 30th birthday;
// - one person counselled twice (person-times 2, distinct 1);
// - a no-show and a cancelled booking (not services);
// - one event attended, one registration not attended;
// - one summer-job placement, starting 2026-07-01 (outside March).
const dali = '66000280';
const beitun = '66000140';
const day = '2026-03-10';

describe('youth: indicator 4 numerator (young people served, 15–29 on the day)', () => {
  let t: TestContext;
  let counsellor: Session;
  let analyst: Session;

  const travel = async (to: string) => {
    t.setNow(new Date(to));
    counsellor = await t.login('counsellor');
  };
  const slot = async (startsAt: string, capacity = 10) => {
    const r = await t.request('/api/v1/staff/youth/slots', { method: 'POST', session: counsellor, body: { startsAt, venue: '職涯發展中心', capacity } });
    assert.equal(r.status, 201, r.text);
    return r.json.id as string;
  };
  const book = async (slotId: string, email: string, birthDate: string, districtCode = dali) => {
    const r = await t.request(`/api/v1/youth/slots/${slotId}/bookings`, { method: 'POST', body: { name: '受服務者', email, birthDate, districtCode } });
    assert.equal(r.status, 201, r.text);
    return r.json.code as string;
  };

  before(async () => {
    t = await createTestContext();
    await t.createStaff('counsellor', ['employment-officer']);
    counsellor = await t.login('counsellor');
    analyst = await t.signIn('analyst', ['analyst']);

    const morning = await slot(`${day}T10:00:00+08:00`);
    const afternoon = await slot(`${day}T15:00:00+08:00`);
    await book(morning, 'fourteen@example.tw', '2011-03-11'); // 14 on the day: turns 15 the next day
    await book(morning, 'fifteen@example.tw', '2011-03-10'); // 15 on the day (the birthday)
    await book(morning, 'twentynine@example.tw', '1996-03-11'); // 29 on the day: turns 30 the next day
    await book(morning, 'thirty@example.tw', '1996-03-10', beitun); // 30 on the day (the birthday)
    await book(morning, 'twice@example.tw', '2000-01-01', beitun);
    await book(afternoon, 'twice@example.tw', '2000-01-01', beitun);
    await book(afternoon, 'noshow@example.tw', '2001-01-01');
    const cancelled = await book(afternoon, 'cancelled@example.tw', '2001-01-01');
    await t.request('/api/v1/youth/bookings/cancel', { method: 'POST', body: { code: cancelled } });

    const event = await t.request('/api/v1/staff/youth/events', {
      method: 'POST',
      session: counsellor,
      body: { kind: 'exploration', title: '校園職涯探索', startsAt: `${day}T13:00:00+08:00`, venue: '臺中科大', districtCode: dali, capacity: 50 },
    });
    assert.equal(event.status, 201, event.text);
    for (const email of ['came@example.tw', 'stayed-home@example.tw']) {
      const r = await t.request(`/api/v1/youth/events/${event.json.id}/registrations`, {
        method: 'POST',
        body: { name: '學生', email, birthDate: '2004-05-05', districtCode: dali },
      });
      assert.equal(r.status, 201, r.text);
    }

    const person = await t.request('/api/v1/staff/people', {
      method: 'POST',
      session: counsellor,
      body: { idNumber: 'A123456789', name: '陳小安', birthDate: '2005-09-09', districtCode: beitun },
    });
    const employer = await t.request('/api/v1/staff/employers', { method: 'POST', session: counsellor, body: { name: '北屯書店', districtCode: beitun } });
    const job = await t.request('/api/v1/staff/youth/summer-jobs', {
      method: 'POST',
      session: counsellor,
      body: {
        personIdNumber: 'A123456789',
        school: '國立中興大學',
        householdStatus: 'middle-low-income',
        householdDocument: { number: '中低-115-0099', issuedOn: '2026-02-01' },
        employerId: employer.json.id,
        startOn: '2026-07-01',
        endOn: '2026-08-15',
        hours: 160,
        hourlyWage: 200,
      },
    });
    assert.equal(job.status, 201, job.text);

    // The day of the services: sessions for everyone but the no-show, attendance for one.
    await travel(`${day}T09:00:00Z`);
    for (const slotId of [morning, afternoon]) {
      const detail = (await t.request(`/api/v1/staff/youth/slots/${slotId}`, { session: counsellor })).json.bookings as { id: string; status: string; ageOnSlotDay: number }[];
      for (const b of detail.filter((x) => x.status === 'booked')) {
        const isNoShow = b.ageOnSlotDay === 25; // noshow@, born 2001-01-01
        const path = isNoShow ? 'no-show' : 'session';
        const r = await t.request(`/api/v1/staff/youth/bookings/${b.id}/${path}`, { method: 'POST', session: counsellor, body: isNoShow ? undefined : { plan: '追蹤' } });
        assert.ok(r.status === 200 || r.status === 201, r.text);
      }
    }
    const registrations = (await t.request(`/api/v1/staff/youth/events/${event.json.id}`, { session: counsellor })).json.registrations as { id: string }[];
    const marked = await t.request(`/api/v1/staff/youth/events/${event.json.id}/attendance`, {
      method: 'POST',
      session: counsellor,
      body: { registrationIds: [registrations[0]?.id] },
    });
    assert.equal(marked.json.marked, 1);
    analyst = await t.login('analyst');
  });
  after(() => t.close());

  it('counts age in full years on the day, both boundaries (民法 §124)', () => {
    assert.equal(ageOn('2011-03-11', day), 14);
    assert.equal(ageOn('2011-03-10', day), 15);
    assert.equal(ageOn('1996-03-11', day), 29);
    assert.equal(ageOn('1996-03-10', day), 30);
    // Born on 29 February: a year completes at the end of 28 February in a common year.
    assert.equal(ageOn('2012-02-29', '2027-02-28'), 14);
    assert.equal(ageOn('2012-02-29', '2027-03-01'), 15);
  });

  it('March: person-times and distinct persons, by service and by district; 14 and 30 are out, 15 and 29 in', async () => {
    const r = await t.request(`/api/v1/staff/youth/indicator?from=2026-03-01&to=2026-03-31`, { session: analyst });
    assert.equal(r.status, 200, r.text);
    // Sessions: fifteen, twentynine, twice ×2 (fourteen and thirty are outside the ages; no-show and cancelled are no service).
    // Events: one attendance. Summer job: July, outside the range.
    assert.equal(r.json.personTimes, 5);
    assert.equal(r.json.distinctPersons, 4);
    assert.deepEqual(r.json.byService, [
      { service: 'counselling', personTimes: 4, distinctPersons: 3 },
      { service: 'exploration', personTimes: 1, distinctPersons: 1 },
    ]);
    assert.deepEqual(r.json.byDistrict, [
      { districtCode: beitun, personTimes: 2, distinctPersons: 1 },
      { districtCode: dali, personTimes: 3, distinctPersons: 3 },
    ]);
  });

  it('the year: the summer job counts on its first day; the numerator reaches the indicators module with no denominator', async () => {
    const r = await t.request(`/api/v1/staff/youth/indicator?from=2026-01-01&to=2026-12-31`, { session: analyst });
    assert.equal(r.json.personTimes, 6);
    assert.equal(r.json.distinctPersons, 5);
    const indicators = await t.request('/api/v1/indicators?year=2026');
    assert.equal(indicators.status, 200, indicators.text);
    const four = indicators.json.items.find((i: { code: string }) => i.code === '4');
    assert.equal(four.numerator, 6);
    assert.equal(four.denominator, null);
    assert.equal(four.source, 'computed');
    // The denominator is the city's youth population, entered by an analyst with its source (issue 9 §3).
    const entered = await t.request('/api/v1/staff/indicators/4/entries', {
      method: 'POST',
      session: analyst,
      body: { period: '2026', denominator: 200_000, source: '臺中市政府民政局 人口統計 114 年底 15–29 歲', sourceDate: '2026-01-10' },
    });
    assert.equal(entered.status, 201, entered.text);
    const withPopulation = (await t.request('/api/v1/indicators?year=2026')).json.items.find((i: { code: string }) => i.code === '4');
    // 6 ÷ 200,000 × 100 = 0.003 %
    assert.deepEqual([withPopulation.numerator, withPopulation.denominator, withPopulation.value], [6, 200_000, 0.003]);
  });

  it('a day before the services counts none; only the roles of the indicator may read it', async () => {
    const r = await t.request(`/api/v1/staff/youth/indicator?from=2026-03-01&to=2026-03-09`, { session: analyst });
    assert.deepEqual([r.json.personTimes, r.json.distinctPersons, r.json.byService], [0, 0, []]);
    const inspector = await t.signIn('inspector', ['labor-inspector']);
    assert.equal((await t.request(`/api/v1/staff/youth/indicator?from=2026-03-01&to=2026-03-09`, { session: inspector })).status, 403);
    const backwards = await t.request(`/api/v1/staff/youth/indicator?from=2026-03-09&to=2026-03-01`, { session: analyst });
    assert.equal(backwards.status, 400);
  });
});
