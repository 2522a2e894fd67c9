import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createDispatchesService } from './dispatches-1955.service.ts';
import { workerBody } from './migrant-workers.test-helpers.ts';

const dispatch = (overrides: Record<string, unknown> = {}) => ({
  dispatchNumber: '1955-20260302-0001',
  receivedAt: '2026-03-02T09:15:00+08:00',
  workerName: 'SITI AMINAH',
  passportNumber: 'C7654321',
  employerName: '王小明',
  issue: 'The employer keeps the worker’s passport.',
  replyDeadline: '2026-03-09',
  ...overrides,
});

async function upload(t: TestContext, session: Session, text: string, name: string, lang = 'en') {
  const form = new FormData();
  form.append('file', new Blob([text], { type: name.endsWith('.json') ? 'application/json' : 'text/csv' }), name);
  const response = await t.app.request(`/api/v1/staff/dispatches-1955/imports?lang=${lang}`, {
    method: 'POST',
    body: form,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
  });
  const body = await response.text();
  return { status: response.status, json: body ? JSON.parse(body) : undefined, text: body };
}

describe('migrant workers: 1955 dispatches', () => {
  let t: TestContext;
  let officer: Session;
  let chief: Session;
  before(async () => {
    // Today in the tests is 2026-03-02 (Taiwan).
    t = await createTestContext();
    officer = await t.signIn('dispatch', ['migrant-officer']);
    chief = await t.signIn('chief', ['admin']);
  });
  after(() => t.close());

  it('enters a dispatch by hand; the same number twice is a 409; bad input is a 400 in the officer’s language', async () => {
    const created = await t.request('/api/v1/staff/dispatches-1955', { method: 'POST', session: officer, body: dispatch() });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.replyDeadline, '2026-03-09');
    assert.equal((await t.request('/api/v1/staff/dispatches-1955', { method: 'POST', session: officer, body: dispatch() })).status, 409);
    const bad = await t.request('/api/v1/staff/dispatches-1955?lang=en', {
      method: 'POST',
      session: officer,
      body: dispatch({ dispatchNumber: 'x', passportNumber: undefined, residentCertificateNumber: 'B812345600', replyDeadline: '2026-02-30' }),
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.json.errors.map((e: { field: string }) => e.field).sort(), ['dispatchNumber', 'replyDeadline', 'residentCertificateNumber']);
    const noDocument = await t.request('/api/v1/staff/dispatches-1955?lang=th', { method: 'POST', session: officer, body: dispatch({ dispatchNumber: '1955-X-2', passportNumber: undefined }) });
    assert.equal(noDocument.status, 400);
    assert.match(noDocument.json.errors[0].message, /หนังสือเดินทาง/);
    const early = await t.request('/api/v1/staff/dispatches-1955?lang=zh-TW', { method: 'POST', session: officer, body: dispatch({ dispatchNumber: '1955-X-3', replyDeadline: '2026-03-01' }) });
    assert.equal(early.status, 400);
    assert.equal(early.json.errors[0].field, 'replyDeadline');
    assert.equal((await t.request('/api/v1/staff/dispatches-1955', { method: 'POST', session: chief, body: dispatch({ dispatchNumber: '1955-X-4' }) })).status, 403);
  });

  it('lists a dispatch as open on its deadline and as overdue the day after; a reply takes it off', async () => {
    await t.request('/api/v1/staff/dispatches-1955', { method: 'POST', session: officer, body: dispatch({ dispatchNumber: '1955-EDGE-1', replyDeadline: '2026-03-02' }) });
    await t.request('/api/v1/staff/dispatches-1955', { method: 'POST', session: officer, body: dispatch({ dispatchNumber: '1955-EDGE-2', receivedAt: '2026-02-20T09:00:00+08:00', replyDeadline: '2026-03-01' }) });
    const numbers = async (status: string, session = officer) =>
      ((await t.request(`/api/v1/staff/dispatches-1955?status=${status}`, { session })).json.items as { dispatchNumber: string; state: string }[])
        .filter((d) => d.dispatchNumber.startsWith('1955-EDGE'))
        .map((d) => [d.dispatchNumber, d.state]);
    assert.deepEqual(await numbers('open'), [['1955-EDGE-1', 'due-soon']], 'the deadline day itself is on time');
    assert.deepEqual(await numbers('overdue'), [['1955-EDGE-2', 'overdue']], 'the day after the deadline is overdue');
    const list = await t.request('/api/v1/staff/dispatches-1955?status=overdue', { session: chief });
    assert.equal(list.status, 200, 'the supervisor sees the overdue list');
    assert.ok(!list.text.includes('SITI AMINAH'), 'workers masked');

    const id = list.json.items.find((d: { dispatchNumber: string }) => d.dispatchNumber === '1955-EDGE-2').id;
    const future = await t.request(`/api/v1/staff/dispatches-1955/${id}/reply?lang=en`, { method: 'POST', session: officer, body: { repliedOn: '2026-03-03', outcome: 'resolved', text: 'x' } });
    assert.equal(future.status, 400);
    const replied = await t.request(`/api/v1/staff/dispatches-1955/${id}/reply`, {
      method: 'POST',
      session: officer,
      body: { repliedOn: '2026-03-02', outcome: 'complaint-opened', text: 'A complaint was opened; the inspector visits this week.' },
    });
    assert.equal(replied.status, 200, replied.text);
    assert.equal(replied.json.state, 'replied-late');
    assert.deepEqual(await numbers('overdue'), []);
    assert.deepEqual(await numbers('replied'), [['1955-EDGE-2', 'replied-late']]);
    assert.equal((await t.request(`/api/v1/staff/dispatches-1955/${id}/reply`, { method: 'POST', session: officer, body: { repliedOn: '2026-03-02', outcome: 'resolved', text: 'again' } })).status, 409);
    const full = await t.request(`/api/v1/staff/dispatches-1955/${id}/full`, { session: officer });
    assert.equal(full.json.workerName, 'SITI AMINAH');
    assert.equal(full.json.repliedBy, 'dispatch');
    const audited = await t.db.query("SELECT 1 FROM audit_events WHERE action = 'migrant-dispatch.view-full' AND record_id = $1", [id]);
    assert.equal(audited.rowCount, 1);

    // The next morning the first one is overdue too.
    t.setNow(new Date('2026-03-03T02:00:00Z'));
    try {
      assert.deepEqual(await numbers('overdue', await t.login('dispatch')), [['1955-EDGE-1', 'overdue']]);
    } finally {
      t.setNow(new Date('2026-03-02T02:00:00Z'));
      officer = await t.login('dispatch');
    }
  });

  it('imports the sample CSV once: the same file again adds nothing; bad rows by line and reason', async () => {
    const registered = await t.request('/api/v1/staff/migrant-workers', { method: 'POST', session: officer, body: workerBody({ residentCertificateNumber: 'A800000014' }) });
    assert.equal(registered.status, 201, registered.text);
    const sample = readFileSync(new URL('./samples/dispatches-1955.sample.csv', import.meta.url), 'utf8');
    const first = await upload(t, officer, sample, 'dispatches.csv');
    assert.equal(first.status, 200, first.text);
    assert.deepEqual([first.json.imported, first.json.unchanged, first.json.rejected], [3, 0, []]);
    const second = await upload(t, officer, sample, 'dispatches.csv');
    assert.deepEqual([second.json.imported, second.json.unchanged, second.json.rejected], [0, 3, []]);
    const matched = await t.db.query<{ worker_id: string | null }>("SELECT worker_id FROM migrant_dispatches WHERE worker_document = 'A800000014'");
    assert.equal(matched.rows[0]?.worker_id, registered.json.id, 'matched to the registered worker by resident certificate number');

    const header = 'dispatch_number,received_at,worker_name,resident_certificate_number,passport_number,employer_name,issue,reply_deadline';
    const bad = [
      header,
      '1955-BAD-1,2026-03-01T10:00:00+08:00,A B,B812345600,,X,wages,2026-03-05', // bad check digit
      '1955-BAD-2,2026-03-01,A B,,P1234567,X,wages,2026-03-05', // a day, not a time
      '1955-OK-1,2026-03-01T10:00:00+08:00,A B,,P1234567,X,wages,2026-03-05',
      '1955-OK-1,2026-03-01T10:00:00+08:00,A B,,P1234567,X,wages,2026-03-05', // repeated in the file
      '1955-20260301-0007,2026-03-01T10:00:00+08:00,A B,,P9999999,Y,wages,2026-03-20', // number of the sample, other details
      '"1955-BAD-3,2026-03-01',
    ].join('\n');
    const result = await upload(t, officer, bad, 'bad.csv', 'en');
    assert.equal(result.status, 200, result.text);
    assert.equal(result.json.imported, 1);
    assert.deepEqual(
      result.json.rejected.map((r: { line: number; reason: string }) => [r.line, r.reason.split(':')[0]]),
      [
        [2, 'resident_certificate_number'],
        [3, 'received_at'],
        [5, 'Same dispatch number as line 4.'],
        [6, 'dispatch_number'],
        [7, 'A quotation mark is not closed.'],
      ],
    );
    const chinese = await upload(t, officer, `${header}\n1955-BAD-9,2026-03-01T10:00:00+08:00,A B,,P1,X,wages,2026-03-05`, 'bad.csv', 'zh-TW');
    assert.match(chinese.json.rejected[0].reason, /^passport_number: .*護照/);
    const missing = await upload(t, officer, 'dispatch_number,worker_name\n1,2', 'x.csv', 'en');
    assert.equal(missing.status, 400);
    assert.match(missing.json.errors[0].message, /received_at/);
  });

  it('imports the sample JSON the same way, reporting bad items by position', async () => {
    const sample = readFileSync(new URL('./samples/dispatches-1955.sample.json', import.meta.url), 'utf8');
    const first = await upload(t, officer, sample, 'dispatches.json');
    assert.equal(first.status, 200, first.text);
    assert.deepEqual([first.json.imported, first.json.unchanged, first.json.rejected], [2, 0, []]);
    assert.equal((await upload(t, officer, sample, 'dispatches.json')).json.imported, 0);
    const bad = await upload(t, officer, JSON.stringify([{ dispatch_number: '1955-J-9' }, 'x']), 'bad.json');
    assert.deepEqual(bad.json.rejected.map((r: { line: number }) => r.line), [1, 2]);
    const broken = await upload(t, officer, '[{"dispatch_number":', 'broken.json');
    assert.equal(broken.status, 400);
  });

  it('an interrupted import leaves nothing half-written', async () => {
    const service = createDispatchesService({ db: t.db, clock: () => new Date('2026-03-02T02:00:00Z'), referenceData: t.referenceData });
    const staffId = (await t.db.query<{ id: string }>("SELECT id FROM staff_users WHERE username = 'dispatch'")).rows[0]?.id ?? '';
    const staff = { id: staffId, username: 'dispatch', displayName: 'dispatch', roles: ['migrant-officer'], homeUnit: { kind: 'city', code: null }, csrfToken: 'x' } as never;
    const header = 'dispatch_number,received_at,worker_name,passport_number,employer_name,issue,reply_deadline';
    const file = new TextEncoder().encode([header, '1955-INT-1,2026-03-01T10:00:00+08:00,A B,P1234567,X,wages,2026-03-05', '1955-INT-2,2026-03-01T10:00:00+08:00,A B,P1234567,X,wages,2026-03-05'].join('\n'));
    await assert.rejects(
      service.importFile(staff, file, {
        locale: 'en',
        requestId: 'test',
        fileName: 'x.csv',
        afterRow: (line) => {
          if (line === 3) throw new Error('connection lost');
        },
      }),
      /connection lost/,
    );
    assert.equal((await t.db.query("SELECT 1 FROM migrant_dispatches WHERE dispatch_number LIKE '1955-INT-%'")).rowCount, 0);
  });
});
