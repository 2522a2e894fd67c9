import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { importColumns } from './migrant-workers.csv.ts';
import { upload, workerBody } from './migrant-workers.test-helpers.ts';

const header = importColumns.join(',');
const row = (values: Partial<Record<(typeof importColumns)[number], string>>) => importColumns.map((column) => values[column] ?? '').join(',');
const base = { nationality: 'ID', passport_number: 'P1234567', job_category: 'home-care', arrival_date: '2026-02-01', district_code: '66000080' };

describe('migrant workers: the registry', () => {
  let t: TestContext;
  let officer: Session;
  let analyst: Session;
  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('migrant', ['migrant-officer']);
    analyst = await t.signIn('analyst', ['analyst']);
    const employer = await t.request('/api/v1/staff/employers', {
      method: 'POST',
      session: await t.signIn('emp', ['employment-officer']),
      body: { ubn: '04595257', name: '範例電子股份有限公司', districtCode: '66000080' },
    });
    assert.equal(employer.status, 201, employer.text);
  });
  after(() => t.close());

  it('accepts both resident certificate formats and answers the due date', async () => {
    const created = await t.request('/api/v1/staff/migrant-workers', { method: 'POST', session: officer, body: workerBody({ arrivalDate: '2026-05-31' }) });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.visitDueOn, '2026-08-31');
    const old = await t.request('/api/v1/staff/migrant-workers', {
      method: 'POST',
      session: officer,
      body: workerBody({ residentCertificateNumber: 'bd12345609', nationality: 'TH', arrivalDate: '2025-11-30' }),
    });
    assert.equal(old.status, 201, old.text);
    assert.equal(old.json.visitDueOn, '2026-02-28');
    const person = await t.db.query<{ id_kind: string; preferred_locale: string; unit_kind: string }>(
      "SELECT id_kind, preferred_locale, unit_kind FROM people WHERE id_number = 'BD12345609'",
    );
    assert.deepEqual(person.rows[0], { id_kind: 'resident-certificate', preferred_locale: 'th', unit_kind: 'city' }, 'a person of the people module, of the city');
    const again = await t.request('/api/v1/staff/migrant-workers', { method: 'POST', session: officer, body: workerBody({ arrivalDate: '2026-05-31' }) });
    assert.equal(again.status, 409, 'the same arrival twice');
  });

  it('refuses a bad check digit in the officer language, naming the field, and writes nothing', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM people');
    for (const [number, lang, pattern] of [
      ['B812345608', 'en', /resident certificate/],
      ['BD12345608', 'vi', /thẻ cư trú|cư trú/],
      ['B112345609', 'zh-TW', /居留|外來人口/],
    ] as const) {
      const response = await t.request(`/api/v1/staff/migrant-workers?lang=${lang}`, {
        method: 'POST',
        session: officer,
        body: workerBody({ residentCertificateNumber: number }),
      });
      assert.equal(response.status, 400, number);
      assert.deepEqual(response.json.errors.map((e: { field: string }) => e.field), ['residentCertificateNumber']);
      assert.match(response.json.errors[0].message, pattern);
    }
    const afterCount = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM people');
    assert.equal(afterCount.rows[0]?.n, before.rows[0]?.n);
  });

  it('lists workers masked, shows one in full with an audit event, and keeps the list from other roles', async () => {
    const list = await t.request('/api/v1/staff/migrant-workers?nationality=VN', { session: officer });
    assert.equal(list.status, 200, list.text);
    const item = list.json.items[0];
    assert.equal(item.residentCertificateNumber, 'B81****609');
    assert.equal(item.name, 'N***** V** A*');
    const full = await t.request(`/api/v1/staff/migrant-workers/${item.id}`, { session: officer });
    assert.equal(full.status, 200, full.text);
    assert.equal(full.json.passportNumber, 'C1234567');
    const audit = await t.db.query("SELECT 1 FROM audit_events WHERE action = 'migrant-worker.view-full' AND record_id = $1", [item.id]);
    assert.equal(audit.rowCount, 1);
    assert.equal((await t.request('/api/v1/staff/migrant-workers', { session: analyst })).status, 403);
  });

  it('imports a file: bad rows by line and reason, the same file twice adds nothing', async () => {
    const file = [
      header,
      row({ ...base, resident_certificate_number: 'L912345609', name: 'SITI AMINAH', household_employer_id_number: 'B220000000', household_employer_name: '王小明', agency_licence_number: '中市就服字第0001號', agency_name: '範例仲介' }),
      row({ ...base, resident_certificate_number: 'L912345608', name: 'BAD DIGIT' }),
      row({ ...base, resident_certificate_number: 'L912345618', name: 'DEWI', employer_ubn: '04595257', nationality: 'PH' }),
      row({ ...base, resident_certificate_number: 'L912345627', name: 'NO SUCH EMPLOYER', employer_ubn: '10458570' }),
      row({ ...base, resident_certificate_number: 'LC12345605', name: 'BAD DISTRICT', district_code: '99999999' }),
      row({ ...base, resident_certificate_number: 'L912345618', name: 'DEWI AGAIN', employer_ubn: '04595257' }),
      row({ ...base, resident_certificate_number: 'LC12345614', name: 'NO DATE', arrival_date: '2026-02-30' }),
    ].join('\r\n');
    const first = await upload(t, officer, file);
    assert.equal(first.status, 200, first.text);
    assert.equal(first.json.imported, 2);
    assert.equal(first.json.unchanged, 0);
    assert.deepEqual(first.json.rejected.map((r: { line: number }) => r.line), [3, 5, 6, 7, 8]);
    assert.match(first.json.rejected[0].reason, /^resident_certificate_number: .*resident certificate/);
    assert.match(first.json.rejected[1].reason, /^employer_ubn: No employer/);
    assert.match(first.json.rejected[2].reason, /^district_code: /);
    assert.match(first.json.rejected[3].reason, /line 4/);
    assert.match(first.json.rejected[4].reason, /^arrival_date: /);
    const household = await t.db.query<{ id_kind: string }>(
      "SELECT p.id_kind FROM migrant_workers w JOIN people p ON p.id = w.household_employer_id WHERE w.passport_number = 'P1234567' AND p.id_number = 'B220000000'",
    );
    assert.equal(household.rows[0]?.id_kind, 'national-id', 'the household employer is a person');
    const counts = async () =>
      (await t.db.query<{ w: number; p: number; t: number }>(
        'SELECT (SELECT count(*)::int FROM migrant_workers) AS w, (SELECT count(*)::int FROM people) AS p, (SELECT count(*)::int FROM migrant_visit_tasks) AS t',
      )).rows[0];
    const was = await counts();
    const second = await upload(t, officer, file);
    assert.equal(second.json.imported, 0);
    assert.equal(second.json.unchanged, 2);
    assert.deepEqual(await counts(), was, 'nothing added');
    const thai = await upload(t, officer, `${header}\r\n${row({ ...base, resident_certificate_number: 'L912345608', name: 'X' })}`, 'th');
    assert.match(thai.json.rejected[0].reason, /ใบถิ่นที่อยู่|[\u0E00-\u0E7F]/, 'reasons in the officer language');
  });

  it('refuses a file without the required columns, and serves a template that imports', async () => {
    const bad = await upload(t, officer, 'name,passport_number\r\nA,B');
    assert.equal(bad.status, 400);
    assert.match(bad.json.errors[0].message, /resident_certificate_number/);
    const template = await t.request('/api/v1/staff/migrant-workers/import-template', { session: officer });
    assert.equal(template.status, 200);
    assert.match(template.headers.get('content-type') ?? '', /text\/csv/);
    const imported = await upload(t, officer, template.text);
    assert.equal(imported.status, 200, imported.text);
    assert.equal(imported.json.rejected.length, 0, JSON.stringify(imported.json.rejected));
    assert.equal(imported.json.imported + imported.json.unchanged, 2);
  });
});
