import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../app.ts';
import { staffRoles, type StaffRole } from '../access/permissions.ts';
import { createReferenceData, loadCityConfig } from '../reference-data/reference-data.ts';
import { createLogger } from '../../shared/logger.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createTestDb } from '../../../test/create-test-db.ts';

const named = {
  employerName: '臺中好棒棒餐飲有限公司',
  employerUbn: '04595257',
  districtCode: '北屯區',
  law: 'laborStandardsAct',
  description: '三月起加班都沒有加班費，老闆說不簽就不用來了。',
  anonymous: false,
  name: '林秀英',
  phone: '0933-222-111',
  email: 'xiuying@example.tw',
  idNumber: 'a123456789',
};
const identityValues = ['林秀英', '0933-222-111', '0933222111', 'xiuying@example.tw', 'A123456789', 'a123456789'];
const anonymous = {
  employerName: '大里精密工業股份有限公司',
  districtCode: '66000130',
  law: 'laborPensionAct',
  description: '公司沒有幫我們提繳勞退。',
  anonymous: true,
};

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));
const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR fake image body');
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF fake');
const pdf = bytes('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const exe = bytes('MZ', [0x90, 0x00, 0x03, 0x00], 'This program cannot be run in DOS mode.');
const hoursCsv = bytes('date,start,end,breakMinutes\n2026-03-02,09:00,21:00,60\n');

function form(fields: Record<string, unknown>, files: { bytes: Uint8Array<ArrayBuffer>; name: string; type: string }[] = []): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, String(value));
  for (const file of files) data.append('attachments', new File([file.bytes], file.name, { type: file.type }));
  return data;
}

async function postForm(t: TestContext, data: FormData, headers: Record<string, string> = {}) {
  const response = await t.app.request('/api/v1/complaints', { method: 'POST', body: data, headers });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined, text };
}

async function counts(t: TestContext) {
  const row = await t.db.query<Record<string, number>>(`SELECT
    (SELECT count(*)::int FROM complaints) AS complaints,
    (SELECT count(*)::int FROM complaint_identities) AS identities,
    (SELECT count(*)::int FROM complaint_attachments) AS attachments,
    (SELECT count(*)::int FROM complaint_events) AS events,
    (SELECT count(*)::int FROM audit_events WHERE action = 'complaint.file') AS audits`);
  return row.rows[0];
}

const codePattern = /^TC-[0-9A-HJKMNP-TV-Z]{8}$/;
const secretPattern = /^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/;

describe('complaints: filing and the receipt', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  it('files an anonymous complaint as JSON and reads its status back with the receipt', async () => {
    const filed = await t.request('/api/v1/complaints', { method: 'POST', body: anonymous });
    assert.equal(filed.status, 201, filed.text);
    assert.deepEqual(Object.keys(filed.json).sort(), ['secret', 'trackingCode']);
    assert.match(filed.json.trackingCode, codePattern);
    assert.match(filed.json.secret, secretPattern);
    assert.equal(filed.headers.get('cache-control'), 'no-store');

    const status = await t.request(`/api/v1/complaints/${filed.json.trackingCode}`, {
      headers: { 'x-complaint-secret': filed.json.secret },
    });
    assert.equal(status.status, 200, status.text);
    assert.equal(status.json.status, 'received');
    assert.deepEqual(
      status.json.events.map((e: { kind: string; status: string }) => [e.kind, e.status]),
      [['received', 'received']],
    );
    assert.equal(status.json.receivedAt, '2026-03-02T02:00:00.000Z');

    // Typed by hand: lower case, no hyphens, O for 0 and l for 1 still work.
    const typed = filed.json.secret.replaceAll('-', ' ').toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l');
    const again = await t.request(`/api/v1/complaints/${filed.json.trackingCode.toLowerCase()}`, {
      headers: { 'x-complaint-secret': typed },
    });
    assert.equal(again.status, 200);
    const stored = await t.db.query<{ secret_hash: string }>('SELECT secret_hash FROM complaints');
    assert.match(stored.rows[0]?.secret_hash ?? '', /^[0-9a-f]{64}$/);
    assert.ok(!JSON.stringify(stored.rows).includes(filed.json.secret.replaceAll('-', '')), 'the secret itself is not stored');
    const identities = await t.db.query('SELECT * FROM complaint_identities');
    assert.equal(identities.rowCount, 0, 'an anonymous complaint stores no identity');
  });

  it('files a named complaint with evidence as multipart; the identity goes to the sealed table only', async () => {
    const filed = await postForm(
      t,
      form(named, [
        { bytes: png, name: '林秀英-班表.png', type: 'image/png' },
        { bytes: hoursCsv, name: 'hours.csv', type: 'text/csv' },
      ]),
    );
    assert.equal(filed.status, 201, filed.text);
    const complaint = await t.db.query<Record<string, unknown>>(
      'SELECT * FROM complaints WHERE tracking_code = $1',
      [filed.json.trackingCode],
    );
    const row = complaint.rows[0];
    assert.ok(row);
    assert.equal(row.district_code, '66000080', 'the district name resolves to its town code');
    assert.equal(row.employer_ubn, '04595257');
    for (const value of identityValues) assert.ok(!JSON.stringify(row).includes(value), `complaints row holds ${value}`);
    const identity = await t.db.query('SELECT name, phone, email, id_number FROM complaint_identities WHERE complaint_id = $1', [row.id]);
    assert.deepEqual(identity.rows[0], { name: '林秀英', phone: '0933-222-111', email: 'xiuying@example.tw', id_number: 'A123456789' });
    const files = await t.db.query<{ file_name: string; media_type: string; byte_size: number }>(
      'SELECT file_name, media_type, byte_size FROM complaint_attachments WHERE complaint_id = $1 ORDER BY position',
      [row.id],
    );
    assert.deepEqual(files.rows, [
      { file_name: 'evidence-1.png', media_type: 'image/png', byte_size: png.length },
      { file_name: 'evidence-2.csv', media_type: 'text/csv', byte_size: hoursCsv.length },
    ]);

    const status = await t.request(`/api/v1/complaints/${filed.json.trackingCode}`, {
      headers: { 'x-complaint-secret': filed.json.secret },
    });
    assert.equal(status.status, 200);
    for (const value of identityValues) assert.ok(!status.text.includes(value), `status shows ${value}`);
    const audit = await t.db.query<{ details: unknown }>(
      `SELECT details FROM audit_events WHERE action = 'complaint.file' AND record_id = $1`,
      [row.id],
    );
    assert.deepEqual(audit.rows[0]?.details, { attachments: 2, law: 'laborStandardsAct' });
  });

  it('answers a wrong secret, an unknown code, a malformed code and no secret with the same 404', async () => {
    const filed = await t.request('/api/v1/complaints', { method: 'POST', body: anonymous });
    const code: string = filed.json.trackingCode;
    const other = code.endsWith('0') ? `${code.slice(0, -1)}1` : `${code.slice(0, -1)}0`;
    const ask = (path: string, secret?: string) =>
      t.request(path, { headers: secret === undefined ? {} : { 'x-complaint-secret': secret } });
    const wrongSecret = await ask(`/api/v1/complaints/${code}`, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    const unknownCode = await ask(`/api/v1/complaints/${other}`, filed.json.secret);
    const malformedCode = await ask('/api/v1/complaints/not-a-code', filed.json.secret);
    const malformedSecret = await ask(`/api/v1/complaints/${code}`, 'short');
    const noSecret = await ask(`/api/v1/complaints/${code}`);
    for (const answer of [wrongSecret, unknownCode, malformedCode, malformedSecret, noSecret]) {
      assert.equal(answer.status, 404);
      // Alike but for the request id, which the server generates for each request.
      assert.deepEqual({ ...answer.json, requestId: '', title: '' }, { ...wrongSecret.json, requestId: '', title: '' });
      assert.equal(answer.json.title.replace(answer.json.requestId, ''), wrongSecret.json.title.replace(wrongSecret.json.requestId, ''));
      assert.equal(answer.headers.get('content-type'), wrongSecret.headers.get('content-type'));
    }
    assert.equal(wrongSecret.json.code, 'NOT_FOUND');
  });

  it('refuses a complaint without a description or an employer, naming the fields; nothing is written', async () => {
    const before = await counts(t);
    const { description: _d, employerName: _e, ...rest } = anonymous;
    const missing = await t.request('/api/v1/complaints?lang=en', { method: 'POST', body: rest });
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.json.errors.map((e: { field: string }) => e.field).sort(), ['description', 'employerName']);
    assert.match(missing.json.errors[0].message, /required/i);
    const blank = await t.request('/api/v1/complaints', { method: 'POST', body: { ...anonymous, description: '   ', employerName: '' } });
    assert.equal(blank.status, 400);
    assert.deepEqual(blank.json.errors.map((e: { field: string }) => e.field).sort(), ['description', 'employerName']);
    const tooLong = await t.request('/api/v1/complaints', { method: 'POST', body: { ...anonymous, description: '字'.repeat(5001) } });
    assert.equal(tooLong.status, 400);
    assert.deepEqual(await counts(t), before);
  });

  it('checks the UBN, the district, the ID number and a named complainant’s name and contact', async () => {
    const before = await counts(t);
    const bad = await t.request('/api/v1/complaints?lang=en', {
      method: 'POST',
      body: { ...named, employerUbn: '12345678', idNumber: 'A123456788', law: 'madeUpAct' },
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.json.errors.map((e: { field: string }) => e.field).sort(), ['employerUbn', 'idNumber', 'law']);
    const district = await t.request('/api/v1/complaints?lang=en', { method: 'POST', body: { ...anonymous, districtCode: '信義區' } });
    assert.equal(district.status, 400);
    assert.equal(district.json.errors[0].field, 'districtCode');
    const nameless = await t.request('/api/v1/complaints?lang=en', {
      method: 'POST',
      body: { ...anonymous, anonymous: false },
    });
    assert.equal(nameless.status, 400);
    assert.deepEqual(nameless.json.errors.map((e: { field: string }) => e.field).sort(), ['name', 'phone']);
    const noChoice = await t.request('/api/v1/complaints', { method: 'POST', body: { ...anonymous, anonymous: undefined } });
    assert.equal(noChoice.status, 400);
    assert.equal(noChoice.json.errors[0].field, 'anonymous');
    assert.deepEqual(await counts(t), before);
  });

  it('drops identity fields sent with an anonymous complaint', async () => {
    const filed = await t.request('/api/v1/complaints', {
      method: 'POST',
      body: { ...anonymous, name: '林秀英', phone: '0933222111' },
    });
    assert.equal(filed.status, 201);
    const identities = await t.db.query(
      'SELECT 1 FROM complaint_identities i JOIN complaints c ON c.id = i.complaint_id WHERE c.tracking_code = $1',
      [filed.json.trackingCode],
    );
    assert.equal(identities.rowCount, 0);
  });

  it('refuses bad attachments by their bytes and size, and writes nothing at all', async () => {
    const before = await counts(t);
    const renamedExe = await postForm(t, form(anonymous, [{ bytes: exe, name: 'payslip.pdf', type: 'application/pdf' }]), {
      'accept-language': 'en',
    });
    assert.equal(renamedExe.status, 400, renamedExe.text);
    assert.deepEqual(renamedExe.json.errors.map((e: { field: string }) => e.field), ['attachments.0']);
    assert.match(renamedExe.json.errors[0].message, /JPEG, PNG or WebP/);

    const mismatch = await postForm(t, form(anonymous, [{ bytes: jpeg, name: 'photo.png', type: 'image/png' }]));
    assert.equal(mismatch.status, 400, 'a JPEG declared as PNG');

    // The second file is bad: the good first one must not be kept either.
    const goodThenBad = await postForm(
      t,
      form(anonymous, [
        { bytes: pdf, name: 'a.pdf', type: 'application/pdf' },
        { bytes: exe, name: 'b.jpg', type: 'image/jpeg' },
      ]),
    );
    assert.equal(goodThenBad.status, 400);
    assert.deepEqual(goodThenBad.json.errors.map((e: { field: string }) => e.field), ['attachments.1']);

    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(pdf);
    const tooBig = await postForm(t, form(anonymous, [{ bytes: big, name: 'big.pdf', type: 'application/pdf' }]), {
      'accept-language': 'en',
    });
    assert.equal(tooBig.status, 400);
    assert.match(tooBig.json.errors[0].message, /5 MB/);

    const bigCsv = new Uint8Array(1024 * 1024 + 1).fill(0x61);
    const tooBigCsv = await postForm(t, form(anonymous, [{ bytes: bigCsv, name: 'hours.csv', type: 'text/csv' }]));
    assert.equal(tooBigCsv.status, 400);

    const binaryCsv = await postForm(t, form(anonymous, [{ bytes: exe, name: 'hours.csv', type: 'text/csv' }]));
    assert.equal(binaryCsv.status, 400, 'a program declared as CSV');

    const four = await postForm(
      t,
      form(anonymous, [1, 2, 3, 4].map((n) => ({ bytes: pdf, name: `${n}.pdf`, type: 'application/pdf' }))),
    );
    assert.equal(four.status, 400);
    assert.equal(four.json.errors[0].field, 'attachments');

    const missingField = await postForm(t, form({ ...anonymous, description: '' }, [{ bytes: pdf, name: 'a.pdf', type: 'application/pdf' }]));
    assert.equal(missingField.status, 400);
    assert.equal(missingField.json.errors[0].field, 'description');
    assert.deepEqual(await counts(t), before);
  });

  it('accepts three good files up to the limits, including a JSON hours log and a WebP photo', async () => {
    const webp = bytes('RIFF', [0x10, 0, 0, 0], 'WEBPVP8 fake');
    const hoursJson = bytes(JSON.stringify({ entries: [{ date: '2026-03-02', start: '09:00', end: '21:00' }] }));
    const full = new Uint8Array(5 * 1024 * 1024);
    full.set(jpeg);
    const filed = await postForm(
      t,
      form({ ...anonymous, anonymous: 'on' }, [
        { bytes: full, name: 'photo.jpg', type: 'image/jpeg' },
        { bytes: webp, name: 'photo.webp', type: '' },
        { bytes: hoursJson, name: 'hours.json', type: 'application/json' },
      ]),
    );
    assert.equal(filed.status, 201, filed.text);
    const types = await t.db.query<{ media_type: string }>(
      `SELECT a.media_type FROM complaint_attachments a JOIN complaints c ON c.id = a.complaint_id
       WHERE c.tracking_code = $1 ORDER BY a.position`,
      [filed.json.trackingCode],
    );
    assert.deepEqual(types.rows.map((r) => r.media_type), ['image/jpeg', 'image/webp', 'application/json']);
  });

  it('refuses other content types (415) and JSON over the usual body limit (413)', async () => {
    const plain = await t.request('/api/v1/complaints', { method: 'POST', rawBody: 'hello', headers: { 'content-type': 'text/plain' } });
    assert.equal(plain.status, 415);
    const huge = await t.request('/api/v1/complaints', {
      method: 'POST',
      body: { ...anonymous, description: 'x'.repeat(70 * 1024) },
    });
    assert.equal(huge.status, 413);
    const malformed = await t.request('/api/v1/complaints', { method: 'POST', rawBody: '{"employerName":', headers: { 'content-type': 'application/json' } });
    assert.equal(malformed.status, 400);
    assert.equal(malformed.json.code, 'MALFORMED_JSON');
  });
});

describe('complaints: rate limits per IP', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext({ complaintLimit: 2 });
  });
  after(() => t.close());

  it('limits filing and lookups, with Retry-After', async () => {
    const first = await t.request('/api/v1/complaints', { method: 'POST', body: anonymous });
    assert.equal(first.status, 201);
    assert.equal((await t.request('/api/v1/complaints', { method: 'POST', body: anonymous })).status, 201);
    const third = await t.request('/api/v1/complaints', { method: 'POST', body: anonymous });
    assert.equal(third.status, 429);
    assert.ok(Number(third.headers.get('retry-after')) > 0);
    const look = () => t.request(`/api/v1/complaints/${first.json.trackingCode}`, { headers: { 'x-complaint-secret': first.json.secret } });
    assert.equal((await look()).status, 200);
    assert.equal((await look()).status, 200);
    assert.equal((await look()).status, 429);
    t.setNow(new Date('2026-03-02T02:05:00Z'));
    assert.equal((await look()).status, 200, 'a new window');
  });
});

describe('complaints: staff workflow, deadlines and the sealed identity', () => {
  let t: TestContext;
  let admin: Session;
  let inspector: Session;
  let otherInspector: Session;
  const sessions = new Map<StaffRole, Session>();
  let inspectorId: string;
  let receipt: { trackingCode: string; secret: string };
  let complaintId: string;

  const file = async (body: Record<string, unknown>) => {
    const filed = await t.request('/api/v1/complaints', { method: 'POST', body });
    assert.equal(filed.status, 201, filed.text);
    const id = (await t.db.query<{ id: string }>('SELECT id FROM complaints WHERE tracking_code = $1', [filed.json.trackingCode])).rows[0]?.id;
    assert.ok(id);
    return { id, receipt: filed.json as { trackingCode: string; secret: string } };
  };
  /** Moves the clock; sessions expire an hour after sign-in, so the main actors sign in again. */
  const moveTo = async (now: Date) => {
    t.setNow(now);
    admin = await t.login('supervisor');
    inspector = await t.login('inspector');
    otherInspector = await t.login('inspector2');
  };
  const staffId = async (username: string) => {
    const row = (await t.db.query<{ id: string }>('SELECT id FROM staff_users WHERE username = $1', [username])).rows[0];
    assert.ok(row);
    return row.id;
  };
  const act = (session: Session, id: string, body: Record<string, unknown>) =>
    t.request(`/api/v1/staff/complaints/${id}/transitions`, { method: 'POST', session, body });
  const assign = (id: string, to = inspectorId, session = admin) =>
    t.request(`/api/v1/staff/complaints/${id}/assignment`, { method: 'POST', session, body: { inspectorId: to } });

  before(async () => {
    t = await createTestContext();
    admin = await t.signIn('supervisor', ['admin']);
    inspector = await t.signIn('inspector', ['labor-inspector']);
    otherInspector = await t.signIn('inspector2', ['labor-inspector']);
    for (const role of staffRoles) sessions.set(role, await t.signIn(`walk-${role}`, [role]));
    inspectorId = await staffId('inspector');
    ({ id: complaintId, receipt } = await file({ ...named }));
  });
  after(() => t.close());

  it('computes the 14-day notice and 60-day reply due dates on Taiwan calendar days', async () => {
    const detail = await t.request(`/api/v1/staff/complaints/${complaintId}`, { session: admin });
    assert.equal(detail.status, 200, detail.text);
    assert.equal(detail.json.noticeDueOn, '2026-03-16');
    assert.equal(detail.json.replyDueOn, '2026-05-01');
    // 17:30 UTC on 1 March is already 01:30 on 2 March in Taichung.
    await moveTo(new Date('2026-03-01T17:30:00Z'));
    const late = await file(anonymous);
    await moveTo(new Date('2026-03-01T15:59:00Z'));
    const early = await file(anonymous);
    await moveTo(new Date('2026-03-02T02:00:00Z'));
    const lateRow = await t.request(`/api/v1/staff/complaints/${late.id}`, { session: admin });
    const earlyRow = await t.request(`/api/v1/staff/complaints/${early.id}`, { session: admin });
    assert.deepEqual([lateRow.json.noticeDueOn, lateRow.json.replyDueOn], ['2026-03-16', '2026-05-01']);
    assert.deepEqual([earlyRow.json.noticeDueOn, earlyRow.json.replyDueOn], ['2026-03-15', '2026-04-30']);
  });

  it('lists the inspectors a supervisor can assign to', async () => {
    const list = await t.request('/api/v1/staff/complaints/inspectors', { session: admin });
    assert.equal(list.status, 200);
    const ids = list.json.items.map((i: { id: string }) => i.id);
    assert.ok(ids.includes(inspectorId));
    assert.equal((await t.request('/api/v1/staff/complaints/inspectors', { session: inspector })).status, 403);
  });

  it('runs received → assigned → investigating → replied → closed, refusing illegal steps with 409', async () => {
    assert.equal((await act(inspector, complaintId, { action: 'investigate' })).status, 403, 'not yet assigned to anyone');
    const wrongPerson = await assign(complaintId, await staffId('supervisor'));
    assert.equal(wrongPerson.status, 400, 'only an active labor inspector can be assigned');
    assert.equal((await assign(complaintId)).status, 204);

    const other = await act(otherInspector, complaintId, { action: 'investigate' });
    assert.equal(other.status, 403);
    assert.equal(other.json.code, 'NOT_ASSIGNED');
    const early = await act(inspector, complaintId, { action: 'reply', outcome: 'inspected', message: '已處理' });
    assert.equal(early.status, 409);
    assert.equal(early.json.code, 'INVALID_TRANSITION');
    assert.equal((await act(inspector, complaintId, { action: 'close' })).status, 409);

    const investigate = await act(inspector, complaintId, { action: 'investigate' });
    assert.equal(investigate.status, 200, investigate.text);
    assert.equal(investigate.json.status, 'investigating');
    assert.equal((await act(inspector, complaintId, { action: 'investigate' })).status, 409);
    assert.equal((await assign(complaintId, inspectorId)).status, 409, 'no reassignment once the investigation started');
    assert.equal((await act(inspector, complaintId, { action: 'reply', message: '已處理' })).status, 400, 'a reply needs its outcome');

    await moveTo(new Date('2026-03-10T03:00:00Z'));
    const notice = await act(inspector, complaintId, { action: 'notify', message: '本局已於 3 月 9 日實施檢查，結果將另行函復。' });
    assert.equal(notice.json.status, 'investigating');
    await moveTo(new Date('2026-04-01T03:00:00Z'));
    const reply = await act(inspector, complaintId, { action: 'reply', outcome: 'violation-fined', message: '經查該公司確有未給付延長工時工資情事，已依法處分。' });
    assert.equal(reply.status, 200);
    assert.equal(reply.json.status, 'replied');
    const close = await act(inspector, complaintId, { action: 'close' });
    assert.equal(close.json.status, 'closed');
    assert.equal((await act(inspector, complaintId, { action: 'transfer', message: 'x', authority: 'y' })).status, 409);
    await moveTo(new Date('2026-03-02T02:00:00Z'));

    const status = await t.request(`/api/v1/complaints/${receipt.trackingCode}`, { headers: { 'x-complaint-secret': receipt.secret } });
    assert.equal(status.json.status, 'closed');
    assert.deepEqual(
      status.json.events.map((e: { kind: string }) => e.kind),
      ['received', 'assigned', 'investigating', 'notice', 'replied', 'closed'],
    );
    assert.equal(status.json.events[4].message, '經查該公司確有未給付延長工時工資情事，已依法處分。');
    assert.doesNotMatch(status.text, /inspector|supervisor|actor/, 'the complainant does not see staff names');

    const detail = await t.request(`/api/v1/staff/complaints/${complaintId}`, { session: inspector });
    assert.equal(detail.json.noticeSentAt, '2026-03-10T03:00:00.000Z');
    assert.equal(detail.json.repliedAt, '2026-04-01T03:00:00.000Z');
    assert.deepEqual(
      detail.json.events.map((e: { actor: string | null }) => e.actor),
      [null, 'supervisor', 'inspector', 'inspector', 'inspector', 'inspector'],
    );
    const trail = await t.request(`/api/v1/staff/audit-events?recordType=complaint&recordId=${complaintId}&pageSize=100`, { session: admin });
    const actions = trail.json.items.map((e: { action: string }) => e.action);
    for (const action of ['complaint.file', 'complaint.assign', 'complaint.investigate', 'complaint.notify', 'complaint.reply', 'complaint.close']) {
      assert.ok(actions.includes(action), action);
    }
  });

  it('transfers to another authority with a notice the complainant reads', async () => {
    const { id, receipt: transferReceipt } = await file(anonymous);
    assert.equal((await assign(id)).status, 204);
    const transfer = await act(inspector, id, {
      action: 'transfer',
      message: '本案屬勞工保險事項，已移請勞動部勞工保險局處理。',
      authority: '勞動部勞工保險局',
    });
    assert.equal(transfer.status, 200, transfer.text);
    assert.equal(transfer.json.status, 'transferred');
    assert.equal((await act(inspector, id, { action: 'investigate' })).status, 409);
    assert.equal((await assign(id)).status, 409);
    const status = await t.request(`/api/v1/complaints/${transferReceipt.trackingCode}`, {
      headers: { 'x-complaint-secret': transferReceipt.secret },
    });
    const last = status.json.events.at(-1);
    assert.deepEqual([last.kind, last.authority], ['transferred', '勞動部勞工保險局']);
    assert.match(last.message, /勞工保險局/);
  });

  it('lists overdue complaints for the supervisor on the fixed clock', async () => {
    await t.createStaff('overdue-check', ['labor-inspector']);
    // A fresh database view: complaints filed on 2 March; the notice is due 16 March, the reply 1 May.
    const { id: noticed } = await file(anonymous);
    assert.equal((await assign(noticed)).status, 204);
    assert.equal((await act(inspector, noticed, { action: 'notify', message: '已排定檢查。' })).status, 200);
    const { id: silent } = await file(anonymous);

    await moveTo(new Date('2026-03-16T15:59:00Z')); // 23:59 on 16 March in Taichung: still on time
    let overdue = await t.request('/api/v1/staff/complaints/overdue', { session: admin });
    assert.equal(overdue.status, 200);
    assert.equal(overdue.json.today, '2026-03-16');
    assert.ok(!overdue.json.items.some((i: { id: string }) => i.id === silent));

    await moveTo(new Date('2026-03-16T16:00:00Z')); // 00:00 on 17 March
    overdue = await t.request('/api/v1/staff/complaints/overdue', { session: admin });
    const silentItem = overdue.json.items.find((i: { id: string }) => i.id === silent);
    assert.deepEqual(silentItem?.overdue, ['notice']);
    assert.equal(silentItem?.daysOverdue, 1);
    assert.ok(!overdue.json.items.some((i: { id: string }) => i.id === noticed), 'the notice was sent');
    assert.ok(!overdue.json.items.some((i: { id: string }) => i.id === complaintId), 'closed');

    await moveTo(new Date('2026-05-02T01:00:00Z'));
    overdue = await t.request('/api/v1/staff/complaints/overdue', { session: admin });
    assert.deepEqual(overdue.json.items.find((i: { id: string }) => i.id === silent)?.overdue, ['notice', 'reply']);
    assert.deepEqual(overdue.json.items.find((i: { id: string }) => i.id === noticed)?.overdue, ['reply']);
    assert.equal(overdue.json.items.find((i: { id: string }) => i.id === noticed)?.daysOverdue, 1);
    const days = overdue.json.items.map((i: { daysOverdue: number }) => i.daysOverdue);
    assert.deepEqual(days, [...days].sort((a, b) => b - a), 'the longest overdue first');
    const quiet = await t.login('overdue-check');
    const list = await t.request('/api/v1/staff/complaints', { session: quiet });
    assert.deepEqual(list.json.items.find((i: { id: string }) => i.id === silent)?.overdue, ['notice', 'reply']);
    assert.equal((await t.request('/api/v1/staff/complaints/overdue', { session: quiet })).status, 403);
    await moveTo(new Date('2026-03-02T02:00:00Z'));
  });

  it('never shows the identity in lists or details, to any role; reveals it only to the assigned inspector and the supervisor', async () => {
    const { id } = await file(named);
    assert.equal((await assign(id)).status, 204);
    const reveal = (session: Session | undefined) => t.request(`/api/v1/staff/complaints/${id}/identity`, { method: 'POST', session });
    const revealedBy: string[] = [];
    for (const role of staffRoles) {
      // Signed in again: earlier tests moved the clock past the first sessions' expiry.
      const session = await t.login(`walk-${role}`);
      sessions.set(role, session);
      const list = await t.request('/api/v1/staff/complaints', { session });
      const detail = await t.request(`/api/v1/staff/complaints/${id}`, { session });
      const canList = role === 'labor-inspector' || role === 'admin';
      assert.equal(list.status, canList ? 200 : 403, `${role} list`);
      assert.equal(detail.status, canList ? 200 : 403, `${role} detail`);
      for (const value of identityValues) {
        assert.ok(!list.text.includes(value), `${role} list shows ${value}`);
        assert.ok(!detail.text.includes(value), `${role} detail shows ${value}`);
      }
      const revealed = await reveal(session);
      if (role === 'admin') {
        assert.equal(revealed.status, 200, 'the supervisor');
        revealedBy.push(`walk-${role}`);
      } else if (role === 'labor-inspector') {
        assert.equal(revealed.status, 403, 'an inspector not assigned to it');
        assert.equal(revealed.json.code, 'NOT_ASSIGNED');
      } else {
        assert.equal(revealed.status, 403, role);
        assert.equal(revealed.json.code, 'FORBIDDEN');
      }
      for (const value of identityValues) if (revealed.status !== 200) assert.ok(!revealed.text.includes(value));
      if (canList) assert.equal(detail.json.can.revealIdentity, role === 'admin', `${role} sees the reveal button`);
    }
    assert.equal((await reveal(undefined)).status, 401);

    const mine = await reveal(inspector);
    assert.equal(mine.status, 200);
    revealedBy.push('inspector');
    assert.deepEqual(mine.json, { anonymous: false, name: '林秀英', phone: '0933-222-111', email: 'xiuying@example.tw', idNumber: 'A123456789' });
    assert.equal(mine.headers.get('cache-control'), 'no-store');
    const detail = await t.request(`/api/v1/staff/complaints/${id}`, { session: inspector });
    assert.deepEqual(detail.json.can, { assign: false, actions: ['investigate', 'notify', 'transfer'], revealIdentity: true, downloadAttachments: true });

    const trail = await t.request(`/api/v1/staff/audit-events?action=complaint.identity-view&recordId=${id}`, { session: admin });
    assert.deepEqual(trail.json.items.map((e: { actorUsername: string }) => e.actorUsername).sort(), revealedBy.sort());
    assert.deepEqual(
      trail.json.items.map((e: { details: { as: string } }) => e.details.as).sort(),
      ['assigned-inspector', 'supervisor'],
    );
    const everything = await t.request('/api/v1/staff/audit-events?recordType=complaint&pageSize=100', { session: admin });
    for (const value of identityValues) assert.ok(!everything.text.includes(value), `audit trail holds ${value}`);
  });

  it('audits the reading of an anonymous complaint’s (empty) identity too', async () => {
    const { id } = await file(anonymous);
    const revealed = await t.request(`/api/v1/staff/complaints/${id}/identity`, { method: 'POST', session: admin });
    assert.deepEqual(revealed.json, { anonymous: true, name: null, phone: null, email: null, idNumber: null });
    const rows = await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'complaint.identity-view' AND record_id = $1`, [id]);
    assert.equal(rows.rowCount, 1);
  });

  it('serves evidence to the assigned inspector only, as a download, audited', async () => {
    const filed = await postForm(t, form(named, [{ bytes: pdf, name: '林秀英薪資單.pdf', type: 'application/pdf' }]));
    assert.equal(filed.status, 201);
    const id = (await t.db.query<{ id: string }>('SELECT id FROM complaints WHERE tracking_code = $1', [filed.json.trackingCode])).rows[0]?.id;
    assert.ok(id);
    assert.equal((await assign(id)).status, 204);
    const detail = await t.request(`/api/v1/staff/complaints/${id}`, { session: admin });
    assert.deepEqual(detail.json.attachments.map((a: { fileName: string }) => a.fileName), ['evidence-1.pdf']);
    assert.ok(!detail.text.includes('林秀英'), 'the uploaded file name is not kept');
    const path = `/api/v1/staff/complaints/${id}/attachments/${detail.json.attachments[0].id}`;

    const download = await t.app.request(path, { headers: { cookie: inspector.cookie } });
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-disposition'), 'attachment; filename="evidence-1.pdf"');
    assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(download.headers.get('content-type'), 'application/pdf');
    assert.deepEqual(new Uint8Array(await download.arrayBuffer()), pdf);

    assert.equal((await t.request(path, { session: otherInspector })).status, 403);
    assert.equal((await t.request(path, { session: admin })).status, 403);
    assert.equal((await t.request(path, { session: sessions.get('case-manager') })).status, 403);
    const audited = await t.db.query<{ actor_username: string }>(
      `SELECT actor_username FROM audit_events WHERE action = 'complaint.attachment-download' AND record_id = $1`,
      [id],
    );
    assert.deepEqual(audited.rows.map((r) => r.actor_username), ['inspector']);
  });

  it('drafts the employer notice without the complainant, their words or the filing date', async () => {
    const { id } = await file({
      ...named,
      description: '我是林秀英（0933-222-111），在 2026 年 3 月 1 日被要求每天加班四小時。',
    });
    assert.equal((await assign(id)).status, 204);
    await moveTo(new Date('2026-03-20T02:00:00Z'));
    const notice = await t.request(`/api/v1/staff/complaints/${id}/employer-notice`, { session: inspector });
    await moveTo(new Date('2026-03-02T02:00:00Z'));
    assert.equal(notice.status, 200, notice.text);
    const text: string = notice.json.text;
    assert.match(text, /臺中好棒棒餐飲有限公司（統一編號 04595257）/);
    assert.match(text, /勞動基準法/);
    assert.match(text, /臺中市北屯區/);
    assert.match(text, /中華民國115年3月20日/);
    for (const value of [...identityValues, '加班四小時', '2026-03-02', '115年3月2日', '3 月 1 日']) {
      assert.ok(!text.includes(value), `the notice contains ${value}`);
    }
    assert.equal((await t.request(`/api/v1/staff/complaints/${id}/employer-notice`, { session: otherInspector })).status, 403);
  });

  it('answers 404 for an unknown complaint and 400 for a malformed id', async () => {
    assert.equal((await t.request('/api/v1/staff/complaints/00000000-0000-4000-8000-000000000000', { session: admin })).status, 404);
    assert.equal((await t.request('/api/v1/staff/complaints/nope', { session: admin })).status, 400);
    assert.equal((await assign('00000000-0000-4000-8000-000000000000')).status, 404);
  });
});

describe('complaints: nothing personal in the logs', () => {
  it('logs neither the identity nor the secret while filing, reading and revealing', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const db = await createTestDb();
    const app = createApp({
      db,
      logger: createLogger('debug', sink),
      referenceData: createReferenceData(loadCityConfig('taichung')),
      clock: () => new Date('2026-03-02T02:00:00Z'),
      settings: {
        sessionTtlMinutes: 60,
        loginMaxFailures: 5,
        loginLockoutMinutes: 15,
        bodyLimitBytes: 64 * 1024,
        secureCookies: false,
        trustProxy: false,
      },
    });
    try {
      const filed = await app.request('/api/v1/complaints', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(named),
      });
      assert.equal(filed.status, 201);
      const receipt = (await filed.json()) as { trackingCode: string; secret: string };
      const status = await app.request(`/api/v1/complaints/${receipt.trackingCode}`, { headers: { 'x-complaint-secret': receipt.secret } });
      assert.equal(status.status, 200);
      const log = lines.join('');
      assert.ok(log.includes('/api/v1/complaints'), 'requests are logged');
      for (const value of [...identityValues, receipt.secret, named.description]) assert.ok(!log.includes(value), `log holds ${value}`);
    } finally {
      await db.close();
    }
  });
});
