import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

// The test clock: 2026-03-02 10:00 in Taichung.
const dali = { kind: 'station', code: 'dali' } as const;
const dadu = { kind: 'station', code: 'dadu' } as const;

describe('cases: intake, the consent gate, the access log, staff scope and transfers', () => {
  let t: TestContext;
  let manager: Session;
  let colleague: Session;
  let otherStation: Session;
  let supervisor: Session;
  let personId: string;
  let caseId: string;

  const intake = (body: Record<string, unknown>, session = manager) => t.request('/api/v1/staff/cases', { method: 'POST', session, body });
  const refer = (id: string, body: Record<string, unknown>, session = manager) =>
    t.request(`/api/v1/staff/cases/${id}/referrals?lang=en`, { method: 'POST', session, body });

  /** Moves the clock; sessions from before have timed out, so everyone signs in again. */
  async function at(iso: string) {
    t.setNow(new Date(iso));
    [manager, colleague, otherStation, supervisor] = await Promise.all([t.login('dali-cm'), t.login('dali-cm2'), t.login('dadu-cm'), t.login('supervisor')]);
  }

  before(async () => {
    t = await createTestContext();
    manager = await t.signIn('dali-cm', ['case-manager'], dali);
    colleague = await t.signIn('dali-cm2', ['case-manager'], dali);
    otherStation = await t.signIn('dadu-cm', ['case-manager'], dadu);
    supervisor = await t.signIn('supervisor', ['admin']);
    const person = await t.request('/api/v1/staff/people', {
      method: 'POST',
      session: manager,
      body: { idNumber: 'B223456782', name: '林美玲', districtCode: '66000280' },
    });
    assert.equal(person.status, 201, person.text);
    personId = person.json.id;
  });
  after(() => t.close());

  it('takes a case in with its source and consent, and refuses a second open case of the kind from any unit', async () => {
    const created = await intake({
      personId,
      kind: 'employment',
      source: 'department',
      sourceDetail: '臺中市政府社會局',
      targetGroups: ['domestic-violence-sexual-assault'],
      consent: { purpose: '就業服務個案管理及轉介', scope: ['referral'], expiresOn: '2026-09-01' },
    });
    assert.equal(created.status, 201, created.text);
    caseId = created.json.id;
    const again = await intake({ personId, kind: 'employment', source: 'walk-in' }, otherStation);
    assert.equal(again.status, 409);
    assert.equal(again.json.code, 'CASE_DUPLICATE');
    // An injury case of the same person is another kind: allowed.
    const injury = await intake({ personId, kind: 'injury', source: 'hospital', sourceDetail: '中國醫藥大學附設醫院' });
    assert.equal(injury.status, 201, injury.text);
    const unknown = await intake({ personId: '00000000-0000-4000-8000-000000000000', kind: 'employment', source: 'walk-in' });
    assert.equal(unknown.status, 404);
  });

  it('lets one of two simultaneous intakes of the same person through and answers the other 409 CASE_DUPLICATE', async () => {
    const person = await t.request('/api/v1/staff/people', { method: 'POST', session: manager, body: { idNumber: 'M212345679', name: '王大同' } });
    assert.equal(person.status, 201, person.text);
    const both = await Promise.all([
      intake({ personId: person.json.id, kind: 'injury', source: 'hospital' }),
      intake({ personId: person.json.id, kind: 'injury', source: 'hotline-1955' }, colleague),
    ]);
    assert.deepEqual(both.map((r) => r.status).sort(), [201, 409], both.map((r) => r.text).join(' | '));
    assert.equal(both.find((r) => r.status === 409)?.json.code, 'CASE_DUPLICATE');
  });

  it('refuses a consent that has already run out, or is given in the future, with a 400 naming the field', async () => {
    const expired = await t.request(`/api/v1/staff/cases/${caseId}/consents?lang=en`, {
      method: 'POST',
      session: manager,
      body: { purpose: 'x', scope: ['share-notes'], expiresOn: '2026-03-02' },
    });
    assert.equal(expired.status, 400);
    assert.deepEqual(expired.json.errors.map((e: { field: string }) => e.field), ['expiresOn']);
    const future = await t.request(`/api/v1/staff/cases/${caseId}/consents`, {
      method: 'POST',
      session: manager,
      body: { purpose: 'x', scope: ['share-notes'], givenOn: '2026-03-03', expiresOn: '2026-04-01' },
    });
    assert.equal(future.status, 400);
    assert.deepEqual(future.json.errors.map((e: { field: string }) => e.field), ['givenOn']);
  });

  it('refers with consent up to the day before it expires, and answers 409 CONSENT_REQUIRED on the expiry day', async () => {
    await at('2026-08-31T15:00:00Z'); // 2026-08-31 23:00 in Taichung: the consent's last day
    const lastDay = await refer(caseId, { organisation: '臺中市家庭暴力及性侵害防治中心', reason: '安置與法律協助' });
    assert.equal(lastDay.status, 201, lastDay.text);
    await at('2026-08-31T16:00:00Z'); // 2026-09-01 00:00 in Taichung: the expiry day
    const expired = await refer(caseId, { organisation: '臺中市家庭暴力及性侵害防治中心', reason: '安置與法律協助' });
    assert.equal(expired.status, 409);
    assert.equal(expired.json.code, 'CONSENT_REQUIRED');
    assert.match(expired.json.title, /consent/);
    // A case manager cannot override; a supervisor can, and the reason is kept with the referral.
    const notSupervisor = await refer(caseId, { organisation: '勵馨基金會', reason: '庇護', overrideReason: '人身安全急迫危險' });
    assert.equal(notSupervisor.status, 403);
    const overridden = await refer(caseId, { organisation: '勵馨基金會', reason: '庇護', overrideReason: '個資法第16條第1項第3款：人身安全急迫危險' }, supervisor);
    assert.equal(overridden.status, 201, overridden.text);
    const view = await t.request(`/api/v1/staff/cases/${caseId}`, { session: manager });
    assert.deepEqual(
      view.json.disclosures.map((d: { basis: string; overrideReason: string | null }) => [d.basis, d.overrideReason]),
      [
        ['consent', null],
        ['override', '個資法第16條第1項第3款：人身安全急迫危險'],
      ],
    );
    await at('2026-03-02T02:00:00Z');
  });

  it('shares a note only under a consent of scope share-notes', async () => {
    const note = await t.request(`/api/v1/staff/cases/${caseId}/notes`, { method: 'POST', session: manager, body: { body: '求職意願高，需要夜間托育。' } });
    assert.equal(note.status, 201, note.text);
    const share = () =>
      t.request(`/api/v1/staff/cases/${caseId}/notes/${note.json.id}/shares`, { method: 'POST', session: manager, body: { organisation: '家扶基金會', reason: '托育資源' } });
    const refused = await share();
    assert.equal(refused.status, 409);
    assert.equal(refused.json.code, 'CONSENT_REQUIRED');
    const consent = await t.request(`/api/v1/staff/cases/${caseId}/consents`, {
      method: 'POST',
      session: manager,
      body: { purpose: '與合作單位分享服務紀錄', scope: ['share-notes'], expiresOn: '2026-06-01' },
    });
    assert.equal(consent.status, 200, consent.text);
    assert.equal((await share()).status, 201);
  });

  it('keeps every read in the access log, shown to supervisors only; another station gets 404', async () => {
    assert.equal((await t.request(`/api/v1/staff/cases/${caseId}`, { session: colleague })).status, 200);
    const log = await t.request(`/api/v1/staff/cases/${caseId}/access-log?pageSize=100`, { session: supervisor });
    assert.equal(log.status, 200, log.text);
    const views = log.json.items.filter((e: { action: string }) => e.action === 'case.view').map((e: { actorUsername: string }) => e.actorUsername);
    assert.ok(views.includes('dali-cm2') && views.includes('dali-cm'), JSON.stringify(views));
    assert.equal(log.json.items[0].action, 'case.view-access-log', 'reading the log is itself logged, newest first');
    assert.equal((await t.request(`/api/v1/staff/cases/${caseId}/access-log`, { session: manager })).status, 403);
    assert.equal((await t.request(`/api/v1/staff/cases/${caseId}`, { session: otherStation })).status, 404);
    const list = await t.request('/api/v1/staff/cases', { session: otherStation });
    assert.equal(list.json.total, 0);
    const own = await t.request('/api/v1/staff/cases?status=open&kind=employment', { session: colleague });
    assert.equal(own.json.total, 1);
    assert.equal(own.json.items[0].personName, '林○玲');
    // Another station's refused read is not in the log.
    const after = await t.request(`/api/v1/staff/cases/${caseId}/access-log?pageSize=100`, { session: supervisor });
    assert.ok(!after.json.items.some((e: { actorUsername: string }) => e.actorUsername === 'dadu-cm'));
  });

  it('lets only the case manager or a supervisor work on the case', async () => {
    const byColleague = await t.request(`/api/v1/staff/cases/${caseId}/tasks`, { method: 'POST', session: colleague, body: { title: '電訪', dueOn: '2026-03-09' } });
    assert.equal(byColleague.status, 403);
    assert.equal(byColleague.json.code, 'NOT_CASE_MANAGER');
  });

  it('transfers to another station only when the receiver accepts; a rejection needs a reason', async () => {
    const managers = await t.request('/api/v1/staff/case-managers', { session: manager });
    const receiver = managers.json.items.find((m: { name: string }) => m.name === 'dadu-cm');
    const proposed = await t.request(`/api/v1/staff/cases/${caseId}/transfers`, { method: 'POST', session: manager, body: { toManagerId: receiver.id, reason: '個案搬到大肚' } });
    assert.equal(proposed.status, 201, proposed.text);
    const twice = await t.request(`/api/v1/staff/cases/${caseId}/transfers`, { method: 'POST', session: manager, body: { toManagerId: receiver.id, reason: 'again' } });
    assert.equal(twice.status, 409);
    const incoming = await t.request('/api/v1/staff/case-transfers/incoming', { session: otherStation });
    assert.deepEqual(incoming.json.items.map((i: { caseId: string }) => i.caseId), [caseId]);
    const byOther = await t.request(`/api/v1/staff/case-transfers/${proposed.json.id}/answer`, { method: 'POST', session: colleague, body: { accept: true } });
    assert.equal(byOther.status, 404);
    const noReason = await t.request(`/api/v1/staff/case-transfers/${proposed.json.id}/answer`, { method: 'POST', session: otherStation, body: { accept: false } });
    assert.equal(noReason.status, 400);
    const rejected = await t.request(`/api/v1/staff/case-transfers/${proposed.json.id}/answer`, {
      method: 'POST',
      session: otherStation,
      body: { accept: false, reason: '個案尚未遷入' },
    });
    assert.equal(rejected.status, 200, rejected.text);
    assert.equal((await t.request(`/api/v1/staff/cases/${caseId}`, { session: otherStation })).status, 404);
    t.setNow(new Date('2026-03-02T02:05:00Z'));
    const second = await t.request(`/api/v1/staff/cases/${caseId}/transfers`, { method: 'POST', session: manager, body: { toManagerId: receiver.id, reason: '已遷入大肚' } });
    const accepted = await t.request(`/api/v1/staff/case-transfers/${second.json.id}/answer`, { method: 'POST', session: otherStation, body: { accept: true } });
    assert.equal(accepted.status, 200, accepted.text);
    const moved = await t.request(`/api/v1/staff/cases/${caseId}`, { session: otherStation });
    assert.equal(moved.status, 200);
    assert.deepEqual(moved.json.unit, dadu);
    assert.equal(moved.json.manager.name, 'dadu-cm');
    assert.deepEqual(moved.json.transfers.map((x: { status: string }) => x.status), ['rejected', 'accepted']);
    assert.equal((await t.request(`/api/v1/staff/cases/${caseId}`, { session: manager })).status, 404, 'the former station no longer sees it');
  });
});
