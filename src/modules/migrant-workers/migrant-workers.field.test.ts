import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { maxPhotoBytes } from './migrant-workers.field.ts';
import { visitBody, workerBody } from './migrant-workers.test-helpers.ts';

// The smallest real JPEG header and a PNG signature; the server reads the type from these bytes.
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

describe('migrant workers: the field app (photos, idempotent sync, conflicts, device keys)', () => {
  let t: TestContext;
  let officer: Session;
  let other: Session;
  let supervisor: Session;
  let otherId: string;
  const register = async (number: string, arrivalDate: string) => {
    const created = await t.request('/api/v1/staff/migrant-workers', { method: 'POST', session: officer, body: workerBody({ residentCertificateNumber: number, arrivalDate }) });
    assert.equal(created.status, 201, created.text);
    return (await t.db.query<{ id: string }>('SELECT id FROM migrant_visit_tasks WHERE worker_id = $1', [created.json.id])).rows[0]?.id as string;
  };
  const sendPhoto = async (session: Session, visitId: string, bytes: Uint8Array, clientId: string = randomUUID(), name = 'photo.jpg') => {
    const form = new FormData();
    form.append('visitId', visitId);
    form.append('clientId', clientId);
    form.append('file', new Blob([bytes as BlobPart], { type: 'image/jpeg' }), name);
    const response = await t.app.request(`/api/v1/staff/migrant-visit-photos?lang=en`, {
      method: 'POST',
      body: form,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined, text };
  };
  before(async () => {
    // Today in the tests is 2026-03-02 (Taiwan).
    t = await createTestContext();
    officer = await t.signIn('field', ['migrant-officer']);
    other = await t.signIn('field2', ['migrant-officer']);
    supervisor = await t.signIn('boss', ['admin']);
    otherId = (await t.db.query<{ id: string }>("SELECT id FROM staff_users WHERE username = 'field2'")).rows[0]?.id ?? '';
  });
  after(() => t.close());

  it('stores visit photos checked by their bytes, once per clientId, and every view is audited', async () => {
    const taskId = await register('M800000005', '2026-01-05');
    const visit = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, { method: 'POST', session: officer, body: visitBody({ clientId: randomUUID() }) });
    assert.equal(visit.status, 201, visit.text);
    const visitId = visit.json.id as string;

    const clientId = randomUUID();
    const stored = await sendPhoto(officer, visitId, jpeg, clientId);
    assert.equal(stored.status, 201, stored.text);
    assert.equal(stored.json.mediaType, 'image/jpeg');
    const again = await sendPhoto(officer, visitId, jpeg, clientId);
    assert.equal(again.status, 200, 'a retried upload returns the photo already stored');
    assert.equal(again.json.id, stored.json.id);
    assert.equal((await sendPhoto(officer, visitId, png, randomUUID(), 'named.jpg')).json.mediaType, 'image/png', 'the bytes decide, not the name');

    // Two tries of one upload at once (a retry racing a slow answer): the visit's row lock makes one a replay.
    const racing = randomUUID();
    const raced = await Promise.all([sendPhoto(officer, visitId, jpeg, racing), sendPhoto(officer, visitId, jpeg, racing)]);
    assert.deepEqual(raced.map((r) => r.status).sort(), [200, 201], raced.map((r) => r.text).join(' | '));
    assert.equal(raced[0]?.json.id, raced[1]?.json.id);

    const exe = await sendPhoto(officer, visitId, new TextEncoder().encode('MZ\x90\x00 not a photo'), randomUUID(), 'evil.jpg');
    assert.equal(exe.status, 400);
    assert.equal(exe.json.errors[0].field, 'file');
    assert.match(exe.json.errors[0].message, /JPEG, PNG or WebP/);
    const atLimit = new Uint8Array(maxPhotoBytes);
    atLimit.set(jpeg.subarray(0, 4));
    const limitOk = await sendPhoto(officer, visitId, atLimit);
    assert.equal(limitOk.status, 201, limitOk.text);
    const overLimit = new Uint8Array(maxPhotoBytes + 1);
    overLimit.set(jpeg.subarray(0, 4));
    const tooLarge = await sendPhoto(officer, visitId, overLimit);
    assert.equal(tooLarge.status, 400, tooLarge.text);
    assert.match(tooLarge.json.errors[0].message, /2048 KB/);
    assert.equal((await sendPhoto(other, visitId, jpeg)).status, 403, 'only the officer who recorded the visit adds photos');
    assert.equal((await sendPhoto(officer, randomUUID(), jpeg)).status, 404);
    const noFile = await t.request('/api/v1/staff/migrant-visit-photos', { method: 'POST', session: officer, body: { file: 'x' } });
    assert.equal(noFile.status, 400);

    const visits = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, { session: officer });
    assert.equal(visits.status, 200, visits.text);
    assert.equal(visits.json.items.length, 1);
    assert.equal(visits.json.items[0].photos.length, 4);
    const photoId = visits.json.items[0].photos[0].id as string;
    const image = await t.app.request(`/api/v1/staff/migrant-visit-photos/${photoId}`, { headers: { cookie: officer.cookie } });
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/jpeg');
    assert.deepEqual(new Uint8Array(await image.arrayBuffer()), jpeg);
    const audit = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE record_id = $1 AND action IN ('migrant-visit.view', 'migrant-visit-photo.view', 'migrant-visit-photo.add') ORDER BY occurred_at`,
      [taskId],
    );
    assert.deepEqual([...new Set(audit.rows.map((row) => row.action))].sort(), ['migrant-visit-photo.add', 'migrant-visit-photo.view', 'migrant-visit.view']);
    assert.equal((await t.request(`/api/v1/staff/migrant-visit-photos/${photoId}`, { session: supervisor })).status, 403, 'the admin does not see photos');
  });

  it('a sync for a task visited meanwhile is a 409 TASK_ALREADY_VISITED, and stores nothing', async () => {
    const taskId = await register('M800000014', '2026-01-06');
    const first = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, { method: 'POST', session: other, body: visitBody({ clientId: randomUUID() }) });
    assert.equal(first.status, 201, first.text);
    const clientId = randomUUID();
    const late = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits?lang=en`, { method: 'POST', session: officer, body: visitBody({ clientId, taskVersion: 1 }) });
    assert.equal(late.status, 409);
    assert.equal(late.json.code, 'TASK_ALREADY_VISITED');
    assert.match(late.json.title, /already visited/);
    assert.equal((await t.db.query('SELECT 1 FROM migrant_visits WHERE task_id = $1', [taskId])).rowCount, 1, 'still one visit');
    // The first visit's own retry is still a replay, not a conflict.
    const retried = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, { method: 'POST', session: other, body: visitBody({ clientId: (await t.db.query<{ client_id: string }>('SELECT client_id FROM migrant_visits WHERE task_id = $1', [taskId])).rows[0]?.client_id }) });
    assert.equal(retried.status, 200);
  });

  it('a reassignment while the officer was offline is a conflict; the same clientId on another task is refused', async () => {
    const taskId = await register('M800000023', '2026-01-07');
    const moved = await t.request(`/api/v1/staff/visit-tasks/${taskId}/assignment`, { method: 'POST', session: supervisor, body: { officerId: otherId } });
    assert.equal(moved.status, 204);
    const clientId = randomUUID();
    const conflict = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, { method: 'POST', session: officer, body: visitBody({ clientId, taskVersion: 1 }) });
    assert.equal(conflict.status, 409);
    assert.equal(conflict.json.code, 'TASK_REASSIGNED');
    const resolved = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, { method: 'POST', session: officer, body: visitBody({ clientId, taskVersion: 2 }) });
    assert.equal(resolved.status, 201, resolved.text);
    const otherTask = await register('M800000032', '2026-01-08');
    const reused = await t.request(`/api/v1/staff/visit-tasks/${otherTask}/visits`, { method: 'POST', session: officer, body: visitBody({ clientId }) });
    assert.equal(reused.status, 409, reused.text);
    assert.equal(reused.json.code, 'CONFLICT');
  });

  it("hands each live session its own device key, and a later session of the same officer the earlier ones", async () => {
    const first = await t.request('/api/v1/staff/migrant-field-keys', { session: officer });
    assert.equal(first.status, 200, first.text);
    assert.equal(Buffer.from(first.json.current.key, 'base64').length, 32);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    const same = await t.request('/api/v1/staff/migrant-field-keys', { session: officer });
    assert.deepEqual(same.json.current, first.json.current, 'one key per session');

    const later = await t.login('field');
    const next = await t.request('/api/v1/staff/migrant-field-keys', { session: later });
    assert.notEqual(next.json.current.key, first.json.current.key);
    assert.ok(next.json.earlier.some((key: { id: string; key: string }) => key.id === first.json.current.id && key.key === first.json.current.key));

    const colleague = await t.request('/api/v1/staff/migrant-field-keys', { session: other });
    assert.ok(!colleague.json.earlier.some((key: { id: string }) => key.id === first.json.current.id), "never another officer's keys");
    assert.equal((await t.request('/api/v1/staff/migrant-field-keys', { session: supervisor })).status, 403);

    const logout = await t.request('/api/v1/auth/logout', { method: 'POST', session: later });
    assert.equal(logout.status, 204, logout.text);
    assert.equal((await t.request('/api/v1/staff/migrant-field-keys', { session: later })).status, 401, 'an ended session gets no key');
  });
});
