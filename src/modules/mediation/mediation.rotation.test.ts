import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createMediationService } from './mediation.service.ts';

const at = (day: string) => new Date(`${day}T02:00:00Z`);

const application = (applicantLocale: string) => ({
  disputeType: 'rights',
  siteCode: 'bureau',
  applicant: { kind: 'worker', name: '阮文安', phone: '0988-000-000', locale: applicantLocale },
  respondent: { kind: 'employer', name: '好棒棒餐飲有限公司', ubn: '04595257' },
  claims: [{ kind: 'unpaid-wages', amount: 30000 }],
  summary: '積欠工資。',
});

describe('mediator rotation (issue 11 §1)', () => {
  let t: TestContext;
  let supervisor: Session;
  let a: string;
  let b: string;
  let conflicted: string;

  before(async () => {
    t = await createTestContext({ now: at('2026-03-02') });
    await t.createStaff('chief', ['admin']);
    supervisor = await t.login('chief');
    const service = createMediationService({
      db: t.db, referenceData: t.referenceData, clock: () => at('2026-03-02'),
      employers: createEmployersService({ db: t.db, referenceData: t.referenceData }), notices: { notify: async () => 'unused' },
    });
    a = await service.addMediator({ name: '甲調解人', certificateValidUntil: '2027-12-31', languages: ['zh-TW'] });
    b = await service.addMediator({ name: '乙調解人', certificateValidUntil: '2027-12-31', languages: ['zh-TW', 'vi'] });
    await service.addMediator({ name: '丙調解人', certificateValidUntil: '2026-03-01', languages: ['zh-TW', 'vi'] });
    conflicted = await service.addMediator({ name: '丁調解人', certificateValidUntil: '2027-12-31', languages: ['zh-TW', 'vi'] });
    const declared = await t.request(`/api/v1/staff/mediators/${conflicted}/conflicts`, {
      method: 'POST', session: supervisor, body: { ubn: '04595257', partyName: '好棒棒餐飲有限公司', reason: '曾任顧問', declaredOn: '2026-02-01' },
    });
    assert.equal(declared.status, 201, declared.text);
  });
  after(() => t.close());

  async function file(locale: string) {
    const filed = await t.request('/api/v1/mediation-applications', { method: 'POST', body: application(locale) });
    assert.equal(filed.status, 201, filed.text);
    const list = await t.request('/api/v1/staff/mediation-cases?scope=city&pageSize=100', { session: supervisor });
    return (list.json.items as { id: string; caseNumber: string }[]).find((i) => i.caseNumber === filed.json.caseNumber)!.id;
  }
  const rotation = async (id: string) => (await t.request(`/api/v1/staff/mediation-cases/${id}/rotation`, { session: supervisor })).json as { suggestedId: string; items: { id: string; appointments: number; lastAppointedOn: string | null }[] };
  const appoint = (id: string, body: Record<string, unknown>) => t.request(`/api/v1/staff/mediation-cases/${id}/mediator`, { method: 'POST', session: supervisor, body });

  it("suggests a mediator who speaks the parties' languages; never an expired or conflicted one", async () => {
    const id = await file('vi');
    const order = await rotation(id);
    assert.equal(order.suggestedId, b);
    assert.deepEqual(order.items.map((m) => m.id), [b, a], 'the expired and the conflicted mediators are not candidates');
    const bare = await appoint(id, { mediatorId: a });
    assert.equal(bare.status, 400, 'skipping the suggestion needs a reason');
    assert.match(bare.text, /skipReason/);
    assert.equal((await appoint(id, { mediatorId: a, skipReason: '乙調解人本週請假' })).status, 204);
    const skips = await t.db.query<{ suggested_mediator_id: string; appointed_mediator_id: string; reason: string }>('SELECT suggested_mediator_id, appointed_mediator_id, reason FROM mediation_rotation_skips WHERE case_id = $1', [id]);
    assert.deepEqual(skips.rows, [{ suggested_mediator_id: b, appointed_mediator_id: a, reason: '乙調解人本週請假' }]);
  });

  it('then the fewest recent appointments, then the longest since the last one; the suggestion needs no reason', async () => {
    await t.setNow(at('2026-03-03'));
    supervisor = await t.login('chief');
    const second = await file('zh-TW');
    assert.equal((await rotation(second)).suggestedId, b, '乙 has none, 甲 has one');
    assert.equal((await appoint(second, { mediatorId: b })).status, 204);
    await t.setNow(at('2026-03-04'));
    supervisor = await t.login('chief');
    const third = await file('zh-TW');
    const order = await rotation(third);
    assert.deepEqual(order.items.map((m) => [m.id, m.appointments, m.lastAppointedOn]), [[a, 1, '2026-03-02'], [b, 1, '2026-03-03']]);
    assert.equal(order.suggestedId, a, 'one each: the one appointed longest ago');
    assert.equal((await appoint(third, { mediatorId: a })).status, 204);
    const skips = await t.db.query('SELECT 1 FROM mediation_rotation_skips WHERE case_id = $1', [third]);
    assert.equal(skips.rowCount, 0);
  });
});
