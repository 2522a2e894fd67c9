/**
 * Indicator 1 (求職就業率) through the indicators API, its records made through the employment module's
 * API: the whole, the drill-down by station, district, region and group (parts adding up to the whole),
 * per-unit targets against the parts, and a closed month that a later placement does not change.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withCheckDigit } from '../../db/seed/demo-data.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

type Part = { unit: string; label: string | null; value: number | null; numerator: number; denominator: number; target: number | null; met: boolean | null };
type Detail = { value: number | null; numerator: number; denominator: number; drillable: boolean; parts: Part[] };

const dajiaDistrict = '66000110';
const daliDistrict = '66000280';

describe('indicator 1 from the employment records', () => {
  let t: TestContext;
  let dajia: Session;
  let dali: Session;
  let analyst: Session;
  let admin: Session;
  let vacancyId: string;
  const seekers: { id: string; session: 'dajia' | 'dali' }[] = [];
  const session = (name: 'dajia' | 'dali') => (name === 'dajia' ? dajia : dali);

  const register = async (name: 'dajia' | 'dali', index: number, districtCode: string, groups?: string[]) => {
    const person = await t.request('/api/v1/staff/people', {
      method: 'POST',
      session: session(name),
      body: { idNumber: withCheckDigit(`B1203${String(index).padStart(4, '0')}`, 11), name: `求職者${index}`, districtCode },
    });
    assert.equal(person.status, 201, person.text);
    const seeker = await t.request('/api/v1/staff/job-seekers', {
      method: 'POST',
      session: session(name),
      body: {
        personId: person.json.id, desiredOccupations: ['8'], districtCodes: [districtCode], employmentType: 'full-time', shifts: ['day'], languages: ['zh'],
        ...(groups ? { specialGroups: { groups, consent: { givenOn: '2026-03-02', expiresOn: '2027-03-01' } } } : {}),
      },
    });
    assert.equal(seeker.status, 201, seeker.text);
    seekers.push({ id: seeker.json.id, session: name });
  };
  const hire = async (index: number, startDate: string) => {
    const { id, session: name } = seekers[index]!;
    const referral = await t.request('/api/v1/staff/referrals', { method: 'POST', session: session(name), body: { jobSeekerId: id, vacancyId } });
    assert.equal(referral.status, 201, referral.text);
    const hired = await t.request(`/api/v1/staff/referrals/${referral.json.id}/outcome`, { method: 'POST', session: session(name), body: { outcome: 'hired', startDate, monthlyWage: 33_000 } });
    assert.equal(hired.status, 200, hired.text);
  };
  const detail = async (by: string, to = '2026-12-31') => {
    const response = await t.request(`/api/v1/indicators/1?from=2026-01-01&to=${to}&by=${by}`, { session: analyst });
    assert.equal(response.status, 200, response.text);
    return response.json as Detail;
  };
  const addsUp = (d: Detail) => {
    assert.equal(d.parts.reduce((s, p) => s + p.numerator, 0), d.numerator, 'numerators add up to the whole');
    assert.equal(d.parts.reduce((s, p) => s + p.denominator, 0), d.denominator, 'denominators add up to the whole');
  };

  before(async () => {
    t = await createTestContext({ now: new Date('2026-03-02T02:00:00Z') });
    dajia = await t.signIn('dajia-officer', ['employment-officer'], { kind: 'station', code: 'dajia' });
    dali = await t.signIn('dali-officer', ['employment-officer'], { kind: 'station', code: 'dali' });
    analyst = await t.signIn('analyst', ['analyst']);
    admin = await t.signIn('admin', ['admin']);
    const employer = await t.request('/api/v1/staff/employers', { method: 'POST', session: dajia, body: { name: '大甲機械股份有限公司', districtCode: dajiaDistrict } });
    assert.equal(employer.status, 201, employer.text);
    const vacancy = await t.request('/api/v1/staff/vacancies', {
      method: 'POST',
      session: dajia,
      body: {
        employerId: employer.json.id, occupationCode: '8', title: '機台操作員', description: '日班機台操作。', requirements: '', districtCode: dajiaDistrict,
        wage: { type: 'monthly', min: 33_000, max: 36_000 }, employmentType: 'full-time', shifts: ['day'], openings: 9, expiresOn: '2026-06-30',
      },
    });
    assert.equal(vacancy.status, 201, vacancy.text);
    vacancyId = vacancy.json.id;
    assert.equal((await t.request(`/api/v1/staff/vacancies/${vacancyId}/publish`, { method: 'POST', session: dajia, body: {} })).status, 200);
    // 大甲: three registered, two placed. 大里: two registered (one in a special group), one placed.
    await register('dajia', 1, dajiaDistrict);
    await register('dajia', 2, dajiaDistrict);
    await register('dajia', 3, daliDistrict);
    await register('dali', 4, daliDistrict, ['middle-aged']);
    await register('dali', 5, daliDistrict);
    await hire(0, '2026-03-02');
    await hire(1, '2026-03-02');
    await hire(3, '2026-03-02');
  });
  after(() => t.close());

  it('answers placed ÷ registered × 100 in the year list and the detail', async () => {
    const list = (await t.request('/api/v1/indicators?year=2026')).json;
    const one = list.items.find((i: { code: string }) => i.code === '1');
    assert.deepEqual([one.numerator, one.denominator, one.value, one.source], [3, 5, 60, 'computed']);
    const whole = (await t.request('/api/v1/indicators/1?from=2026-01-01&to=2026-12-31', { session: analyst })).json;
    assert.deepEqual([whole.numerator, whole.denominator, whole.value], [3, 5, 60]);
    const february = (await t.request('/api/v1/indicators/1?from=2026-02-01&to=2026-02-28', { session: analyst })).json;
    assert.deepEqual([february.numerator, february.denominator, february.value], [0, 0, null], 'nobody registered in February: no value');
  });

  it('drills down by station to 大甲, by district, by region and by group', async () => {
    const byStation = await detail('station');
    assert.deepEqual(
      byStation.parts.map((p) => [p.unit, p.label, p.numerator, p.denominator, p.value]),
      [['dajia', '大甲就業服務台', 2, 3, 66.67], ['dali', '大里就業服務台', 1, 2, 50]],
    );
    addsUp(byStation);
    const byDistrict = await detail('district');
    assert.deepEqual(byDistrict.parts.map((p) => [p.unit, p.numerator, p.denominator]), [[dajiaDistrict, 2, 2], [daliDistrict, 1, 3]]);
    addsUp(byDistrict);
    const byRegion = await detail('region');
    const regionOf = (district: string) => t.referenceData.city.rehabilitationRegions.find((r) => r.districtCodes.includes(district))!.code;
    const expected = new Map<string, [number, number]>();
    for (const [code, n, d] of [[dajiaDistrict, 2, 2], [daliDistrict, 1, 3]] as const) {
      const [n0, d0] = expected.get(regionOf(code)) ?? [0, 0];
      expected.set(regionOf(code), [n0 + n, d0 + d]);
    }
    assert.deepEqual(byRegion.parts.map((p) => [p.unit, p.numerator, p.denominator]), [...expected].map(([unit, [n, d]]) => [unit, n, d]));
    addsUp(byRegion);
    const byGroup = await detail('group');
    assert.deepEqual(byGroup.parts.map((p) => [p.unit, p.numerator, p.denominator]), [['middle-aged', 1, 1], ['none', 2, 4]]);
    const byMonth = await detail('month');
    assert.equal(byMonth.parts.length, 12);
    addsUp(byMonth);
  });

  it('exports the drill-down view it shows, through the kit (issue 13 §3)', async () => {
    const csv = await t.request('/api/v1/indicators/1?from=2026-01-01&to=2026-12-31&by=station&format=csv', { session: analyst });
    assert.equal(csv.status, 200, csv.text);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(csv.text, /大甲就業服務台,66\.67,2,3/);
    const ods = await t.app.request('/api/v1/indicators/1?from=2026-01-01&to=2026-12-31&by=station&format=ods', { headers: { cookie: analyst.cookie } });
    assert.equal(ods.status, 200);
    assert.match(ods.headers.get('content-type') ?? '', /opendocument\.spreadsheet/);
    assert.equal((await t.request('/api/v1/indicators/1?from=2026-01-01&to=2026-12-31&format=pdf')).status, 401);
  });

  it('shows each unit’s own target and whether it is met, set by an admin for a known unit only', async () => {
    const set = (body: object) => t.request('/api/v1/staff/indicators/1/targets/2026', { method: 'PUT', session: admin, body });
    assert.equal((await set({ kind: 'absolute', value: 70, source: '115 年度 大甲站目標', unit: { kind: 'station', code: 'dajia' } })).status, 204);
    assert.equal((await set({ kind: 'absolute', value: 45, source: '115 年度 大里站目標', unit: { kind: 'station', code: 'dali' } })).status, 204);
    const unknown = await t.request('/api/v1/staff/indicators/1/targets/2026?lang=en', { method: 'PUT', session: admin, body: { kind: 'absolute', value: 1, source: 'x', unit: { kind: 'station', code: 'atlantis' } } });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.json.errors[0].field, 'unit.code');
    assert.doesNotMatch(unknown.json.errors[0].message, /^validation\./);
    const byStation = await detail('station');
    assert.deepEqual(byStation.parts.map((p) => [p.unit, p.target, p.met]), [['dajia', 70, false], ['dali', 45, true]]);
    const list = (await t.request('/api/v1/indicators?year=2026')).json;
    assert.equal(list.items.find((i: { code: string }) => i.code === '1').target, null, 'unit targets are not the city-wide one');
    const targets = (await t.request('/api/v1/staff/indicators/targets?year=2026', { session: analyst })).json.items;
    assert.deepEqual(targets.map((r: { unitKind: string; unitCode: string; value: number }) => [r.unitKind, r.unitCode, r.value]), [['station', 'dajia', 70], ['station', 'dali', 45]]);
    assert.equal((await t.request('/api/v1/staff/indicators/targets?year=2026', { session: dajia })).status, 403);
  });

  it('keeps a closed month as reported when a placement is recorded afterwards, and shows it in the recompute', async () => {
    const closed = await t.request('/api/v1/staff/indicators/periods/2026-03/close', { method: 'POST', session: analyst });
    assert.equal(closed.status, 201, closed.text);
    t.setNow(new Date('2026-03-20T02:00:00Z'));
    dali = await t.login('dali-officer');
    dajia = await t.login('dajia-officer');
    analyst = await t.login('analyst');
    await hire(4, '2026-03-16');
    const review = (await t.request('/api/v1/staff/indicators/periods/2026-03', { session: analyst })).json;
    const one = review.items.find((i: { code: string }) => i.code === '1');
    assert.deepEqual(one.reported, { value: 60, numerator: 3, denominator: 5, source: 'computed', denominatorSource: 'computed' });
    assert.deepEqual([one.recomputed.numerator, one.recomputed.denominator, one.recomputed.value], [4, 5, 80]);
    assert.deepEqual(one.difference, { value: 20, numerator: 1, denominator: 0 });
    assert.equal(one.changed, true);
    const stored = await t.db.query<{ numerator: string }>("SELECT numerator::text FROM indicator_period_values WHERE period = '2026-03' AND code = '1'");
    assert.deepEqual(stored.rows.map((r) => Number(r.numerator)), [3], 'the frozen figure is unchanged');
  });
});
