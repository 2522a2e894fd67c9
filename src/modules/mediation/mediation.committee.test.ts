import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createMediationService } from './mediation.service.ts';

// Monday 2026-03-02, 10:00 in Taipei.
const at = (day: string) => new Date(`${day}T02:00:00Z`);

const application = {
  disputeType: 'adjustment',
  route: 'committee',
  siteCode: 'shalu-office',
  applicant: { kind: 'union', name: '沙鹿區產業工會', phone: '04-2662-1111', email: 'union@example.com', ubn: undefined },
  respondent: { kind: 'employer', name: '好棒棒餐飲有限公司', ubn: '04595257', email: 'hr@example.com' },
  claims: [{ kind: 'other', description: '年終獎金發放標準' }],
  summary: '工會與雇主就年終獎金發放標準無法達成協議。',
};

describe('the committee route (勞資爭議處理法 Arts. 13–16)', () => {
  let t: TestContext;
  let supervisor: Session;
  let chairId: string;
  let secondId: string;
  let thirdId: string;
  let id: string;

  before(async () => {
    t = await createTestContext({ now: at('2026-03-02') });
    await t.createStaff('chief', ['admin']);
    supervisor = await t.login('chief');
    const service = createMediationService({
      db: t.db, referenceData: t.referenceData, clock: () => at('2026-03-02'),
      employers: createEmployersService({ db: t.db, referenceData: t.referenceData }), notices: { notify: async () => 'unused' },
    });
    chairId = await service.addMediator({ name: '林主席', certificateValidUntil: '2027-12-31' });
    secondId = await service.addMediator({ name: '許委員', certificateValidUntil: '2027-12-31' });
    thirdId = await service.addMediator({ name: '蔡委員', certificateValidUntil: '2027-12-31' });
    await service.addRoom({ siteCode: 'shalu-office', code: 'r1', name: '第一調解室', capacity: 8, phone: '04-2662-0000' });
  });
  after(() => t.close());

  /** Moves the clock; a new sign-in, as a session does not last for days. */
  async function jump(day: string) {
    t.setNow(at(day));
    supervisor = await t.login('chief');
  }
  const step = (body: Record<string, unknown>, caseId = id) => t.request(`/api/v1/staff/mediation-cases/${caseId}/committee`, { method: 'POST', session: supervisor, body });
  const deadlines = async () => (await t.request(`/api/v1/staff/mediation-cases/${id}`, { session: supervisor })).json.deadlines as { kind: string; dueOn: string; article: string; metOn: string | null; overdue: boolean }[];
  const overdueNumbers = async () =>
    ((await t.request('/api/v1/staff/mediation-cases?scope=city&overdue=true&pageSize=100', { session: supervisor })).json.items as { id: string }[]).map((i) => i.id);

  it('files a committee application: no Art. 12 deadline, none until the notice (Art. 14 sets no period for it)', async () => {
    const { applicant, ...rest } = application;
    const filed = await t.request('/api/v1/mediation-applications', { method: 'POST', body: { ...rest, applicant: { ...applicant, ubn: undefined } } });
    assert.equal(filed.status, 201, filed.text);
    const list = await t.request('/api/v1/staff/mediation-cases?scope=city', { session: supervisor });
    const item = list.json.items.find((i: { caseNumber: string }) => i.caseNumber === filed.json.caseNumber);
    id = item.id;
    assert.equal(item.route, 'committee');
    assert.deepEqual(item.deadlines, []);
    await jump('2026-03-20');
    assert.equal((await overdueNumbers()).includes(id), false, 'never on the overdue list for Art. 12');
    await jump('2026-03-02');
  });

  it('gives the parties 3 days from the notice to choose; the bureau designates only after them', async () => {
    assert.equal((await step({ step: 'members', on: '2026-03-02', chairMediatorId: chairId, applicant: { name: '甲', designated: false }, respondent: { name: '乙', designated: false } })).status, 409, 'members before the notice');
    const future = await step({ step: 'notified', on: '2026-03-03' });
    assert.equal(future.status, 400, 'a day not yet come');
    assert.equal((await step({ step: 'notified', on: '2026-03-02' })).status, 204);
    assert.deepEqual(await deadlines(), [{ kind: 'choose-members', dueOn: '2026-03-05', article: '勞資爭議處理法第14條第1項', metOn: null, overdue: false }]);
    await jump('2026-03-05');
    const early = await step({ step: 'members', on: '2026-03-05', chairMediatorId: chairId, applicant: { name: '王委員', designated: false }, respondent: { name: '陳委員', designated: true } });
    assert.equal(early.status, 400, early.text);
    assert.match(early.text, /2026-03-05/);
    assert.equal((await overdueNumbers()).includes(id), false, 'the last day is in time');
    await jump('2026-03-06');
    assert.equal((await overdueNumbers()).includes(id), true, 'the day after: overdue until the members are complete');
    const five = await step({
      step: 'members', on: '2026-03-06', chairMediatorId: chairId, otherBureauMediatorIds: [secondId, thirdId],
      applicant: { name: '王委員', designated: false }, respondent: { name: '陳委員', designated: true },
    });
    assert.equal(five.status, 204, five.text);
    const detail = await t.request(`/api/v1/staff/mediation-cases/${id}`, { session: supervisor });
    assert.equal(detail.json.committee.members.length, 5, 'Art. 13: three from the bureau and one from each party');
    assert.deepEqual(detail.json.committee.members[0], { seat: 'bureau', name: '林主席', designated: false, chair: true });
    assert.equal(detail.json.mediatorName, '林主席', 'the chair books the sessions');
    assert.equal((await overdueNumbers()).includes(id), false);
  });

  it('convenes within 14 days of the members (Art. 15): the first session meets it', async () => {
    const convene = (await deadlines())[1]!;
    assert.deepEqual(convene, { kind: 'convene-committee', dueOn: '2026-03-20', article: '勞資爭議處理法第15條', metOn: null, overdue: false });
    const booked = await t.request(`/api/v1/staff/mediation-cases/${id}/sessions`, { method: 'POST', session: supervisor, body: { siteCode: 'shalu-office', room: 'r1', startsAt: '2026-03-20T01:30:00Z' } });
    assert.equal(booked.status, 201, booked.text);
    assert.equal((await deadlines())[1]!.metOn, '2026-03-20');
  });

  it('the investigator reports within 10 days (Art. 16 para. 1); a later report needs its special circumstance', async () => {
    await jump('2026-03-20');
    assert.equal((await step({ step: 'investigator', on: '2026-03-20' })).status, 204);
    assert.equal((await deadlines())[2]!.dueOn, '2026-03-30');
    await jump('2026-03-31');
    assert.equal((await overdueNumbers()).includes(id), true);
    const bare = await step({ step: 'report', on: '2026-03-31' });
    assert.equal(bare.status, 400);
    assert.match(bare.text, /2026-03-30/);
    assert.equal((await step({ step: 'report', on: '2026-03-31', specialCircumstance: '雇主補送薪資資料' })).status, 204);
    const report = (await deadlines())[2]!;
    assert.equal(report.metOn, '2026-03-31');
  });

  it('meets within 15 days of the report, extendable once by 7 (Art. 16 para. 2)', async () => {
    assert.equal((await deadlines())[3]!.dueOn, '2026-04-15');
    assert.equal((await step({ step: 'extend', reason: '雙方同意延期' })).status, 204);
    assert.equal((await deadlines())[3]!.dueOn, '2026-04-22');
    assert.equal((await step({ step: 'extend', reason: '再延一次' })).status, 409, 'once only');
    await jump('2026-04-22');
    assert.equal((await overdueNumbers()).includes(id), false);
    await jump('2026-04-23');
    assert.equal((await overdueNumbers()).includes(id), true);
    assert.equal((await step({ step: 'meeting', on: '2026-04-23' })).status, 204);
    assert.equal((await overdueNumbers()).includes(id), false);
    assert.equal((await deadlines())[3]!.metOn, '2026-04-23');
  });

  it('refuses committee steps on a mediator-route case', async () => {
    const filed = await t.request('/api/v1/mediation-applications', { method: 'POST', body: { ...application, route: 'mediator', applicant: { kind: 'worker', name: '李小華', phone: '0912-000-111' } } });
    const list = await t.request('/api/v1/staff/mediation-cases?scope=city&pageSize=100', { session: supervisor });
    const other = list.json.items.find((i: { caseNumber: string }) => i.caseNumber === filed.json.caseNumber);
    assert.equal(other.deadlines[0].kind, 'appoint-mediator');
    assert.equal((await step({ step: 'notified', on: '2026-04-23' }, other.id)).status, 409);
  });
});
