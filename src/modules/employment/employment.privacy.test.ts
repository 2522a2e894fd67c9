import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

const daliDistrict = '66000280';
const seeker = { email: 'nguyen.thi.mai@example.tw', password: 'Rice fields of Wufeng 2026', name: '阮氏梅', idNumber: 'H223456788', locale: 'vi' };
const certificateNumber = '113-778899';

/** Every text, JSON and array column of every table that holds `needle`, with its row count. */
async function rowsHolding(t: TestContext, needle: string): Promise<string[]> {
  const columns = (
    await t.db.query<{ table_schema: string; table_name: string; column_name: string }>(
      `SELECT c.table_schema, c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
       WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')`,
    )
  ).rows;
  assert.ok(columns.length > 50, 'the scan sees the whole schema');
  const found: string[] = [];
  const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
  for (const c of columns) {
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${ident(c.table_schema)}.${ident(c.table_name)} WHERE ${ident(c.column_name)}::text LIKE '%' || $1 || '%'`,
      [needle],
    );
    if ((rows[0]?.n ?? 0) > 0) found.push(`${c.table_name}.${c.column_name}`);
  }
  return found;
}

describe('employment privacy: who sees special-group status, the job seeker\'s download, and deletion', () => {
  let t: TestContext;
  let officer: Session;
  let caseManager: Session;
  let admin: Session;
  let inspector: Session;
  let account: { cookie: string; csrfToken: string };
  let jobSeekerId: string;

  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('dali-officer', ['employment-officer'], { kind: 'station', code: 'dali' });
    caseManager = await t.signIn('dali-cm', ['case-manager'], { kind: 'station', code: 'dali' });
    admin = await t.signIn('admin', ['admin']);
    inspector = await t.signIn('inspector', ['labor-inspector']);
    assert.equal((await t.request('/api/v1/account/sign-up', { method: 'POST', body: seeker })).status, 202);
    const link = (await t.db.query<{ params: { link: string } }>('SELECT params FROM notifications WHERE recipient = $1', [seeker.email])).rows[0]?.params.link ?? '';
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token: /#token=([\w-]+)/.exec(link)?.[1] } })).status, 204);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email: seeker.email, password: seeker.password } });
    account = { cookie: (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken: signedIn.json.csrfToken };
    const registered = await t.request('/api/v1/me/job-seeker', {
      method: 'PUT',
      headers: { cookie: account.cookie, 'x-csrf-token': account.csrfToken },
      body: {
        stationCode: 'dali', desiredOccupations: ['8'], districtCodes: [daliDistrict],
        certificates: [{ kind: '技術士', name: '堆高機操作', level: '單一級', number: certificateNumber }],
        specialGroups: { groups: ['disability', 'new-resident'], consent: true },
      },
    });
    assert.equal(registered.status, 201, registered.text);
    jobSeekerId = registered.json.id;
    const employer = await t.request('/api/v1/staff/employers', { method: 'POST', session: officer, body: { name: '大里倉儲有限公司', districtCode: daliDistrict } });
    const vacancy = await t.request('/api/v1/staff/vacancies', {
      method: 'POST', session: officer,
      body: { employerId: employer.json.id, occupationCode: '8', title: '理貨員', districtCode: daliDistrict, wage: { type: 'monthly', min: 31_000 }, employmentType: 'full-time', expiresOn: '2026-05-31' },
    });
    await t.request(`/api/v1/staff/vacancies/${vacancy.json.id}/publish`, { method: 'POST', session: officer, body: {} });
    const referral = await t.request('/api/v1/staff/referrals', { method: 'POST', session: officer, body: { jobSeekerId, vacancyId: vacancy.json.id } });
    assert.equal(referral.status, 201, referral.text);
  });
  after(() => t.close());

  it('special-group status (disability included) only for employment.read-sensitive; every full view audited, lists masked', async () => {
    for (const session of [officer, caseManager]) {
      const view = await t.request(`/api/v1/staff/job-seekers/${jobSeekerId}`, { session });
      assert.deepEqual(view.json.specialGroups.groups, ['disability', 'new-resident']);
    }
    const byAdmin = await t.request(`/api/v1/staff/job-seekers/${jobSeekerId}`, { session: admin });
    assert.equal(byAdmin.status, 200, byAdmin.text);
    assert.equal('specialGroups' in byAdmin.json, false, 'the admin may see the profile, never the status');
    assert.equal((await t.request(`/api/v1/staff/job-seekers/${jobSeekerId}`, { session: inspector })).status, 403);
    const audits = await t.db.query<{ actor_username: string; action: string }>(
      `SELECT actor_username, action FROM audit_events WHERE record_type = 'job-seeker' AND record_id = $1 AND action LIKE 'job-seeker.view-full%' ORDER BY occurred_at, id`,
      [jobSeekerId],
    );
    assert.deepEqual(audits.rows.map((r) => `${r.actor_username} ${r.action}`), [
      'dali-officer job-seeker.view-full-sensitive',
      'dali-cm job-seeker.view-full-sensitive',
      'admin job-seeker.view-full',
    ]);
    const list = await t.request('/api/v1/staff/job-seekers', { session: officer });
    assert.doesNotMatch(list.text, /阮氏梅|H223456788|disability/);
  });

  it('the job seeker\'s download holds their job-seeker record, applications and referrals (JSON and PDF)', async () => {
    const data = await t.request('/api/v1/account/data', { headers: { cookie: account.cookie } });
    assert.equal(data.status, 200, data.text);
    const employment = data.json.services.employment;
    assert.deepEqual(employment.jobSeeker.specialGroups.special_groups, ['disability', 'new-resident']);
    assert.equal(employment.jobSeeker.certificates[0].number, certificateNumber);
    assert.equal(employment.referrals[0].title, '理貨員');
    assert.equal(data.json.person.idNumber, seeker.idNumber);
    const pdf = await t.app.request('/api/v1/account/data.pdf', { headers: { cookie: account.cookie } });
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  });

  it('after deletion, the name, the ID number and the certificate number are gone from every table; the referral stays', async () => {
    const deleted = await t.request('/api/v1/account/deletion', {
      method: 'POST',
      headers: { cookie: account.cookie, 'x-csrf-token': account.csrfToken },
      body: { password: seeker.password },
    });
    assert.equal(deleted.status, 200, deleted.text);
    assert.deepEqual(await rowsHolding(t, seeker.name), []);
    assert.deepEqual(await rowsHolding(t, seeker.idNumber), []);
    assert.deepEqual(await rowsHolding(t, certificateNumber), []);
    assert.equal((await t.db.query('SELECT 1 FROM job_seeker_special_groups WHERE job_seeker_id = $1', [jobSeekerId])).rowCount, 0);
    assert.equal((await t.db.query('SELECT 1 FROM referrals WHERE job_seeker_id = $1', [jobSeekerId])).rowCount, 1, 'indicator 1 keeps its count');
  });
});
