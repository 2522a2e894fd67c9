import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { seedProgramCatalog } from '../programs/programs.seed.ts';
import { createProgramsService } from '../programs/programs.service.ts';

/** Issue 9 §1: financial aid in a case plan points at the person's application in the programs module. */
describe('cases: financial aid from the programs module', () => {
  let t: TestContext;
  let manager: Session;
  let caseId: string;
  let ownApplication: string;
  let otherApplication: string;
  let programs: ReturnType<typeof createProgramsService>;
  let checker: StaffPrincipal;
  before(async () => {
    t = await createTestContext();
    manager = await t.signIn('aid-cm', ['case-manager'], { kind: 'station', code: 'dali' });
    const person = async (idNumber: string, name: string) =>
      (await t.request('/api/v1/staff/people', { method: 'POST', session: manager, body: { idNumber, name, districtCode: '66000280' } })).json.id as string;
    const injured = await person('B223456782', '林美玲');
    const someoneElse = await person('A123456789', '王大明');
    const created = await t.request('/api/v1/staff/cases', { method: 'POST', session: manager, body: { personId: injured, kind: 'injury', source: 'hospital' } });
    assert.equal(created.status, 201, created.text);
    caseId = created.json.id;
    programs = createProgramsService({ db: t.db, referenceData: t.referenceData, clock: () => new Date('2026-03-02T02:00:00Z') });
    const principal = async (username: string, role: 'programs-officer' | 'admin'): Promise<StaffPrincipal> => {
      const account = await t.createStaff(username, [role]);
      return { id: account.id, username, displayName: username, roles: [role], homeUnit: { kind: 'city', code: null }, csrfToken: '', sessionTokenHash: '' };
    };
    const maker = await principal('aid-maker', 'programs-officer');
    checker = await principal('aid-checker', 'admin');
    await seedProgramCatalog(programs, { staff: checker, year: 2026, requestId: 'test' });
    const options = { channel: 'staff' as const, locale: 'zh-TW' as const, requestId: 'test' };
    ownApplication = (await programs.apply(maker, 'occupational-injury-aid', { personId: injured, facts: {}, specialGroupConsent: false }, options)).id;
    otherApplication = (await programs.apply(maker, 'occupational-injury-aid', { personId: someoneElse, facts: {}, specialGroupConsent: false }, options)).id;
  });
  after(() => t.close());

  const plan = (body: Record<string, unknown>) => t.request(`/api/v1/staff/cases/${caseId}/plan`, { method: 'POST', session: manager, body });

  it("links the person's own application and shows its status as the programs module has it", async () => {
    const added = await plan({ kind: 'financial-aid', description: '申請職災勞工生活補助', programApplicationId: ownApplication });
    assert.equal(added.status, 201, added.text);
    const before = (await t.request(`/api/v1/staff/cases/${caseId}`, { session: manager })).json.plan;
    assert.deepEqual(before.map((p: { programApplication: { status: string } | null }) => p.programApplication?.status), ['submitted']);
    await programs.decide(checker, ownApplication, { decision: 'approve', reason: '文件齊備', amountTwd: 5_000 }, 'test');
    const after = (await t.request(`/api/v1/staff/cases/${caseId}`, { session: manager })).json.plan;
    assert.equal(after[0].programApplication.status, 'approved');
  });

  it("refuses another person's application, and an application on anything but financial aid", async () => {
    const others = await plan({ kind: 'financial-aid', description: '錯誤的申請', programApplicationId: otherApplication });
    assert.equal(others.status, 400, others.text);
    assert.equal(others.json.errors[0].field, 'programApplicationId');
    const unknown = await plan({ kind: 'financial-aid', description: '不存在', programApplicationId: '00000000-0000-4000-8000-000000000000' });
    assert.equal(unknown.status, 400);
    const wrongKind = await plan({ kind: 'counselling', description: '諮商', programApplicationId: ownApplication });
    assert.equal(wrongKind.status, 400);
    assert.equal(wrongKind.json.errors[0].field, 'programApplicationId');
  });
});
