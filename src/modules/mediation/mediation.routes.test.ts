import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createMediationService } from './mediation.service.ts';

// Monday 2026-03-02, 10:00 in Taipei.
// These tests appoint whom they need; the rotation's suggestion has its own test (mediation.rotation.test.ts).
const skipReason = '測試指定';
const now = new Date('2026-03-02T02:00:00Z');

const application = (overrides: Record<string, unknown> = {}) => ({
  disputeType: 'rights',
  siteCode: 'shalu-office',
  applicant: { kind: 'worker', name: '王小明', idNumber: 'A123456789', phone: '0912-345-678', email: 'worker@example.com', locale: 'vi' },
  respondent: { kind: 'employer', name: '好棒棒餐飲有限公司', ubn: '04595257', email: 'hr@example.com' },
  claims: [
    { kind: 'unpaid-wages', amount: 56000 },
    { kind: 'notice-pay', amount: 14000 },
  ],
  summary: '雇主積欠二月工資並未經預告終止契約。',
  origin: { kind: 'complaint', ref: 'TC-7K3M9Q2X' },
  ...overrides,
});

describe('mediation cases (勞資爭議處理法 Art. 12)', () => {
  let t: TestContext;
  let supervisor: Session;
  let mediatorSession: Session;
  let otherMediator: Session;
  let bureauStaff: Session;
  let mediatorId: string;
  let secondMediatorId: string;

  before(async () => {
    t = await createTestContext({ now });
    supervisor = await t.signIn('chief', ['admin']);
    const mediatorAccount = await t.createStaff('wu', ['mediator'], { kind: 'mediation-site', code: 'shalu-office' });
    mediatorSession = await t.login('wu');
    otherMediator = await t.signIn('lin', ['mediator'], { kind: 'mediation-site', code: 'shalu-office' });
    bureauStaff = await t.signIn('chen', ['mediator'], { kind: 'mediation-site', code: 'bureau' });
    const service = createMediationService({
      db: t.db,
      referenceData: t.referenceData,
      clock: () => now,
      employers: createEmployersService({ db: t.db, referenceData: t.referenceData }),
      notices: { notify: async () => 'unused' },
    });
    mediatorId = await service.addMediator({ name: '吳調解人', staffUserId: mediatorAccount.id, certificateValidUntil: '2027-12-31' });
    secondMediatorId = await service.addMediator({ name: '張調解人', organisation: '臺中市勞資關係協會', certificateValidUntil: '2027-12-31' });
    await service.addMediator({ name: '過期調解人', certificateValidUntil: '2026-03-01' });
    await service.addRoom({ siteCode: 'shalu-office', code: 'r1', name: '第一調解室', capacity: 6, phone: '04-2662-0000' });
    await service.addRoom({ siteCode: 'shalu-office', code: 'r2', name: '第二調解室', capacity: 6, phone: '04-2662-0000' });
  });
  after(() => t.close());

  async function applyOnline(body = application()) {
    const response = await t.request('/api/v1/mediation-applications', { method: 'POST', body });
    assert.equal(response.status, 201, response.text);
    return response.json as { caseNumber: string; secret: string };
  }
  async function caseId(caseNumber: string) {
    const list = await t.request('/api/v1/staff/mediation-cases?scope=city&pageSize=100', { session: supervisor });
    return (list.json.items as { id: string; caseNumber: string }[]).find((item) => item.caseNumber === caseNumber)!.id;
  }

  it('files an application online, answers a receipt, and lists it at its site with the applicant masked and the Art. 12 deadline', async () => {
    const receipt = await applyOnline();
    assert.match(receipt.caseNumber, /^MC-[0-9A-Z]{8}$/);
    const list = await t.request('/api/v1/staff/mediation-cases', { session: mediatorSession });
    assert.equal(list.status, 200, list.text);
    const item = list.json.items.find((i: { caseNumber: string }) => i.caseNumber === receipt.caseNumber);
    assert.equal(item.applicantName, '王○明');
    assert.equal(item.respondentName, '好棒棒餐飲有限公司');
    assert.equal(item.claimTotal, 70000);
    assert.deepEqual(item.deadlines, [{ kind: 'appoint-mediator', dueOn: '2026-03-05', article: '勞資爭議處理法第12條第1項', metOn: null, overdue: false }]);
    assert.doesNotMatch(list.text, /王小明|A123456789|0912|worker@example/);
    const elsewhere = await t.request('/api/v1/staff/mediation-cases', { session: bureauStaff });
    assert.equal(elsewhere.json.items.some((i: { caseNumber: string }) => i.caseNumber === receipt.caseNumber), false, 'another site does not see it');
    const byId = await t.request(`/api/v1/staff/mediation-cases/${item.id}`, { session: bureauStaff });
    assert.equal(byId.status, 404);
  });

  it('flags a second application for the same parties and claims as a duplicate of the open one', async () => {
    const first = await applyOnline(application({ applicant: { kind: 'worker', name: '李四', idNumber: 'B123456780', phone: '0922-000-111' } }));
    const second = await applyOnline(application({ applicant: { kind: 'worker', name: '李四', idNumber: 'b123456780', phone: '0922-000-111' }, summary: '再次申請' }));
    const other = await applyOnline(application({ applicant: { kind: 'worker', name: '李四', idNumber: 'B123456780', phone: '0922-000-111' }, claims: [{ kind: 'overtime', amount: 1 }] }));
    const list = await t.request('/api/v1/staff/mediation-cases?scope=city&pageSize=100', { session: supervisor });
    const find = (n: string) => list.json.items.find((i: { caseNumber: string }) => i.caseNumber === n);
    assert.equal(find(first.caseNumber).duplicateOf, null);
    assert.equal(find(second.caseNumber).duplicateOf, first.caseNumber);
    assert.equal(find(other.caseNumber).duplicateOf, null, 'other claims are another dispute');
  });

  it('refuses an unknown site and a missing contact in the caller language', async () => {
    const response = await t.request('/api/v1/mediation-applications?lang=en', { method: 'POST', body: application({ siteCode: 'moon' }) });
    assert.equal(response.status, 400);
    assert.equal(response.json.code, 'VALIDATION_FAILED');
    assert.match(JSON.stringify(response.json), /mediation site/);
    const noContact = await t.request('/api/v1/mediation-applications', { method: 'POST', body: application({ applicant: { kind: 'worker', name: '某人' } }) });
    assert.equal(noContact.status, 400);
  });

  it('shows the parties only to the supervisor and the case mediator, auditing each reading', async () => {
    const receipt = await applyOnline(application({ applicant: { kind: 'worker', name: '陳小華', phone: '0933-111-222' } }));
    const id = await caseId(receipt.caseNumber);
    assert.equal((await t.request(`/api/v1/staff/mediation-cases/${id}/parties`, { session: mediatorSession })).status, 403, 'not yet their case');
    assert.equal((await t.request(`/api/v1/staff/mediation-cases/${id}/mediator`, { method: 'POST', session: mediatorSession, body: { mediatorId } })).status, 403);
    const appointed = await t.request(`/api/v1/staff/mediation-cases/${id}/mediator`, { method: 'POST', session: supervisor, body: { mediatorId, skipReason } });
    assert.equal(appointed.status, 204, appointed.text);
    const parties = await t.request(`/api/v1/staff/mediation-cases/${id}/parties`, { session: mediatorSession });
    assert.equal(parties.status, 200);
    assert.equal(parties.json.items.find((p: { role: string }) => p.role === 'applicant').name, '陳小華');
    assert.equal((await t.request(`/api/v1/staff/mediation-cases/${id}/parties`, { session: otherMediator })).status, 403, 'a colleague of the same site');
    const audits = await t.db.query("SELECT count(*)::int AS n FROM audit_events WHERE action = 'mediation.parties.read' AND record_id = $1", [id]);
    assert.equal(audits.rows[0]!.n, 1);
  });

  it('refuses a mediator whose certificate has expired', async () => {
    const receipt = await applyOnline(application({ applicant: { kind: 'worker', name: '周一', phone: '0933-000-001' } }));
    const id = await caseId(receipt.caseNumber);
    const expired = (await t.db.query<{ id: string }>("SELECT id FROM mediators WHERE name = '過期調解人'")).rows[0]!.id;
    const response = await t.request(`/api/v1/staff/mediation-cases/${id}/mediator`, { method: 'POST', session: supervisor, body: { mediatorId: expired } });
    assert.equal(response.status, 400);
  });

  it('books a session, notifies both parties in their languages, prints the notice, and meets the start deadline', async () => {
    const receipt = await applyOnline();
    const id = await caseId(receipt.caseNumber);
    await t.request(`/api/v1/staff/mediation-cases/${id}/mediator`, { method: 'POST', session: supervisor, body: { mediatorId, skipReason } });
    const booked = await t.request(`/api/v1/staff/mediation-cases/${id}/sessions`, {
      method: 'POST', session: mediatorSession, body: { siteCode: 'shalu-office', room: 'r1', startsAt: '2026-03-09T01:30:00Z' },
    });
    assert.equal(booked.status, 201, booked.text);
    assert.deepEqual({ emailed: booked.json.emailed, toPrint: booked.json.toPrint }, { emailed: 2, toPrint: 0 });
    const outbox = await t.db.query<{ locale: string; params: Record<string, string>; recipient_masked: string }>(
      "SELECT locale, params, recipient_masked FROM notifications WHERE record_type = 'mediation-case' AND record_id = $1 ORDER BY locale",
      [id],
    );
    assert.deepEqual(outbox.rows.map((r) => [r.locale, r.params.partyRole, r.params.sessionDate, r.params.sessionTime]), [
      ['vi', 'applicant', '2026-03-09', '09:30'],
      ['zh-TW', 'respondent', '2026-03-09', '09:30'],
    ]);
    // A Vietnamese reader gets the site as its sign reads, beside the romanised name, and the bureau named in
    // Vietnamese from the city file (issue 15 §2).
    assert.match(outbox.rows[0]!.params.venue!, /沙鹿區公所 Shalu District Office/);
    assert.equal(outbox.rows[0]!.params.bureau, 'Cục Lao động thành phố Đài Trung');
    assert.equal(outbox.rows[1]!.params.bureau, '臺中市政府勞工局');
    assert.match(outbox.rows[1]!.params.matters!, /積欠工資、預告工資/);
    const detail = await t.request(`/api/v1/staff/mediation-cases/${id}`, { session: mediatorSession });
    assert.deepEqual(detail.json.deadlines.map((d: { kind: string; dueOn: string; metOn: string | null }) => [d.kind, d.dueOn, d.metOn]), [
      ['appoint-mediator', '2026-03-05', '2026-03-02'],
      ['start-mediation', '2026-03-09', '2026-03-09'],
      ['mediation-proposal', '2026-03-19', null],
    ]);
    const pdf = await t.request(`/api/v1/staff/mediation-cases/${id}/sessions/${booked.json.id}/notice.pdf?party=applicant`, { session: mediatorSession });
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.ok(pdf.text.startsWith('%PDF-'));

    const closed = await t.request(`/api/v1/staff/mediation-cases/${id}/outcome`, { method: 'POST', session: mediatorSession, body: { outcome: 'agreed', outcomeOn: '2026-03-02', agreedAmount: 60000 } });
    assert.equal(closed.status, 204, closed.text);
    const after = await t.request(`/api/v1/staff/mediation-cases/${id}`, { session: mediatorSession });
    assert.equal(after.json.outcome, 'agreed');
    assert.equal(after.json.agreedAmount, 60000);
    assert.equal(after.json.deadlines[2].metOn, '2026-03-02');
    const again = await t.request(`/api/v1/staff/mediation-cases/${id}/outcome`, { method: 'POST', session: mediatorSession, body: { outcome: 'withdrawn', outcomeOn: '2026-03-02' } });
    assert.equal(again.status, 409);
  });

  it('prints the 調解紀錄 of a closed case to each party (audited), and refuses it before the outcome', async () => {
    const receipt = await applyOnline();
    const id = await caseId(receipt.caseNumber);
    const early = await t.request(`/api/v1/staff/mediation-cases/${id}/record.pdf?party=applicant`, { session: supervisor });
    assert.equal(early.status, 409, 'no record before an outcome');
    await t.request(`/api/v1/staff/mediation-cases/${id}/outcome`, { method: 'POST', session: supervisor, body: { outcome: 'withdrawn', outcomeOn: '2026-03-02' } });
    for (const party of ['applicant', 'respondent']) {
      const pdf = await t.request(`/api/v1/staff/mediation-cases/${id}/record.pdf?party=${party}`, { session: supervisor });
      assert.equal(pdf.status, 200, pdf.text);
      assert.equal(pdf.headers.get('content-type'), 'application/pdf');
      assert.equal(pdf.headers.get('cache-control'), 'no-store');
      assert.ok(pdf.text.startsWith('%PDF-'));
      assert.doesNotMatch(pdf.headers.get('content-disposition') ?? '', /[^\x20-\x7e]/, 'the file name carries the case number, not a name');
    }
    const audited = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE action = 'mediation.record.print' AND record_id = $1", [id]);
    assert.equal(audited.rows[0]!.n, 2);
  });

  it('answers 409 BOOKING_CONFLICT for a taken room or mediator, and two racing writers book one session', async () => {
    const ids: string[] = [];
    for (const name of ['甲', '乙', '丙']) {
      const receipt = await applyOnline(application({ applicant: { kind: 'worker', name: `林${name}`, phone: '0955-000-000' } }));
      const id = await caseId(receipt.caseNumber);
      await t.request(`/api/v1/staff/mediation-cases/${id}/mediator`, { method: 'POST', session: supervisor, body: { mediatorId: name === '丙' ? secondMediatorId : mediatorId, skipReason } });
      ids.push(id);
    }
    const book = (id: string, room: string, startsAt: string) =>
      t.request(`/api/v1/staff/mediation-cases/${id}/sessions`, { method: 'POST', session: supervisor, body: { siteCode: 'shalu-office', room, startsAt, minutes: 60 } });
    const [a, b] = await Promise.all([book(ids[0]!, 'r2', '2026-03-10T01:00:00Z'), book(ids[2]!, 'r2', '2026-03-10T01:30:00Z')]);
    assert.deepEqual([a.status, b.status].sort(), [201, 409], `${a.text} ${b.text}`);
    assert.equal((a.status === 409 ? a : b).json.code, 'BOOKING_CONFLICT');
    const rows = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM mediation_sessions WHERE room_code = 'r2'");
    assert.equal(rows.rows[0]!.n, 1);
    // The same mediator (ids[0] and ids[1] share one) in another room at an overlapping time.
    assert.equal((await book(ids[1]!, 'r1', '2026-03-10T05:00:00Z')).status, 201);
    const clash = await book(ids[0]!, 'r2', '2026-03-10T05:30:00Z');
    assert.equal(clash.status, 409);
    assert.equal(clash.json.code, 'BOOKING_CONFLICT');
    // Back to back is not an overlap.
    const next = await book(ids[1]!, 'r1', '2026-03-10T06:00:00Z');
    assert.equal(next.status, 201, next.text);
  });

  it('lists overdue cases on the day after a last day, not on it', async () => {
    const receipt = await applyOnline(application({ applicant: { kind: 'worker', name: '逾期者', phone: '0966-000-000' } }));
    const overdue = async () => {
      const session = await t.login('chief'); // the clock moves past the session's lifetime
      const list = await t.request('/api/v1/staff/mediation-cases?scope=city&overdue=true&pageSize=100', { session });
      assert.equal(list.status, 200, list.text);
      return list.json.items.some((i: { caseNumber: string }) => i.caseNumber === receipt.caseNumber);
    };
    t.setNow(new Date('2026-03-05T15:59:00Z')); // 23:59 on the 5th in Taipei: the last day
    assert.equal(await overdue(), false);
    t.setNow(new Date('2026-03-05T16:00:00Z')); // 00:00 on the 6th
    assert.equal(await overdue(), true);
    t.setNow(now);
  });
  // Last: the declared conflict would refuse the second mediator in the tests above.
  it('never appoints a mediator to a party they declared a conflict with (by UBN), and keeps one declaration per party', async () => {
    const conflictOf = (mediator: string, body: Record<string, unknown>) => t.request(`/api/v1/staff/mediators/${mediator}/conflicts?lang=en`, { method: 'POST', session: supervisor, body });
    const declaration = { ubn: '04595257', partyName: '好棒棒餐飲有限公司', reason: '曾任該公司法律顧問', declaredOn: '2026-02-01' };
    assert.equal((await conflictOf(secondMediatorId, { ...declaration, ubn: '1234' })).status, 400);
    assert.equal((await t.request(`/api/v1/staff/mediators/${secondMediatorId}/conflicts`, { method: 'POST', session: mediatorSession, body: declaration })).status, 403);
    const declared = await conflictOf(secondMediatorId, declaration);
    assert.equal(declared.status, 201, declared.text);
    assert.equal((await conflictOf(secondMediatorId, declaration)).status, 409, 'one declaration per mediator and party');
    const receipt = await applyOnline();
    const id = await caseId(receipt.caseNumber);
    const refused = await t.request(`/api/v1/staff/mediation-cases/${id}/mediator?lang=en`, { method: 'POST', session: supervisor, body: { mediatorId: secondMediatorId } });
    assert.equal(refused.status, 409);
    assert.equal(refused.json.code, 'MEDIATOR_CONFLICT');
    assert.match(refused.json.title, /conflict of interest/);
    const appointed = await t.request(`/api/v1/staff/mediation-cases/${id}/mediator`, { method: 'POST', session: supervisor, body: { mediatorId, skipReason } });
    assert.equal(appointed.status, 204, 'a mediator without a declared conflict is appointed');
  });
});
