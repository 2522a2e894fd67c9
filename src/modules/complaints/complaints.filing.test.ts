import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { named, identityValues, anonymous, bytes, png, jpeg, pdf, exe, hoursCsv, codePattern, secretPattern, form, postForm, counts } from './complaints.test-fixtures.ts';

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
