import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { programCatalog } from './programs.catalog.ts';

const daliDistrict = '66000280';
const youth = programCatalog.find((p) => p.code === 'youth-stable-employment')!;
type Rule = { code: string; passed: boolean; message: string };

describe('youth stable-employment incentive: evidence read from the placements (ADR 0041)', () => {
  let t: TestContext;
  let officer: Session;
  let maker: Session;
  let checker: Session;
  let admin: Session;
  let placed: string;
  let unregistered: string;

  // Sessions last an hour: a jump of the clock signs everyone in again.
  const jump = async (to: string) => {
    t.setNow(new Date(to));
    officer = await t.login('dali-officer');
    maker = await t.login('maker');
    checker = await t.login('checker');
    admin = await t.login('admin');
  };
  const apply = (body: unknown) => t.request('/api/v1/programs/youth-stable-employment/applications?lang=en', { method: 'POST', session: maker, body });
  const rulesOf = async (id: string): Promise<Record<string, Rule>> => {
    const detail = await t.request(`/api/v1/staff/applications/${id}?lang=en`, { session: maker });
    assert.equal(detail.status, 200, detail.text);
    return Object.fromEntries(detail.json.rules.map((r: Rule) => [r.code, r]));
  };
  const reject = async (id: string) => {
    const response = await t.request(`/api/v1/staff/applications/${id}/decision?lang=en`, { method: 'POST', session: checker, body: { decision: 'reject', reason: 'test' } });
    assert.equal(response.status, 200, response.text);
  };

  before(async () => {
    t = await createTestContext({ now: new Date('2026-01-05T02:00:00Z') });
    officer = await t.signIn('dali-officer', ['employment-officer'], { kind: 'station', code: 'dali' });
    maker = await t.signIn('maker', ['programs-officer']);
    checker = await t.signIn('checker', ['programs-officer']);
    admin = await t.signIn('admin', ['admin']);
    const person = async (idNumber: string, name: string) => {
      const response = await t.request('/api/v1/staff/people', { method: 'POST', session: officer, body: { idNumber, name, birthDate: '2000-05-05', districtCode: daliDistrict } });
      assert.equal(response.status, 201, response.text);
      return response.json.id as string;
    };
    placed = await person('A123456789', '林小華');
    unregistered = await person('B123456780', '張二');
    const seeker = await t.request('/api/v1/staff/job-seekers', {
      method: 'POST',
      session: officer,
      body: { personId: placed, desiredOccupations: ['8'], districtCodes: [daliDistrict], employmentType: 'full-time', shifts: ['day'] },
    });
    assert.equal(seeker.status, 201, seeker.text);
    const employer = await t.request('/api/v1/staff/employers', { method: 'POST', session: officer, body: { name: '大里精密股份有限公司', districtCode: daliDistrict } });
    const vacancy = await t.request('/api/v1/staff/vacancies', {
      method: 'POST',
      session: officer,
      body: {
        employerId: employer.json.id, occupationCode: '8', title: '包裝作業員', description: '包裝。', requirements: '', districtCode: daliDistrict,
        wage: { type: 'monthly', min: 30_000, max: 32_000 }, employmentType: 'full-time', shifts: ['day'], requiredCertificates: [], expiresOn: '2026-06-30',
      },
    });
    assert.equal(vacancy.status, 201, vacancy.text);
    await t.request(`/api/v1/staff/vacancies/${vacancy.json.id}/publish`, { method: 'POST', session: officer, body: {} });
    const referral = await t.request('/api/v1/staff/referrals', { method: 'POST', session: officer, body: { jobSeekerId: seeker.json.id, vacancyId: vacancy.json.id } });
    assert.equal(referral.status, 201, referral.text);
    const hired = await t.request(`/api/v1/staff/referrals/${referral.json.id}/outcome`, { method: 'POST', session: officer, body: { outcome: 'hired', startDate: '2026-01-15', monthlyWage: 31_000 } });
    assert.equal(hired.status, 200, hired.text);
    await jump('2026-04-20T02:00:00Z');
    for (const months of [1, 3]) {
      const check = await t.request(`/api/v1/staff/referrals/${referral.json.id}/followups/${months}`, { method: 'POST', session: officer, body: { stillEmployed: true } });
      assert.equal(check.status, 200, check.text);
    }
    const defined = await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: { ...youth, effectiveFrom: '2026-01-01' } });
    assert.equal(defined.status, 201, defined.text);
  });
  after(() => t.close());

  it('does not pass continuity while the definition sets no months, and says what the placements show', async () => {
    const filed = await apply({ personId: placed });
    assert.equal(filed.status, 201, filed.text);
    const rules = await rulesOf(filed.json.id);
    assert.equal(rules['continuous-employment']!.passed, false);
    assert.match(rules['continuous-employment']!.message, /sets no number yet.*3 months in a row, 大里精密股份有限公司 2026-01-15–2026-04-15 \(placed by the city, verified by follow-up through 2026-04-15\)/);
    assert.equal(rules['registered-before-hire']!.passed, true);
    assert.match(rules['registered-before-hire']!.message, /registered on 2026-01-05, employed from 2026-01-15/);
    await reject(filed.json.id);
  });

  it('passes on the months staff set in a new version; a typed-in placement or registration is ignored', async () => {
    const rules = youth.rules.map((r) => (r.kind === 'continuous-employment' ? { ...r, minMonths: 3 } : r));
    const version = await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: { ...youth, effectiveFrom: '2026-04-20', rules, sources: [...youth.sources, { field: 'rules.months', source: 'test: staff-entered' }] } });
    assert.equal(version.status, 201, version.text);
    const three = await apply({ personId: placed });
    assert.equal(three.status, 201, three.text);
    assert.equal((await rulesOf(three.json.id))['continuous-employment']!.passed, true);
    await reject(three.json.id);

    // Someone never placed nor registered, claiming a placement in the entered facts: both rules fail.
    const forged = await apply({
      personId: unregistered,
      facts: { placementSpells: [{ referralId: '00000000-0000-4000-8000-000000000000', employer: 'x', start: '2025-01-01', end: '2026-04-01' }], jobSeekerRegisteredOn: '2024-01-01' },
    });
    assert.equal(forged.status, 201, forged.text);
    const forgedRules = await rulesOf(forged.json.id);
    assert.equal(forgedRules['continuous-employment']!.passed, false);
    assert.equal(forgedRules['registered-before-hire']!.passed, false);
    assert.match(forgedRules['registered-before-hire']!.message, /no job-seeker registration/);
    await reject(forged.json.id);
  });

  it('counts a spell staff attached with its source, and a one-day gap breaks the run', async () => {
    const rules = youth.rules.map((r) => (r.kind === 'continuous-employment' ? { ...r, minMonths: 4 } : r));
    const version = await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: { ...youth, effectiveFrom: '2026-04-20', rules } });
    assert.equal(version.status, 409);
    await jump('2026-05-16T02:00:00Z');
    const four = await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: { ...youth, effectiveFrom: '2026-05-16', rules } });
    assert.equal(four.status, 201, four.text);
    // The placement is verified through 04-15; a spell from 04-17 leaves 04-16 without work.
    const backwards = await apply({ personId: placed, facts: { manualSpells: [{ employer: 'x', start: '2026-04-17', end: '2026-04-16', source: 'y' }] } });
    assert.equal(backwards.status, 400, backwards.text);
    const gap = await apply({ personId: placed, facts: { manualSpells: [{ employer: '大里精密股份有限公司', start: '2026-04-17', end: null, source: '勞保投保資料 2026-05-15' }] } });
    assert.equal(gap.status, 201, gap.text);
    assert.equal((await rulesOf(gap.json.id))['continuous-employment']!.passed, false);
    await reject(gap.json.id);
    const joined = await apply({ personId: placed, facts: { manualSpells: [{ employer: '大里精密股份有限公司', start: '2026-04-16', end: null, source: '勞保投保資料 2026-05-15' }] } });
    assert.equal(joined.status, 201, joined.text);
    const joinedRules = await rulesOf(joined.json.id);
    assert.equal(joinedRules['continuous-employment']!.passed, true);
    assert.match(joinedRules['continuous-employment']!.message, /evidence attached: 勞保投保資料 2026-05-15/);
  });
});
