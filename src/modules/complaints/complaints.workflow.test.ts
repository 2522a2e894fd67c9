import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../app.ts';
import { staffRoles, type StaffRole } from '../access/permissions.ts';
import { createReferenceData, loadCityConfig } from '../reference-data/reference-data.ts';
import { createLogger } from '../../shared/logger.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createTestDb } from '../../../test/create-test-db.ts';
import { named, identityValues, anonymous, bytes, pdf, form, postForm } from './complaints.test-fixtures.ts';

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
      // The supervising roles (admin, and the complaints supervisor of ADR 0046) assign, and may reveal.
      const supervises = role === 'admin' || role === 'complaints-supervisor';
      const canList = role === 'labor-inspector' || supervises;
      assert.equal(list.status, canList ? 200 : 403, `${role} list`);
      assert.equal(detail.status, canList ? 200 : 403, `${role} detail`);
      for (const value of identityValues) {
        assert.ok(!list.text.includes(value), `${role} list shows ${value}`);
        assert.ok(!detail.text.includes(value), `${role} detail shows ${value}`);
      }
      const revealed = await reveal(session);
      if (supervises) {
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
      if (canList) assert.equal(detail.json.can.revealIdentity, supervises, `${role} sees the reveal button`);
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
      ['assigned-inspector', 'supervisor', 'supervisor'],
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
